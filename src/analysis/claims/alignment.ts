/**
 * Which units state the same claim: candidate pairs (blocking.ts) scored by
 * the same-claim model (alignment-model.ts); pairs at or above its threshold
 * seed groups, and groups join when they agree on average at or above its
 * link threshold (cluster.ts). The link threshold may be lower: a third
 * outlet's version that matches one version well and another less well
 * still belongs with both, while no group starts from a weak pair.
 */
import type { PairScorer } from './affinity.js';
import { COSTLY_FEATURES } from './alignment-features.js';
import { alignmentModel, modelProbability, probabilityBound, type ClaimModel } from './alignment-model.js';
import { candidateWeight, forEachCandidatePair } from './blocking.js';
import { clusterUnits } from './cluster.js';
import type { UnitConceptTable } from './concept-table.js';
import type { PreparedUnits } from './evidence.js';
import { ScoredPairs } from './scored-pairs.js';
import type { ClaimUnit } from './types.js';

/**
 * A unit naming fewer concepts than this states no claim of its own: a
 * quotation's tail ("God help us."), "Mr. Steele wrote.", "More
 * sustainable."; grouped, such units join whatever shares their one word.
 */
export const MIN_CLAIM_CONCEPTS = 3;

export function isClaimSized(table: UnitConceptTable, unit: number): boolean {
	return table.end(unit) - table.start(unit) >= MIN_CLAIM_CONCEPTS;
}

export interface Alignment {
	/** Groups of unit indices, each one claim (single units included). */
	readonly groups: number[][];
	/** The same-claim probability of two units. */
	readonly sameClaim: PairScorer;
}

/** `model` is the shipped one unless the training script tries its own. */
export function alignUnits(units: readonly ClaimUnit[], prepared: PreparedUnits, model: ClaimModel = alignmentModel()): Alignment {
	const articleOf = units.map((u) => u.article);
	// Look-alike events (one team placed Verlaine on the injured list, the other Okafor) stay apart
	// whatever the model says: too rare in the training data for it to learn, and never one claim.
	// Below half the link threshold a pair's probability barely moves a group's average, vetoed or not.
	const vetoFrom = (model.linkThreshold ?? model.threshold) / 2;
	const probability = (i: number, j: number): number => {
		if (!isClaimSized(prepared.table, i) || !isClaimSized(prepared.table, j)) return 0;
		const p = modelProbability(model, prepared.features(i, j));
		// The frame check costs more than the model: asked only where the answer can matter.
		return p >= vetoFrom && prepared.namesClash(i, j) ? 0 : p;
	};
	const strong = new ScoredPairs();
	forEachCandidatePair(
		articleOf,
		prepared.table,
		(i, j) => {
			if (!isClaimSized(prepared.table, i) || !isClaimSized(prepared.table, j)) return;
			// Most candidates cannot reach the threshold whatever their costly features: skip those first.
			if (probabilityBound(model, prepared.features(i, j, false), COSTLY_FEATURES) < model.threshold) return;
			const p = probability(i, j);
			if (p >= model.threshold) strong.add(i, j, p);
		},
		candidateWeight(units.length),
	);
	prepared.forgetDetails();
	const sameClaim: PairScorer = probability;
	return { groups: clusterUnits(articleOf, strong, sameClaim, model.linkThreshold ?? model.threshold), sameClaim };
}
