/**
 * Coverage and sourcing across outlets: which outlet states which claim
 * (the matrix), what each states alone or leaves out, which sources the
 * articles cite, each claim's origin, and each sentence's mark.
 *
 * Three steps: `sourceClaims` reads the text (who each unit cites, whose
 * numbers conflict); `countCoverage` counts over it into typed arrays; both
 * run in the claims worker. `Coverage` reads the counted data where it is
 * shown. `analyseCoverage` runs all three in this thread.
 */
export { analyseCoverage } from './analyse.js';
export { countCoverage } from './count.js';
export { Coverage, type Citation, type RowUnit } from './coverage.js';
export { sourceClaims, TOP_SENTENCES } from './sourcing.js';
export type {
	CitedSource,
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
} from './types.js';
export { CELL_NAMES, CellState, CitedVia } from './types.js';
export { CELL_LEGEND, CELL_SHORT, CELL_SYMBOLS, ORIGIN_SHORT, originText } from './words.js';
