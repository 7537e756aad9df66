import { render } from 'ink';
import type { ReactElement } from 'react';
import type { Corpus } from '../corpus/index.js';
import { App } from './App.js';

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

export function startDashboard(corpus: Corpus, source: string, options: { cache: boolean }): Promise<void> {
	return runFullScreen(<App corpus={corpus} source={source} analysis={{ kind: 'worker', cache: options.cache }} />, process);
}
