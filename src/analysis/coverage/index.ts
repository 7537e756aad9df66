/**
 * Coverage and sourcing across outlets: which outlet states which claim
 * (the matrix), what each states alone or leaves out, which sources the
 * articles cite, each claim's origin, and each sentence's mark.
 *
 * Steps: `countClaimCoverage` counts what the claims alone give (the
 * matrix, the outlets' counts, the sentence marks) into typed arrays;
 * `sourceClaims` reads the text (who each unit cites) and `countSourcing`
 * counts it by row and column; all run in the claims worker, which sends the
 * first part before reading the sources. `ClaimCoverage` and `Coverage` read
 * the counted data where it is shown, without and with the sourcing.
 * `analyseCoverage` runs them all in this thread.
 */
export { analyseCoverage } from './analyse.js';
export { countClaimCoverage, countCoverage, countSourcing } from './count.js';
export { ClaimCoverage, Coverage, type Citation, type RowUnit } from './coverage.js';
export { sourceClaims, TOP_SENTENCES } from './sourcing.js';
export type {
	CitedSource,
	ClaimCoverageData,
	ClaimOrigin,
	ClaimSourcing,
	CoverageData,
	OriginGroup,
	OriginKind,
	OutletCoverage,
	SentenceMark,
	SentenceMarkKind,
	SourceKind,
	SourceRow,
	SourcingData,
} from './types.js';
export { CELL_NAMES, CellState, CitedVia } from './types.js';
export { CELL_LEGEND, CELL_SHORT, CELL_SYMBOLS, ORIGIN_PENDING, ORIGIN_SHORT, originText, SOURCING_PENDING } from './words.js';
