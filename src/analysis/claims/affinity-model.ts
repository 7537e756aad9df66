/**
 * The claim-affinity model: a logistic regression over AFFINITY_FEATURES,
 * fitted by scripts/claims/train-affinity.ts on MSRP's tuning part and
 * stored as code in affinity-weights.ts (a few numbers; no file to find at
 * run time). See that script for the training data and the threshold rule.
 */
import { AFFINITY_FEATURES } from './affinity-features.js';

export interface AffinityModel {
	readonly features: readonly string[];
	/** Standardisation applied before the weights: (x - mean) / scale. */
	readonly mean: readonly number[];
	readonly scale: readonly number[];
	readonly weights: readonly number[];
	readonly bias: number;
	/** Probability at or above which two units state the same claim. */
	readonly threshold: number;
	/** Provenance: data, split, regularisation, figures on the tuning part. */
	readonly training: Readonly<Record<string, string | number>>;
}

/** Fails loudly when the stored weights were fitted on another feature list. */
export function checkAffinityModel(model: AffinityModel): AffinityModel {
	const expected: readonly string[] = AFFINITY_FEATURES;
	const width = expected.length;
	if (model.features.length !== width || model.features.some((name, i) => name !== expected[i])) {
		throw new Error('claims: affinity weights were fitted on another feature list; rerun scripts/claims/train-affinity');
	}
	if (model.mean.length !== width || model.scale.length !== width || model.weights.length !== width) {
		throw new Error(`claims: affinity weights must hold ${width} numbers per vector`);
	}
	return model;
}

export function affinityProbability(model: AffinityModel, row: Float64Array): number {
	let z = model.bias;
	for (let j = 0; j < model.weights.length; j++) z += (model.weights[j] ?? 0) * (((row[j] ?? 0) - (model.mean[j] ?? 0)) / (model.scale[j] ?? 1));
	return 1 / (1 + Math.exp(-z));
}
