/**
 * Groups units into claims: greedy agglomerative clustering over the scored
 * candidate pairs, strongest first. Two groups join only when they agree on
 * average (see averageLink), rather than on any single strong pair, which
 * keeps a chain of loosely related units (A like B, B like C) from
 * collapsing two claims into one.
 */
import type { PairScorer } from './affinity.js';
import type { ScoredPairs } from './scored-pairs.js';

export function clusterUnits(articleOf: readonly string[], strong: ScoredPairs, score: PairScorer, threshold: number): number[][] {
	// Affinities asked for while comparing groups, remembered: a group is compared again after each merge.
	const known = new Map<number, number>();
	const unitCount = articleOf.length;
	const pairKey = (i: number, j: number): number => (i < j ? i * unitCount + j : j * unitCount + i);
	const affinity = (i: number, j: number): number => {
		const key = pairKey(i, j);
		let value = known.get(key);
		if (value === undefined) {
			value = score(i, j);
			known.set(key, value);
		}
		return value;
	};

	const order = strong.strongestFirst();
	const groupOf = new Map<number, number[]>();
	// A pair whose groups did not agree may agree once either group has grown,
	// so passes repeat until one merges nothing (each merge removes a group, so this ends).
	for (let merged = true; merged;) {
		merged = false;
		for (const k of order) {
			const i = strong.first(k);
			const j = strong.second(k);
			const left = groupOf.get(i) ?? [i];
			const right = groupOf.get(j) ?? [j];
			if (left === right || averageLink(left, right, articleOf, affinity) < threshold) continue;
			const union = [...left, ...right];
			for (const unit of union) groupOf.set(unit, union);
			merged = true;
		}
	}
	return [...new Set(groupOf.values())];
}

/**
 * How well two groups agree, article by article: for each pair of articles
 * (one from each group), the best affinity between their units, averaged.
 * A claim holds one best version per article plus further sentences; those
 * further sentences (a pronoun restatement, "refused to expel them") should
 * not outvote the versions that match, so only the best match per article
 * pair counts, while averaging over article pairs still keeps a chain of
 * loosely related units from joining.
 */
function averageLink(left: readonly number[], right: readonly number[], articleOf: readonly string[], affinity: PairScorer): number {
	const best = new Map<string, number>();
	for (const a of left) {
		for (const b of right) {
			const articleA = articleOf[a] ?? '';
			const articleB = articleOf[b] ?? '';
			if (articleA === articleB) continue;
			const key = `${articleA}\u0000${articleB}`;
			best.set(key, Math.max(best.get(key) ?? 0, affinity(a, b)));
		}
	}
	// Two groups from one article only: nothing says they are the same claim.
	if (best.size === 0) return 0;
	let sum = 0;
	for (const value of best.values()) sum += value;
	return sum / best.size;
}
