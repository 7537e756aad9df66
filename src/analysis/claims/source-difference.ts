/**
 * Who each version of a claim says it comes from, and whether they differ
 * in a way a reader can trust: two versions that say the same thing name
 * sources that cannot be the same (source-compare.ts), or one names a
 * source and the other none.
 */
import { reportsSpeech } from './attribution.js';
import { Concepts, contentOf, sharesContent } from './same-content.js';
import { distinctSources, sameSource } from './source-compare.js';
import { nameKeys } from './source-names.js';
import { findSources, type ArticleSources, type Source } from './sources.js';
import type { ClaimVersion, Difference } from './types.js';
import { alternation } from '../../word-lists.js';

/** The article a version stands in, read for its sources; undefined when only the version's own text is known. */
export type ArticleSentences = (version: ClaimVersion) => ArticleSources | undefined;

export const UNATTRIBUTED = 'unattributed';

/** A version's sources, read in its whole sentence with the article around it when known; ranges cut to the version. */
export function versionSources(version: ClaimVersion, around?: ArticleSentences): Source[] {
	return placedSources(version, around).map((p) => p.source);
}

/** A version's sources, each with where it starts in the version's sentence (null when read from a neighbour). */
function placedSources(version: ClaimVersion, around?: ArticleSentences): { source: Source; at: number | null }[] {
	const article = version.sentence === null ? undefined : around?.(version);
	// Without the article, the version's own text stands for its sentence.
	const sources =
		article && version.sentence !== null ? article.sources(version.sentence) : findSources((i) => (i === 0 ? version.text : undefined), 0);
	const offset = article ? version.start : 0;
	return sources.map((s) => {
		if (s.range === null) return { source: s, at: null };
		const start = s.range[0] - offset;
		const end = s.range[1] - offset;
		return { source: { ...s, range: start >= 0 && end <= version.text.length ? [start, end] : null }, at: s.range[0] };
	});
}

/** Sources read from the sentence itself: a pronoun or a neighbouring quote's speaker is shown, but too unsure to flag. */
export const EXPLICIT: ReadonlySet<Source['form']> = new Set(['speaker-verb', 'verb-speaker', 'according-to']);

/** A title, or a sentence written as one (no closing stop: the loader keeps a repeated headline as the first sentence). */
function headline(version: ClaimVersion, around?: ArticleSentences): boolean {
	if (version.sentence === null) return true;
	const sentence = around?.(version)?.text(version.sentence);
	return sentence !== undefined && version.start === 0 && version.end >= sentence.trimEnd().length && !/[.!?"”’)]\s*$/u.test(sentence);
}

/**
 * Clauses a sentence joins that may each have a source of their own: "X
 * reported A, while Y reported B", "the Tories backed it, although Howard
 * denied a split"; only where a subject of its own opens the next clause
 * ("told him A, but warned him B" keeps its speaker; "...; and many more" is a list).
 */
const SUBJECT_OPENERS = alternation('the a an he she they it his her their its this that these those some many most no one two three');
const CLAUSE_BREAK = new RegExp(
	`(?:,?\\s+(?:while|whereas|although|though)|(?:,|\\s+[-–—])\\s+but|;)\\s+(?=\\p{Lu}|(?:${SUBJECT_OPENERS})\\s)`,
	'gu',
);

/** [start, end) of each clause of a sentence. */
function clauses(sentence: string): [number, number][] {
	const spans: [number, number][] = [];
	let start = 0;
	for (const m of sentence.matchAll(CLAUSE_BREAK)) {
		spans.push([start, m.index]);
		start = m.index + m[0].length;
	}
	spans.push([start, sentence.length]);
	return spans;
}

interface Read {
	version: ClaimVersion;
	sources: Source[];
	/** Where each source starts in the version's sentence; null when read from a neighbour. */
	at: (number | null)[];
	/** The version's sentence (its own text when the article is unknown), and where the version starts in it. */
	sentence: string;
	offset: number;
	/** Whether its sources, or its having none, are sure enough to flag. */
	sure: boolean;
	/** Its content words without its sources. */
	content: Set<string>;
	/** People it has in view by a pronoun or a role ("she holds ..."), as its article resolves them. */
	referents: string[];
	/** The outlet of its article, where known. */
	outlet: string | null;
}

/**
 * The sources that bear on what another version says; null when the part
 * the two share stands in a clause of its own that names no source. Where
 * a sentence joins clauses ("The Guardian reported A, while The Washington
 * Post reported B"), those are the sources of the clause the version stands
 * in, or, for a version over several, of the clause sharing most with the other.
 */
function bearing(mine: Read, other: Read, concepts: Concepts): Source[] | null {
	const spans = clauses(mine.sentence);
	if (spans.length < 2 || mine.sources.length === 0) return mine.sources;
	const clauseOf = (at: number): number => spans.findIndex(([, end]) => at < end);
	const inClause = (clause: number): Source[] =>
		mine.sources.filter((_, i) => {
			const at = mine.at[i];
			return at === null || at === undefined || clauseOf(at) === clause;
		});
	const first = clauseOf(mine.offset);
	const last = clauseOf(mine.offset + mine.version.text.length - 1);
	const shared = (clause: number): number => {
		const [start, end] = spans[clause] ?? [0, 0];
		return [...contentOf(mine.sentence.slice(start, end), [], concepts)].filter((w) => other.content.has(w)).length;
	};
	let best = first;
	for (let clause = first + 1; clause <= last; clause++) if (shared(clause) > shared(best)) best = clause;
	const sources = inClause(best);
	return sources.length > 0 ? sources : null;
}

/**
 * "Trump said ..." against "Trump defended ..." or "He defended ...": the
 * version without a source reports what its source did, it does not leave
 * it out; and "the New York Times reported" against the Times's own article
 * names that article's outlet, which needs no source for its reporting.
 */
function namesTheSource(sources: readonly Source[], bare: Read): boolean {
	const words = new Set(bare.version.text.split(/[^\p{L}'’-]+/u).map((w) => w.replace(/[’']s$/u, '').toLowerCase()));
	return sources.some(
		(s) =>
			[...nameKeys(s.text)].some((k) => words.has(k)) ||
			bare.referents.some((r) => sameSource(r, s.text)) ||
			(bare.outlet !== null && sameSource(bare.outlet, s.text)),
	);
}

/**
 * Two versions differ in their sources: each has a sure source (or surely
 * none), they say the same thing, and what they cite cannot be one source.
 */
function sourcesDiffer(a: Read, b: Read, concepts: Concepts): boolean {
	if (!a.sure || !b.sure || (a.sources.length === 0 && b.sources.length === 0) || !sharesContent(a.content, b.content)) return false;
	const mine = bearing(a, b, concepts);
	const theirs = bearing(b, a, concepts);
	if (mine === null || theirs === null) return false;
	if (mine.length === 0 || theirs.length === 0) {
		const [named, bare] = mine.length === 0 ? [theirs, a] : [mine, b];
		return !namesTheSource(named, bare);
	}
	// A source the other version names too ("The statement quotes the Bishops' letters") is no difference.
	const covered = (x: readonly Source[], y: readonly Source[], other: Read): boolean =>
		x.every((s) => y.some((t) => !distinctSources(s.text, t.text)) || namesTheSource([s], other));
	return !covered(mine, theirs, b) || !covered(theirs, mine, a);
}

/**
 * A difference when two versions that say the same thing name different
 * sources, or one names a source and the other none. Headlines are left
 * out (a headline never says whom it quotes), and so is a version whose
 * source is unsure: one that reports speech or stands inside a quote
 * without a source found, or whose source was inferred from a pronoun, a
 * role or a neighbouring sentence.
 */
export function attributionDifference(
	versions: readonly ClaimVersion[],
	around?: ArticleSentences,
	concepts = new Concepts(),
): Difference | null {
	const read = versions
		.filter((v) => !headline(v, around))
		.map((version): Read => {
			const article = version.sentence === null ? undefined : around?.(version);
			const placed = placedSources(version, around);
			const sources = placed.map((p) => p.source);
			const sentence = (article && version.sentence !== null ? article.text(version.sentence) : undefined) ?? version.text;
			const offset = sentence === version.text ? 0 : version.start;
			const quoted = article !== undefined && version.sentence !== null && article.openAtStart(version.sentence);
			const sure = sources.length > 0 ? sources.every((s) => EXPLICIT.has(s.form)) : !reportsSpeech(version.text) && !quoted;
			const content = contentOf(
				version.text,
				sources.flatMap((s) => (s.range ? [s.range] : [])),
				concepts,
			);
			const referents = article && version.sentence !== null ? article.referents(version.sentence, version.start, version.end) : [];
			return { version, sources, at: placed.map((p) => p.at), sentence, offset, sure, content, referents, outlet: article?.outlet ?? null };
		});
	if (read.length < 2 || read.every((r) => r.sources.length === 0)) return null;
	if (!read.some((a, i) => read.some((b, j) => i < j && sourcesDiffer(a, b, concepts)))) return null;
	const values: Record<string, string> = {};
	const ranges: Record<string, [number, number][]> = {};
	for (const { version, sources } of read) {
		values[version.article] = sources.length > 0 ? [...new Set(sources.map((s) => s.text))].join('; ') : UNATTRIBUTED;
		const inside = sources.flatMap((s) => (s.range ? [s.range] : []));
		if (inside.length > 0) ranges[version.article] = inside;
	}
	return { kind: 'attribution', values, conflict: false, ranges };
}
