/**
 * The order claims are listed in: what most outlets report first (the core
 * of the story), then, among equally covered claims, those where outlets
 * disagree, then the most tightly agreeing. Ties keep corpus order, so the
 * list is stable across runs.
 */
import type { ClaimCluster } from './types.js';

export function rankClaims(claims: readonly ClaimCluster[]): ClaimCluster[] {
	return [...claims].sort(
		(a, b) => b.articles.length - a.articles.length || Number(b.conflict) - Number(a.conflict) || b.cohesion - a.cohesion,
	);
}
