/** The Claims pane: the list of claims, and one claim side by side with a focused column, scrolled. */
import type { PaneId } from '../../app-state.js';
import { listReducer, listState, type ListSize, type ListState, type Movement } from '../../list-state.js';

export interface ClaimsState {
	/** The cursor over the list's rows (claims first, so a claim's row is its index). */
	list: ListState;
	/** The claim shown side by side, by index. */
	open: number | null;
	/** The focused column (version) of the claim shown. */
	column: number;
	scroll: ListState;
	/** The pane that opened the claim (Coverage, the Reader), which Esc returns to; null when opened from the list. */
	back: PaneId | null;
}

export type ClaimsAction =
	/** `skip`: the headings, which the cursor steps over. */
	| { type: 'move'; movement: Movement; size: ListSize; skip: (row: number) => boolean }
	/** `column`: the version to focus (an outlet's, from Coverage); `back`: the pane Esc returns to. */
	| { type: 'open'; claim: number; column?: number; back?: PaneId; size?: ListSize }
	| { type: 'close' }
	/** The next or previous claim, wrapping around; the list's cursor follows. */
	| { type: 'step'; step: 1 | -1; total: number; size: ListSize }
	| { type: 'column'; step: 1 | -1; columns: number }
	| { type: 'scroll'; movement: Movement; size: ListSize };

export const initialClaims: ClaimsState = { list: listState('cursor'), open: null, column: 0, scroll: listState('scroll'), back: null };

export function claimsReducer(state: ClaimsState, action: ClaimsAction): ClaimsState {
	switch (action.type) {
		case 'move':
			return { ...state, list: listReducer(state.list, action) };
		case 'open': {
			// Opened from elsewhere, the list's cursor follows, so Esc lands on the claim.
			const list = action.size ? listReducer(state.list, { type: 'select', index: action.claim, size: action.size }) : state.list;
			return { list, open: action.claim, column: action.column ?? 0, scroll: listState('scroll'), back: action.back ?? null };
		}
		case 'close':
			return { ...state, open: null, back: null };
		case 'step': {
			if (state.open === null || action.total === 0) return state;
			const open = (state.open + action.step + action.total) % action.total;
			const list = listReducer(state.list, { type: 'select', index: open, size: action.size });
			return { ...state, list, open, column: 0, scroll: listState('scroll') };
		}
		case 'column':
			return { ...state, column: Math.min(action.columns - 1, Math.max(0, state.column + action.step)) };
		case 'scroll':
			return { ...state, scroll: listReducer(state.scroll, { type: 'move', movement: action.movement, size: action.size }) };
	}
}
