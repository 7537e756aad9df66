/** The rows of the claims list, and how a claim's tellers are counted on them. */
import type { ClaimCluster, ClaimsAnalysis, ClaimUnit } from '../../../analysis/claims/index.js';
import { labelOf } from '../../../corpus/article-labels.js';
import type { Corpus } from '../../../corpus/index.js';
import { claimTellers } from '../../../corpus/source.js';

/** The claims several outlets make, then per article a heading and the claims only it makes. */
export type ClaimRow = { kind: 'claim'; claim: ClaimCluster } | { kind: 'heading'; text: string } | { kind: 'single'; unit: ClaimUnit };

export function claimRows(analysis: ClaimsAnalysis, labels: ReadonlyMap<string, string>): ClaimRow[] {
	const rows: ClaimRow[] = analysis.claims.map((claim) => ({ kind: 'claim', claim }));
	const byArticle = new Map<string, ClaimUnit[]>();
	for (const unit of analysis.singleSource) byArticle.set(unit.article, [...(byArticle.get(unit.article) ?? []), unit]);
	for (const [article, units] of byArticle) {
		rows.push({ kind: 'heading', text: `Only in ${labelOf(labels, article)} (${units.length})` });
		for (const unit of units) rows.push({ kind: 'single', unit });
	}
	return rows;
}

export interface ClaimCounting {
	/** Who tells a claim: "outlets" when the corpus names two or more, else "articles". */
	tellers: 'outlets' | 'articles';
	count: (claim: ClaimCluster) => string;
	width: number;
}

/**
 * With two outlets or more a claim's count reads against the corpus ("3/3"), as wide as the
 * corpus allows. With fewer, several outlets is not true (one publisher's sections): the
 * articles are counted, the column as wide as the largest count ("11", not "11/2088").
 */
export function claimCounting(corpus: Corpus, claims: ClaimsAnalysis | null): ClaimCounting {
	const total = corpus.articles.length;
	const tellers = claimTellers(corpus).several;
	if (tellers === 'outlets') return { tellers, count: (c) => `${c.articles.length}/${total}`, width: `${total}/${total}`.length };
	const most = (claims?.claims ?? []).reduce((m, c) => Math.max(m, c.articles.length), 0);
	return { tellers, count: (c) => String(c.articles.length), width: String(most).length };
}
