/**
 * Search in a worker thread, for the dashboard: building the index takes
 * 0.3 s at 2,000 articles and 1.2-1.8 s at 10,000, and a query tens of
 * milliseconds, all of which a keystroke would otherwise wait for.
 *
 * In: workerData { corpus } (titles and sentences); then messages
 * { type: 'entities', entities } (their names become searchable: the index is
 * rebuilt at the next query) and { type: 'query', id, query }.
 * Out: { id, hits } for each query; one overtaken by a newer query before it
 * ran gets { id, hits: null }, so typing fast never queues stale searches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/index.js';
import { searchDocuments, type NamedThing } from './documents.js';
import { createSearchIndex, type SearchIndex } from './search-index.js';
import type { SearchHit } from './types.js';

export type SearchRequest = { type: 'entities'; entities: NamedThing[] } | { type: 'query'; id: number; query: string };
export interface SearchAnswer {
	id: number;
	hits: SearchHit[] | null;
}

const { corpus } = workerData as { corpus: Corpus };
let entities: NamedThing[] = [];
let index: SearchIndex | null = null;
let waiting: { id: number; query: string } | null = null;

const reply = (answer: SearchAnswer): void => parentPort?.postMessage(answer);

// Every message already queued arrives in one go; only the newest query is answered with hits.
parentPort?.on('message', (request: SearchRequest) => {
	if (request.type === 'entities') {
		entities = request.entities;
		index = null;
		return;
	}
	if (waiting !== null) reply({ id: waiting.id, hits: null });
	else setImmediate(answerLatest);
	waiting = request;
});

function answerLatest(): void {
	const request = waiting;
	waiting = null;
	if (request === null) return;
	index ??= createSearchIndex(searchDocuments(corpus, entities));
	reply({ id: request.id, hits: index.search(request.query) });
}
