/**
 * What differs between the versions of one claim: the numbers, who it is
 * attributed to, how hedged it is, and the words one version adds or drops.
 * Only each article's best version is compared: further sentences from the
 * same article are listed, not diffed.
 */
import { initials, lastWord } from '../entities/alias-key.js';
import { comparableSource, findAttributions, findHedges, isPersonName, sourceName } from './attribution.js';
import { quantityDifference } from './quantity-difference.js';
import { findSources, type SentenceAt, type Source } from './sources.js';
import type { ClaimVersion, Difference } from './types.js';
import { wordingDifference } from './wording-difference.js';

/** The sentences of a version's article around it, for sources named a sentence away; undefined when only the version's own text is known. */
export type ArticleSentences = (version: ClaimVersion) => SentenceAt | undefined;

export const UNATTRIBUTED = 'unattributed';

export function findDifferences(versions: readonly ClaimVersion[], around?: ArticleSentences): Difference[] {
	const best = versions.filter((v) => v.best);
	if (best.length < 2) return [];
	return [quantityDifference(best), attributionDifference(best, around), hedgeDifference(best), wordingDifference(best)].filter(
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

/** Two names of one source: "Mr. Trump" and "Donald Trump", "The New York Times" and "the NYT". */
export function sameSource(a: string, b: string): boolean {
	const x = comparableSource(sourceName(a));
	const y = comparableSource(sourceName(b));
	if (x === y) return true;
	if (isPersonName(a) && isPersonName(b)) return lastWord(x) === lastWord(y);
	const short = x.length < y.length ? x : y;
	const long = short === x ? y : x;
	return initials(long)?.toLowerCase() === short.replace(/\s+/gu, '');
}

/**
 * A difference when one version names a source another does not (or names
 * none): headlines are left out, since a headline never says who it quotes.
 */
function attributionDifference(versions: readonly ClaimVersion[], around?: ArticleSentences): Difference | null {
	const read = versions.filter((v) => v.sentence !== null).map((v) => ({ version: v, sources: versionSources(v, around) }));
	if (read.length < 2 || read.every((r) => r.sources.length === 0)) return null;
	const covered = (mine: readonly Source[], theirs: readonly Source[]): boolean => mine.every((s) => theirs.some((t) => sameSource(s.text, t.text)));
	const differs = read.some((a) => read.some((b) => a !== b && (!covered(a.sources, b.sources) || (a.sources.length === 0) !== (b.sources.length === 0))));
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

/**
 * A difference only where one version hedges the claim and another states it
 * as fact. A version that names its source without hedging ("reported by
 * The New York Times") states it as someone's, not as fact: it is neither side.
 */
function hedgeDifference(versions: readonly ClaimVersion[]): Difference | null {
	const found = versions.map((v) => {
		const hedges = findHedges(v.text);
		return { article: v.article, hedges, fact: hedges.length === 0 && findAttributions(v.text).length === 0 };
	});
	if (!found.some((f) => f.hedges.length > 0) || !found.some((f) => f.fact)) return null;
	return {
		kind: 'hedge',
		values: Object.fromEntries(found.map((f) => [f.article, f.hedges.length > 0 ? [...new Set(f.hedges.map((h) => h.text))].join('; ') : f.fact ? 'stated as fact' : 'attributed'])),
		conflict: false,
		ranges: Object.fromEntries(found.filter((f) => f.hedges.length > 0).map((f) => [f.article, f.hedges.map((h): [number, number] => [h.start, h.end])])),
	};
}
