/**
 * The coverage as the dashboard receives it, in two steps: first what the
 * claims alone give (the cells, the outlets' counts, the sentence marks:
 * tenths of a second at 10,000 articles), so the matrix opens as soon as the
 * claims are in; then the sourcing, once read from the text (seconds). A
 * sourcing already at hand (the cache) comes with the first: a cached corpus
 * never shows a coverage without its sources.
 */
import type { ClaimsAnalysis } from '../analysis/claims/types.js';
import type { ClaimCoverageData, ClaimSourcing, SourcingData } from '../analysis/coverage/types.js';
import type { Corpus } from '../corpus/index.js';

export type CoverageMessage =
	{ step: 'coverage'; coverage: ClaimCoverageData; sourcing: SourcingData | null } | { step: 'sourcing'; sourcing: SourcingData };

export interface SourcingAtHand {
	cached: ClaimSourcing | null;
	/** Reads it from the text: asked only when nothing is cached. */
	read: () => ClaimSourcing | Promise<ClaimSourcing>;
}

export async function coverageSteps(
	corpus: Corpus,
	claims: ClaimsAnalysis,
	sourcing: SourcingAtHand,
	send: (message: CoverageMessage) => void,
): Promise<void> {
	const { countClaimCoverage, countSourcing } = await import('../analysis/coverage/count.js');
	const counted = countClaimCoverage(corpus, claims);
	if (sourcing.cached) {
		send({ step: 'coverage', coverage: counted, sourcing: countSourcing(corpus, claims, counted, sourcing.cached) });
		return;
	}
	send({ step: 'coverage', coverage: counted, sourcing: null });
	send({ step: 'sourcing', sourcing: countSourcing(corpus, claims, counted, await sourcing.read()) });
}
