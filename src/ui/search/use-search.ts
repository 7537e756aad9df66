import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../search/index.js';
import { useRemembered } from '../pane-memory.js';
import type { Searcher } from '../../analysis-runtime/searcher.js';

export interface SearchResults {
	/** The query these hits answer; may lag behind what is typed. */
	query: string;
	hits: SearchHit[];
	/** The searcher that answered; a new one (entities arrived) answers the same query again. */
	by: Searcher | null;
}

/**
 * Results for the latest query. Each keystroke only records the query; the
 * search runs afterwards, and an answer to a query that has since changed is
 * dropped, so fast typing never shows (or waits for) stale results.
 */
export function useSearch(searcher: Searcher, query: string): SearchResults {
	// Remembered, so results are still there when the user comes back to the pane.
	const [results, setResults] = useRemembered<SearchResults>('search.results', { query: '', hits: [], by: null });
	const latest = useRef(query);
	latest.current = query;
	useEffect(() => {
		if (query === results.query && searcher === results.by) return;
		if (query.trim() === '') {
			setResults({ query, hits: [], by: searcher });
			return;
		}
		let cancelled = false;
		void searcher(query).then((hits) => {
			if (!cancelled && latest.current === query) setResults({ query, hits, by: searcher });
		});
		return () => {
			cancelled = true;
		};
	}, [searcher, query, results.query, results.by, setResults]);
	return results;
}
