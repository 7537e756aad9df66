/**
 * The coverage as the dashboard, the commands and the report read it: a thin
 * reader over the counted data (count.ts) and the claims. Nothing here walks
 * every row when it is made; what a pane asks for one row, one column or one
 * sentence (a cell, an origin, a column's lists, a sentence's mark) is worked
 * out when asked, so it costs what is looked at; a column's lists walk the
 * rows once when asked.
 *
 * Two readers, as the two parts arrive: `ClaimCoverage` over what the claims
 * alone give (cells, counts, lists, marks), and `Coverage`, the same with the
 * sourcing (sources, citations, origins). The dashboard holds the first until
 * the second comes; the plain commands and the report get the second only.
 */
import type { Corpus } from '../../corpus/index.js';
import type { ClaimsAnalysis, ClaimUnit } from '../claims/index.js';
import { unitId } from '../claims/types.js';
import { cellAt, rowWidth } from './matrix.js';
import { claimOrigin } from './origin.js';
import {
	CellState,
	CITE_FIELDS,
	CitedVia,
	type CitedSource,
	type ClaimCoverageData,
	type ClaimOrigin,
	type CoverageData,
	type OutletCoverage,
	type SentenceMark,
	type SourceRow,
	type SourcingData,
} from './types.js';

export interface Citation {
	/** The column of the article citing. */
	column: number;
	/** Index into `sources`. */
	source: number;
	/** Index into the claim's versions (0 for a single-source row). */
	version: number;
	via: CitedVia;
}

export type RowUnit = { kind: 'claim'; claim: number } | { kind: 'single'; unit: ClaimUnit };

export class ClaimCoverage {
	/** One per source label, in the order the corpus first gives each. */
	readonly columns: readonly string[];
	/** The first `claimRows` rows are the claims, in order; the rest the single-source statements, in order. */
	readonly claimRows: number;
	readonly rowCount: number;
	private articleIndex: Map<string, number> | null = null;
	private outletList: OutletCoverage[] | null = null;

	constructor(
		private readonly corpus: Corpus,
		private readonly claims: ClaimsAnalysis,
		private readonly data: ClaimCoverageData,
	) {
		this.columns = data.columns;
		this.claimRows = data.claimRows;
		this.rowCount = data.rowCount;
	}

	/** The coverage with its sourcing; null while the sources are being read, when no claim's origin is known yet (not "none named"). */
	sourced(): Coverage | null {
		return null;
	}

	/** How `column` states row `row`. */
	cell(row: number, column: number): CellState {
		return cellAt(this.data, row, column);
	}

	/** The columns stating a row, with their states, by column. */
	cells(row: number): { column: number; state: CellState }[] {
		const cells: { column: number; state: CellState }[] = [];
		for (let i = this.data.rowStart[row] ?? 0; i < (this.data.rowStart[row + 1] ?? 0); i++) {
			cells.push({ column: this.data.cellColumn[i] ?? 0, state: (this.data.cellState[i] ?? CellState.Absent) as CellState });
		}
		return cells;
	}

	/** How many outlets state a row. */
	outletsStating(row: number): number {
		return rowWidth(this.data, row);
	}

	/** Each column's counts: articles, rows stated, rows only it states, claims it leaves out that two or more others state. */
	get outlets(): readonly OutletCoverage[] {
		this.outletList ??= this.columns.map((label, c) => this.outlet(c) ?? { label, articles: 0, stated: 0, only: 0, leftOut: 0 });
		return this.outletList;
	}

	outlet(column: number): OutletCoverage | undefined {
		const label = this.columns[column];
		if (label === undefined) return undefined;
		const { outletArticles, outletStated, outletOnly, outletLeftOut } = this.data;
		return {
			label,
			articles: outletArticles[column] ?? 0,
			stated: outletStated[column] ?? 0,
			only: outletOnly[column] ?? 0,
			leftOut: outletLeftOut[column] ?? 0,
		};
	}

	/** The column of an article (by id). */
	columnOfArticle(article: string): number | undefined {
		const index = this.indexOf(article);
		return index === undefined ? undefined : this.data.articleColumn[index];
	}

	/** The claim (an index into the claims) or the single-source statement a row stands for. */
	rowUnit(row: number): RowUnit {
		return row < this.claimRows
			? { kind: 'claim', claim: row }
			: { kind: 'single', unit: this.claims.singleSource[row - this.claimRows] as ClaimUnit };
	}

	/** A row's id: its claim's id, or the statement's unit id (claims/types.ts). */
	rowId(row: number): string {
		const unit = this.rowUnit(row);
		return unit.kind === 'claim' ? (this.claims.claims[unit.claim]?.id ?? '') : unitId(unit.unit);
	}

	/** A row's label: its claim's, or the statement's text. */
	rowLabel(row: number): string {
		const unit = this.rowUnit(row);
		return unit.kind === 'claim' ? (this.claims.claims[unit.claim]?.label ?? '') : unit.unit.text;
	}

	/** Rows only `column` states (claims of its articles alone, then its single-source statements). */
	onlyRows(column: number): number[] {
		const rows: number[] = [];
		for (let row = 0; row < this.rowCount; row++)
			if (rowWidth(this.data, row) === 1 && this.data.cellColumn[this.data.rowStart[row] ?? 0] === column) rows.push(row);
		return rows;
	}

	/** Claims two or more other outlets state and `column` does not. */
	leftOutRows(column: number): number[] {
		const rows: number[] = [];
		for (let row = 0; row < this.claimRows; row++)
			if (rowWidth(this.data, row) >= 2 && cellAt(this.data, row, column) === CellState.Absent) rows.push(row);
		return rows;
	}

	/** The mark of an article's sentence (null: its title) for the Reader's gutter; null when it states no claim. */
	mark(article: string, sentence: number | null): SentenceMark | null {
		const index = this.indexOf(article);
		if (index === undefined) return null;
		const first = this.data.markStart[index] ?? 0;
		const slot = first + (sentence === null ? 0 : sentence + 1);
		if (sentence !== null && (sentence < 0 || slot >= (this.data.markStart[index + 1] ?? 0))) return null;
		const row = (this.data.markRow[slot] ?? 0) - 1;
		if (row < 0) return null;
		const outlets = rowWidth(this.data, row);
		if (row >= this.claimRows) return { kind: 'only', outlets, row };
		const column = this.data.articleColumn[index] ?? -1;
		return { kind: cellAt(this.data, row, column) === CellState.Conflict ? 'conflict' : 'stated', outlets, row };
	}

	/** An article's place in the corpus, from an index made at the first ask. */
	private indexOf(article: string): number | undefined {
		this.articleIndex ??= new Map(this.corpus.articles.map((a, i) => [a.id, i]));
		return this.articleIndex.get(article);
	}
}

export class Coverage extends ClaimCoverage {
	readonly sources: readonly CitedSource[];
	private readonly cited: SourcingData;
	private readonly origins = new Map<number, ClaimOrigin>();
	private table: SourceRow[] | null = null;

	constructor(corpus: Corpus, claims: ClaimsAnalysis, data: CoverageData) {
		super(corpus, claims, data);
		this.cited = data;
		this.sources = data.sources;
	}

	override sourced(): this {
		return this;
	}

	/** Who each outlet stating a row cites for it. */
	citations(row: number): Citation[] {
		const found: Citation[] = [];
		const { cites, citeStart } = this.cited;
		for (let run = citeStart[row] ?? 0; run < (citeStart[row + 1] ?? 0); run++) {
			const at = run * CITE_FIELDS;
			const column = cites[at + 3] ?? -1;
			if (column < 0) continue;
			found.push({ version: cites[at] ?? 0, source: cites[at + 1] ?? 0, via: (cites[at + 2] ?? CitedVia.Sentence) as CitedVia, column });
		}
		return found;
	}

	/** Where a claim comes from: one origin repeated, independent sources, one outlet's, or none named. */
	origin(row: number): ClaimOrigin {
		const known = this.origins.get(row);
		if (known) return known;
		const cites = new Map<number, Set<number>>();
		for (const c of this.citations(row)) {
			const set = cites.get(c.column);
			if (set) set.add(c.source);
			else cites.set(c.column, new Set([c.source]));
		}
		const origin = claimOrigin(
			cites,
			this.cells(row).map((c) => c.column),
			this.sources,
		);
		this.origins.set(row, origin);
		return origin;
	}

	/** One source with the outlets citing it and the rows they cite it for. */
	sourceRow(source: number): SourceRow | undefined {
		const s = this.sources[source];
		if (s === undefined) return undefined;
		const { sourceColumnStart, sourceColumn, sourceRowStart, sourceRow } = this.cited;
		const columns = Array.from(sourceColumn.subarray(sourceColumnStart[source] ?? 0, sourceColumnStart[source + 1] ?? 0));
		const rows = Array.from(sourceRow.subarray(sourceRowStart[source] ?? 0, sourceRowStart[source + 1] ?? 0));
		return { source, name: s.name, kind: s.kind, forms: s.forms, columns, rows };
	}

	/** Every source cited, widest cited first (by outlets, then citations). */
	sourceTable(): SourceRow[] {
		this.table ??= this.sources.map((_, source) => this.sourceRow(source) as SourceRow);
		return this.table;
	}
}
