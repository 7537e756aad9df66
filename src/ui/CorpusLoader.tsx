import { Box, Text, useApp } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import type { Corpus } from '../corpus/index.js';
import type { AnalysisSource } from './analysis/use-analysis.js';
import { App, Frame } from './App.js';
import type { Hint } from './components/StatusBar.js';
import { CommandRouter, useCommands } from './hooks/use-commands.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';

export interface CorpusLoaderProps {
	/** The corpus being read; a rejection (no such path, no article) ends the dashboard with that error. */
	loading: Promise<Corpus>;
	source: string;
	analysis?: AnalysisSource;
}

/**
 * The dashboard before its articles are parsed: the frame at once, so a large
 * folder does not leave the terminal blank for seconds, then the whole dashboard.
 */
export function CorpusLoader({ loading, source, analysis }: CorpusLoaderProps): ReactNode {
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
			<Loading source={source} />
		</CommandRouter>
	);
}

const LOADING_HINTS: readonly Hint[] = [['app.quit', 'quit']];

function Loading({ source }: { source: string }): ReactNode {
	const size = useTerminalSize();
	const { exit } = useApp();
	useCommands(
		(command) => {
			if (command === 'app.quit') exit();
		},
		{ isActive: true },
	);
	return (
		<Frame size={size} pane="articles" caption={`storylens · ${source}`} help={false} hints={LOADING_HINTS} note="">
			<Box paddingX={1}>
				<Text dimColor>Reading the articles…</Text>
			</Box>
		</Frame>
	);
}
