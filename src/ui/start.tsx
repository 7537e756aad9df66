import { render } from 'ink';
import type { Corpus } from '../corpus/index.js';
import { App } from './App.js';

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/**
 * Runs the dashboard on the alternate screen, like less or vim, so quitting
 * gives the user back their shell exactly as it was, even after a crash.
 */
export async function startDashboard(corpus: Corpus, source: string, options: { cache: boolean }): Promise<void> {
	const stdout = process.stdout;
	let restored = false;
	const restore = (): void => {
		if (restored) return;
		restored = true;
		stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
	};
	process.once('exit', restore);
	stdout.write(ENTER_ALTERNATE_SCREEN);
	try {
		const instance = render(<App corpus={corpus} source={source} analysis={{ kind: 'worker', cache: options.cache }} />, { exitOnCtrlC: true, patchConsole: true });
		await instance.waitUntilExit();
	} finally {
		restore();
		process.off('exit', restore);
	}
}
