/**
 * Candidate pairs for the claim-affinity model without comparing every unit
 * with every other: two units from different articles are candidates only if
 * they share concepts that are not everywhere in the story. Posting lists of
 * concepts used by more than a cap of units are skipped (the story's subject,
 * "Mexico" in a story about Mexico, says nothing about which claim), so the
 * work is bounded by units x concepts x cap: linear in the corpus.
 */
import type { IdfFunction } from '../similarity/idf.js';
import { SUBJECT_SHARE } from './corpus-statistics.js';

/** No posting list longer than this is expanded into pairs. */
export const MAX_POSTING = 120;
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
	const count = concepts.length;
	const limit = Math.min(MAX_POSTING, Math.max(4, Math.floor(count * SUBJECT_SHARE)));
	// Same formula as buildIdf's weights, so "rare" means the same to both.
	const rare = Math.log((count + 1) / (RARE_UNITS + 0.5));
	const postings = new Map<string, number[]>();
	concepts.forEach((set, unit) => {
		for (const concept of set) {
			const list = postings.get(concept);
			if (list) list.push(unit);
			else postings.set(concept, [unit]);
		}
	});
	// Per unit, the usable postings and their weights, so the loop below reads arrays only.
	const usable = new Map<string, { units: number[]; weight: number }>();
	for (const [concept, units] of postings) {
		if (units.length >= 2 && units.length <= limit) usable.set(concept, { units, weight: idf(concept) >= rare ? 2 : 1 });
	}
	// Sparse accumulation: for each unit, the shared weight with every later unit it meets,
	// in a reused array that is reset only where it was touched.
	const shared = new Uint16Array(count);
	const touched: number[] = [];
	const pairs: [number, number][] = [];
	for (let i = 0; i < count; i++) {
		for (const concept of concepts[i] ?? []) {
			const posting = usable.get(concept);
			if (posting === undefined) continue;
			for (const j of posting.units) {
				if (j <= i || articleOf[j] === articleOf[i]) continue;
				if (shared[j] === 0) touched.push(j);
				shared[j] = (shared[j] ?? 0) + posting.weight;
			}
		}
		for (const j of touched) {
			if ((shared[j] ?? 0) >= 2) pairs.push([i, j]);
			shared[j] = 0;
		}
		touched.length = 0;
	}
	return pairs;
}
