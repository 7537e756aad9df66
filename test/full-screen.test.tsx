import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTER_ALTERNATE_SCREEN, LEAVE_ALTERNATE_SCREEN, runFullScreen, SHOW_CURSOR } from '../src/ui/start.js';
import { memoryTerminal } from './helpers/terminal.js';

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
