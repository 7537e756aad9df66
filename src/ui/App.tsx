import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo, useReducer, type ReactNode } from 'react';
import type { Corpus } from '../corpus/index.js';
import { useAnalysis, type Analysis, type AnalysisSource } from './analysis/use-analysis.js';
import { appReducer, initialAppState, type PaneId } from './app-state.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { StatusBar } from './components/StatusBar.js';
import { TabBar } from './components/TabBar.js';
import { CommandRouter, useCommands } from './hooks/use-commands.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { paneIndex, type KeyMode } from './keymap.js';
import { articleLabels } from '../corpus/article-labels.js';
import { sourceLabels } from '../corpus/source.js';
import { PaneMemoryProvider } from './pane-memory.js';
import type { PaneProps } from './panes/pane-props.js';
import { PANE_IDS, PANES } from './panes/registry.js';
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

/** The app's own keys; it hints at none, the pane that has the keys does. */
const APP_KEYS: KeyMode = { scopes: ['Everywhere'], hints: [] };

function Dashboard({ corpus, source, searcher: givenSearcher, analysis: analysisSource = WORKER }: AppProps): ReactNode {
	const { columns, rows } = useTerminalSize();
	const [state, dispatch] = useReducer(appReducer, PANE_IDS, initialAppState);
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
		APP_KEYS,
		(command, input) => {
			if (command === 'app.quit') exit();
			else if (command === 'app.help') dispatch({ type: 'help/toggle' });
			else if (state.help) return;
			else if (command === 'pane.next' || command === 'pane.previous')
				dispatch({ type: 'pane/cycle', step: command === 'pane.next' ? 1 : -1 });
			else if (command === 'search.focus') dispatch({ type: 'search/focus' });
			else if (command === 'pane.number') dispatch({ type: 'pane/number', index: paneIndex(input) });
		},
		{ isActive: !state.typing },
	);

	// One row short of the screen: Ink redraws the whole terminal when output reaches its height.
	const paneProps: PaneProps = {
		corpus,
		labels,
		sources,
		analysis,
		searcher,
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
			note={statusNote(corpus, analysis)}
		>
			{state.help ? (
				<HelpOverlay height={paneProps.height} onClose={() => dispatch({ type: 'help/toggle' })} />
			) : (
				<ActivePane pane={state.pane} props={paneProps} />
			)}
		</Frame>
	);
}

interface FrameProps {
	size: { columns: number; rows: number };
	pane: PaneId;
	caption: string;
	/** The help overlay is open: the border turns yellow. */
	help: boolean;
	note: string;
	children: ReactNode;
}

/** The dashboard's chrome around a pane: tabs, a border, the status bar; a note instead when the terminal is too small. */
export function Frame({ size: { columns, rows }, pane, caption, help, note, children }: FrameProps): ReactNode {
	if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
		return (
			<Text wrap="wrap">
				{`storylens needs a terminal of at least ${MIN_COLUMNS}x${MIN_ROWS}; this one is ${columns}x${rows}. Enlarge it, or press q to quit.`}
			</Text>
		);
	}
	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<TabBar panes={PANES} active={pane} caption={caption} width={columns} />
			<Box borderStyle="round" borderColor={tint(help ? 'yellow' : 'cyan')} flexDirection="column" flexGrow={1}>
				{children}
			</Box>
			<StatusBar note={note} />
		</Box>
	);
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

/** Only the visible pane is mounted: Ink draws everything mounted. */
function ActivePane({ pane, props }: { pane: PaneId; props: PaneProps }): ReactNode {
	const View = PANES.find((entry) => entry.id === pane)?.View;
	return View ? <View {...props} /> : null;
}
