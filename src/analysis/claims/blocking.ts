/**
 * Candidate pairs for the claim-affinity model without comparing every unit
 * with every other: two units from different articles are candidates only if
 * they share concepts that are not everywhere in the story. Posting lists of
 * concepts used by more than a cap of units are skipped (the story's subject,
 * "Mexico" in a story about Mexico, says nothing about which claim), so the
 * work is bounded by units x concepts x cap: linear in the corpus.
 */
import type { UnitConceptTable } from './concept-table.js';
import { SUBJECT_SHARE } from './corpus-statistics.js';

/** No posting list longer than this is expanded into pairs. */
export const MAX_POSTING = 120;
/** A concept in at most this many units is rare enough to make a candidate on its own. */
const RARE_UNITS = 3;

/**
 * Below this many units a pair sharing a single informative concept is a
 * candidate too: on real coverage 38% of the pairs people judged one claim
 * share fewer than two (outlets restate a claim in their own words), while
 * on a large corpus such pairs would triple the candidates for little gain.
 */
export const SMALL_CORPUS_UNITS = 5000;

/** How much shared evidence makes a candidate: weight 2 is two informative concepts or one rare one. */
export function candidateWeight(unitCount: number): number {
	return unitCount <= SMALL_CORPUS_UNITS ? 1 : 2;
}

/** Pairs [i, j] with i < j, from different articles, sharing two informative concepts or one rare one. */
export function candidatePairs(articleOf: readonly string[], table: UnitConceptTable, minWeight = 2): [number, number][] {
	const pairs: [number, number][] = [];
	forEachCandidatePair(articleOf, table, (i, j) => pairs.push([i, j]), minWeight);
	return pairs;
}

/** The same pairs, handed to `visit` one by one, so that a large corpus's candidates need not all be held at once. */
export function forEachCandidatePair(
	articleOf: readonly string[],
	table: UnitConceptTable,
	visit: (i: number, j: number) => void,
	minWeight = 2,
): void {
	const count = table.unitCount;
	const limit = Math.min(MAX_POSTING, Math.max(4, Math.floor(count * SUBJECT_SHARE)));
	const { values } = table;
	// Postings of the usable concepts only (shared by 2 to `limit` units), by concept id.
	const postings: (number[] | undefined)[] = new Array<number[] | undefined>(table.conceptCount);
	const weight = new Uint8Array(table.conceptCount);
	for (let id = 0; id < table.conceptCount; id++) {
		const frequency = table.frequency(id);
		if (frequency < 2 || frequency > limit) continue;
		postings[id] = [];
		weight[id] = frequency <= RARE_UNITS ? 2 : 1;
	}
	for (let unit = 0; unit < count; unit++) {
		for (let k = table.start(unit); k < table.end(unit); k++) postings[values[k] ?? 0]?.push(unit);
	}
	// Sparse accumulation: for each unit, the shared weight with every later unit it meets,
	// in a reused array that is reset only where it was touched.
	const shared = new Uint16Array(count);
	const touched: number[] = [];
	for (let i = 0; i < count; i++) {
		for (let k = table.start(i); k < table.end(i); k++) {
			const id = values[k] ?? 0;
			const posting = postings[id];
			if (posting === undefined) continue;
			const w = weight[id] ?? 1;
			for (const j of posting) {
				if (j <= i || articleOf[j] === articleOf[i]) continue;
				if (shared[j] === 0) touched.push(j);
				shared[j] = (shared[j] ?? 0) + w;
			}
		}
		for (const j of touched) {
			if ((shared[j] ?? 0) >= minWeight) visit(i, j);
			shared[j] = 0;
		}
		touched.length = 0;
	}
}
