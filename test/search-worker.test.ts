/**
 * The dashboard's search worker: the same hits as searching in this thread,
 * entity names once entities are given, and a query overtaken by newer ones
 * before it ran answered with nothing (useSearch drops it anyway).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyseEntities } from '../src/analysis/entities/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { createSearchIndex, searchDocuments } from '../src/search/index.js';
import { startSearchWorker, type SearchWorker } from '../src/analysis-runtime/search-worker.js';
import { loadSeeds } from './helpers/fixtures.js';

describe('search in a worker thread', () => {
	let seeds: Corpus;
	let worker: SearchWorker;
	before(async () => {
		seeds = await loadSeeds();
		worker = startSearchWorker(seeds);
	});
	after(() => worker.stop());

	test('answers as the index in this thread does', async () => {
		const search = worker.searcher(null);
		const hits = await search('russia watcher');
		assert.deepEqual(hits, createSearchIndex(searchDocuments(seeds)).search('russia watcher'));
		assert.match(hits[0]?.text ?? '', /"Russia watcher"/u);
	});

	test('queries sent at once: the newest is answered, the overtaken ones get nothing', async () => {
		// A fresh worker: all three wait in its queue while it starts, so it reads them in one go.
		const fresh = startSearchWorker(seeds);
		try {
			const search = fresh.searcher(null);
			const answers = await Promise.all(['mex', 'mexi', 'mexico'].map((q) => search(q)));
			assert.ok((answers[2]?.length ?? 0) > 0, 'the newest query has hits');
			assert.deepEqual(answers.slice(0, 2), [[], []]);
		} finally {
			fresh.stop();
		}
	});

	test('with entities given, their names are found too', async () => {
		const entities = analyseEntities(seeds);
		const hits = await worker.searcher(entities)('New York Times');
		assert.ok(
			hits.some((h) => h.kind === 'entity' && h.text === 'The New York Times'),
			JSON.stringify(hits.map((h) => [h.kind, h.text]).slice(0, 5)),
		);
		const without = await worker.searcher(null)('New York Times');
		assert.ok(
			without.some((h) => h.kind === 'entity'),
			'entities once given stay searchable',
		);
	});
});
