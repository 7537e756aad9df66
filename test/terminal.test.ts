/**
 * The dashboard in a real terminal: tmux runs the built command in a pseudo-terminal
 * of a chosen size, sends keys and reads the screen back, as a person would see it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { packageRoot } from '../src/paths.js';
import { waitUntil } from './helpers/wait.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const cacheHome = mkdtempSync(join(tmpdir(), 'storylens-cache-'));
const socket = `storylens-test-${process.pid}`;
let sessions = 0;

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

interface Terminal {
	screen: () => string;
	/** The screen with its escape codes (colours, inverse). */
	styledScreen: () => string;
	keys: (...keys: string[]) => void;
	waitFor: (pattern: RegExp, what: string) => Promise<string>;
	resize: (columns: number, rows: number) => void;
}

/** Starts storylens in a fresh tmux session; the shell line after it shows when it exited. */
function startStorylens(columns: number, rows: number, args = '', env = '', stdin = ''): Terminal {
	const name = `t${sessions++}`;
	const bin = join(packageRoot(), 'bin', 'storylens');
	// Ink prints only its last frame when it thinks it runs in CI; a person's terminal has no CI variable.
	const environment = `env -u CI XDG_CACHE_HOME=${JSON.stringify(cacheHome)} ${env}`;
	const run = `${stdin} ${environment} node ${JSON.stringify(bin)} ${args}`;
	const command = `cd ${JSON.stringify(packageRoot())} && ${run}; echo STORYLENS-EXITED $?; sleep 30`;
	tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), command);
	const screen = (): string => tmux('capture-pane', '-p', '-t', name);
	return {
		screen,
		styledScreen: () => tmux('capture-pane', '-e', '-p', '-t', name),
		keys: (...keys) => {
			tmux('send-keys', '-t', name, ...keys);
		},
		waitFor: async (pattern, what) => {
			let shown = screen();
			try {
				await waitUntil(() => pattern.test((shown = screen())), what, { limitMs: 8000, everyMs: 50 });
			} catch (error) {
				throw new Error(`${(error as Error).message}; screen:\n${shown}`, { cause: error });
			}
			return shown;
		},
		resize: (c, r) => {
			tmux('resize-window', '-t', name, '-x', String(c), '-y', String(r));
		},
	};
}

after(() => {
	if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
});

describe('storylens in a real terminal', { skip: hasTmux ? false : 'tmux is not installed' }, () => {
	test('/cancun finds the Cancun sentence, Enter opens it in the Reader, q quits and restores the shell', async () => {
		const term = startStorylens(120, 40);
		await term.waitFor(/1 Articles .* 6 Reader/u, 'the dashboard');
		term.keys('/');
		await term.waitFor(/│ \/ /u, 'the query field');
		for (const key of 'cancun') term.keys(key);
		const results = await term.waitFor(/2 hits\b/u, 'the sentence and the place');
		assert.match(results, /resorts such as Cancun, spies exchange/u);
		term.keys('Enter');
		const reader = await term.waitFor(/hit 1\/2 for “cancun”/u, 'the Reader at the hit');
		assert.match(reader, /popular resorts such as Cancun/u);
		term.keys('Escape');
		await term.waitFor(/│ \/ cancun/u, 'back at the hits');
		term.keys('Tab', 'q');
		const after = await term.waitFor(/STORYLENS-EXITED 0/u, 'the exit');
		assert.doesNotMatch(after, /1 Articles/u, 'the dashboard is gone: the alternate screen was left');
	});

	test('NO_COLOR turns colours off but keeps inverse and bold, so the selection still shows', async () => {
		const colours = /\u001B\[(?:\d+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;\d+)*m/u;
		const plain = startStorylens(100, 30, '', 'NO_COLOR=1');
		await plain.waitFor(/1 Articles/u, 'the dashboard');
		const styled = plain.styledScreen();
		assert.doesNotMatch(styled, colours, 'no colour codes');
		assert.match(styled, /\u001B\[(?:\d+;)*7m/u, 'inverse is still used');
		const coloured = startStorylens(100, 30);
		await coloured.waitFor(/1 Articles/u, 'the dashboard');
		assert.match(coloured.styledScreen(), colours, 'colours by default');
	});

	test('with piped input it does not start the dashboard, says why and prints the summary', async () => {
		const term = startStorylens(100, 30, '', '', 'echo hello |');
		const screen = await term.waitFor(/STORYLENS-EXITED 0/u, 'the exit');
		assert.match(screen, /input is not a terminal \(is it piped\?\)/u);
		assert.match(screen, /3 articles from seeds \(bundled\)/u);
		assert.doesNotMatch(screen, /1 Articles\s+2 Search/u);
	});

	test('a missing path in a terminal exits 2 with one line, the screen untouched', async () => {
		const term = startStorylens(100, 30, 'no-such-folder');
		const screen = await term.waitFor(/STORYLENS-EXITED 2/u, 'the exit');
		assert.match(screen, /storylens: no such file or folder: no-such-folder/u);
		assert.doesNotMatch(screen, /1 Articles/u);
	});

	test('follows a resize and says when the terminal is too small', async () => {
		const term = startStorylens(100, 30);
		await term.waitFor(/1 Articles/u, 'the dashboard');
		term.resize(80, 24);
		const small = await term.waitFor(/╰─{78}╯/u, 'a frame 80 wide');
		assert.ok(small.split('\n').every((line) => line.length <= 80));
		term.resize(40, 10);
		await term.waitFor(/needs a terminal of at least/u, 'the size message');
		term.resize(100, 30);
		await term.waitFor(/╰─{98}╯/u, 'the frame again');
		term.keys('C-c');
		await term.waitFor(/STORYLENS-EXITED 0/u, 'Ctrl-C exits cleanly');
	});
});
