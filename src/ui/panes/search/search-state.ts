import { editLine, type LineEdit } from '../../components/line-edit.js';
import { listReducer, listState, type ListSize, type ListState, type Movement } from '../../list-state.js';

export interface SearchState {
	query: string;
	/** The cursor over the hits. */
	list: ListState;
}

export type SearchAction = { type: 'edit'; edit: LineEdit } | { type: 'move'; movement: Movement; size: ListSize };

export const initialSearch: SearchState = { query: '', list: listState('cursor') };

export function searchReducer(state: SearchState, action: SearchAction): SearchState {
	switch (action.type) {
		case 'edit':
			// Another query, other hits: the cursor starts again at the best one.
			return { query: editLine(state.query, action.edit), list: listState('cursor') };
		case 'move':
			return { ...state, list: listReducer(state.list, { type: 'move', movement: action.movement, size: action.size }) };
	}
}
