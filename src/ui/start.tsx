import { render } from 'ink';
import type { ReactElement } from 'react';
import type { Corpus } from '../corpus/index.js';
import type { ProgressStore } from '../corpus/progress-store.js';
import { App } from './App.js';
import { CorpusLoader } from './CorpusLoader.js';

export const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
export const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
export const SHOW_CURSOR = '\u001B[?25h';

export interface Terminal {
	stdout: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	stderr: NodeJS.WriteStream;
}

/**
 * Runs an Ink element on the alternate screen, like less or vim, so that
 * quitting, Ctrl-C or a crash gives the user back their shell as it was:
 * the screen and cursor are restored whichever way the element ends, and
 * on process exit too. A crash is rethrown after the terminal is restored.
 */
export async function runFullScreen(element: ReactElement, terminal: Terminal): Promise<void> {
	const { stdout } = terminal;
	let restored = false;
	const restore = (): void => {
		if (restored) return;
		restored = true;
		stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
	};
	process.once('exit', restore);
	stdout.write(ENTER_ALTERNATE_SCREEN);
	try {
		const instance = render(element, { ...terminal, exitOnCtrlC: true, patchConsole: true });
		await instance.waitUntilExit();
	} finally {
		restore();
		process.off('exit', restore);
	}
}

/**
 * How long the dashboard waits for its articles before it draws the frame without them: the
 * seeds are parsed by the time Ink has started, and drawing a frame only to redraw it at once
 * would delay the articles (Ink draws at most one frame per 32 ms).
 */
const GRACE_MS = 100;

/**
 * The dashboard, started while its corpus is read: with the articles if they are parsed
 * within GRACE_MS, else the frame first (CorpusLoader). A corpus that cannot be loaded
 * before then rejects here, before the screen is touched.
 */
export interface DashboardOptions {
	cache: boolean;
	/** Records read so far, while a large export loads. */
	progress?: ProgressStore;
}

export async function startDashboard(loading: Promise<Corpus>, source: string, options: DashboardOptions): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<null>((resolve) => {
		timer = setTimeout(() => resolve(null), GRACE_MS);
	});
	const corpus = await Promise.race([loading, late]).finally(() => clearTimeout(timer));
	const analysis = { kind: 'worker', cache: options.cache } as const;
	const element =
		corpus === null ? (
			<CorpusLoader loading={loading} source={source} analysis={analysis} {...(options.progress ? { progress: options.progress } : {})} />
		) : (
			<App corpus={corpus} source={source} analysis={analysis} />
		);
	return runFullScreen(element, process);
}
