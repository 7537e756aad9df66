/**
 * The decision storylens uses when clustering: do two sentences state the
 * same claim? Thin wrapper over the shipped model; the model file is read
 * once, when this module is first imported.
 */
import { claimProbability, loadClaimModel } from './claim-model.js';
import type { IdfFunction } from './idf.js';
import { FEATURE_NAMES, writePairFeatures } from './pair-features.js';
import type { SentenceProfile } from './profile.js';

const shippedModel = loadClaimModel();

/** Probability at or above which two sentences count as the same claim (chosen for accuracy on MSRP's tuning part). */
export const SAME_CLAIM_THRESHOLD: number = shippedModel.threshold;

// One scratch row for all calls: scoring is synchronous, so it is never shared.
const scratch = new Float64Array(FEATURE_NAMES.length);

/**
 * Pass `idf` built over the corpus being clustered (see buildIdf); the model
 * was trained with corpus IDF and is a little less accurate without it.
 */
export function sameClaimProbability(a: SentenceProfile, b: SentenceProfile, idf?: IdfFunction): number {
	return claimProbability(shippedModel, writePairFeatures(a, b, scratch, idf));
}

export function isSameClaim(a: SentenceProfile, b: SentenceProfile, idf?: IdfFunction): boolean {
	return sameClaimProbability(a, b, idf) >= SAME_CLAIM_THRESHOLD;
}
