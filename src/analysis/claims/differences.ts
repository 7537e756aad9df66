/**
 * What differs between the versions of one claim: the numbers, who it is
 * attributed to, how hedged it is, and the words one version adds or drops.
 * Only each article's best version is compared: further sentences from the
 * same article are listed, not diffed.
 */
import { comparableSource, findAttributions, findHedges, type Found } from './attribution.js';
import { quantityDifference } from './quantity-difference.js';
import type { ClaimVersion, Difference } from './types.js';
import { wordingDifference } from './wording-difference.js';

export function findDifferences(versions: readonly ClaimVersion[]): Difference[] {
	const best = versions.filter((v) => v.best);
	if (best.length < 2) return [];
	return [quantityDifference(best), attributionDifference(best), hedgeDifference(best), wordingDifference(best)].filter(
		(d): d is Difference => d !== null,
	);
}

function attributionDifference(versions: readonly ClaimVersion[]): Difference | null {
	return setDifference('attribution', versions, (v) => findAttributions(v.text), comparableSource, 'no source named');
}

function hedgeDifference(versions: readonly ClaimVersion[]): Difference | null {
	return setDifference('hedge', versions, (v) => findHedges(v.text), (t) => t, 'stated as fact');
}

/** A difference when the versions' sets of found phrases are not all equal. */
function setDifference(
	kind: 'attribution' | 'hedge',
	versions: readonly ClaimVersion[],
	find: (v: ClaimVersion) => Found[],
	key: (text: string) => string,
	none: string,
): Difference | null {
	const found = versions.map((v) => ({ article: v.article, items: find(v) }));
	if (found.every((f) => f.items.length === 0)) return null;
	const signatures = new Set(found.map((f) => [...new Set(f.items.map((i) => key(i.text)))].sort().join('|')));
	if (signatures.size < 2) return null;
	return {
		kind,
		values: Object.fromEntries(found.map((f) => [f.article, f.items.length > 0 ? f.items.map((i) => i.text).join('; ') : none])),
		conflict: false,
		ranges: Object.fromEntries(found.filter((f) => f.items.length > 0).map((f) => [f.article, f.items.map((i): [number, number] => [i.start, i.end])])),
	};
}
