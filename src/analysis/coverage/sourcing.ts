/**
 * What the coverage reads from the text, once, beside the claims: the
 * sources each claim unit rests on. The attribution patterns cost tens of
 * microseconds a sentence (seconds at 10,000 articles), so this runs in the
 * claims worker after the claims and the coverage they alone give are sent,
 * and is cached beside them.
 *
 * A unit rests on the sources its own sentence names (with the article around
 * it, as the differences step reads them). A headline or lead that names none
 * rests on the sources the top of its article names: news gives the lede's
 * attribution in the sentences after it ("This was reported by The New York
 * Times, citing five senior US officials"), and a headline never names one.
 * An article naming its own outlet ("..., reports UNN") is its byline, not a source.
 */
import type { Article, Corpus } from '../../corpus/index.js';
import { sourceLabels } from '../../corpus/source.js';
import type { ClaimsAnalysis, ClaimUnit } from '../claims/index.js';
import { EXPLICIT } from '../claims/source-difference.js';
import { articleSources, type ArticleSources, type Source } from '../claims/sources.js';
import { isLeadSentence } from '../claims/units.js';
import { isCitable, SourceBook } from './source-book.js';
import { CitedVia, type ClaimSourcing } from './types.js';

/** The top of an article, where it says what its report comes from: the lead and the paragraph or two after it. */
export const TOP_SENTENCES = 5;

interface RawCitation {
	row: number;
	version: number;
	form: string;
	via: CitedVia;
}

/** Each article read for its sources once (sources.ts keeps what it reads), and only when a unit asks. */
class SentenceSources {
	private readonly read = new Map<string, ArticleSources>();

	of(article: Article, sentence: number): Source[] {
		let reader = this.read.get(article.id);
		if (!reader) {
			reader = articleSources(article);
			this.read.set(article.id, reader);
		}
		return reader.sources(sentence);
	}
}

export function sourceClaims(corpus: Corpus, claims: ClaimsAnalysis): ClaimSourcing {
	const articles = new Map(corpus.articles.map((a) => [a.id, a]));
	const book = new SourceBook(corpus.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])));
	const sentences = new SentenceSources();
	const tops = new Map<string, string[]>();
	const cited: RawCitation[] = [];

	const ownSources = (article: Article, sentence: number): string[] =>
		sentences
			.of(article, sentence)
			.map((s) => s.text)
			.filter((text) => isCitable(text) && !book.isOutlet(text, article.outlet));
	const topOf = (article: Article): string[] => {
		let top = tops.get(article.id);
		if (!top) {
			const found = new Set<string>();
			for (let i = 0; i < Math.min(TOP_SENTENCES, article.sentences.length); i++) {
				for (const s of sentences.of(article, i))
					if (EXPLICIT.has(s.form) && isCitable(s.text) && !book.isOutlet(s.text, article.outlet)) found.add(s.text);
			}
			top = [...found];
			tops.set(article.id, top);
		}
		return top;
	};
	const cite = (row: number, version: number, unit: ClaimUnit): void => {
		const article = articles.get(unit.article);
		if (!article) return;
		const own = unit.sentence === null ? [] : ownSources(article, unit.sentence);
		const lead = unit.sentence === null || isLeadSentence(article, unit.sentence);
		const [forms, via] = own.length > 0 || !lead ? [own, CitedVia.Sentence] : [topOf(article), CitedVia.ArticleTop];
		for (const form of new Set(forms)) {
			book.add(form);
			cited.push({ row, version, form, via });
		}
	};

	claims.claims.forEach((claim, row) => claim.versions.forEach((v, version) => cite(row, version, v)));
	claims.singleSource.forEach((unit, i) => cite(claims.claims.length + i, 0, unit));

	const { sources, sourceOf } = book.finish();
	const order = rankSources(sources.length, cited, sourceOf, sourceLabels(corpus), claims);
	const citations: number[] = [];
	for (const c of cited) citations.push(c.row, c.version, order[sourceOf(c.form)] ?? 0, c.via);
	const ranked = new Array<(typeof sources)[number]>(sources.length);
	sources.forEach((s, i) => {
		ranked[order[i] ?? i] = s;
	});
	return { sources: ranked, citations };
}

/** New places for the sources: the most outlets citing first, then the most citations, then first met. */
function rankSources(
	count: number,
	cited: readonly RawCitation[],
	sourceOf: (form: string) => number,
	labels: ReadonlyMap<string, string>,
	claims: ClaimsAnalysis,
): Int32Array {
	const outlets = Array.from({ length: count }, () => new Set<string>());
	const citations = new Int32Array(count);
	for (const c of cited) {
		const source = sourceOf(c.form);
		const unit =
			c.row < claims.claims.length ? claims.claims[c.row]?.versions[c.version] : claims.singleSource[c.row - claims.claims.length];
		if (unit) outlets[source]?.add(labels.get(unit.article) ?? unit.article);
		citations[source] = (citations[source] ?? 0) + 1;
	}
	const byRank = Array.from({ length: count }, (_, i) => i).sort(
		(a, b) => (outlets[b]?.size ?? 0) - (outlets[a]?.size ?? 0) || (citations[b] ?? 0) - (citations[a] ?? 0) || a - b,
	);
	const order = new Int32Array(count);
	byRank.forEach((source, place) => {
		order[source] = place;
	});
	return order;
}
