/**
 * Search latency per keystroke: each query is typed one character at a time
 * and every prefix searched, as the Search pane does.
 */
import type { Corpus } from '../src/corpus/index.js';
import { createSearchIndex, searchDocuments } from '../src/search/index.js';
import { startSearchWorker } from '../src/analysis-runtime/search-worker.js';

export const TYPED_QUERIES = ['government', 'prime minster', 'olympic champion', 'cancun', 'russia watcher'];

export interface SearchTiming {
	buildMs: number;
	perKeystrokeMs: number[];
}

export function measureSearch(corpus: Corpus): SearchTiming {
	const started = performance.now();
	const index = createSearchIndex(searchDocuments(corpus));
	const buildMs = performance.now() - started;
	const perKeystrokeMs: number[] = [];
	for (const query of TYPED_QUERIES) {
		for (let length = 1; length <= query.length; length++) {
			const t = performance.now();
			index.search(query.slice(0, length));
			perKeystrokeMs.push(performance.now() - t);
		}
	}
	return { buildMs, perKeystrokeMs };
}

/**
 * The same typing through the dashboard's search worker, from the query's
 * message to its hits back: what a keystroke waits for to see results. The
 * first query, which starts the worker and builds the index, is timed apart.
 */
export async function measureWorkerSearch(corpus: Corpus): Promise<SearchTiming> {
	const worker = startSearchWorker(corpus);
	try {
		const search = worker.searcher(null);
		let started = performance.now();
		await search('warm up');
		const buildMs = performance.now() - started;
		const perKeystrokeMs: number[] = [];
		for (const query of TYPED_QUERIES) {
			for (let length = 1; length <= query.length; length++) {
				started = performance.now();
				await search(query.slice(0, length));
				perKeystrokeMs.push(performance.now() - started);
			}
		}
		return { buildMs, perKeystrokeMs };
	} finally {
		worker.stop();
	}
}
