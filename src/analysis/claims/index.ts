/**
 * Claims across outlets: units (titles, sentences, clauses) from different
 * articles that state the same thing, grouped, compared and ranked.
 *
 * Cost: profiling is linear in units; blocking is bounded by units x
 * concepts x a posting cap (blocking.ts); scoring is linear in candidate
 * pairs; clustering sorts the pairs and scores further pairs only inside
 * the clusters it is merging.
 */
import type { Article, Corpus } from '../../corpus/index.js';
import { sentenceText } from '../../corpus/sentence-text.js';
import { alignUnits } from './alignment.js';
import { buildCluster } from './build-cluster.js';
import { rankClaims } from './ranking.js';
import { articleSources, type ArticleSources } from './sources.js';
import type { ClaimCluster, ClaimsAnalysis, ClaimUnit } from './types.js';
import { prepareClaimUnits } from './units.js';

export type { ClaimCluster, ClaimsAnalysis, ClaimUnit, ClaimVersion, Difference, DifferenceKind } from './types.js';
export { findAttributions, findHedges } from './attribution.js';

export function analyseClaims(corpus: Corpus): ClaimsAnalysis {
	const { units, layout, prepared } = prepareClaimUnits(corpus);
	const articleOf = units.map((u) => u.article);
	const { groups, sameClaim } = alignUnits(units, prepared);

	const articleOrder = new Map(corpus.articles.map((a, i) => [a.id, i]));
	const articles = new Map(corpus.articles.map((a) => [a.id, a]));
	const read = new Map<string, ArticleSources>();
	const sources = (id: string): ArticleSources | undefined => {
		let reader = read.get(id);
		const article = articles.get(id);
		if (reader === undefined && article !== undefined) {
			reader = articleSources(article);
			read.set(id, reader);
		}
		return reader;
	};
	const claimed = new Set<number>();
	const claims: ClaimCluster[] = [];
	for (const members of groups) {
		if (new Set(members.map((m) => articleOf[m])).size < 2) continue;
		for (const m of members) claimed.add(m);
		claims.push(buildCluster(members, { units, layout, score: sameClaim, articleOrder, sources }));
	}
	return {
		claims: rankClaims(claims),
		singleSource: wholeSentences(
			units.filter((_, i) => !claimed.has(i)),
			articles,
		),
	};
}

/**
 * Single-source units with the clauses of one sentence joined back: a
 * sentence is split only so that each of its claims can meet its match, and
 * when none of them has one, the reader wants the sentence as written.
 */
function wholeSentences(units: readonly ClaimUnit[], articles: ReadonlyMap<string, Article>): ClaimUnit[] {
	const joined: ClaimUnit[] = [];
	for (const unit of units) {
		const previous = joined.at(-1);
		const article = articles.get(unit.article);
		if (
			previous !== undefined &&
			article !== undefined &&
			unit.sentence !== null &&
			previous.article === unit.article &&
			previous.sentence === unit.sentence
		) {
			const { start } = previous;
			joined[joined.length - 1] = {
				article: unit.article,
				sentence: unit.sentence,
				start,
				end: unit.end,
				text: sentenceText(article, unit.sentence).slice(start, unit.end),
			};
		} else joined.push(unit);
	}
	return joined;
}
