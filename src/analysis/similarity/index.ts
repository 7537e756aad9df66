/** Pairwise "same claim?" scoring for news sentences. */
export { profileSentence, type SentenceProfile } from './profile.js';
export { pairFeatures, FEATURE_NAMES, type PairFeatures, type FeatureName } from './pair-features.js';
export { buildIdf, idfFromProfiles, uniformIdf, type IdfFunction } from './idf.js';
export { sameClaimProbability, isSameClaim, SAME_CLAIM_THRESHOLD } from './same-claim.js';
export { normaliseText } from './normalise-text.js';
export { tokenise, type Token } from './tokenise.js';
