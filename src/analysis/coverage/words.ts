/**
 * How the coverage reads, in symbols and words: one set for the dashboard,
 * the plain commands and the Markdown report, so a cell or an origin is
 * called the same everywhere. Symbols read without colour.
 */
import { CellState, type ClaimOrigin, type CitedSource, type OriginKind } from './types.js';

export const CELL_SYMBOLS: Record<CellState, string> = {
	[CellState.Absent]: '·',
	[CellState.Same]: '=',
	[CellState.Differs]: '~',
	[CellState.Conflict]: '≠',
};

export const CELL_LEGEND: readonly [CellState, string][] = [
	[CellState.Same, 'states it as the others do'],
	[CellState.Differs, 'states it with a difference (numbers, source or hedging)'],
	[CellState.Conflict, 'its numbers conflict with the others’'],
	[CellState.Absent, 'does not state it'],
];

/** A cell in a few words, for a legend that fits a narrow terminal and the focused cell's line. */
export const CELL_SHORT: Record<CellState, string> = {
	[CellState.Same]: 'as the others',
	[CellState.Differs]: 'with a difference',
	[CellState.Conflict]: 'numbers conflict',
	[CellState.Absent]: 'not stated',
};

/** "one origin: The New York Times (3 outlets)", "independent: Reuters; AP", "unattributed". */
export function originText(origin: ClaimOrigin, sources: readonly CitedSource[]): string {
	const name = (source: number): string => sources[source]?.name ?? '?';
	const [first] = origin.groups;
	switch (origin.kind) {
		case 'unattributed':
			return 'unattributed';
		case 'one-outlet':
			return `named by one outlet: ${first ? name(first.source) : '?'}`;
		case 'single':
			return `one origin: ${first ? name(first.source) : '?'} (${first?.columns.length ?? 0} outlets)`;
		case 'independent':
			return `independent: ${origin.groups.map((g) => name(g.source)).join('; ')}`;
	}
}

/** An origin in a table column's width (the dashboard's matrix, the plain table); `originText` says it in full. */
export const ORIGIN_SHORT: Record<OriginKind, string> = {
	'single': 'one origin',
	'independent': 'independent',
	'one-outlet': 'one names',
	'unattributed': 'none named',
};

/** While the sourcing is read (the dashboard only; the commands wait for it): an origin's place in a column, and the line that says so. */
export const ORIGIN_PENDING = '…';
export const SOURCING_PENDING = 'Reading who each outlet cites…';
