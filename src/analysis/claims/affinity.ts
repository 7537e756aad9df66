/**
 * Claim affinity: how much of one unit's claim the other unit states. The
 * MSRP paraphrase model (src/analysis/similarity) asks whether two sentences
 * say the same thing and nothing more, so it punishes the extra words of a
 * longer sentence; outlets restate a claim inside longer sentences, and what
 * one adds is a difference to show, not a reason to split the claim. So the
 * affinity is the share of the smaller unit's information that the other
 * unit also carries (containment), each concept weighted by its IDF in the
 * corpus being analysed: the story's subject, present in every other
 * sentence, counts for little, a rarer shared concept for a lot.
 *
 * Counts are compared as quantities, not as words (quantity-evidence.ts):
 * "20 spies" and "more than two dozen spies" share the count of spies (one
 * more shared element of the claim), whereas the numerals themselves neither
 * match nor count as unmatched.
 *
 * The threshold is in affinity-threshold.ts, with how it was chosen.
 */
import type { UnitConceptTable } from './concept-table.js';
import type { CorpusStatistics } from './corpus-statistics.js';

/** Whether two units' quantities count the same kind of thing (kept abstract: see quantity-evidence.ts). */
export interface QuantityEvidence {
	/** The kind concepts of the quantities both units count, or none. */
	sharedKinds(other: QuantityEvidence): readonly string[];
}

/** What scoring reads about the units, prepared once (evidence.ts). */
export interface AffinityInput {
	readonly table: UnitConceptTable;
	readonly stats: CorpusStatistics;
	/** Each unit's information: the IDF of its concepts, summed. */
	readonly mass: Float64Array;
	/** A unit's quantities, parsed on first use. */
	quantitiesOf(unit: number): QuantityEvidence;
}

/** Each unit's mass: the IDF of its concepts, summed. */
export function unitMasses(table: UnitConceptTable, stats: CorpusStatistics): Float64Array {
	const mass = new Float64Array(table.unitCount);
	const { values } = table;
	for (let unit = 0; unit < mass.length; unit++) {
		let sum = 0;
		for (let k = table.start(unit); k < table.end(unit); k++) sum += stats.idfById[values[k] ?? 0] ?? 0;
		mass[unit] = sum;
	}
	return mass;
}

/**
 * A claim is at least who did what (to whom): two units sharing fewer
 * concepts than this ("right now", "analysts warn") are not taken for one
 * claim however short they are. Every shared concept counts here, the
 * story's subject too: the story's main claim is told in its subject's words.
 */
export const MIN_SHARED_CONCEPTS = 3;

/** Containment of the smaller unit in the other, in [0, 1]; symmetric. */
export function claimAffinity(i: number, j: number, input: AffinityInput): number {
	const { table, stats, mass } = input;
	const { values } = table;
	const idf = stats.idfById;
	// Both runs are sorted: one merge finds what they share.
	let shared = 0;
	let sharedConcepts = 0;
	let a = table.start(i);
	let b = table.start(j);
	const endA = table.end(i);
	const endB = table.end(j);
	while (a < endA && b < endB) {
		const x = values[a] ?? 0;
		const y = values[b] ?? 0;
		if (x === y) {
			shared += idf[x] ?? 0;
			sharedConcepts++;
			a++;
			b++;
		} else if (x < y) a++;
		else b++;
	}
	// Too few shared concepts to be one claim, even with a shared count: no need to parse quantities.
	if (sharedConcepts + 1 < MIN_SHARED_CONCEPTS) return 0;
	// A count of the same kind of thing is one more shared element of the claim, whether
	// the counts agree or not; it weighs as much as the commonest word for what is counted.
	let count = Infinity;
	for (const kind of input.quantitiesOf(i).sharedKinds(input.quantitiesOf(j))) count = Math.min(count, stats.idf(kind));
	if (count === Infinity) count = 0;
	else sharedConcepts++;
	if (sharedConcepts < MIN_SHARED_CONCEPTS) return 0;
	const smaller = Math.min(mass[i] ?? 0, mass[j] ?? 0) + count;
	return smaller > 0 ? (shared + count) / smaller : 0;
}

export type PairScorer = (i: number, j: number) => number;
