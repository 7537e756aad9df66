/**
 * Coverage and sourcing: which outlet states which claim, what each leaves
 * out, and where each says it got it. The part that reads text (who each
 * sentence cites) is `ClaimSourcing`, made after the claims; the rest is
 * counting: what the claims alone give (`ClaimCoverageData`), then the
 * sourcing counted into its rows and columns (`SourcingData`).
 */
/** What kind of thing a source is, for the sources table. */
export type SourceKind = 'person' | 'outlet' | 'organisation' | 'document' | 'unnamed';

export interface CitedSource {
	/** The name shown: the known name ("The New York Times" for "the NYT"), a person's full name, or the commonest form. */
	name: string;
	kind: SourceKind;
	/** Every way the articles write it, with the role written beside it ("Juan Gonzalez, former director ..."). */
	forms: string[];
}

/** Where a citation was read: the version's own sentence, or the top of its article (a lead that names no source). */
export const CitedVia = { Sentence: 0, ArticleTop: 1 } as const;
export type CitedVia = (typeof CitedVia)[keyof typeof CitedVia];

/** Fields of one citation in `ClaimSourcing.citations` (row, version, source, via), which holds them flat. */
export const CITATION_FIELDS = 4;

/** Fields of one citation in `CoverageData.cites` (version, source, via, column), rows given by `citeStart`. */
export const CITE_FIELDS = 4;

/**
 * Who each claim unit cites, read from the text once after the claims (in
 * the claims worker, and cached beside them): plain arrays, stored as JSON.
 */
export interface ClaimSourcing {
	/** Every source cited, merged across spellings; widest cited first (by outlets, then citations). */
	sources: CitedSource[];
	/**
	 * Flat runs of CITATION_FIELDS numbers, in row order: row (a claim's index,
	 * or the claims' count plus a single-source unit's index), version (index
	 * into the claim's versions; 0 for a single-source unit), source (index into
	 * `sources`), via (CitedVia).
	 */
	citations: number[];
}

/**
 * The coverage as the claims alone give it (count.ts), in typed arrays: made
 * in the claims worker and sent to the dashboard, whose thread then only
 * reads it (coverage.ts). Rows are the claims in order, then the
 * single-source statements in order.
 */
export interface ClaimCoverageData {
	/** One source label per column, in the order the corpus first gives each. */
	columns: string[];
	claimRows: number;
	rowCount: number;
	/** Row r's cells are at [rowStart[r], rowStart[r + 1]), sorted by column: only the outlets that state it. */
	rowStart: Int32Array;
	cellColumn: Int32Array;
	cellState: Uint8Array;
	/** Per column. */
	outletArticles: Int32Array;
	outletStated: Int32Array;
	outletOnly: Int32Array;
	outletLeftOut: Int32Array;
	/** Per article, in corpus order: its column. */
	articleColumn: Int32Array;
	/** Article a's marks (corpus order) are markRow[markStart[a] .. markStart[a + 1]): its title, then each sentence; 1 + a row, or 0. */
	markStart: Int32Array;
	markRow: Int32Array;
}

/** The sourcing (`ClaimSourcing`) counted by the coverage's rows and columns (count.ts), sent after the claims' part. */
export interface SourcingData {
	sources: CitedSource[];
	/** Row r's citations are the CITE_FIELDS runs from citeStart[r] to citeStart[r + 1]. */
	citeStart: Int32Array;
	cites: Int32Array;
	/** Source s is cited by the columns sourceColumn[sourceColumnStart[s] ..] for the rows sourceRow[sourceRowStart[s] ..], sorted. */
	sourceColumnStart: Int32Array;
	sourceColumn: Int32Array;
	sourceRowStart: Int32Array;
	sourceRow: Int32Array;
}

/** The whole coverage counted: what the plain commands and the report read. */
export type CoverageData = ClaimCoverageData & SourcingData;

/** How an outlet states a claim. */
export const CellState = { Absent: 0, Same: 1, Differs: 2, Conflict: 3 } as const;
export type CellState = (typeof CellState)[keyof typeof CellState];

export const CELL_NAMES: Record<CellState, 'absent' | 'same' | 'differs' | 'conflict'> = {
	0: 'absent',
	1: 'same',
	2: 'differs',
	3: 'conflict',
};

/**
 * - `single`: two or more outlets name a source and one source is common to
 *   all of them: one origin repeated, not independent confirmation.
 * - `independent`: the outlets that name a source name different ones (two or more origins).
 * - `one-outlet`: only one outlet says where it comes from; the others name none.
 * - `unattributed`: no outlet names a source.
 * Outlets that name no source are left out of the judgment: they add no second origin.
 */
export type OriginKind = 'single' | 'independent' | 'one-outlet' | 'unattributed';

export interface OriginGroup {
	/** Index into the sources. */
	source: number;
	/** The columns (outlets) resting on it. */
	columns: number[];
}

export interface ClaimOrigin {
	kind: OriginKind;
	/** Each origin with the outlets that rest on it, most outlets first. */
	groups: OriginGroup[];
	/** Columns that state the claim and name no source. */
	unattributed: number[];
}

export interface OutletCoverage {
	/** The column's source label (corpus/source.ts). */
	label: string;
	/** How many of the corpus's articles the outlet has. */
	articles: number;
	/** Rows it states: claims and its single-source statements. */
	stated: number;
	/** Rows only it states. */
	only: number;
	/** Claims two or more other outlets state and it does not. */
	leftOut: number;
}

/** A sentence's mark in the Reader's gutter. */
export type SentenceMarkKind = 'stated' | 'conflict' | 'only';

export interface SentenceMark {
	kind: SentenceMarkKind;
	/** How many outlets state the sentence's claim. */
	outlets: number;
	/** The coverage row of the claim: below `claimRows` an index into the claims, else a single-source unit. */
	row: number;
}

export interface SourceRow {
	source: number;
	name: string;
	kind: SourceKind;
	forms: string[];
	/** Columns (outlets) that cite it. */
	columns: number[];
	/** Rows (claims) for which they cite it. */
	rows: number[];
}
