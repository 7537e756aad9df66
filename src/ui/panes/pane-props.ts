import type { Dispatch } from 'react';
import type { Searcher } from '../../analysis-runtime/searcher.js';
import type { Corpus } from '../../corpus/index.js';
import type { Analysis } from '../analysis/use-analysis.js';
import type { AppAction, AppState } from '../app-state.js';

/** What every pane gets: the data, its inner size, whether it has the keyboard, and the app's dispatch. */
export interface PaneProps {
	corpus: Corpus;
	/** Short names of the articles (outlet or #N), by id. */
	labels: ReadonlyMap<string, string>;
	/** Where each article comes from (outlet, else its folder, else #N), by id: what counts aggregate by. */
	sources: ReadonlyMap<string, string>;
	/** Entities and claims, each null until its worker is done. */
	analysis: Analysis;
	searcher: Searcher;
	width: number;
	height: number;
	active: boolean;
	app: AppState;
	dispatch: Dispatch<AppAction>;
}
