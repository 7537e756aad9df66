import type { Dispatch } from 'react';
import type { AppAction } from '../../app-state.js';
import { useCommands } from '../../hooks/use-commands.js';
import type { KeyMode } from '../../keymap.js';
import { movementFor, type ListSize } from '../../list-state.js';
import type { Opening, ReaderAction } from './reader-state.js';

export const READER_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Reader'],
	hints: [
		'cursor.down',
		'page.down',
		'cursor.top',
		'cursor.bottom',
		'view.back',
		'reader.claim',
		'reader.hit-next',
		'app.help',
		'app.quit',
	],
};

/** With no article open there is nothing to scroll: only the app's keys, hinted. */
export const NO_ARTICLE_KEYS: KeyMode = { scopes: [], hints: ['pane.next', 'search.focus', 'app.help', 'app.quit'] };

interface ReaderKeys {
	opening: Opening | null;
	size: ListSize;
	dispatch: Dispatch<ReaderAction>;
	app: Dispatch<AppAction>;
	/** Opens the claim of the marked sentence on screen side by side; null when no sentence there states a claim of several outlets. */
	openClaim: (() => void) | null;
	active: boolean;
}

export function useReaderKeys({ opening, size, dispatch, app, openClaim, active }: ReaderKeys): void {
	useCommands(
		opening === null ? NO_ARTICLE_KEYS : READER_KEYS,
		(command) => {
			const movement = movementFor(command);
			if (movement && opening) dispatch({ type: 'scroll', opening, movement, size });
			else if (command === 'view.back') app({ type: 'reader/back' });
			else if (command === 'reader.claim') openClaim?.();
			else if (command === 'reader.hit-next') app({ type: 'hit/step', step: 1 });
			else if (command === 'reader.hit-previous') app({ type: 'hit/step', step: -1 });
		},
		{ isActive: active },
	);
}
