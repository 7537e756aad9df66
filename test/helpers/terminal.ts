import { PassThrough } from 'node:stream';
import type { Terminal } from '../../src/ui/start.js';

/** A terminal in memory for runFullScreen: what the program writes is collected. */
export function memoryTerminal(): Terminal & { written: () => string } {
	const out = new PassThrough();
	let written = '';
	out.on('data', (chunk: Buffer) => {
		written += chunk.toString('utf8');
	});
	const stdout = Object.assign(out, { isTTY: true, columns: 80, rows: 24 }) as unknown as NodeJS.WriteStream;
	const stdin = Object.assign(new PassThrough(), {
		isTTY: true,
		setRawMode: () => stdin,
		ref: () => stdin,
		unref: () => stdin,
	}) as unknown as NodeJS.ReadStream;
	return { stdout, stdin, stderr: stdout, written: () => written };
}
