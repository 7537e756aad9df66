/**
 * The Coverage pane: the matrix (a cursor over claims and one over outlet
 * columns), an outlet's lists (what it leaves out, what only it reports), the
 * sources table and one source's claims. Each view keeps its own cursor, so
 * going back finds the row where it was.
 */
import { listReducer, listState, type ListSize, type ListState, type Movement } from '../../list-state.js';

export type CoverageView = 'matrix' | 'outlet' | 'sources' | 'source';

export interface CoverageState {
	view: CoverageView;
	/** The matrix's rows: the claims in the claims view's order, then what one outlet alone states. */
	rows: ListState;
	/** The focused outlet column; its window is the columns on screen. */
	column: ListState;
	/** The lists of view 'outlet' (of the focused column) or 'source' (of `source`). */
	list: ListState;
	sources: ListState;
	source: number;
}

export type CoverageAction =
	/** Moves the cursor of the view shown; `skip`: headings the cursor steps over. */
	| { type: 'move'; movement: Movement; size: ListSize; skip?: (index: number) => boolean }
	| { type: 'column'; step: 1 | -1; size: ListSize }
	/** `first`: the list's first row under a heading, where the cursor starts. */
	| { type: 'show-outlet'; first: number }
	| { type: 'show-sources' }
	| { type: 'show-source'; source: number }
	| { type: 'back' };

export const initialCoverage: CoverageState = {
	view: 'matrix',
	rows: listState('cursor'),
	column: listState('cursor'),
	list: listState('cursor'),
	sources: listState('cursor'),
	source: 0,
};

const CURSOR_OF: Record<CoverageView, 'rows' | 'list' | 'sources'> = { matrix: 'rows', outlet: 'list', sources: 'sources', source: 'list' };

export function coverageReducer(state: CoverageState, action: CoverageAction): CoverageState {
	switch (action.type) {
		case 'move': {
			const key = CURSOR_OF[state.view];
			return { ...state, [key]: listReducer(state[key], action) };
		}
		case 'column':
			return {
				...state,
				column: listReducer(state.column, { type: 'move', movement: action.step === 1 ? 'down' : 'up', size: action.size }),
			};
		case 'show-outlet':
			return { ...state, view: 'outlet', list: listState('cursor', action.first) };
		case 'show-sources':
			return { ...state, view: 'sources' };
		case 'show-source':
			return { ...state, view: 'source', source: action.source, list: listState('cursor') };
		case 'back':
			return { ...state, view: state.view === 'source' ? 'sources' : 'matrix' };
	}
}
