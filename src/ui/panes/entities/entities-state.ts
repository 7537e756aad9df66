/** The Entities pane: a filtered list, one entity's mentions, and the menu of entity types. */
import { ENTITY_TYPES, type EntityType } from '../../../analysis/entities/types.js';
import { editLine, type LineEdit } from '../../components/line-edit.js';
import { listReducer, listState, type ListSize, type ListState, type Movement } from '../../list-state.js';

/** The types menu's choices, in its order. */
export const TYPE_CHOICES: readonly (EntityType | 'all')[] = ['all', ...ENTITY_TYPES];

export interface EntitiesState {
	types: EntityType | 'all';
	filter: string;
	list: ListState;
	/** The entity whose mentions are shown, by id. */
	open: string | null;
	mentions: ListState;
	/** The types menu while it is open: its cursor over `TYPE_CHOICES`. */
	menu: ListState | null;
}

export type EntitiesAction =
	| { type: 'move'; list: 'entities' | 'mentions' | 'menu'; movement: Movement; size: ListSize }
	| { type: 'filter'; edit: LineEdit }
	| { type: 'open'; id: string }
	| { type: 'close' }
	| { type: 'menu/open' }
	| { type: 'menu/choose' }
	| { type: 'menu/close' };

export const initialEntities: EntitiesState = {
	types: 'all',
	filter: '',
	list: listState('cursor'),
	open: null,
	mentions: listState('cursor'),
	menu: null,
};

export function entitiesReducer(state: EntitiesState, action: EntitiesAction): EntitiesState {
	switch (action.type) {
		case 'move': {
			const move = { type: 'move', movement: action.movement, size: action.size } as const;
			if (action.list === 'mentions') return { ...state, mentions: listReducer(state.mentions, move) };
			if (action.list === 'menu') return state.menu === null ? state : { ...state, menu: listReducer(state.menu, move) };
			return { ...state, list: listReducer(state.list, move) };
		}
		case 'filter': {
			const filter = editLine(state.filter, action.edit);
			// Another filter, another list: the cursor starts at its top.
			return filter === state.filter ? state : { ...state, filter, list: listState('cursor') };
		}
		case 'open':
			return { ...state, open: action.id, mentions: listState('cursor') };
		case 'close':
			return { ...state, open: null };
		case 'menu/open':
			return { ...state, menu: listState('cursor', Math.max(0, TYPE_CHOICES.indexOf(state.types))) };
		case 'menu/choose': {
			const types = state.menu === null ? undefined : TYPE_CHOICES[state.menu.cursor];
			return types === undefined ? state : { ...state, types, list: listState('cursor'), menu: null };
		}
		case 'menu/close':
			return { ...state, menu: null };
	}
}

/** What the pane shows: the menu over everything, else one entity's mentions, else the list. */
export function entitiesView(state: EntitiesState): 'menu' | 'mentions' | 'list' {
	if (state.menu !== null) return 'menu';
	return state.open === null ? 'list' : 'mentions';
}
