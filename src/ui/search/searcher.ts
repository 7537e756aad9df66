import type { Corpus } from '../../corpus/index.js';
import { createSearchIndex, searchDocuments, type NamedThing, type SearchHit, type SearchIndex } from '../../search/index.js';

/** Answers a query later, never on the keystroke's own turn of the event loop. */
export type Searcher = (query: string) => Promise<SearchHit[]>;

/** The index is built on the first query, so opening the dashboard does not wait for it. */
export function createSearcher(corpus: Corpus, entities: readonly NamedThing[] = []): Searcher {
	let index: SearchIndex | null = null;
	return (query) =>
		new Promise((resolve) => {
			setImmediate(() => {
				index ??= createSearchIndex(searchDocuments(corpus, entities));
				resolve(index.search(query));
			});
		});
}
