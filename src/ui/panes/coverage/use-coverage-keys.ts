import type { Dispatch } from 'react';
import type { ClaimCoverage } from '../../../analysis/coverage/index.js';
import { readAt, type AppAction } from '../../app-state.js';
import { useCommands } from '../../hooks/use-commands.js';
import type { KeyMode } from '../../keymap.js';
import { listWindow, movementFor, type ListSize } from '../../list-state.js';
import { firstOutletRow, type CoverageListRow } from './coverage-lists.js';
import type { CoverageAction, CoverageState } from './coverage-state.js';

export const MATRIX_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Coverage'],
	hints: ['cursor.down', 'coverage.column-next', 'coverage.compare', 'coverage.outlet', 'coverage.sources', 'app.help'],
};

export const COVERAGE_LIST_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Coverage lists'],
	hints: ['cursor.down', 'coverage.open', 'view.back', 'app.help', 'app.quit'],
};

interface CoverageKeys {
	state: CoverageState;
	dispatch: Dispatch<CoverageAction>;
	app: Dispatch<AppAction>;
	coverage: ClaimCoverage | null;
	/** The focused outlet column. */
	column: number;
	/** Sizes of the matrix's rows, its columns on screen, and the list shown. */
	rowsSize: ListSize;
	columnsSize: ListSize;
	listSize: ListSize;
	listRows: readonly CoverageListRow[];
	/** Opens a claim side by side with the column of the outlet given focused. */
	openClaim: (claim: number, column: number) => void;
	active: boolean;
}

export function useCoverageKeys(keys: CoverageKeys): void {
	const { state, dispatch, app, coverage, column, rowsSize, columnsSize, listSize, listRows, openClaim, active } = keys;
	const openRow = (row: number, outlet: number): void => {
		const unit = coverage?.rowUnit(row);
		if (unit?.kind === 'claim') openClaim(unit.claim, outlet);
		// A statement of one outlet has nothing beside it: it is read where it stands.
		else if (unit?.kind === 'single') app(readAt(unit.unit));
	};
	useCommands(
		state.view === 'matrix' ? MATRIX_KEYS : COVERAGE_LIST_KEYS,
		(command) => {
			if (!coverage) return;
			const movement = movementFor(command);
			if (state.view === 'matrix') {
				if (movement) dispatch({ type: 'move', movement, size: rowsSize });
				else if (command === 'coverage.column-next') dispatch({ type: 'column', step: 1, size: columnsSize });
				else if (command === 'coverage.column-previous') dispatch({ type: 'column', step: -1, size: columnsSize });
				else if (command === 'coverage.outlet') dispatch({ type: 'show-outlet', first: firstOutletRow(coverage, column) });
				else if (command === 'coverage.sources') dispatch({ type: 'show-sources' });
				else if (command === 'coverage.compare' && rowsSize.count > 0) openRow(listWindow(state.rows, rowsSize).cursor, column);
				return;
			}
			if (movement) {
				const skip = (index: number): boolean => listRows[index]?.kind === 'heading';
				dispatch({ type: 'move', movement, size: listSize, ...(state.view === 'sources' ? {} : { skip }) });
			} else if (command === 'view.back') dispatch({ type: 'back' });
			else if (command === 'coverage.open') {
				if (state.view === 'sources') {
					if (listSize.count > 0) dispatch({ type: 'show-source', source: listWindow(state.sources, listSize).cursor });
					return;
				}
				const row = listRows[listWindow(state.list, listSize).cursor];
				if (row?.kind !== 'row') return;
				// From a source's claims, the column of the first outlet citing it there.
				const outlet =
					state.view === 'source'
						? (coverage
								.sourced()
								?.citations(row.row)
								.find((c) => c.source === state.source)?.column ?? column)
						: column;
				openRow(row.row, outlet);
			}
		},
		{ isActive: active },
	);
}
