/**
 * Time from process start to the first frame on screen, in a real
 * pseudo-terminal (util-linux `script`), storylens against an Ink hello world
 * bundled the same way, alternating runs so machine noise hits both alike.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../scripts/bundle-options.js';
import { packageRoot } from '../src/paths.js';

export interface FirstFrameResult {
	storylens: number[];
	hello: number[];
}

export async function buildHello(): Promise<string> {
	const outdir = join(packageRoot(), 'dist', 'bench', 'hello-bundle');
	// Built with the CLI bundle's own options (scripts/bundle-options.ts).
	await build({ ...BUNDLE_OPTIONS, entryPoints: { hello: join(packageRoot(), 'bench', 'hello.tsx') }, outdir });
	return join(outdir, 'hello.js');
}

/** Milliseconds until `marker` appears in what the program writes to its terminal. */
export function timeToOutput(command: string, marker: string, timeoutMs = 10_000): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', `stty cols 120 rows 40; env -u CI ${command}`, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'] });
		let output = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`no "${marker}" from ${command} within ${timeoutMs} ms`));
		}, timeoutMs);
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (output.includes(marker)) {
				const elapsed = performance.now() - started;
				clearTimeout(timer);
				child.kill('SIGKILL');
				resolve(elapsed);
			}
		});
	});
}

export async function measureFirstFrame(runs: number): Promise<FirstFrameResult> {
	const hello = await buildHello();
	const storylens = `node ${join(packageRoot(), 'bin', 'storylens')} ${join(packageRoot(), 'seeds')}`;
	const result: FirstFrameResult = { storylens: [], hello: [] };
	for (let i = 0; i < runs; i++) {
		result.hello.push(await timeToOutput(`node ${hello}`, 'Hello from Ink'));
		result.storylens.push(await timeToOutput(storylens, 'Articles'));
	}
	return result;
}
