/**
 * `storylens coverage`: which outlet states which claim, what each states
 * alone or leaves out, the sources the articles cite and each claim's
 * origin, as JSON or as plain text.
 */
import type { Coverage } from '../analysis/coverage/coverage.js';
import { CELL_NAMES } from '../analysis/coverage/types.js';
import { CELL_LEGEND, CELL_SYMBOLS, ORIGIN_SHORT, originText } from '../analysis/coverage/words.js';
import { claimTellers } from '../corpus/source.js';
import type { Corpus } from '../corpus/index.js';
import { table } from './plain-table.js';

/** Outlets shown side by side in plain text; the rest are counted (--json has them all). */
export const PLAIN_COLUMNS = 12;
/** Sources listed in plain text and the report. */
export const PLAIN_SOURCES = 30;

export function coverageJson(coverage: Coverage): unknown {
	const label = (column: number): string => coverage.columns[column] ?? '';
	const ids = (rows: readonly number[]): string[] => rows.map((r) => coverage.rowId(r));
	const rows = Array.from({ length: coverage.rowCount }, (_, row) => {
		const origin = row < coverage.claimRows ? coverage.origin(row) : null;
		return {
			id: coverage.rowId(row),
			label: coverage.rowLabel(row),
			several: row < coverage.claimRows,
			cells: Object.fromEntries(coverage.cells(row).map((c) => [label(c.column), CELL_NAMES[c.state]])),
			origin: origin && {
				kind: origin.kind,
				sources: origin.groups.map((g) => ({ source: coverage.sources[g.source]?.name ?? '', outlets: g.columns.map(label) })),
				unattributed: origin.unattributed.map(label),
			},
		};
	});
	return {
		outlets: coverage.outlets.map((o, column) => ({
			...o,
			onlyClaims: ids(coverage.onlyRows(column)),
			leftOutClaims: ids(coverage.leftOutRows(column)),
		})),
		claims: rows,
		sources: coverage
			.sourceTable()
			.map((s) => ({ name: s.name, kind: s.kind, forms: s.forms, outlets: s.columns.map(label), claims: ids(s.rows) })),
	};
}

export function coverageText(corpus: Corpus, coverage: Coverage, width: number): string {
	const tellers = claimTellers(corpus);
	const shown = shownColumns(coverage);
	const lines: string[] = [];
	const legend = CELL_LEGEND.map(([state, words]) => `${CELL_SYMBOLS[state]} ${words}`).join(', ');
	lines.push(
		`${coverage.claimRows} claims told by more than one article; ` +
			`${coverage.rowCount - coverage.claimRows} statements told by one ${tellers.one} only.`,
	);
	lines.push(`${legend}.`, '');
	if (coverage.claimRows > 0) {
		const rows = Array.from({ length: coverage.claimRows }, (_, row) => [
			String(row + 1),
			...shown.map((column) => CELL_SYMBOLS[coverage.cell(row, column)]),
			ORIGIN_SHORT[coverage.origin(row).kind],
			coverage.rowLabel(row),
		]);
		lines.push(table(['#', ...shown.map((c) => coverage.columns[c] ?? ''), 'origin', 'claim'], rows, { width }));
		if (shown.length < coverage.columns.length)
			lines.push(`(${coverage.columns.length - shown.length} more ${tellers.several} not shown; --json lists them all)`);
		lines.push('', 'Where each claim comes from:');
		for (let row = 0; row < coverage.claimRows; row++) lines.push(`  ${row + 1}. ${originText(coverage.origin(row), coverage.sources)}`);
		lines.push('');
	}
	const claimNumbers = (rows: readonly number[]): string => rows.map((r) => r + 1).join(', ') || '-';
	lines.push(
		table(
			[tellers.one, 'articles', 'states', 'only it', 'leaves out', 'claims left out'],
			coverage.outlets.map((o, column) => [
				o.label,
				String(o.articles),
				String(o.stated),
				String(o.only),
				String(o.leftOut),
				claimNumbers(coverage.leftOutRows(column)),
			]),
			{ width, alignRight: [1, 2, 3, 4] },
		),
		'',
	);
	const sources = coverage.sourceTable();
	lines.push(`Sources cited (${sources.length}):`);
	if (sources.length > 0) {
		const rows = sources.slice(0, PLAIN_SOURCES).map((s) => {
			const claims = s.rows.filter((r) => r < coverage.claimRows);
			const statements = s.rows.length - claims.length;
			return [
				s.name,
				s.kind,
				s.columns.map((c) => coverage.columns[c] ?? '').join(', '),
				String(statements),
				claims.length > 0 ? claimNumbers(claims) : '-',
			];
		});
		lines.push(table(['source', 'kind', 'cited by', `statements of one ${tellers.one}`, 'for claims'], rows, { width, alignRight: [3] }));
		if (sources.length > PLAIN_SOURCES) lines.push(`(and ${sources.length - PLAIN_SOURCES} more; --json lists them all)`);
	}
	return lines.join('\n');
}

/** The columns plain text and the report have room for: the outlets stating the most, in their corpus order. */
export function shownColumns(coverage: Coverage): number[] {
	const all = coverage.columns.map((_, c) => c);
	if (all.length <= PLAIN_COLUMNS) return all;
	return [...all]
		.sort((a, b) => (coverage.outlets[b]?.stated ?? 0) - (coverage.outlets[a]?.stated ?? 0) || a - b)
		.slice(0, PLAIN_COLUMNS)
		.sort((a, b) => a - b);
}
