/**
 * Who each version of a claim says it comes from, and whether they differ
 * in a way a reader can trust: two versions that say the same thing name
 * sources that cannot be the same, or one names a source and the other none.
 */
import { initials, lastWord } from '../entities/alias-key.js';
import { reportsSpeech } from './attribution.js';
import { Concepts, contentOf, sharesContent } from './same-content.js';
import { comparableSource, isPersonName, nameKeys, sourceName } from './source-names.js';
import { findSources, type SentenceAt, type Source } from './sources.js';
import type { ClaimVersion, Difference } from './types.js';

/** The sentences of a version's article around it, for sources named a sentence away; undefined when only the version's own text is known. */
export type ArticleSentences = (version: ClaimVersion) => SentenceAt | undefined;

export const UNATTRIBUTED = 'unattributed';

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

/** Sources read from the sentence itself: a pronoun or a neighbouring quote's speaker is shown, but too unsure to flag. */
export const EXPLICIT: ReadonlySet<Source['form']> = new Set(['speaker-verb', 'verb-speaker', 'according-to']);

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
export function attributionDifference(versions: readonly ClaimVersion[], around?: ArticleSentences, concepts = new Concepts()): Difference | null {
	const read = versions.filter((v) => !headline(v, around)).map((v) => {
		const sources = versionSources(v, around);
		const sure = sources.length > 0 ? sources.every((s) => EXPLICIT.has(s.form)) : !reportsSpeech(v.text);
		return { version: v, sources, sure };
	});
	if (read.length < 2 || read.every((r) => r.sources.length === 0)) return null;
	const content = read.map((r) => contentOf(r.version.text, r.sources.flatMap((s) => (s.range ? [s.range] : [])), concepts));
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

