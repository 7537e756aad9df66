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
import type { ConceptProfile } from './concepts.js';
import type { CorpusStatistics } from './corpus-statistics.js';

/** Whether two units' quantities count the same kind of thing (kept abstract: see quantity-evidence.ts). */
export interface QuantityEvidence {
	/** The kind concepts of the quantities both units count, or none. */
	sharedKinds(other: QuantityEvidence): readonly string[];
}

/** A unit's evidence, prepared once. */
export interface UnitEvidence {
	readonly concepts: ConceptProfile;
	/** IDF of the unit's concepts, summed: its information. */
	readonly mass: number;
	readonly quantities: QuantityEvidence;
}

export function unitEvidence(concepts: ConceptProfile, stats: CorpusStatistics, quantities: QuantityEvidence): UnitEvidence {
	let mass = 0;
	for (const concept of concepts.conceptSet) mass += stats.idf(concept);
	return { concepts, mass, quantities };
}

/**
 * A claim is at least who did what (to whom): two units sharing fewer
 * concepts than this ("right now", "analysts warn") are not taken for one
 * claim however short they are. Every shared concept counts here, the
 * story's subject too: the story's main claim is told in its subject's words.
 */
export const MIN_SHARED_CONCEPTS = 3;

/** Containment of the smaller unit in the other, in [0, 1]; symmetric. */
export function claimAffinity(a: UnitEvidence, b: UnitEvidence, stats: CorpusStatistics): number {
	let shared = 0;
	let sharedConcepts = 0;
	const [small, large] = a.concepts.conceptSet.size <= b.concepts.conceptSet.size ? [a, b] : [b, a];
	for (const concept of small.concepts.conceptSet) {
		if (!large.concepts.conceptSet.has(concept)) continue;
		shared += stats.idf(concept);
		sharedConcepts++;
	}
	// A count of the same kind of thing is one more shared element of the claim, whether
	// the counts agree or not; it weighs as much as the commonest word for what is counted.
	let count = Infinity;
	for (const kind of a.quantities.sharedKinds(b.quantities)) count = Math.min(count, stats.idf(kind));
	if (count === Infinity) count = 0;
	else sharedConcepts++;
	if (sharedConcepts < MIN_SHARED_CONCEPTS) return 0;
	const smaller = Math.min(a.mass, b.mass) + count;
	return smaller > 0 ? (shared + count) / smaller : 0;
}

export type PairScorer = (i: number, j: number) => number;

export function affinityScorer(evidence: readonly UnitEvidence[], stats: CorpusStatistics): PairScorer {
	return (i, j) => {
		const a = evidence[i];
		const b = evidence[j];
		return a === undefined || b === undefined ? 0 : claimAffinity(a, b, stats);
	};
}
