import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo, useReducer, type ReactNode } from 'react';
import type { Corpus } from '../corpus/index.js';
import { useAnalysis, type Analysis, type AnalysisSource } from './analysis/use-analysis.js';
import { appReducer, initialAppState, type AppState, type PaneId } from './app-state.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { StatusBar, type Hint } from './components/StatusBar.js';
import { TabBar } from './components/TabBar.js';
import { CommandRouter, useCommands } from './hooks/use-commands.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { Command } from './keymap.js';
import { articleLabels } from '../corpus/article-labels.js';
import { sourceLabels } from '../corpus/source.js';
import { PaneMemoryProvider } from './pane-memory.js';
import { ARTICLES_HINTS, ArticlesPane } from './panes/ArticlesPane.js';
import { CLAIM_LIST_HINTS, ClaimsPane } from './panes/ClaimsPane.js';
import { ENTITY_LIST_HINTS, EntitiesPane } from './panes/EntitiesPane.js';
import type { PaneProps } from './panes/pane-props.js';
import { READER_HINTS, ReaderPane } from './panes/ReaderPane.js';
import { SEARCH_LIST_HINTS, SEARCH_TYPING_HINTS, SearchPane } from './panes/SearchPane.js';
import { startSearchWorker, type SearchWorker } from '../analysis-runtime/search-worker.js';
import { createSearcher, type Searcher } from '../analysis-runtime/searcher.js';
import { tint } from './theme.js';

/** Below this the frame cannot hold a list and a status bar; we say so instead of drawing garbage. */
export const MIN_COLUMNS = 50;
export const MIN_ROWS = 12;
/** Tab bar, status bar and the pane's border. */
const CHROME_ROWS = 4;
const CHROME_COLUMNS = 2;

export interface AppProps {
	corpus: Corpus;
	/** What the corpus was loaded from, shown in the tab bar. */
	source: string;
	/** Replaces the fuse.js search, for tests that control when answers arrive. */
	searcher?: Searcher;
	/** Where entities and claims come from: a worker thread (default) or, in tests, given functions. */
	analysis?: AnalysisSource;
}

const WORKER: AnalysisSource = { kind: 'worker', cache: true };

export function App(props: AppProps): ReactNode {
	return (
		<PaneMemoryProvider>
			<CommandRouter>
				<Dashboard {...props} />
			</CommandRouter>
		</PaneMemoryProvider>
	);
}

/** One search worker per corpus, stopped with the dashboard; none when `enabled` is false. */
function useSearchWorker(corpus: Corpus, enabled: boolean): SearchWorker | null {
	const worker = useMemo(() => (enabled ? startSearchWorker(corpus) : null), [corpus, enabled]);
	useEffect(() => () => worker?.stop(), [worker]);
	return worker;
}

const PANE_COMMANDS: Partial<Record<Command, PaneId>> = {
	'pane.articles': 'articles',
	'pane.search': 'search',
	'pane.entities': 'entities',
	'pane.claims': 'claims',
	'pane.reader': 'reader',
};

function Dashboard({ corpus, source, searcher: givenSearcher, analysis: analysisSource = WORKER }: AppProps): ReactNode {
	const { columns, rows } = useTerminalSize();
	const [state, dispatch] = useReducer(appReducer, initialAppState);
	const { exit } = useApp();
	const analysis = useAnalysis(corpus, analysisSource);
	const labels = useMemo(() => articleLabels(corpus), [corpus]);
	const sources = useMemo(() => sourceLabels(corpus), [corpus]);
	// In a worker beside the analysis's (in this thread when the analysis runs here too, as in tests).
	const searchWorker = useSearchWorker(corpus, givenSearcher === undefined && analysisSource.kind === 'worker');
	// A new searcher once entities are known, so their names become searchable too.
	const searcher = useMemo(
		() => givenSearcher ?? searchWorker?.searcher(analysis.entities) ?? createSearcher(corpus, analysis.entities ?? []),
		[corpus, givenSearcher, searchWorker, analysis.entities],
	);

	useCommands(
		(command) => {
			if (command === 'app.quit') exit();
			else if (command === 'app.help' || (state.help && command === 'view.back')) dispatch({ type: 'help/toggle' });
			else if (state.help) return;
			else if (command === 'pane.next' || command === 'pane.previous') dispatch({ type: 'pane/cycle', step: command === 'pane.next' ? 1 : -1 });
			else if (command === 'search.focus') dispatch({ type: 'search/focus' });
			else {
				const pane = PANE_COMMANDS[command];
				if (pane) dispatch({ type: 'pane/show', pane });
			}
		},
		{ isActive: !state.typing },
	);

	// One row short of the screen: Ink redraws the whole terminal when output reaches its height.
	const paneProps: PaneProps = {
		corpus,
		labels,
		sources,
		width: columns - CHROME_COLUMNS,
		height: rows - 1 - CHROME_ROWS,
		active: !state.help,
		app: state,
		dispatch,
	};
	const count = corpus.articles.length;
	return (
		<Frame
			size={{ columns, rows }}
			pane={state.pane}
			caption={`storylens · ${count} article${count === 1 ? '' : 's'} · ${source}`}
			help={state.help}
			hints={state.help ? HELP_HINTS : hintsFor(state)}
			note={statusNote(corpus, analysis)}
		>
			{state.help ? <HelpOverlay height={paneProps.height} active /> : <ActivePane state={state} props={paneProps} searcher={searcher} analysis={analysis} />}
		</Frame>
	);
}

interface FrameProps {
	size: { columns: number; rows: number };
	pane: PaneId;
	caption: string;
	/** The help overlay is open: the border turns yellow. */
	help: boolean;
	hints: readonly Hint[];
	note: string;
	children: ReactNode;
}

/** The dashboard's chrome around a pane: tabs, a border, the status bar; a note instead when the terminal is too small. */
export function Frame({ size: { columns, rows }, pane, caption, help, hints, note, children }: FrameProps): ReactNode {
	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		return (
			<Text wrap="wrap">
				{`storylens needs a terminal of at least ${MIN_COLUMNS}x${MIN_ROWS}; this one is ${columns}x${rows}. Enlarge it, or press q to quit.`}
			</Text>
		);
	}
	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<TabBar active={pane} caption={caption} />
			<Box borderStyle="round" borderColor={tint(help ? 'yellow' : 'cyan')} flexDirection="column" flexGrow={1}>
				{children}
			</Box>
			<StatusBar hints={hints} note={note} />
		</Box>
	);
}

const HELP_HINTS: readonly Hint[] = [
	['cursor.down', 'scroll'],
	['app.help', 'close'],
	['app.quit', 'quit'],
];

const PANE_HINTS: readonly Hint[] = [
	['pane.next', 'panes'],
	['search.focus', 'search'],
	['app.help', 'help'],
	['app.quit', 'quit'],
];

function hintsFor(state: AppState): readonly Hint[] {
	if (state.pane === 'articles') return ARTICLES_HINTS;
	if (state.pane === 'reader' && state.reader) return READER_HINTS;
	if (state.pane === 'search') return state.typing ? SEARCH_TYPING_HINTS : SEARCH_LIST_HINTS;
	if (state.pane === 'entities') return state.typing ? SEARCH_TYPING_HINTS : ENTITY_LIST_HINTS;
	if (state.pane === 'claims') return CLAIM_LIST_HINTS;
	return PANE_HINTS;
}

const BAR_WIDTH = 10;

/** A ten-cell bar, "▓▓▓▓░░░░░░ 40%", for work the user waits on. */
export function progressBar(fraction: number): string {
	const clamped = Math.min(1, Math.max(0, fraction));
	const filled = Math.round(clamped * BAR_WIDTH);
	return `${'▓'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${Math.round(clamped * 100)}%`;
}

function statusNote(corpus: Corpus, analysis: Analysis): string {
	const notes = [
		analysis.working ? `finding ${analysis.working}${analysis.progress === null ? '…' : ` ${progressBar(analysis.progress)}`}` : '',
		analysis.error ? `analysis failed: ${analysis.error}` : '',
		corpus.skipped.length > 0 ? `${corpus.skipped.length} skipped` : '',
	];
	return notes.filter((n) => n !== '').join(' · ');
}

function ActivePane({ state, props, searcher, analysis }: { state: AppState; props: PaneProps; searcher: Searcher; analysis: Analysis }): ReactNode {
	switch (state.pane) {
		case 'articles':
			return <ArticlesPane {...props} />;
		case 'reader':
			return <ReaderPane {...props} />;
		case 'search':
			return <SearchPane {...props} searcher={searcher} />;
		case 'entities':
			return <EntitiesPane {...props} entities={analysis.entities} />;
		case 'claims':
			return <ClaimsPane {...props} claims={analysis.claims} />;
	}
}
