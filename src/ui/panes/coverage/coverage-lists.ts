/**
 * The rows of the Coverage pane's lists: an outlet's (what it leaves out that
 * two or more others state, then what only it reports) and a source's (the
 * claims it is cited for). Made when the list is opened; each walks the
 * matrix's rows once.
 */
import { CELL_SYMBOLS, type ClaimCoverage, type Coverage } from '../../../analysis/coverage/index.js';

export type CoverageListRow = { kind: 'heading'; text: string } | { kind: 'row'; row: number; note: string };

export function outletRows(coverage: ClaimCoverage, column: number, tellers: string): CoverageListRow[] {
	const label = coverage.columns[column] ?? '';
	const leftOut = coverage.leftOutRows(column);
	const only = coverage.onlyRows(column);
	const stating = (row: number): string => `${coverage.outletsStating(row)} ${tellers}`;
	return [
		{
			kind: 'heading',
			text: `${label} leaves out ${leftOut.length} claim${leftOut.length === 1 ? '' : 's'} that two or more others state`,
		},
		...leftOut.map((row): CoverageListRow => ({ kind: 'row', row, note: stating(row) })),
		{ kind: 'heading', text: `Only ${label} reports ${only.length}` },
		...only.map((row): CoverageListRow => ({ kind: 'row', row, note: '' })),
	];
}

/** Where the cursor starts in `outletRows`: the first claim left out, else the first it alone reports, read from the counts. */
export function firstOutletRow(coverage: ClaimCoverage, column: number): number {
	const counts = coverage.outlets[column];
	if (!counts) return 0;
	return counts.leftOut > 0 ? 1 : counts.only > 0 ? 2 : 0;
}

export function sourceRows(coverage: Coverage, source: number): CoverageListRow[] {
	const cited = coverage.sourceRow(source);
	if (!cited) return [];
	return cited.rows.map((row) => {
		const citing = coverage
			.citations(row)
			.filter((c) => c.source === source)
			.map((c) => coverage.columns[c.column] ?? '');
		const cells = coverage
			.cells(row)
			.map((c) => CELL_SYMBOLS[c.state])
			.join('');
		return { kind: 'row', row, note: `${[...new Set(citing)].join(', ')} ${cells}` };
	});
}
