import type { Article, Corpus } from '../../corpus/index.js';
import { clauseRanges, wordCount } from './clauses.js';
import { isNonClaim } from './non-claims.js';
import { UnitPlace } from './alignment-features.js';
import { prepareUnits, type PreparedUnits, type UnitLayout } from './evidence.js';
import type { ClaimUnit } from './types.js';

/** A headline shorter than this ("Details", "Live updates") names a topic rather than stating a claim. */
const MIN_TITLE_WORDS = 4;

/**
 * Claim units in corpus order: each article's title (a headline is a claim,
 * often the one whose numbers outlets disagree on), then its sentences, a
 * sentence giving one unit per clause when it joins two claims (clauses.ts);
 * sentences that state no claim (non-claims.ts) give none.
 */
export function claimUnits(corpus: Corpus): ClaimUnit[] {
	const units: ClaimUnit[] = [];
	for (const article of corpus.articles) {
		const title = titleUnit(article);
		if (title) units.push(title);
		for (const sentence of article.sentences) {
			if (isNonClaim(sentence.text)) continue;
			for (const [start, end] of clauseRanges(sentence.text)) {
				units.push({ article: article.id, sentence: sentence.index, start, end, text: sentence.text.slice(start, end) });
			}
		}
	}
	return units;
}

/**
 * The title as a unit of its own, unless the article's text repeats it as a
 * sentence (the loader takes an untitled article's first sentence as its
 * title), which would make the article agree with itself.
 */
function titleUnit(article: Article): ClaimUnit | null {
	const title = article.title.trim();
	if (wordCount(title) < MIN_TITLE_WORDS) return null;
	const key = comparable(title);
	if (article.sentences.some((s) => comparable(s.text) === key)) return null;
	const start = article.title.indexOf(title);
	return { article: article.id, sentence: null, start, end: start + title.length, text: title };
}

function comparable(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Where each unit stands in its article, for the same-claim model: outlets
 * state the story's main claim in the headline and the first paragraph (the
 * inverted pyramid), so two leads are the likeliest pair to be one claim.
 */
export function unitLayout(units: readonly ClaimUnit[], corpus: Corpus): UnitLayout {
	const articles = new Map(corpus.articles.map((a) => [a.id, a]));
	const places = new Uint8Array(units.length);
	const positions = new Float32Array(units.length);
	units.forEach((unit, index) => {
		const article = articles.get(unit.article);
		if (unit.sentence === null || article === undefined) {
			places[index] = UnitPlace.Title;
			return;
		}
		places[index] = isLeadSentence(article, unit.sentence) ? UnitPlace.Lead : UnitPlace.Body;
		positions[index] = article.sentences.length > 1 ? unit.sentence / (article.sentences.length - 1) : 0;
	});
	return { places, positions };
}

/**
 * Whether a sentence is the article's lead: its first two sentences, or the
 * third too when the first paragraph holds it. A text without paragraph
 * breaks (ECB+, a scraped page flattened) is one paragraph: the lead is still its top.
 */
export function isLeadSentence(article: Pick<Article, 'sentences'>, sentence: number): boolean {
	const firstParagraph = article.sentences[0]?.paragraph ?? 0;
	return sentence < 2 || (sentence < 3 && article.sentences[sentence]?.paragraph === firstParagraph);
}

/** A corpus's claim units, where each stands, and what pair scoring reads of them: the analysis and the training script alike. */
export function prepareClaimUnits(corpus: Corpus): { units: ClaimUnit[]; layout: UnitLayout; prepared: PreparedUnits } {
	const units = claimUnits(corpus);
	const layout = unitLayout(units, corpus);
	return {
		units,
		layout,
		prepared: prepareUnits(
			units.map((u) => u.text),
			layout,
		),
	};
}
