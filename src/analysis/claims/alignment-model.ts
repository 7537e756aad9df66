/**
 * The same-claim model: a logistic regression over alignment-features.ts,
 * trained by scripts/train-alignment.ts on people's annotation of
 * multi-outlet news (eval/basil-claims, development events only), with
 * ECB+'s pairs across look-alike events as further negatives. Its threshold
 * is the operating point, chosen by the same script on development events
 * held out fold by fold, for the precision of the grouped pairs. Stored in
 * data/claims/ and checked against the feature list this code computes, so
 * stale weights fail loudly.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { parseClaimModel, type ClaimModel } from '../similarity/claim-model.js';
import { ALIGNMENT_FEATURES } from './alignment-features.js';

export { claimProbability as modelProbability } from '../similarity/claim-model.js';
export type { ClaimModel } from '../similarity/claim-model.js';

export const ALIGNMENT_MODEL_FORMAT = 'storylens-claim-alignment-logistic/1';
export const ALIGNMENT_MODEL_FILE = 'alignment-model.json';

let loaded: ClaimModel | undefined;

export function alignmentModel(): ClaimModel {
	if (loaded === undefined) {
		const file = dataPath('claims', ALIGNMENT_MODEL_FILE);
		loaded = parseClaimModel(JSON.parse(readFileSync(file, 'utf8')) as unknown, file, ALIGNMENT_MODEL_FORMAT, ALIGNMENT_FEATURES);
	}
	return loaded;
}

/**
 * The highest probability the model can give a pair whose cheap features are
 * `row`, whatever its costly features turn out to be (each is linear in the
 * model, so its extreme is at one end of its range).
 */
export function probabilityBound(model: ClaimModel, row: Float64Array, costly: ReadonlyMap<number, (row: Float64Array) => number>): number {
	let z = model.bias;
	model.weights.forEach((weight, k) => {
		const at = (x: number): number => (weight * (x - (model.mean[k] ?? 0))) / (model.scale[k] ?? 1);
		const largest = costly.get(k);
		z += largest === undefined ? at(row[k] ?? 0) : Math.max(at(0), at(largest(row)));
	});
	return 1 / (1 + Math.exp(-z));
}
