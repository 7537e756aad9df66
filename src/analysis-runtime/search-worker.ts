/**
 * The dashboard's side of the search worker (src/search/worker.ts). The
 * thread starts at the first query, so a dashboard nobody searches never
 * pays for the index; each query is a message, so a keystroke only records
 * it. Should the worker fail, queries are answered in this thread instead.
 */
import { Worker } from 'node:worker_threads';
import { analysisCorpus } from './analysis-corpus.js';
import type { Corpus } from '../corpus/index.js';
import type { NamedThing, SearchHit } from '../search/index.js';
import type { SearchAnswer, SearchRequest } from '../search/worker.js';
import { workerFile } from './worker-file.js';
import { createSearcher, type Searcher } from './searcher.js';

export interface SearchWorker {
	/** A searcher that also finds these entities' names; a new one for each set of entities. */
	searcher: (entities: readonly NamedThing[] | null) => Searcher;
	stop: () => void;
}

export function startSearchWorker(corpus: Corpus): SearchWorker {
	let worker: Worker | null = null;
	let failed: Searcher | null = null;
	let entities: NamedThing[] = [];
	let nextId = 0;
	const waiting = new Map<number, (hits: SearchHit[]) => void>();

	const post = (request: SearchRequest): void => worker?.postMessage(request);
	const start = (): Worker => {
		// Only what the index reads; the worker gets a copy of what it is sent.
		const started = new Worker(workerFile('search-worker', 'search', 'worker.js'), { workerData: { corpus: analysisCorpus(corpus) } });
		// The dashboard's exit must not wait for it.
		started.unref();
		started.on('message', (answer: SearchAnswer) => {
			const resolve = waiting.get(answer.id);
			waiting.delete(answer.id);
			// An overtaken query gets no hits; useSearch drops its answer anyway.
			resolve?.(answer.hits ?? []);
		});
		started.on('error', () => {
			failed = createSearcher(corpus, entities);
			const pending = [...waiting.values()];
			waiting.clear();
			for (const resolve of pending) resolve([]);
		});
		worker = started;
		if (entities.length > 0) post({ type: 'entities', entities });
		return started;
	};

	return {
		searcher: (given) => {
			if (given !== null && given.length > 0) {
				// Only what the index reads of each entity: its name and first mention.
				entities = given.map((e) => ({ name: e.name, aliases: [], mentions: e.mentions.slice(0, 1) }));
				post({ type: 'entities', entities });
				if (failed !== null) failed = createSearcher(corpus, entities);
			}
			return (query) => {
				if (failed !== null) return failed(query);
				const id = nextId++;
				const answer = new Promise<SearchHit[]>((resolve) => waiting.set(id, resolve));
				(worker ?? start()).postMessage({ type: 'query', id, query } satisfies SearchRequest);
				return answer;
			};
		},
		stop: () => {
			void worker?.terminate();
			worker = null;
		},
	};
}
