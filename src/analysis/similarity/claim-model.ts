/**
 * The shipped same-claim classifier: a logistic regression over the pair
 * features, stored as JSON in data/similarity/ and written by
 * scripts/train-similarity.ts. Loading checks that the file was trained on the
 * feature list this code computes, so stale weights fail loudly instead of
 * silently scoring the wrong columns.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { FEATURE_NAMES } from './pair-features.js';

export const CLAIM_MODEL_FORMAT = 'storylens-same-claim-logistic/1';
export const CLAIM_MODEL_FILE = 'same-claim-model.json';

export interface ClaimModel {
	readonly format: string;
	readonly features: readonly string[];
	/** Standardisation applied before the weights: (x - mean) / scale. */
	readonly mean: readonly number[];
	readonly scale: readonly number[];
	readonly weights: readonly number[];
	readonly bias: number;
	/** Probability at or above which a pair is called the same claim. */
	readonly threshold: number;
	/**
	 * For the claims alignment: the average probability at or above which two
	 * groups of units join (cluster.ts); the threshold when absent.
	 */
	readonly linkThreshold?: number;
	/** Free-form provenance: data, split, regularisation, cross-validation figures. */
	readonly training: Readonly<Record<string, string | number>>;
}

function isNumberArray(value: unknown, length: number): value is number[] {
	return Array.isArray(value) && value.length === length && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

/**
 * A logistic model as stored by the training scripts; `format` and `expected`
 * default to the paraphrase model's (the claims alignment model has its own).
 */
export function parseClaimModel(
	json: unknown,
	source: string,
	format: string = CLAIM_MODEL_FORMAT,
	expected: readonly string[] = FEATURE_NAMES,
): ClaimModel {
	if (typeof json !== 'object' || json === null) throw new Error(`${source}: not a JSON object`);
	const candidate = json as Record<string, unknown>;
	if (candidate['format'] !== format) throw new Error(`${source}: format is not ${format}`);
	const features = candidate['features'];
	if (!Array.isArray(features) || features.length !== expected.length || features.some((name, index) => name !== expected[index])) {
		throw new Error(`${source}: trained on a different feature list; rerun its training script`);
	}
	const width = expected.length;
	const { mean, scale, weights, bias, threshold, training, linkThreshold } = candidate;
	if (!isNumberArray(mean, width) || !isNumberArray(scale, width) || !isNumberArray(weights, width)) {
		throw new Error(`${source}: mean, scale and weights must be ${width} finite numbers each`);
	}
	if (typeof bias !== 'number' || typeof threshold !== 'number' || threshold <= 0 || threshold >= 1) {
		throw new Error(`${source}: bias must be a number and threshold a probability`);
	}
	if (linkThreshold !== undefined && (typeof linkThreshold !== 'number' || linkThreshold <= 0 || linkThreshold >= 1)) {
		throw new Error(`${source}: linkThreshold must be a probability`);
	}
	return {
		format,
		features: expected,
		mean,
		scale,
		weights,
		bias,
		threshold,
		...(linkThreshold === undefined ? {} : { linkThreshold }),
		training: typeof training === 'object' && training !== null ? (training as Record<string, string | number>) : {},
	};
}

export function loadClaimModel(file: string = dataPath('similarity', CLAIM_MODEL_FILE)): ClaimModel {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(`storylens: cannot read the same-claim model ${file}: ${(error as Error).message}`, { cause: error });
	}
	return parseClaimModel(JSON.parse(text) as unknown, file);
}

export function claimProbability(model: ClaimModel, row: Float64Array): number {
	let z = model.bias;
	const { weights, mean, scale } = model;
	for (let j = 0; j < weights.length; j++) z += (weights[j] ?? 0) * (((row[j] ?? 0) - (mean[j] ?? 0)) / (scale[j] ?? 1));
	return 1 / (1 + Math.exp(-z));
}
