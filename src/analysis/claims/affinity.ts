/**
 * The overlap two claim units share, read from the concept table: the
 * pieces the same-claim model's features are made of (alignment-features.ts).
 * Each concept weighs its IDF in the corpus being analysed: the story's
 * subject, present in every other sentence, counts for little, a rarer
 * shared concept for a lot. Counts are compared as quantities, not as words
 * (quantity-evidence.ts): "20 spies" and "more than two dozen spies" share
 * the count of spies, whereas the numerals themselves neither match nor
 * count as unmatched.
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

/** What two units share: the IDF mass of their common concepts and how many they are. */
export interface SharedInformation {
	shared: number;
	concepts: number;
}

/** Both runs are sorted: one merge finds what they share. */
export function sharedInformation(i: number, j: number, input: Pick<AffinityInput, 'table' | 'stats'>): SharedInformation {
	const { values } = input.table;
	const idf = input.stats.idfById;
	let shared = 0;
	let concepts = 0;
	let a = input.table.start(i);
	let b = input.table.start(j);
	const endA = input.table.end(i);
	const endB = input.table.end(j);
	while (a < endA && b < endB) {
		const x = values[a] ?? 0;
		const y = values[b] ?? 0;
		if (x === y) {
			shared += idf[x] ?? 0;
			concepts++;
			a++;
			b++;
		} else if (x < y) a++;
		else b++;
	}
	return { shared, concepts };
}

/**
 * A count of the same kind of thing in both units is one more shared element
 * of the claim, whether the counts agree or not; it weighs as much as the
 * commonest word for what is counted. 0 when they count nothing in common.
 */
export function sharedCountWeight(i: number, j: number, input: AffinityInput): number {
	let count = Infinity;
	for (const kind of input.quantitiesOf(i).sharedKinds(input.quantitiesOf(j))) count = Math.min(count, input.stats.idf(kind));
	return count === Infinity ? 0 : count;
}

export type PairScorer = (i: number, j: number) => number;
