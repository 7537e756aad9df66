/**
 * Frame time while scrolling: the dashboard rendered by ink-testing-library,
 * time from a key press to the frame that shows it, for the Articles list.
 */
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import type { Corpus } from '../src/corpus/index.js';
import { App } from '../src/ui/App.js';

const DOWN = '\u001B[B';
const UP = '\u001B[A';

export async function measureScroll(corpus: Corpus, presses: number): Promise<number[]> {
	const noAnalysis = { entities: () => [], claims: () => ({ claims: [], singleSource: [] }) };
	const instance = render(createElement(App, { corpus, source: 'bench', analysis: { kind: 'in-process', analysers: noAnalysis } }));
	const stdout = instance.stdout as unknown as { columns: number; rows: number; emit: (e: string) => void };
	Object.defineProperty(stdout, 'rows', { value: 40, configurable: true });
	stdout.emit('resize');
	await new Promise((resolve) => setTimeout(resolve, 20));
	const times: number[] = [];
	for (let i = 0; i < presses; i++) {
		const before = instance.frames.length;
		const started = performance.now();
		// Down then up, so every press moves the cursor (and draws a frame) even in a three-row list.
		instance.stdin.write(i % 2 === 0 ? DOWN : UP);
		while (instance.frames.length === before) await new Promise((resolve) => setImmediate(resolve));
		times.push(performance.now() - started);
	}
	instance.unmount();
	return times;
}
