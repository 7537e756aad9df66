import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
	NEXT_SLICE,
	resultReceiver,
	sendResult,
	sliceResult,
	type ResultSlice,
	type SlicePort,
} from '../src/analysis-runtime/result-slices.js';
import { withoutTexts, type AnalysisPart, type AnalysisResult } from '../src/analysis-runtime/texts.js';
import type { Corpus } from '../src/corpus/index.js';
import { analysedSeeds } from './helpers/fixtures.js';

function weightOf(slice: ResultSlice): number {
	return slice.part === 'entities'
		? slice.entities.reduce((n, e) => n + 1 + e.mentions.length + (e.demonym?.mentions.length ?? 0), 0)
		: slice.claims.reduce((n, c) => n + 1 + c.versions.length, 0) + slice.singleSource.length;
}

describe('results sent in slices', () => {
	let seeds: Corpus;
	let results: AnalysisResult;
	before(async () => {
		({ seeds, results } = await analysedSeeds());
	});

	for (const part of ['entities', 'claims'] as AnalysisPart[]) {
		test(`${part}: small slices, the last marked, received back into the same result with its texts`, async () => {
			const sent = withoutTexts(part, structuredClone(results[part]));
			const slices = sliceResult(part, sent, 12);
			assert.ok(slices.length > 3, `${slices.length} slices`);
			assert.deepEqual(
				slices.map((s) => s.last),
				slices.map((_, i) => i === slices.length - 1),
			);
			// A slice stays within the budget unless it is one item heavier than the budget.
			for (const slice of slices) {
				const items = slice.part === 'entities' ? slice.entities.length : slice.claims.length + slice.singleSource.length;
				assert.ok(weightOf(slice) <= 12 || items === 1, `weight ${weightOf(slice)} in ${items} items`);
			}
			let asked = 0;
			const receive = resultReceiver(seeds, () => asked++);
			const received = slices.map((slice) => receive(structuredClone(slice)));
			assert.ok(received.slice(0, -1).every((r) => r === null));
			assert.deepEqual(received.at(-1), { part, result: results[part] });
			assert.equal(asked, 0, 'the next slice is asked for on a later turn, not at once');
			await new Promise((resolve) => setImmediate(resolve));
			assert.equal(asked, slices.length - 1, 'asked after every slice but the last');
		});
	}

	test('the worker sends one slice, then the next only when asked, and stops listening after the last', () => {
		const listeners = new Set<(message: unknown) => void>();
		const sent: ResultSlice[] = [];
		const port: SlicePort = {
			postMessage: (message) => sent.push(message.slice),
			on: (_event, listener) => listeners.add(listener),
			off: (_event, listener) => listeners.delete(listener),
		};
		const ask = (message: unknown): void => {
			for (const listener of [...listeners]) listener(message);
		};
		const expected = sliceResult('entities', results.entities, 12);
		assert.ok(expected.length > 3);
		void sendResult(port, 'entities', results.entities, 12);
		assert.equal(sent.length, 1);
		ask('something else');
		assert.equal(sent.length, 1, 'only NEXT_SLICE asks');
		for (let i = 1; i < expected.length; i++) ask(NEXT_SLICE);
		assert.deepEqual(sent, expected);
		assert.equal(listeners.size, 0, 'done listening, so the worker can end');
	});

	test('an empty result is still one slice, marked last', () => {
		assert.deepEqual(sliceResult('entities', []), [{ part: 'entities', entities: [], last: true }]);
		assert.deepEqual(sliceResult('claims', { claims: [], singleSource: [] }), [
			{ part: 'claims', claims: [], singleSource: [], last: true },
		]);
	});
});
