/**
 * Fuzzy search over titles, sentences and entity names with fuse.js. The
 * index is built once per corpus; each query only runs the matcher.
 */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { SearchDoc, SearchHit } from './types.js';
import { createWordIndex } from './word-index.js';

/**
 * Options for news text. `ignoreLocation`: a match is as good anywhere in a
 * sentence. `threshold` 0.34 lets one typo through in a five-letter word
 * ("cancn" finds Cancun) but not two, which in long sentences matches noise.
 * Extended search gives users 'exact, ^prefix, !not and | for or.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
	keys: ['text'],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	ignoreDiacritics: true,
	threshold: 0.34,
	minMatchCharLength: 2,
	useExtendedSearch: true,
	// Sentence length should not outweigh how well the words match.
	fieldNormWeight: 0.5,
};

export const DEFAULT_HIT_LIMIT = 200;
export const MIN_QUERY_LENGTH = 2;

export interface SearchIndex {
	readonly size: number;
	search(query: string, limit?: number): SearchHit[];
}

/** Below this many documents fuse.js ranks them all directly; the prefilter only pays off above. */
const PREFILTER_FROM = 2000;
/** At most this many prefiltered documents are ranked by fuse.js per query (a few milliseconds' work). */
const RANKED_CANDIDATES = 600;

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
	const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs);
	const fuse = new Fuse(docs, FUSE_OPTIONS, index);
	const words =
		docs.length >= PREFILTER_FROM
			? createWordIndex(
					docs.map((d) => d.text),
					FUSE_OPTIONS.threshold ?? 0.34,
				)
			: null;
	return {
		size: docs.length,
		search(query, limit = DEFAULT_HIT_LIMIT) {
			const trimmed = query.trim();
			// One letter matches nearly every sentence; results start from two.
			if ([...trimmed].length < MIN_QUERY_LENGTH) return [];
			const candidates = words?.candidates(trimmed, RANKED_CANDIDATES) ?? null;
			const ranker =
				candidates === null
					? fuse
					: new Fuse(
							candidates.map((i) => docs[i] as SearchDoc),
							FUSE_OPTIONS,
						);
			const hits = ranker.search(trimmed, { limit }).map((result) => ({
				...result.item,
				score: result.score ?? 1,
				ranges: matchRanges(result.matches, trimmed),
			}));
			// An entity's name is a short field that fuse.js ranks first; what the articles say comes first, names after.
			return [...hits.filter((h) => h.kind !== 'entity'), ...hits.filter((h) => h.kind === 'entity')];
		},
	};
}

/**
 * Fuse reports every character run that matched a fuzzy pattern, many of them
 * one letter long; only runs of two or more (or the whole of a one-letter
 * query) are worth highlighting. Fuse's ends are inclusive; ours are not.
 */
function matchRanges(matches: readonly FuseResultMatch[] | undefined, query: string): [number, number][] {
	const minimum = query.length === 1 ? 1 : 2;
	const ranges = (matches ?? [])
		.flatMap((m) => m.indices)
		.map(([start, end]): [number, number] => [start, end + 1])
		.filter(([start, end]) => end - start >= minimum)
		.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}
