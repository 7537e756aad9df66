/** Navigation state of the dashboard: which pane is shown, what the Reader shows, overlays. */
import type { PaneId } from './panes/registry.js';

export type { PaneId };

export interface ReaderTarget {
	articleId: string;
	/** Sentence to scroll to and mark, if the Reader was opened on one. */
	sentence: number | null;
	/** Characters of that sentence to highlight (a search match, a mention), [start, end). */
	ranges?: readonly (readonly [number, number])[];
}

/** The Reader on a stretch of a sentence or title (a mention, a claim), marked. */
export function readAt(place: { article: string; sentence: number | null; start: number; end: number }): AppAction {
	return { type: 'reader/open', target: { articleId: place.article, sentence: place.sentence, ranges: [[place.start, place.end]] } };
}

/** The hits the Reader steps through with n/N, from the search that opened it. */
export interface HitTrail {
	query: string;
	hits: readonly ReaderTarget[];
	index: number;
}

export interface AppState {
	/** The panes in tab order (`panes/registry.ts`), for Tab and the number keys. */
	panes: readonly PaneId[];
	pane: PaneId;
	/** Where Esc in the Reader goes back to. */
	returnPane: PaneId;
	reader: ReaderTarget | null;
	help: boolean;
	/** A text field has the keyboard: pane shortcuts are off. */
	typing: boolean;
	trail: HitTrail | null;
}

export type AppAction =
	| { type: 'pane/show'; pane: PaneId }
	| { type: 'pane/cycle'; step: 1 | -1 }
	| { type: 'pane/number'; index: number }
	| { type: 'search/focus' }
	| { type: 'reader/open'; target: ReaderTarget }
	| { type: 'reader/open-hit'; trail: HitTrail }
	| { type: 'hit/step'; step: 1 | -1 }
	| { type: 'reader/back' }
	| { type: 'help/toggle' }
	| { type: 'typing/set'; typing: boolean };

export function initialAppState(panes: readonly PaneId[]): AppState {
	return { panes, pane: 'articles', returnPane: 'articles', reader: null, help: false, typing: false, trail: null };
}

export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'pane/show':
			return { ...state, pane: action.pane, help: false, typing: false };
		case 'pane/cycle': {
			const { panes } = state;
			const index = (panes.indexOf(state.pane) + action.step + panes.length) % panes.length;
			return appReducer(state, { type: 'pane/show', pane: panes[index] ?? state.pane });
		}
		case 'pane/number': {
			const pane = state.panes[action.index];
			return pane === undefined ? state : appReducer(state, { type: 'pane/show', pane });
		}
		case 'reader/open':
			return {
				...state,
				trail: null,
				pane: 'reader',
				returnPane: state.pane === 'reader' ? state.returnPane : state.pane,
				reader: action.target,
				typing: false,
			};
		case 'search/focus':
			return { ...state, pane: 'search', help: false, typing: true };
		case 'reader/open-hit': {
			const target = action.trail.hits[action.trail.index];
			if (!target) return state;
			return { ...appReducer(state, { type: 'reader/open', target }), trail: action.trail };
		}
		case 'hit/step': {
			const trail = state.trail;
			if (!trail || trail.hits.length === 0) return state;
			const index = (trail.index + action.step + trail.hits.length) % trail.hits.length;
			return { ...state, reader: trail.hits[index] ?? state.reader, trail: { ...trail, index } };
		}
		case 'reader/back':
			return { ...state, pane: state.returnPane === 'reader' ? 'articles' : state.returnPane };
		case 'help/toggle':
			return { ...state, help: !state.help };
		case 'typing/set':
			return { ...state, typing: action.typing };
	}
}
