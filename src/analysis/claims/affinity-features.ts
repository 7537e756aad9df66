/**
 * What the claim-affinity model sees of a pair of units. Unlike the MSRP
 * paraphrase features (src/analysis/similarity/pair-features.ts), these do
 * not punish one version for saying more than the other: outlets restate a
 * claim inside longer sentences, and the extra words are a difference to
 * show, not a reason to split the claim. So overlap is measured against the
 * shorter unit (containment) as well as both (Dice), and weighted by how rare
 * each concept is in the corpus being analysed.
 *
 * Every feature is symmetric: swapping the units changes nothing.
 */
import type { ConceptProfile } from './concepts.js';
import type { CorpusStatistics } from './corpus-statistics.js';

export const AFFINITY_FEATURES = [
	'containment',
	'dice',
	'shared_weight',
	'bigram_containment',
	'names_missing',
	'names_shared',
	'quantity_link',
	'short_side',
] as const;

export type AffinityFeature = (typeof AFFINITY_FEATURES)[number];

/** A unit's evidence, prepared once. */
export interface UnitEvidence {
	readonly concepts: ConceptProfile;
	/** Concept weights summed: the unit's information content. */
	readonly mass: number;
	/** Concepts that are names in this corpus. */
	readonly names: ReadonlySet<string>;
	/** Whether the unit's quantities and another's count the same kind of thing. */
	readonly quantities: QuantityEvidence;
}

/** Kept abstract so that the features need not know how quantities are read (quantity-evidence.ts). */
export interface QuantityEvidence {
	linkedWith(other: QuantityEvidence): boolean;
}

/** Shared names beyond this add nothing: three shared names already pin the claim down. */
const MAX_NAMES_SHARED = 3;

export function unitEvidence(concepts: ConceptProfile, stats: CorpusStatistics, quantities: QuantityEvidence): UnitEvidence {
	let mass = 0;
	const names = new Set<string>();
	for (const concept of concepts.conceptSet) {
		mass += stats.idf(concept);
		if (stats.isName(concept)) names.add(concept);
	}
	return { concepts, mass, names, quantities };
}

export function writeAffinityFeatures(a: UnitEvidence, b: UnitEvidence, stats: CorpusStatistics, out: Float64Array): Float64Array {
	let shared = 0;
	const [small, large] = a.concepts.conceptSet.size <= b.concepts.conceptSet.size ? [a, b] : [b, a];
	for (const concept of small.concepts.conceptSet) if (large.concepts.conceptSet.has(concept)) shared += stats.idf(concept);
	let sharedBigrams = 0;
	for (const bigram of small.concepts.bigrams) if (large.concepts.bigrams.has(bigram)) sharedBigrams++;
	// Names of the shorter unit that the longer one never mentions: "Lohan" against "Reid" is another event.
	let missing = 0;
	for (const name of small.names) if (!large.concepts.conceptSet.has(name)) missing++;
	let namesShared = 0;
	for (const name of small.names) if (large.names.has(name)) namesShared++;

	out[0] = ratio(shared, Math.min(a.mass, b.mass));
	out[1] = ratio(2 * shared, a.mass + b.mass);
	out[2] = ratio(shared, stats.maxIdf);
	out[3] = ratio(sharedBigrams, Math.min(a.concepts.bigrams.size, b.concepts.bigrams.size));
	out[4] = ratio(missing, small.names.size);
	out[5] = Math.min(namesShared, MAX_NAMES_SHARED);
	out[6] = a.quantities.linkedWith(b.quantities) ? 1 : 0;
	out[7] = Math.log1p(small.concepts.conceptSet.size);
	return out;
}

function ratio(numerator: number, denominator: number): number {
	return denominator > 0 ? numerator / denominator : 0;
}
