/**
 * The coverage matrix, sparse: one row per claim (the claims view's order:
 * the claims several articles state, then each single-source statement), one
 * column per source label (corpus/source.ts), and a cell only where the
 * outlet states the claim. A corpus of 10,000 unlabelled articles has 10,000
 * columns, so the absent cells, nearly all of them, are never stored.
 *
 * A cell is `conflict` when the outlet's numbers stand apart in a claim whose
 * numbers conflict; `differs` when its numbers (short of a conflict), its
 * attribution or its hedging stand apart (standing.ts; wording is a detail
 * every version has, so it does not count); else `same`. An outlet with
 * several articles in one claim takes the strongest of their states.
 */
import type { ClaimCluster, ClaimsAnalysis } from '../claims/index.js';
import { numbersApart, standingApart } from './standing.js';
import { CellState, type ClaimCoverageData } from './types.js';

/** The matrix's part of ClaimCoverageData (types.ts). */
export type SparseMatrix = Pick<ClaimCoverageData, 'rowStart' | 'cellColumn' | 'cellState'>;

/** Each best version's state in one claim, by article. */
function articleStates(claim: ClaimCluster): Map<string, CellState> {
	const differs = new Set<string>();
	for (const d of claim.differences) {
		// Numbers in conflict are read pair by pair (numbersApart): who agrees with most others is not the odd one out.
		if (d.kind === 'wording' || (d.kind === 'quantity' && d.conflict)) continue;
		for (const article of standingApart(d.values)) differs.add(article);
	}
	const apart = numbersApart(claim);
	const states = new Map<string, CellState>();
	for (const article of claim.articles)
		states.set(article, apart.has(article) ? CellState.Conflict : differs.has(article) ? CellState.Differs : CellState.Same);
	return states;
}

export function buildMatrix(claims: ClaimsAnalysis, columnOf: ReadonlyMap<string, number>): SparseMatrix {
	const rows = claims.claims.length + claims.singleSource.length;
	const rowStart = new Int32Array(rows + 1);
	const cellColumn: number[] = [];
	const cellState: number[] = [];
	claims.claims.forEach((claim, row) => {
		const byColumn = new Map<number, CellState>();
		for (const [article, state] of articleStates(claim)) {
			const column = columnOf.get(article);
			if (column !== undefined) byColumn.set(column, Math.max(byColumn.get(column) ?? CellState.Absent, state) as CellState);
		}
		for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
			cellColumn.push(column);
			cellState.push(byColumn.get(column) ?? CellState.Absent);
		}
		rowStart[row + 1] = cellColumn.length;
	});
	claims.singleSource.forEach((unit, i) => {
		const row = claims.claims.length + i;
		const column = columnOf.get(unit.article);
		if (column !== undefined) {
			cellColumn.push(column);
			cellState.push(CellState.Same);
		}
		rowStart[row + 1] = cellColumn.length;
	});
	return { rowStart, cellColumn: Int32Array.from(cellColumn), cellState: Uint8Array.from(cellState) };
}

/** The state of one cell; `absent` when the outlet does not state the claim. */
export function cellAt(matrix: SparseMatrix, row: number, column: number): CellState {
	const start = matrix.rowStart[row] ?? 0;
	const end = matrix.rowStart[row + 1] ?? start;
	// Rows hold a few cells each, sorted by column.
	let low = start;
	let high = end - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const at = matrix.cellColumn[mid] ?? 0;
		if (at === column) return (matrix.cellState[mid] ?? CellState.Absent) as CellState;
		if (at < column) low = mid + 1;
		else high = mid - 1;
	}
	return CellState.Absent;
}

export function rowWidth(matrix: SparseMatrix, row: number): number {
	return (matrix.rowStart[row + 1] ?? 0) - (matrix.rowStart[row] ?? 0);
}
