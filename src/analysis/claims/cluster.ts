/**
 * Groups units into claims: greedy average-linkage clustering over the scored
 * candidate pairs, strongest first. Average linkage, rather than joining on
 * any single strong pair, keeps a chain of loosely related sentences (A like
 * B, B like C) from collapsing two claims into one.
 */

export interface ScoredPair {
	i: number;
	j: number;
	probability: number;
}

export interface ClusterOptions {
	/** A pair must score this to start or join a cluster. */
	pairThreshold: number;
	/** Clusters join when their members from different articles score this on average. */
	linkThreshold: number;
}

export function clusterUnits(
	articleOf: readonly string[],
	pairs: readonly ScoredPair[],
	score: (i: number, j: number) => number,
	options: ClusterOptions,
): number[][] {
	const known = new Map<string, number>();
	for (const pair of pairs) known.set(pairKey(pair.i, pair.j), pair.probability);
	const probability = (i: number, j: number): number => {
		const key = pairKey(i, j);
		let p = known.get(key);
		if (p === undefined) {
			p = score(i, j);
			known.set(key, p);
		}
		return p;
	};

	const clusterOf = new Map<number, number[]>();
	for (const pair of [...pairs].sort((a, b) => b.probability - a.probability)) {
		if (pair.probability < options.pairThreshold) break;
		const left = clusterOf.get(pair.i) ?? [pair.i];
		const right = clusterOf.get(pair.j) ?? [pair.j];
		if (left === right) continue;
		if (averageLink(left, right, articleOf, probability) < options.linkThreshold) continue;
		const merged = [...left, ...right];
		for (const unit of merged) clusterOf.set(unit, merged);
	}
	return [...new Set(clusterOf.values())];
}

function averageLink(left: number[], right: number[], articleOf: readonly string[], probability: (i: number, j: number) => number): number {
	let sum = 0;
	let count = 0;
	for (const a of left) {
		for (const b of right) {
			if (articleOf[a] === articleOf[b]) continue;
			sum += probability(a, b);
			count++;
		}
	}
	return count === 0 ? 0 : sum / count;
}

function pairKey(i: number, j: number): string {
	return i < j ? `${i}:${j}` : `${j}:${i}`;
}
