/**
 * Candidate pairs for the claim-affinity model without comparing every unit
 * with every other: two units from different articles are candidates only if
 * they share concepts that are not everywhere in the story. Posting lists of
 * concepts used by more than a cap of units are skipped (the story's subject,
 * "Mexico" in a story about Mexico, says nothing about which claim), so the
 * work is bounded by units x concepts x cap: linear in the corpus.
 */
import type { IdfFunction } from '../similarity/idf.js';

/** No posting list longer than this is expanded into pairs. */
export const MAX_POSTING = 120;
/** A concept in more than this share of units is the story's subject, not a claim's. */
const MAX_SHARE = 0.25;
/** A concept in at most this many units is rare enough to make a candidate on its own. */
const RARE_UNITS = 3;

export interface BlockingInput {
	/** Article id of each unit. */
	readonly articleOf: readonly string[];
	/** Concepts of each unit. */
	readonly concepts: readonly ReadonlySet<string>[];
}

/** Pairs [i, j] with i < j, from different articles, sharing two informative concepts or one rare one. */
export function candidatePairs({ articleOf, concepts }: BlockingInput, idf: IdfFunction): [number, number][] {
	const postings = new Map<string, number[]>();
	concepts.forEach((set, unit) => {
		for (const concept of set) {
			const list = postings.get(concept);
			if (list) list.push(unit);
			else postings.set(concept, [unit]);
		}
	});
	const count = concepts.length;
	const limit = Math.min(MAX_POSTING, Math.max(4, Math.floor(count * MAX_SHARE)));
	// Same formula as buildIdf's weights, so "rare" means the same to both.
	const rare = Math.log((count + 1) / (RARE_UNITS + 0.5));
	const shared = new Map<number, number>();
	for (const [concept, units] of postings) {
		if (units.length < 2 || units.length > limit) continue;
		const weight = idf(concept) >= rare ? 2 : 1;
		for (let a = 0; a < units.length; a++) {
			const i = units[a] as number;
			for (let b = a + 1; b < units.length; b++) {
				const j = units[b] as number;
				if (articleOf[i] === articleOf[j]) continue;
				const key = i * count + j;
				shared.set(key, (shared.get(key) ?? 0) + weight);
			}
		}
	}
	const pairs: [number, number][] = [];
	for (const [key, score] of shared) if (score >= 2) pairs.push([Math.floor(key / count), key % count]);
	return pairs;
}
