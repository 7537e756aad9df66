import type { Dispatch } from 'react';
import type { AppAction } from '../../app-state.js';
import { lineEditFor } from '../../components/line-edit.js';
import { useCommands, useTextInput } from '../../hooks/use-commands.js';
import type { Command, KeyMode } from '../../keymap.js';
import { movementFor, type ListSize } from '../../list-state.js';
import type { SearchAction, SearchState } from './search-state.js';

/** In the field, PgUp/PgDn still page the hits, and Shift-Tab goes back a pane, as Tab goes on. */
export const SEARCH_FIELD_KEYS: KeyMode = {
	scopes: ['Text fields', 'Lists and views', 'Everywhere'],
	hints: ['field.down', 'field.open', 'field.results', 'field.leave'],
};

export const SEARCH_LIST_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Search results'],
	hints: ['cursor.down', 'hit.open', 'search.focus', 'view.back', 'app.help', 'app.quit'],
};

interface SearchKeys {
	state: SearchState;
	size: ListSize;
	dispatch: Dispatch<SearchAction>;
	app: Dispatch<AppAction>;
	/** Opens the selected hit in the Reader. */
	open: () => void;
	typing: boolean;
	active: boolean;
}

export function useSearchKeys({ state, size, dispatch, app, open, typing, active }: SearchKeys): void {
	const empty = state.query === '';
	const move = (command: Command): boolean => {
		const movement = movementFor(command);
		if (movement) dispatch({ type: 'move', movement, size });
		return movement !== null;
	};
	useTextInput(
		SEARCH_FIELD_KEYS,
		{
			onText: (text) => dispatch({ type: 'edit', edit: { type: 'insert', text } }),
			onCommand: (command) => {
				const edit = lineEditFor(command);
				if (edit) dispatch({ type: 'edit', edit });
				else if (move(command)) return;
				else if (command === 'field.open') open();
				// Esc clears the query; on an empty one, where the field would only take the keys back, it leaves the pane.
				else if (command === 'field.leave') {
					if (empty) app({ type: 'pane/show', pane: 'articles' });
					else dispatch({ type: 'edit', edit: { type: 'clear' } });
				}
				// No query, no results to go to: Tab goes on through the panes, as everywhere else.
				else if (command === 'field.results' || command === 'pane.previous') {
					if (empty) app({ type: 'pane/cycle', step: command === 'field.results' ? 1 : -1 });
					else app({ type: 'typing/set', typing: false });
				}
			},
		},
		{ isActive: typing },
	);
	useCommands(
		SEARCH_LIST_KEYS,
		(command) => {
			if (move(command)) return;
			if (command === 'hit.open') open();
			else if (command === 'view.back') app({ type: 'pane/show', pane: 'articles' });
		},
		{ isActive: active && !typing },
	);
}
