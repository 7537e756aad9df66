/**
 * Claims travel without their texts: from the analysis worker to the
 * dashboard's thread, and to the disk cache. Every unit's text is its
 * article's title or sentence cut at [start, end) (units.ts), and the side
 * that receives them holds the corpus, so the texts, over half of the
 * result (25 of 43 MB for 10,000 articles), are neither copied between
 * threads nor written to disk. Both steps work in place: the sender is done
 * with its copy, and a copy would cost the memory this saves.
 */
import type { Article, Corpus } from '../../corpus/index.js';
import type { ClaimsAnalysis, ClaimUnit } from './types.js';
import { unitText } from './units.js';

function eachUnit(analysis: ClaimsAnalysis, visit: (unit: ClaimUnit) => void): void {
	for (const claim of analysis.claims) for (const version of claim.versions) visit(version);
	for (const unit of analysis.singleSource) visit(unit);
}

/** Empties every unit's text; restoreClaimTexts puts them back. */
export function dropClaimTexts(analysis: ClaimsAnalysis): ClaimsAnalysis {
	eachUnit(analysis, (unit) => {
		unit.text = '';
	});
	return analysis;
}

/** Each unit's text again, cut from the corpus the claims were found in. */
export function restoreClaimTexts(analysis: ClaimsAnalysis, corpus: Corpus): ClaimsAnalysis {
	const articles = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
	eachUnit(analysis, (unit) => {
		const article = articles.get(unit.article);
		unit.text = article === undefined ? '' : unitText(article, unit.sentence, unit.start, unit.end);
	});
	return analysis;
}
