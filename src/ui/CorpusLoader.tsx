import { Box, Text, useApp } from 'ink';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Corpus } from '../corpus/index.js';
import { ProgressStore } from '../corpus/progress-store.js';
import type { AnalysisSource } from './analysis/use-analysis.js';
import { App, Frame } from './App.js';
import { CommandRouter, useCommands } from './hooks/use-commands.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { KeyMode } from './keymap.js';

export interface CorpusLoaderProps {
	/** The corpus being read; a rejection (no such path, no article) ends the dashboard with that error. */
	loading: Promise<Corpus>;
	source: string;
	analysis?: AnalysisSource;
	/** Records read so far, shown while a large JSON Lines or CSV export loads. */
	progress?: ProgressStore;
}

/**
 * The dashboard before its articles are parsed: the frame at once, so a large
 * folder does not leave the terminal blank for seconds, then the whole dashboard.
 */
export function CorpusLoader({ loading, source, analysis, progress }: CorpusLoaderProps): ReactNode {
	const [corpus, setCorpus] = useState<Corpus | null>(null);
	const { exit } = useApp();
	useEffect(() => {
		let live = true;
		loading.then(
			(loaded) => {
				if (live) setCorpus(loaded);
			},
			(error: unknown) => {
				if (live) exit(error instanceof Error ? error : new Error(String(error)));
			},
		);
		return () => {
			live = false;
		};
	}, [loading, exit]);
	if (corpus !== null) return <App corpus={corpus} source={source} {...(analysis ? { analysis } : {})} />;
	return (
		<CommandRouter>
			<Loading source={source} {...(progress ? { progress } : {})} />
		</CommandRouter>
	);
}

const LOADING_KEYS: KeyMode = { scopes: ['Everywhere'], hints: ['app.quit'] };

const NO_PROGRESS = new ProgressStore();

function Loading({ source, progress = NO_PROGRESS }: { source: string; progress?: ProgressStore }): ReactNode {
	const size = useTerminalSize();
	const read = useSyncExternalStore(progress.subscribe, progress.latest);
	const { exit } = useApp();
	useCommands(
		LOADING_KEYS,
		(command) => {
			if (command === 'app.quit') exit();
		},
		{ isActive: true },
	);
	return (
		<Frame size={size} pane="articles" caption={`storylens · ${source}`} help={false} note="">
			<Box paddingX={1}>
				<Text dimColor wrap="truncate-end">
					Reading the articles…{read === null ? '' : ` ${read.file}: ${read.records.toLocaleString('en')} records`}
				</Text>
			</Box>
		</Frame>
	);
}
