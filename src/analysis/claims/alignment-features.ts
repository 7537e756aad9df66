/**
 * What the same-claim model (alignment-model.ts) reads about a pair of units
 * from different articles. Containment of the smaller unit alone (the old
 * grouping rule) misses the leads of real coverage: two outlets' first
 * sentences share a dozen content words and each adds a dozen of its own,
 * so the share of the smaller one falls under any threshold that keeps
 * unrelated sentences apart. The model weighs overlap in both directions,
 * how much information is shared in absolute terms, the names both mention,
 * counts of the same thing, and where each unit stands in its article
 * (outlets state the story's main claim in the headline and the first
 * paragraph). Weights are learnt by scripts/train-alignment.ts.
 */
import { sharedCountWeight, sharedInformation, type AffinityInput } from './affinity.js';

/** Where a unit stands in its article. */
export const UnitPlace = {
	Title: 0,
	/** The first two sentences, or the third too when the first paragraph holds it. */
	Lead: 1,
	Body: 2,
} as const;

export const ALIGNMENT_FEATURES = [
	'containment-smaller',
	'containment-larger',
	'cosine',
	'shared-concepts',
	'shared-information',
	'shared-names',
	'both-lead',
	'one-lead',
	'both-title',
	'shared-count-kind',
	'smaller-information',
	'relative-position-gap',
	'shared-bigrams',
	'bigram-containment',
	'rarest-shared',
	'synonym-containment',
	'with-synonyms-containment',
	'predicate-agrees',
	'predicate-differs',
] as const;

export interface PairContext extends AffinityInput {
	readonly places: Uint8Array;
	/** Each unit's position in its article, 0 (top) to 1 (end). */
	readonly positions: Float32Array;
	/** How many name concepts two units share. */
	sharedNames(i: number, j: number): number;
	/** Concept bigrams (in text order) both hold, and the smaller unit's count of them. */
	sharedBigrams(i: number, j: number): { shared: number; smaller: number };
	/** 1 when the units share a verb (or its synonym), -1 when both have verbs and share none, 0 otherwise. */
	predicates(i: number, j: number): number;
	/** The IDF mass of words one unit says in a synonym of the other's (synonyms.ts). */
	synonymMass(i: number, j: number): number;
	/** The IDF of the rarest concept both hold. */
	maxSharedIdf(i: number, j: number): number;
}

/**
 * The features read from the concept table alone come first; the costly ones
 * (word order, synonyms, verbs: a unit's words profiled again) are filled
 * only when `costly` is true. Each costly feature's largest value, given the
 * cheap ones, lets the model bound a pair's probability before paying for
 * them (alignment.ts): most candidate pairs cannot reach the threshold.
 */
export const COSTLY_FEATURES: ReadonlyMap<number, (row: Float64Array) => number> = new Map([
	// Shared bigrams: at most one fewer than the shared concepts.
	[12, (row: Float64Array) => Math.log1p(Math.max(0, Math.expm1(row[3] ?? 0) - 1))],
	[13, () => 1],
	// Synonyms can only cover what the units do not already share.
	[15, (row: Float64Array) => Math.max(0, 1 - (row[0] ?? 0))],
	[16, () => 1],
	[17, () => 1],
	[18, () => 1],
]);

export function alignmentFeatures(i: number, j: number, context: PairContext, costly = true): Float64Array {
	const row = new Float64Array(ALIGNMENT_FEATURES.length);
	const { shared, concepts } = sharedInformation(i, j, context);
	const count = concepts > 0 ? sharedCountWeight(i, j, context) : 0;
	const massI = (context.mass[i] ?? 0) + count;
	const massJ = (context.mass[j] ?? 0) + count;
	const smaller = Math.min(massI, massJ);
	const larger = Math.max(massI, massJ);
	const both = shared + count;
	// IDF grows with the corpus (at most log((n + 1) / 1.5) for a word used once): absolute masses are read
	// in units of that maximum, so a model learnt on stories of 150 sentences holds for 10 or 10,000.
	const rarest = Math.log((context.stats.unitCount + 1) / 1.5) || 1;
	const placeI = context.places[i] ?? UnitPlace.Body;
	const placeJ = context.places[j] ?? UnitPlace.Body;
	const leads = Number(placeI !== UnitPlace.Body) + Number(placeJ !== UnitPlace.Body);
	row[0] = smaller > 0 ? both / smaller : 0;
	row[1] = larger > 0 ? both / larger : 0;
	row[2] = smaller > 0 ? both / Math.sqrt(massI * massJ) : 0;
	row[3] = Math.log1p(concepts);
	row[4] = Math.log1p(both / rarest);
	row[5] = Math.log1p(concepts > 0 ? context.sharedNames(i, j) : 0);
	row[6] = leads === 2 ? 1 : 0;
	row[7] = leads === 1 ? 1 : 0;
	row[8] = placeI === UnitPlace.Title && placeJ === UnitPlace.Title ? 1 : 0;
	row[9] = count > 0 ? 1 : 0;
	row[10] = Math.log1p(smaller / rarest);
	row[11] = Math.abs((context.positions[i] ?? 0) - (context.positions[j] ?? 0));
	row[14] = concepts > 0 ? context.maxSharedIdf(i, j) / rarest : 0;
	if (!costly || concepts === 0) return row;
	if (concepts >= 2) {
		const bigrams = context.sharedBigrams(i, j);
		row[12] = Math.log1p(bigrams.shared);
		row[13] = bigrams.smaller > 0 ? bigrams.shared / bigrams.smaller : 0;
	}
	const synonymous = context.synonymMass(i, j);
	row[15] = smaller > 0 ? synonymous / smaller : 0;
	row[16] = smaller > 0 ? Math.min(1, (both + synonymous) / smaller) : 0;
	const predicates = context.predicates(i, j);
	row[17] = predicates > 0 ? 1 : 0;
	row[18] = predicates < 0 ? 1 : 0;
	return row;
}
