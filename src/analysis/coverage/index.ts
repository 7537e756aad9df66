/**
 * Coverage and sourcing across outlets: which outlet states which claim
 * (the matrix), what each states alone or leaves out, which sources the
 * articles cite, each claim's origin, and each sentence's mark.
 *
 * Two steps: `sourceClaims` reads the text (who each unit cites, whose numbers
 * conflict) beside the claims, in their worker, and is cached with them;
 * `analyseCoverage` counts over it when the claims are in.
 */
export { analyseCoverage, Coverage, type Citation } from './coverage.js';
export { sourceClaims, TOP_SENTENCES, withSourcing } from './sourcing.js';
export type {
	CitedSource,
	ClaimOrigin,
	ClaimSourcing,
	OriginGroup,
	OriginKind,
	OutletCoverage,
	SentenceMark,
	SentenceMarkKind,
	SourceKind,
	SourceRow,
	SourcedClaims,
} from './types.js';
export { CELL_NAMES, CellState, CitedVia } from './types.js';
export { CELL_LEGEND, CELL_SYMBOLS, originText } from './words.js';
