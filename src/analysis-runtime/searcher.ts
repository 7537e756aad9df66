import type { Corpus } from '../corpus/index.js';
import type { NamedThing, SearchHit, SearchIndex } from '../search/index.js';

/** Answers a query later, never on the keystroke's own turn of the event loop. */
export type Searcher = (query: string) => Promise<SearchHit[]>;

/**
 * The index is built on the first query, so opening the dashboard does not wait for it;
 * its code (fuse.js) is loaded then too, as the dashboard searches in a worker and
 * needs it in this thread only in tests or should the worker fail.
 */
export function createSearcher(corpus: Corpus, entities: readonly NamedThing[] = []): Searcher {
	let index: Promise<SearchIndex> | null = null;
	return async (query) => {
		index ??= import('../search/index.js').then(({ createSearchIndex, searchDocuments }) =>
			createSearchIndex(searchDocuments(corpus, entities)),
		);
		const built = await index;
		// A turn of its own, so a keystroke never waits for the search it started.
		await new Promise((resolve) => setImmediate(resolve));
		return built.search(query);
	};
}
