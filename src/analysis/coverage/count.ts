/**
 * The coverage counted in two parts, into typed arrays: what the claims
 * alone give (the matrix, the outlets' counts, the sentence marks), then the
 * sourcing by row and column (who each outlet cites, the sources table). The
 * claims worker sends each as it is done (a structured clone of typed arrays
 * is a copy of their bytes), so the matrix does not wait seconds for the
 * sourcing, and the dashboard's thread only reads them. At 10,000 articles
 * (125,000 rows) counting takes hundreds of milliseconds: too long for the
 * thread that answers keys, nothing for the worker.
 */
import type { Corpus } from '../../corpus/index.js';
import { sourceLabels } from '../../corpus/source.js';
import type { ClaimsAnalysis, ClaimUnit } from '../claims/index.js';
import { buildMatrix, cellAt, rowWidth, type SparseMatrix } from './matrix.js';
import {
	CellState,
	CITATION_FIELDS,
	CITE_FIELDS,
	type ClaimCoverageData,
	type ClaimSourcing,
	type CoverageData,
	type SourcingData,
} from './types.js';

/** Both parts at once, for the plain commands and the report. */
export function countCoverage(corpus: Corpus, claims: ClaimsAnalysis, sourcing: ClaimSourcing): CoverageData {
	const counted = countClaimCoverage(corpus, claims);
	return { ...counted, ...countSourcing(corpus, claims, counted, sourcing) };
}

/** What needs the claims alone: no citation is read for a cell, a count or a mark. */
export function countClaimCoverage(corpus: Corpus, claims: ClaimsAnalysis): ClaimCoverageData {
	const { columns, articleColumn, columnOf } = sourceColumns(corpus);
	const claimRows = claims.claims.length;
	const matrix = buildMatrix(claims, columnOf);
	return {
		columns,
		claimRows,
		rowCount: claimRows + claims.singleSource.length,
		...matrix,
		...countOutlets(matrix, columns.length, claimRows, articleColumn),
		articleColumn,
		...markSentences(corpus, claims, matrix, columnOf, columns.length),
	};
}

/** The sourcing by the rows and columns of `counted`, counted from the same corpus and claims. */
export function countSourcing(corpus: Corpus, claims: ClaimsAnalysis, counted: ClaimCoverageData, sourcing: ClaimSourcing): SourcingData {
	const columnOf = new Map(corpus.articles.map((article, i) => [article.id, counted.articleColumn[i] ?? -1]));
	const { citeStart, cites } = citationsByRow(claims, sourcing, columnOf, counted.rowCount);
	return { sources: sourcing.sources, citeStart, cites, ...sourceTable(sourcing.sources.length, citeStart, cites) };
}

/** One column per source label (corpus/source.ts), in the order the corpus first gives each. */
function sourceColumns(corpus: Corpus): { columns: string[]; articleColumn: Int32Array; columnOf: Map<string, number> } {
	const labels = sourceLabels(corpus);
	const columns: string[] = [];
	const byLabel = new Map<string, number>();
	const columnOf = new Map<string, number>();
	const articleColumn = new Int32Array(corpus.articles.length);
	corpus.articles.forEach((article, i) => {
		const label = labels.get(article.id) ?? article.id;
		let column = byLabel.get(label);
		if (column === undefined) {
			column = columns.length;
			columns.push(label);
			byLabel.set(label, column);
		}
		columnOf.set(article.id, column);
		articleColumn[i] = column;
	});
	return { columns, articleColumn, columnOf };
}

function countOutlets(
	matrix: SparseMatrix,
	columnCount: number,
	claimRows: number,
	articleColumn: Int32Array,
): Pick<ClaimCoverageData, 'outletArticles' | 'outletStated' | 'outletOnly' | 'outletLeftOut'> {
	const outletArticles = new Int32Array(columnCount);
	const outletStated = new Int32Array(columnCount);
	const outletOnly = new Int32Array(columnCount);
	const statedOfShared = new Int32Array(columnCount);
	for (const column of articleColumn) outletArticles[column] = (outletArticles[column] ?? 0) + 1;
	let shared = 0;
	const rows = matrix.rowStart.length - 1;
	for (let row = 0; row < rows; row++) {
		const start = matrix.rowStart[row] ?? 0;
		const width = rowWidth(matrix, row);
		const isShared = row < claimRows && width >= 2;
		if (isShared) shared++;
		for (let i = start; i < start + width; i++) {
			const column = matrix.cellColumn[i] ?? 0;
			outletStated[column] = (outletStated[column] ?? 0) + 1;
			if (width === 1) outletOnly[column] = (outletOnly[column] ?? 0) + 1;
			if (isShared) statedOfShared[column] = (statedOfShared[column] ?? 0) + 1;
		}
	}
	// Left out: the claims two or more outlets state, less those this one is among.
	const outletLeftOut = statedOfShared.map((n) => shared - n);
	return { outletArticles, outletStated, outletOnly, outletLeftOut };
}

/** The sourcing's citations indexed by row, each with the column of the article citing. */
function citationsByRow(
	claims: ClaimsAnalysis,
	sourcing: ClaimSourcing,
	columnOf: ReadonlyMap<string, number>,
	rowCount: number,
): { citeStart: Int32Array; cites: Int32Array } {
	const { citations } = sourcing;
	const runs = citations.length / CITATION_FIELDS;
	const citeStart = new Int32Array(rowCount + 1);
	for (let at = 0; at < citations.length; at += CITATION_FIELDS) {
		const row = citations[at] ?? 0;
		if (row < rowCount) citeStart[row + 1] = (citeStart[row + 1] ?? 0) + 1;
	}
	for (let row = 0; row < rowCount; row++) citeStart[row + 1] = (citeStart[row + 1] ?? 0) + (citeStart[row] ?? 0);
	const cites = new Int32Array(runs * CITE_FIELDS);
	const next = citeStart.slice(0, rowCount);
	for (let at = 0; at < citations.length; at += CITATION_FIELDS) {
		const row = citations[at] ?? 0;
		if (row >= rowCount) continue;
		const version = citations[at + 1] ?? 0;
		const unit = row < claims.claims.length ? claims.claims[row]?.versions[version] : claims.singleSource[row - claims.claims.length];
		const place = (next[row] ?? 0) * CITE_FIELDS;
		next[row] = (next[row] ?? 0) + 1;
		cites[place] = version;
		cites[place + 1] = citations[at + 2] ?? 0;
		cites[place + 2] = citations[at + 3] ?? 0;
		cites[place + 3] = unit === undefined ? -1 : (columnOf.get(unit.article) ?? -1);
	}
	return { citeStart, cites };
}

/** Each source's columns and rows, from the citations by row. */
function sourceTable(
	count: number,
	citeStart: Int32Array,
	cites: Int32Array,
): Pick<SourcingData, 'sourceColumnStart' | 'sourceColumn' | 'sourceRowStart' | 'sourceRow'> {
	const columns = Array.from({ length: count }, () => new Set<number>());
	const rows = Array.from({ length: count }, () => new Set<number>());
	for (let row = 0; row + 1 < citeStart.length; row++) {
		for (let run = citeStart[row] ?? 0; run < (citeStart[row + 1] ?? 0); run++) {
			const source = cites[run * CITE_FIELDS + 1] ?? 0;
			const column = cites[run * CITE_FIELDS + 3] ?? -1;
			if (column < 0) continue;
			columns[source]?.add(column);
			// Rows come in order, so each source's rows do too.
			rows[source]?.add(row);
		}
	}
	const flat = (sets: readonly Set<number>[], sort: boolean): [Int32Array, Int32Array] => {
		const start = new Int32Array(count + 1);
		sets.forEach((set, i) => {
			start[i + 1] = (start[i] ?? 0) + set.size;
		});
		const values = new Int32Array(start[count] ?? 0);
		sets.forEach((set, i) => {
			const sorted = sort ? [...set].sort((a, b) => a - b) : [...set];
			values.set(sorted, start[i] ?? 0);
		});
		return [start, values];
	};
	const [sourceColumnStart, sourceColumn] = flat(columns, true);
	const [sourceRowStart, sourceRow] = flat(rows, false);
	return { sourceColumnStart, sourceColumn, sourceRowStart, sourceRow };
}

/**
 * Each article's title and sentences → 1 + the row of the claim they state.
 * A sentence holding several units takes the claim most outlets state, one
 * whose numbers conflict first; a claim of several before a statement of one.
 */
function markSentences(
	corpus: Corpus,
	claims: ClaimsAnalysis,
	matrix: SparseMatrix,
	columnOf: ReadonlyMap<string, number>,
	columnCount: number,
): { markStart: Int32Array; markRow: Int32Array } {
	const markStart = new Int32Array(corpus.articles.length + 1);
	const firstSlot = new Map<string, number>();
	corpus.articles.forEach((article, i) => {
		firstSlot.set(article.id, markStart[i] ?? 0);
		markStart[i + 1] = (markStart[i] ?? 0) + article.sentences.length + 1;
	});
	const markRow = new Int32Array(markStart[corpus.articles.length] ?? 0);
	const claimRows = claims.claims.length;
	const weight = (row: number, article: string): number => {
		if (row >= claimRows) return 0;
		const column = columnOf.get(article);
		const conflict = column !== undefined && cellAt(matrix, row, column) === CellState.Conflict;
		return (conflict ? 2 : 1) * columnCount + rowWidth(matrix, row);
	};
	const put = (row: number, unit: ClaimUnit): void => {
		const first = firstSlot.get(unit.article);
		if (first === undefined) return;
		const slot = first + (unit.sentence === null ? 0 : unit.sentence + 1);
		const held = (markRow[slot] ?? 0) - 1;
		if (held < 0 || weight(row, unit.article) > weight(held, unit.article)) markRow[slot] = row + 1;
	};
	claims.claims.forEach((claim, row) => {
		for (const version of claim.versions) put(row, version);
	});
	claims.singleSource.forEach((unit, i) => put(claimRows + i, unit));
	return { markStart, markRow };
}
