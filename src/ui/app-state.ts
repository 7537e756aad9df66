/** Navigation state of the dashboard: which pane is shown, what the Reader shows, overlays. */

export const PANES = ['articles', 'search', 'entities', 'claims', 'reader'] as const;
export type PaneId = (typeof PANES)[number];

export const PANE_TITLES: Record<PaneId, string> = {
	articles: 'Articles',
	search: 'Search',
	entities: 'Entities',
	claims: 'Claims',
	reader: 'Reader',
};

export interface ReaderTarget {
	articleId: string;
	/** Sentence to scroll to and mark, if the Reader was opened on one. */
	sentence: number | null;
	/** Characters of that sentence to highlight (a search match, a mention), [start, end). */
	ranges?: readonly (readonly [number, number])[];
}

/** The hits the Reader steps through with n/N, from the search that opened it. */
export interface HitTrail {
	query: string;
	hits: readonly ReaderTarget[];
	index: number;
}

export interface AppState {
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
	| { type: 'search/focus' }
	| { type: 'reader/open'; target: ReaderTarget }
	| { type: 'reader/open-hit'; trail: HitTrail }
	| { type: 'hit/step'; step: 1 | -1 }
	| { type: 'reader/back' }
	| { type: 'help/toggle' }
	| { type: 'typing/set'; typing: boolean };

export const initialAppState: AppState = { pane: 'articles', returnPane: 'articles', reader: null, help: false, typing: false, trail: null };

export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'pane/show':
			return { ...state, pane: action.pane, help: false, typing: false };
		case 'pane/cycle': {
			const index = (PANES.indexOf(state.pane) + action.step + PANES.length) % PANES.length;
			return { ...state, pane: PANES[index] ?? 'articles', help: false, typing: false };
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
