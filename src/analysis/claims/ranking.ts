/**
 * The order claims are listed in, as a reader wants them: the story's lead
 * (what two or more outlets put in their headline or first paragraph) first,
 * then what most outlets report, then what stands higher in the articles
 * (news puts what matters most first). Ties keep corpus order, so the list is
 * stable across runs.
 */
import type { ClaimCluster } from './types.js';

export function rankClaims(claims: readonly ClaimCluster[]): ClaimCluster[] {
	return [...claims].sort((a, b) => Number(b.lead) - Number(a.lead) || b.articles.length - a.articles.length || a.position - b.position);
}
