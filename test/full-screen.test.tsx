import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, runFullScreen, SHOW_CURSOR, type Terminal } from '../src/ui/start.js';

/** A terminal in memory: what the program writes is collected. */
function memoryTerminal(): Terminal & { written: () => string } {
	const out = new PassThrough();
	let written = '';
	out.on('data', (chunk: Buffer) => {
		written += chunk.toString('utf8');
	});
	const stdout = Object.assign(out, { isTTY: true, columns: 80, rows: 24 }) as unknown as NodeJS.WriteStream;
	const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin, ref: () => stdin, unref: () => stdin }) as unknown as NodeJS.ReadStream;
	return { stdout, stdin, stderr: stdout, written: () => written };
}

function Crash(): never {
	throw new Error('render failed');
}

// Quitting with q and Ctrl-C is tested in a real terminal (terminal.test.ts).
test('a crash while rendering still leaves the alternate screen and shows the cursor, then reports the error', async () => {
	const terminal = memoryTerminal();
	await assert.rejects(runFullScreen(<Crash />, terminal), /render failed/u);
	const written = terminal.written();
	assert.ok(written.startsWith(ENTER_ALTERNATE_SCREEN), 'entered the alternate screen');
	assert.ok(written.endsWith(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN), 'restored the terminal last');
});
