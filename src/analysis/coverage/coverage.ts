/**
 * Coverage of a story by its outlets, counted from the claims and their
 * sourcing (sourcing.ts): the matrix (matrix.ts), per outlet what it states,
 * what only it states and what it leaves out, each claim's origin
 * (origin.ts), the sources table, and each sentence's mark for the Reader.
 *
 * Built once when the claims are in, in one pass over the versions and
 * citations (typed arrays, no object per cell); what a pane asks for one row,
 * one column or one sentence at a time (origins, lists, marks) is worked out
 * when asked, so the cost does not grow with what is never looked at.
 */
import type { Corpus } from '../../corpus/index.js';
import { sourceLabels } from '../../corpus/source.js';
import type { ClaimsAnalysis, ClaimUnit } from '../claims/index.js';
import { unitId } from '../claims/types.js';
import { buildMatrix, cellAt, rowWidth, type SparseMatrix } from './matrix.js';
import { claimOrigin } from './origin.js';
import {
	CellState,
	CITATION_FIELDS,
	CitedVia,
	type CitedSource,
	type ClaimOrigin,
	type ClaimSourcing,
	type OutletCoverage,
	type SentenceMark,
	type SourceRow,
} from './types.js';

export interface Citation {
	column: number;
	source: number;
	/** Index into the claim's versions (0 for a single-source row). */
	version: number;
	via: CitedVia;
}

export class Coverage {
	/** One per source label, in the order the corpus first gives each. */
	readonly columns: readonly string[];
	/** The first `claimRows` rows are the claims, in order; the rest the single-source statements, in order. */
	readonly claimRows: number;
	readonly rowCount: number;
	readonly outlets: readonly OutletCoverage[];
	readonly sources: readonly CitedSource[];
	private readonly columnOf: ReadonlyMap<string, number>;
	private readonly matrix: SparseMatrix;
	/** Row r's citations are the CITATION_FIELDS-number runs from citeStart[r] to citeStart[r + 1] (in runs). */
	private readonly citeStart: Int32Array;
	private readonly marks: ReadonlyMap<string, Int32Array>;
	private readonly origins = new Map<number, ClaimOrigin>();
	private table: SourceRow[] | null = null;

	constructor(
		corpus: Corpus,
		private readonly claims: ClaimsAnalysis,
		private readonly sourcing: ClaimSourcing,
	) {
		const labels = sourceLabels(corpus);
		const columns: string[] = [];
		const byLabel = new Map<string, number>();
		const columnOf = new Map<string, number>();
		for (const article of corpus.articles) {
			const label = labels.get(article.id) ?? article.id;
			let column = byLabel.get(label);
			if (column === undefined) {
				column = columns.length;
				columns.push(label);
				byLabel.set(label, column);
			}
			columnOf.set(article.id, column);
		}
		this.columns = columns;
		this.columnOf = columnOf;
		this.claimRows = claims.claims.length;
		this.rowCount = claims.claims.length + claims.singleSource.length;
		this.sources = sourcing.sources;
		this.matrix = buildMatrix(claims, sourcing, columnOf);
		this.outlets = this.countOutlets(corpus);
		this.citeStart = this.indexCitations();
		this.marks = this.markSentences(corpus);
	}

	/** How `column` states claim `row`. */
	cell(row: number, column: number): CellState {
		return cellAt(this.matrix, row, column);
	}

	/** The columns stating a row, with their states, by column. */
	cells(row: number): { column: number; state: CellState }[] {
		const cells: { column: number; state: CellState }[] = [];
		for (let i = this.matrix.rowStart[row] ?? 0; i < (this.matrix.rowStart[row + 1] ?? 0); i++) {
			cells.push({ column: this.matrix.cellColumn[i] ?? 0, state: (this.matrix.cellState[i] ?? CellState.Absent) as CellState });
		}
		return cells;
	}

	/** How many outlets state a row. */
	outletsStating(row: number): number {
		return rowWidth(this.matrix, row);
	}

	/** The column of an article. */
	columnOfArticle(article: string): number | undefined {
		return this.columnOf.get(article);
	}

	/** The claim or statement a row stands for. */
	rowUnit(row: number): { kind: 'claim'; claim: number } | { kind: 'single'; unit: ClaimUnit } {
		return row < this.claimRows ? { kind: 'claim', claim: row } : { kind: 'single', unit: this.claims.singleSource[row - this.claimRows] as ClaimUnit };
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
		for (let row = 0; row < this.rowCount; row++) if (rowWidth(this.matrix, row) === 1 && this.matrix.cellColumn[this.matrix.rowStart[row] ?? 0] === column) rows.push(row);
		return rows;
	}

	/** Claims two or more other outlets state and `column` does not. */
	leftOutRows(column: number): number[] {
		const rows: number[] = [];
		for (let row = 0; row < this.claimRows; row++) if (rowWidth(this.matrix, row) >= 2 && cellAt(this.matrix, row, column) === CellState.Absent) rows.push(row);
		return rows;
	}

	/** The citations of a row, each with the column of the article citing. */
	citations(row: number): Citation[] {
		const found: Citation[] = [];
		const { citations } = this.sourcing;
		for (let run = this.citeStart[row] ?? 0; run < (this.citeStart[row + 1] ?? 0); run++) {
			const at = run * CITATION_FIELDS;
			const version = citations[at + 1] ?? 0;
			const unit = row < this.claimRows ? this.claims.claims[row]?.versions[version] : this.claims.singleSource[row - this.claimRows];
			const column = unit === undefined ? undefined : this.columnOf.get(unit.article);
			if (column === undefined) continue;
			found.push({ column, source: citations[at + 2] ?? 0, version, via: (citations[at + 3] ?? CitedVia.Sentence) as CitedVia });
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

	/** The mark of an article's sentence (null: its title) in the Reader's gutter; null when it states no claim. */
	mark(article: string, sentence: number | null): SentenceMark | null {
		const row = (this.marks.get(article)?.[sentence === null ? 0 : sentence + 1] ?? 0) - 1;
		if (row < 0) return null;
		const outlets = rowWidth(this.matrix, row);
		if (row >= this.claimRows) return { kind: 'only', outlets, row };
		const column = this.columnOf.get(article);
		const conflict = column !== undefined && cellAt(this.matrix, row, column) === CellState.Conflict;
		return { kind: conflict ? 'conflict' : 'stated', outlets, row };
	}

	/** Every source cited, with the outlets citing it and the rows they cite it for; widest cited first. */
	sourceTable(): SourceRow[] {
		if (this.table) return this.table;
		const columns = this.sources.map(() => new Set<number>());
		const rows = this.sources.map(() => new Set<number>());
		for (let row = 0; row < this.rowCount; row++) {
			for (const c of this.citations(row)) {
				columns[c.source]?.add(c.column);
				rows[c.source]?.add(row);
			}
		}
		this.table = this.sources.map((s, source) => ({
			source,
			name: s.name,
			kind: s.kind,
			forms: s.forms,
			columns: [...(columns[source] ?? [])].sort((a, b) => a - b),
			rows: [...(rows[source] ?? [])].sort((a, b) => a - b),
		}));
		return this.table;
	}

	private countOutlets(corpus: Corpus): OutletCoverage[] {
		const n = this.columns.length;
		const articles = new Int32Array(n);
		const stated = new Int32Array(n);
		const only = new Int32Array(n);
		const statedOfShared = new Int32Array(n);
		let shared = 0;
		for (const article of corpus.articles) {
			const column = this.columnOf.get(article.id);
			if (column !== undefined) articles[column] = (articles[column] ?? 0) + 1;
		}
		for (let row = 0; row < this.rowCount; row++) {
			const start = this.matrix.rowStart[row] ?? 0;
			const width = rowWidth(this.matrix, row);
			if (row < this.claimRows && width >= 2) shared++;
			for (let i = start; i < start + width; i++) {
				const column = this.matrix.cellColumn[i] ?? 0;
				stated[column] = (stated[column] ?? 0) + 1;
				if (width === 1) only[column] = (only[column] ?? 0) + 1;
				if (row < this.claimRows && width >= 2) statedOfShared[column] = (statedOfShared[column] ?? 0) + 1;
			}
		}
		// Left out: claims stated by two or more outlets, less those this one is among.
		return this.columns.map((label, c) => ({ label, articles: articles[c] ?? 0, stated: stated[c] ?? 0, only: only[c] ?? 0, leftOut: shared - (statedOfShared[c] ?? 0) }));
	}

	/** Where each row's citations begin, in runs; the sourcing gives them in row order. */
	private indexCitations(): Int32Array {
		const start = new Int32Array(this.rowCount + 1);
		const { citations } = this.sourcing;
		for (let at = 0; at < citations.length; at += CITATION_FIELDS) {
			const row = citations[at] ?? 0;
			if (row < this.rowCount) start[row + 1] = (start[row + 1] ?? 0) + 1;
		}
		for (let row = 0; row < this.rowCount; row++) start[row + 1] = (start[row + 1] ?? 0) + (start[row] ?? 0);
		return start;
	}

	/**
	 * Each article's sentences (slot 0 its title) → 1 + the row of the claim
	 * they state. A sentence holding several units takes the claim most
	 * outlets state, a conflict first; a claim of several before a statement of one.
	 */
	private markSentences(corpus: Corpus): Map<string, Int32Array> {
		const sizes = new Map(corpus.articles.map((a) => [a.id, a.sentences.length + 1]));
		const marks = new Map<string, Int32Array>();
		const weight = (row: number, article: string): number => {
			if (row >= this.claimRows) return 0;
			const column = this.columnOf.get(article);
			const conflict = column !== undefined && cellAt(this.matrix, row, column) === CellState.Conflict;
			return (conflict ? 2 : 1) * this.columns.length + rowWidth(this.matrix, row);
		};
		const put = (row: number, unit: ClaimUnit): void => {
			const size = sizes.get(unit.article);
			if (size === undefined) return;
			let slots = marks.get(unit.article);
			if (!slots) {
				slots = new Int32Array(size);
				marks.set(unit.article, slots);
			}
			const slot = unit.sentence === null ? 0 : unit.sentence + 1;
			const held = (slots[slot] ?? 0) - 1;
			if (held < 0 || weight(row, unit.article) > weight(held, unit.article)) slots[slot] = row + 1;
		};
		this.claims.claims.forEach((claim, row) => {
			for (const version of claim.versions) put(row, version);
		});
		this.claims.singleSource.forEach((unit, i) => put(this.claimRows + i, unit));
		return marks;
	}
}

export function analyseCoverage(corpus: Corpus, claims: ClaimsAnalysis, sourcing: ClaimSourcing): Coverage {
	return new Coverage(corpus, claims, sourcing);
}
