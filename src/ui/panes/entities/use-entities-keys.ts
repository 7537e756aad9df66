import type { Dispatch } from 'react';
import type { Entity } from '../../../analysis/entities/types.js';
import { readAt, type AppAction } from '../../app-state.js';
import { lineEditFor } from '../../components/line-edit.js';
import { useCommands, useTextInput } from '../../hooks/use-commands.js';
import type { KeyMode } from '../../keymap.js';
import { listWindow, movementFor, type ListSize } from '../../list-state.js';
import { entitiesView, type EntitiesAction, type EntitiesState } from './entities-state.js';
import type { MentionRow } from './entity-rows.js';

/** In the field PgUp/PgDn still page the list, and Shift-Tab leaves the field as Tab does. */
export const ENTITY_FILTER_KEYS: KeyMode = {
	scopes: ['Text fields', 'Lists and views', 'Everywhere'],
	hints: ['field.down', 'field.open', 'field.results', 'field.leave'],
};

export const ENTITY_LIST_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Entities'],
	hints: ['cursor.down', 'entities.mentions', 'entities.filter', 'entities.types', 'app.help', 'app.quit'],
};

export const MENTION_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Entity mentions'],
	hints: ['cursor.down', 'mention.read', 'view.back', 'app.help'],
};

export const TYPES_MENU_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Entity types menu'],
	hints: ['cursor.down', 'types.choose', 'view.back'],
};

const MODES = { list: ENTITY_LIST_KEYS, mentions: MENTION_KEYS, menu: TYPES_MENU_KEYS } as const;

interface EntitiesKeys {
	state: EntitiesState;
	dispatch: Dispatch<EntitiesAction>;
	app: Dispatch<AppAction>;
	/** The entities the list shows, the open entity's mentions, and the size of each list. */
	shown: readonly Entity[];
	mentions: readonly MentionRow[];
	sizes: Record<'entities' | 'mentions' | 'menu', ListSize>;
	typing: boolean;
	active: boolean;
}

export function useEntitiesKeys({ state, dispatch, app, shown, mentions, sizes, typing, active }: EntitiesKeys): void {
	const view = entitiesView(state);
	const openSelected = (): void => {
		const entity = shown[listWindow(state.list, sizes.entities).cursor];
		if (entity) dispatch({ type: 'open', id: entity.id });
	};
	useTextInput(
		ENTITY_FILTER_KEYS,
		{
			onText: (text) => dispatch({ type: 'filter', edit: { type: 'insert', text } }),
			onCommand: (command) => {
				const edit = lineEditFor(command);
				const movement = movementFor(command);
				if (edit) dispatch({ type: 'filter', edit });
				else if (movement) dispatch({ type: 'move', list: 'entities', movement, size: sizes.entities });
				if (command === 'field.leave') dispatch({ type: 'filter', edit: { type: 'clear' } });
				const leaves = command === 'field.leave' || command === 'field.results' || command === 'field.open' || command === 'pane.previous';
				if (leaves) app({ type: 'typing/set', typing: false });
				if (command === 'field.open') openSelected();
			},
		},
		{ isActive: typing && view === 'list' },
	);
	useCommands(
		MODES[view],
		(command) => {
			const movement = movementFor(command);
			const list = view === 'list' ? 'entities' : view;
			if (movement) dispatch({ type: 'move', list, movement, size: sizes[list] });
			else if (command === 'entities.mentions') openSelected();
			else if (command === 'entities.filter') app({ type: 'typing/set', typing: true });
			else if (command === 'entities.types') dispatch({ type: 'menu/open' });
			else if (command === 'types.choose') dispatch({ type: 'menu/choose' });
			else if (command === 'mention.read') {
				const mention = mentions[listWindow(state.mentions, sizes.mentions).cursor]?.mention;
				if (mention) app(readAt(mention));
			} else if (command === 'view.back') {
				if (view === 'menu') dispatch({ type: 'menu/close' });
				else if (view === 'mentions') dispatch({ type: 'close' });
				else if (state.filter !== '') dispatch({ type: 'filter', edit: { type: 'clear' } });
			}
		},
		{ isActive: active && !typing },
	);
}
