/**
 * What differs between the versions of one claim: the numbers, who it is
 * attributed to, how hedged it is, and the words one version adds or drops.
 * Only each article's best version is compared: further sentences from the
 * same article are listed, not diffed.
 */
import { initials, lastWord } from '../entities/alias-key.js';
import { isStopword } from '../similarity/stopwords.js';
import { wordConcept } from './concept-lexicon.js';
import { comparableSource, findAttributions, findHedges, maskQuoted, type Found, isPersonName, nameKeys, reportsSpeech, sourceName } from './attribution.js';
import { quantityDifference } from './quantity-difference.js';
import { findSources, openBefore, type SentenceAt, type Source } from './sources.js';
import type { ClaimVersion, Difference } from './types.js';
import { wordingDifference } from './wording-difference.js';

/** The sentences of a version's article around it, for sources named a sentence away; undefined when only the version's own text is known. */
export type ArticleSentences = (version: ClaimVersion) => SentenceAt | undefined;

export const UNATTRIBUTED = 'unattributed';

export function findDifferences(versions: readonly ClaimVersion[], around?: ArticleSentences): Difference[] {
	const best = versions.filter((v) => v.best);
	if (best.length < 2) return [];
	return [quantityDifference(best), attributionDifference(best, around), hedgeDifference(best, around), wordingDifference(best)].filter(
		(d): d is Difference => d !== null,
	);
}

/** A version's sources, read in its whole sentence (with the sentences around it when known); ranges cut to the version. */
export function versionSources(version: ClaimVersion, around?: ArticleSentences): Source[] {
	const sentences = version.sentence === null ? undefined : around?.(version);
	const index = version.sentence ?? 0;
	// Without the article, the version's own text stands for its sentence.
	const at: SentenceAt = sentences ?? ((i) => (i === index ? version.text : undefined));
	const offset = sentences ? version.start : 0;
	return findSources(at, index).map((s) => {
		if (s.range === null) return s;
		const start = s.range[0] - offset;
		const end = s.range[1] - offset;
		return { ...s, range: start >= 0 && end <= version.text.length ? [start, end] : null };
	});
}

/** Two names of one source: "Mr. Trump" and "Donald Trump", "The New York Times" and "the NYT", "Carr" and "Peter Carr, a spokesman". */
export function sameSource(a: string, b: string): boolean {
	const x = comparableSource(sourceName(a));
	const y = comparableSource(sourceName(b));
	if (x === y) return true;
	if (isPersonName(a) && isPersonName(b)) return lastWord(x) === lastWord(y);
	const short = x.length < y.length ? x : y;
	const long = short === x ? y : x;
	if (initials(long)?.toLowerCase() === short.replace(/\s+/gu, '')) return true;
	const keysA = nameKeys(a);
	const keysB = nameKeys(b);
	return [...keysA].some((k) => keysB.has(k));
}

/**
 * Whether two sources can be told apart. A role alone ("The president", "the
 * spokesman") may be the person the other names, or another role of the
 * same people; it is told apart only from an organisation ("UNN").
 */
function distinctSources(a: string, b: string): boolean {
	if (sameSource(a, b)) return false;
	const roleA = nameKeys(a).size === 0;
	const roleB = nameKeys(b).size === 0;
	if (roleA && roleB) return false;
	if (roleA || roleB) return !isPersonName(roleA ? b : a);
	return true;
}

/**
 * Whether two versions say the same thing, leaving aside who says it: the
 * share of the smaller one's content words (as concepts, src/analysis/claims
 * concept-lexicon) that the other has too. A claim may hold a sentence that
 * carries it among other things; "unattributed" against a quote means
 * nothing when the sentences say different things. Set on the development
 * part of the BASIL flags (eval/basil-differences).
 */
const SAME_CONTENT = 0.5;

const CONTENT_WORD = /[\p{L}][\p{L}'’-]*|\d[\d,.]*/gu;

function contentOf(text: string, ranges: readonly [number, number][]): Set<string> {
	const words = new Set<string>();
	for (const m of text.matchAll(CONTENT_WORD)) {
		if (ranges.some(([start, end]) => m.index < end && start < m.index + m[0].length)) continue;
		const lower = m[0].toLowerCase();
		if (isStopword(lower) || lower.length < 3) continue;
		words.add(wordConcept(lower, /^\p{Lu}/u.test(m[0])));
	}
	return words;
}

function sharesContent(a: ReadonlySet<string>, b: ReadonlySet<string>, share = SAME_CONTENT): boolean {
	const smaller = Math.min(a.size, b.size);
	if (smaller === 0) return false;
	return [...a].filter((w) => b.has(w)).length / smaller >= share;
}

const MODAL_HEDGE = /^(?:may|might|could)$/u;

/** Versions this close say one thing, whatever verb the hedge governs ("allegedly destroyed", "wrecked"). */
const CLOSE_CONTENT = 0.7;

/** Sources read from the sentence itself: a pronoun or a neighbouring quote's speaker is shown, but too unsure to flag. */
const EXPLICIT: ReadonlySet<Source['form']> = new Set(['speaker-verb', 'verb-speaker', 'according-to']);

/** A title, or a sentence written as one (no closing stop: the loader keeps a repeated headline as the first sentence). */
function headline(version: ClaimVersion, around?: ArticleSentences): boolean {
	if (version.sentence === null) return true;
	const sentence = around?.(version)?.(version.sentence);
	return sentence !== undefined && version.start === 0 && version.end >= sentence.trimEnd().length && !/[.!?"”’)]\s*$/u.test(sentence);
}

/**
 * A difference when two versions that say the same thing name different
 * sources, or one names a source and the other none. Headlines are left
 * out (a headline never says whom it quotes), and so is a version whose
 * source is unsure: one that reports speech without a source found, or
 * whose source was inferred from a pronoun or a neighbouring sentence.
 */
function attributionDifference(versions: readonly ClaimVersion[], around?: ArticleSentences): Difference | null {
	const read = versions.filter((v) => !headline(v, around)).map((v) => {
		const sources = versionSources(v, around);
		const sure = sources.length > 0 ? sources.every((s) => EXPLICIT.has(s.form)) : !reportsSpeech(v.text);
		return { version: v, sources, sure };
	});
	if (read.length < 2 || read.every((r) => r.sources.length === 0)) return null;
	const content = read.map((r) => contentOf(r.version.text, r.sources.flatMap((s) => (s.range ? [s.range] : []))));
	const covered = (mine: readonly Source[], theirs: readonly Source[]): boolean => mine.every((s) => theirs.some((t) => !distinctSources(s.text, t.text)));
	/** "Trump said ..." against "Trump defended ...": the version without a source reports what its source did, it does not leave it out. */
	const namesTheSource = (sources: readonly Source[], text: string): boolean => {
		const words = new Set(text.split(/[^\p{L}'’-]+/u).map((w) => w.replace(/[’']s$/u, '').toLowerCase()));
		return sources.some((s) => [...nameKeys(s.text)].some((k) => words.has(k)));
	};
	const differs = read.some((a, i) =>
		read.some((b, j) => {
			if (i >= j || !a.sure || !b.sure || !sharesContent(content[i] as Set<string>, content[j] as Set<string>)) return false;
			if (a.sources.length === 0 || b.sources.length === 0) {
				const [named, bare] = a.sources.length === 0 ? [b, a] : [a, b];
				return !namesTheSource(named.sources, bare.version.text);
			}
			return !covered(a.sources, b.sources) || !covered(b.sources, a.sources);
		}),
	);
	if (!differs) return null;
	const values: Record<string, string> = {};
	const ranges: Record<string, [number, number][]> = {};
	for (const { version, sources } of read) {
		values[version.article] = sources.length > 0 ? [...new Set(sources.map((s) => s.text))].join('; ') : UNATTRIBUTED;
		const inside = sources.flatMap((s) => (s.range ? [s.range] : []));
		if (inside.length > 0) ranges[version.article] = inside;
	}
	return { kind: 'attribution', values, conflict: false, ranges };
}

/** Words between a hedge and the verb it hedges: "may have been", "reportedly also". */
const AUXILIARY = /^(?:be|been|being|have|has|had|not|also|still|well|even|soon|was|were|is|are)$/iu;

/**
 * Whether a hedge bears on what the other version states: the verb it
 * governs ("may resign", "reportedly posted") is one the other version uses
 * ("will resign", "Posting on Facebook"). "a challenge that could stall the
 * attempt" hedges a detail, not the claim "the move will be challenged".
 */
function governs(text: string, hedge: Found, other: string): boolean {
	const after = text.slice(hedge.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const verb = after.find((w) => !AUXILIARY.test(w));
	if (verb === undefined) return false;
	const concept = wordConcept(verb.toLowerCase(), false);
	return (other.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).some((w) => wordConcept(w.toLowerCase(), false) === concept);
}

/** Fewer words than this outside quote marks, and a version is a quote: "“For the country, it could be four years." */
const QUOTE_WORDS_OUTSIDE = 3;

const insideQuote = (sentences: SentenceAt | undefined, index: number): boolean => sentences !== undefined && openBefore(sentences, index);

/**
 * A difference only where one version hedges the claim and another states it
 * as fact. A version that names its source without hedging ("reported by
 * The New York Times") states it as someone's, not as fact: it is neither side.
 */
function hedgeDifference(versions: readonly ClaimVersion[], around?: ArticleSentences): Difference | null {
	const found = versions.map((v) => {
		// A version that is someone's words (a quote, or inside one) hedges nothing of the outlet's, nor states anything as its fact.
		const speech = maskQuoted(v.text).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < QUOTE_WORDS_OUTSIDE || (v.sentence !== null && around !== undefined && insideQuote(around(v), v.sentence));
		const hedges = speech ? [] : findHedges(v.text);
		return { article: v.article, text: v.text, hedges, speech, fact: hedges.length === 0 && !speech, attributed: findAttributions(v.text).length > 0 || reportsSpeech(v.text.toLowerCase()) };
	});
	const content = versions.map((v) => contentOf(v.text, []));
	// "according to X" hedges only against a version that names no one: "X said", "X has said" attribute the claim just as well.
	const against = (hedged: (typeof found)[number], fact: (typeof found)[number], a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
		fact.fact &&
		sharesContent(a, b) &&
		hedged.hedges.some((h) => {
			if (h.text === 'according to') return !fact.attributed;
			// A modal often hedges a detail of its own; a reporting hedge ("allegedly") hedges the whole statement.
			return governs(hedged.text, h, fact.text) || (!MODAL_HEDGE.test(h.text) && sharesContent(a, b, CLOSE_CONTENT));
		});
	if (!found.some((f, i) => f.hedges.length > 0 && found.some((g, j) => against(f, g, content[i] as Set<string>, content[j] as Set<string>)))) return null;
	return {
		kind: 'hedge',
		values: Object.fromEntries(found.map((f) => [f.article, f.hedges.length > 0 ? [...new Set(f.hedges.map((h) => h.text))].join('; ') : f.speech ? 'quoted' : 'stated as fact'])),
		conflict: false,
		ranges: Object.fromEntries(found.filter((f) => f.hedges.length > 0).map((f) => [f.article, f.hedges.map((h): [number, number] => [h.start, h.end])])),
	};
}
