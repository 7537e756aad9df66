import chalk from 'chalk';
import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import type { Corpus } from '../../src/corpus/index.js';
import { App } from '../../src/ui/App.js';
import { schedulerIdle, watchFrames, waitUntil } from './wait.js';
import type { Searcher } from '../../src/analysis-runtime/searcher.js';
import { analyseClaims } from '../../src/analysis/claims/index.js';
import { analyseEntities } from '../../src/analysis/entities/index.js';
import type { Analysers, AnalysisSource } from '../../src/ui/analysis/use-analysis.js';

const REAL_ANALYSERS: Analysers = { entities: analyseEntities, claims: analyseClaims };

// Frames keep their styles, so tests can see highlighting; frame() strips them for text checks.
chalk.level = 1;

/** The texts a styled frame shows inverted (highlighted matches, the selected row), without other codes. */
export function invertedTexts(styledFrame: string): string[] {
	const texts: string[] = [];
	for (const match of styledFrame.matchAll(/\u001B\[7m([\s\S]*?)\u001B\[27m/gu)) texts.push(stripVTControlCharacters(match[1] ?? ''));
	return texts;
}

export const KEYS = {
	up: '\u001B[A',
	down: '\u001B[B',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	shiftTab: '\u001B[Z',
} as const;

export interface Dashboard {
	frame: () => string;
	/** The frame with its escape codes (colours, inverse). */
	styledFrame: () => string;
	/** Types keys one at a time, each once the app has drawn what the key before it did, as a person would. */
	press: (...keys: string[]) => Promise<void>;
	resize: (columns: number, rows: number) => Promise<void>;
	waitFor: (predicate: (frame: string) => boolean, what: string) => Promise<string>;
	unmount: () => void;
}

/** The dashboard on a corpus in a terminal of the given size (ink-testing-library's is 100 wide). */
export async function renderDashboard(
	corpus: Corpus,
	size: { columns: number; rows: number } = { columns: 100, rows: 30 },
	options: { searcher?: Searcher; analysers?: Analysers } = {},
): Promise<Dashboard> {
	// Tests analyse in process and never touch the user's cache; given analysers replace the real ones.
	const analysis: AnalysisSource = { kind: 'in-process', analysers: options.analysers ?? REAL_ANALYSERS };
	const extra = { ...(options.searcher ? { searcher: options.searcher } : {}), analysis };
	const instance = render(<App corpus={corpus} source="test corpus" {...extra} />);
	const stdout = instance.stdout as unknown as NodeJS.EventEmitter & { columns: number; rows: number };
	const setSize = (columns: number, rows: number): void => {
		Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
		Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
		stdout.emit('resize');
	};
	const frames = watchFrames(instance.stdout);
	// Ink subscribes to stdin in a passive effect after the first frame; keys sent before it are lost.
	await waitUntil(() => instance.stdin.listenerCount('readable') > 0, 'Ink to listen to stdin');
	const resize = async (columns: number, rows: number): Promise<void> => {
		setSize(columns, rows);
		await schedulerIdle();
	};
	await resize(size.columns, size.rows);
	const styledFrame = (): string => instance.lastFrame() ?? '';
	const frame = (): string => stripVTControlCharacters(styledFrame());
	return {
		frame,
		styledFrame,
		press: async (...keys) => {
			for (const key of keys) {
				instance.stdin.write(key);
				// Ink holds a lone Escape until the next turn, in case the rest of a sequence follows.
				if (key === KEYS.escape) await new Promise((resolve) => setImmediate(resolve));
				await schedulerIdle();
			}
		},
		resize,
		waitFor: async (predicate, what) => {
			try {
				await waitUntil(() => predicate(frame()), what, { signal: frames });
			} catch (error) {
				throw new Error(`${(error as Error).message}; last frame:\n${frame()}`, { cause: error });
			}
			return frame();
		},
		unmount: () => instance.unmount(),
	};
}

/** The row of the Articles table that carries the selection marker. */
export function selectedRow(frame: string): string {
	return frame.split('\n').find((line) => line.includes('›')) ?? '';
}
