/**
 * What differs between the versions of one claim: the numbers, who it is
 * attributed to, how hedged it is, and the words one version adds or drops.
 * Only each article's best version is compared: further sentences from the
 * same article are listed, not diffed.
 */
import { hedgeDifference } from './hedge-difference.js';
import { quantityDifference } from './quantity-difference.js';
import { attributionDifference, type ArticleSentences } from './source-difference.js';
import { Concepts } from './same-content.js';
import type { ClaimVersion, Difference } from './types.js';
import { wordingDifference } from './wording-difference.js';

export function findDifferences(versions: readonly ClaimVersion[], around?: ArticleSentences): Difference[] {
	const best = versions.filter((v) => v.best);
	if (best.length < 2) return [];
	const concepts = new Concepts();
	return [
		quantityDifference(best, concepts),
		attributionDifference(best, around, concepts),
		hedgeDifference(best, around, concepts),
		wordingDifference(best, concepts),
	].filter((d): d is Difference => d !== null);
}
