import type { Dispatch } from 'react';
import type { Article } from '../../../corpus/index.js';
import type { AppAction } from '../../app-state.js';
import { useCommands } from '../../hooks/use-commands.js';
import type { KeyMode } from '../../keymap.js';
import { listWindow, movementFor, type ListAction, type ListSize, type ListState } from '../../list-state.js';

export const ARTICLES_KEYS: KeyMode = {
	scopes: ['Lists and views', 'Articles'],
	hints: ['cursor.down', 'article.read', 'pane.next', 'search.focus', 'app.help', 'app.quit'],
};

interface ArticlesKeys {
	articles: readonly Article[];
	list: ListState;
	size: ListSize;
	dispatch: Dispatch<ListAction>;
	app: Dispatch<AppAction>;
	active: boolean;
}

/** The Articles pane's state is its list alone, moved by the shared list reducer. */
export function useArticlesKeys({ articles, list, size, dispatch, app, active }: ArticlesKeys): void {
	useCommands(
		ARTICLES_KEYS,
		(command) => {
			const movement = movementFor(command);
			const article = articles[listWindow(list, size).cursor];
			if (movement) dispatch({ type: 'move', movement, size });
			else if (command === 'article.read' && article) app({ type: 'reader/open', target: { articleId: article.id, sentence: null } });
		},
		{ isActive: active },
	);
}
