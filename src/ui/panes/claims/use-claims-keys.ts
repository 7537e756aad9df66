import type { Dispatch } from 'react';
import type { ClaimsAnalysis } from '../../../analysis/claims/index.js';
import { readAt, type AppAction } from '../../app-state.js';
import { useCommands } from '../../hooks/use-commands.js';
import type { KeyMode } from '../../keymap.js';
import { listWindow, movementFor, type ListSize } from '../../list-state.js';
import type { ClaimRow } from './claim-rows.js';
import type { ClaimsAction, ClaimsState } from './claims-state.js';
import { versionRanges, type SideBySideLayout } from './side-by-side-layout.js';

export const CLAIM_LIST_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Claims'],
	hints: ['cursor.down', 'claims.compare', 'pane.next', 'app.help', 'app.quit'],
};

export const SIDE_BY_SIDE_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Claim side by side'],
	hints: ['claims.next', 'claims.column-next', 'claims.read', 'cursor.down', 'view.back', 'app.help'],
};

interface ClaimsKeys {
	state: ClaimsState;
	dispatch: Dispatch<ClaimsAction>;
	app: Dispatch<AppAction>;
	claims: ClaimsAnalysis | null;
	rows: readonly ClaimRow[];
	listSize: ListSize;
	/** The claim shown side by side, laid out at this size; null in the list. */
	layout: SideBySideLayout | null;
	active: boolean;
}

export function useClaimsKeys({ state, dispatch, app, claims, rows, listSize, layout, active }: ClaimsKeys): void {
	const claim = state.open === null ? undefined : claims?.claims[state.open];
	useCommands(
		layout && claim ? SIDE_BY_SIDE_KEYS : CLAIM_LIST_KEYS,
		(command) => {
			const movement = movementFor(command);
			if (!layout || !claim) {
				const row = rows[listWindow(state.list, listSize).cursor];
				if (movement) dispatch({ type: 'move', movement, size: listSize, skip: (i) => rows[i]?.kind === 'heading' });
				else if (command !== 'claims.compare') return;
				else if (row?.kind === 'claim') dispatch({ type: 'open', claim: claims?.claims.indexOf(row.claim) ?? 0 });
				// A claim only one outlet makes has nothing to set beside it: it is read where it is.
				else if (row?.kind === 'single') app(readAt(row.unit));
				return;
			}
			const version = layout.versions[state.column];
			// The body scrolls as far as its tallest column goes, no further.
			if (movement) dispatch({ type: 'scroll', movement, size: { count: layout.tallest, height: layout.bodyHeight } });
			else if (command === 'view.back') {
				dispatch({ type: 'close' });
				if (state.back !== null) app({ type: 'pane/show', pane: state.back });
			} else if (command === 'claims.next' || command === 'claims.previous') {
				dispatch({ type: 'step', step: command === 'claims.next' ? 1 : -1, total: claims?.claims.length ?? 0, size: listSize });
			} else if (command === 'claims.column-next' || command === 'claims.column-previous') {
				dispatch({ type: 'column', step: command === 'claims.column-next' ? 1 : -1, columns: layout.versions.length });
			} else if (command === 'claims.read' && version) {
				const ranges = versionRanges(claim, version);
				app({ type: 'reader/open', target: { articleId: version.article, sentence: version.sentence, ranges } });
			}
		},
		{ isActive: active },
	);
}
