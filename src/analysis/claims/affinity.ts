/**
 * Do two units state the same claim? The affinity model's probability for a
 * pair of prepared units, and the model's threshold for saying yes.
 */
import { AFFINITY_FEATURES, writeAffinityFeatures } from './affinity-features.js';
import { affinityProbability, checkAffinityModel, type AffinityModel } from './affinity-model.js';
import { AFFINITY_WEIGHTS } from './affinity-weights.js';
import type { PreparedUnits } from './evidence.js';

export const SHIPPED_AFFINITY_MODEL: AffinityModel = checkAffinityModel(AFFINITY_WEIGHTS);

/** Probability at or above which two units count as the same claim. */
export const AFFINITY_THRESHOLD: number = SHIPPED_AFFINITY_MODEL.threshold;

export type PairScorer = (i: number, j: number) => number;

export function affinityScorer(prepared: PreparedUnits, model: AffinityModel = SHIPPED_AFFINITY_MODEL): PairScorer {
	// One scratch row for all calls: scoring is synchronous, so it is never shared.
	const row = new Float64Array(AFFINITY_FEATURES.length);
	return (i, j) => {
		const a = prepared.evidence[i];
		const b = prepared.evidence[j];
		if (a === undefined || b === undefined) return 0;
		return affinityProbability(model, writeAffinityFeatures(a, b, prepared.stats, row));
	};
}
