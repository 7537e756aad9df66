/** The whole coverage in one call, in this thread: for the plain commands, the report and tests. */
import type { Corpus } from '../../corpus/index.js';
import type { ClaimsAnalysis } from '../claims/index.js';
import { countCoverage } from './count.js';
import { Coverage } from './coverage.js';
import { sourceClaims } from './sourcing.js';
import type { ClaimSourcing } from './types.js';

export function analyseCoverage(corpus: Corpus, claims: ClaimsAnalysis, sourcing: ClaimSourcing = sourceClaims(corpus, claims)): Coverage {
	return new Coverage(corpus, claims, countCoverage(corpus, claims, sourcing));
}
