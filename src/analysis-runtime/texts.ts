/**
 * Each part's result without the texts the corpus already holds, and with
 * them again: what the analysis worker sends and the disk cache keeps. Every
 * entity mention and claim unit quotes its sentence (or title) at
 * [start, end), and the side that receives a result holds the corpus, so the
 * quotes are cut again there instead of being copied between threads or
 * written to disk: at 10,000 articles, 25 of the claims' 43 MB and 360,000
 * mention strings. Both steps work in place: the sender is done with its
 * copy, and a copy would cost the memory this saves.
 */
import type { Article, Corpus } from '../corpus/index.js';
import { sentenceText } from '../corpus/sentence-text.js';
import type { ClaimsAnalysis } from '../analysis/claims/types.js';
import type { Entity } from '../analysis/entities/types.js';

export interface AnalysisResult {
	entities: Entity[];
	claims: ClaimsAnalysis;
}

export type AnalysisPart = keyof AnalysisResult;

/** Where a result quotes the corpus. */
interface Quote {
	article: string;
	sentence: number | null;
	start: number;
	end: number;
	text: string;
}

function quotes<P extends AnalysisPart>(part: P, result: AnalysisResult[P]): Quote[] {
	if (part === 'entities') return (result as Entity[]).flatMap((e) => [...e.mentions, ...(e.demonym?.mentions ?? [])]);
	const { claims, singleSource } = result as ClaimsAnalysis;
	return [...claims.flatMap((c) => c.versions), ...singleSource];
}

export function withoutTexts<P extends AnalysisPart>(part: P, result: AnalysisResult[P]): AnalysisResult[P] {
	for (const quote of quotes(part, result)) quote.text = '';
	return result;
}

// By corpus, so a result restored slice by slice (result-slices.ts) indexes its articles once.
const articlesById = new WeakMap<Corpus, Map<string, Article>>();

export function withTexts<P extends AnalysisPart>(part: P, result: AnalysisResult[P], corpus: Corpus): AnalysisResult[P] {
	let articles = articlesById.get(corpus);
	if (articles === undefined) {
		articles = new Map(corpus.articles.map((a) => [a.id, a]));
		articlesById.set(corpus, articles);
	}
	for (const quote of quotes(part, result)) {
		const article = articles.get(quote.article);
		quote.text = article === undefined ? '' : sentenceText(article, quote.sentence).slice(quote.start, quote.end);
	}
	return result;
}
