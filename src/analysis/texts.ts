/**
 * Each part's result without the texts the corpus already holds, and with
 * them again: what the analysis worker sends and the disk cache keeps
 * (claims/transfer.ts, entities/transfer.ts). Both work in place.
 */
import type { Corpus } from '../corpus/index.js';
import { dropClaimTexts, restoreClaimTexts } from './claims/transfer.js';
import type { ClaimsAnalysis } from './claims/types.js';
import { dropMentionTexts, restoreMentionTexts } from './entities/transfer.js';
import type { Entity } from './entities/types.js';

export interface AnalysisResult {
	entities: Entity[];
	claims: ClaimsAnalysis;
}

export type AnalysisPart = keyof AnalysisResult;

export function withoutTexts<P extends AnalysisPart>(part: P, result: AnalysisResult[P]): AnalysisResult[P] {
	if (part === 'entities') dropMentionTexts(result as Entity[]);
	else dropClaimTexts(result as ClaimsAnalysis);
	return result;
}

export function withTexts<P extends AnalysisPart>(part: P, result: AnalysisResult[P], corpus: Corpus): AnalysisResult[P] {
	if (part === 'entities') restoreMentionTexts(result as Entity[], corpus);
	else restoreClaimTexts(result as ClaimsAnalysis, corpus);
	return result;
}
