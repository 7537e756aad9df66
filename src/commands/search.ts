/** `storylens search QUERY`: ranked hits, as JSON for scripts or one line each for people. */
import type { Corpus } from '../corpus/index.js';
import { sourceLabels } from '../corpus/source.js';
import { createSearchIndex, searchDocuments, type NamedThing, type SearchHit } from '../search/index.js';
import { table } from './plain-table.js';

export interface SearchJson {
	query: string;
	hits: { article: string; kind: SearchHit['kind']; sentence: number | null; text: string; score: number; ranges: [number, number][] }[];
}

export function searchCorpus(corpus: Corpus, query: string, entities: readonly NamedThing[] = []): SearchHit[] {
	return createSearchIndex(searchDocuments(corpus, entities)).search(query);
}

export function searchJson(query: string, hits: SearchHit[]): SearchJson {
	return {
		query,
		hits: hits.map((h) => ({
			article: h.article,
			kind: h.kind,
			sentence: h.sentence,
			text: h.text,
			score: Number(h.score.toFixed(4)),
			ranges: h.ranges,
		})),
	};
}

/** Matches are bracketed, since plain output has no colour: "resorts such as [Cancun], spies". */
export function searchTable(corpus: Corpus, hits: SearchHit[], width: number): string {
	const sources = sourceLabels(corpus);
	return table(
		['Score', 'Source', 'Where', 'Text'],
		hits.map((h) => [
			h.score.toFixed(2),
			sources.get(h.article) ?? h.article,
			h.kind === 'title' ? 'title' : `s${h.sentence}`,
			bracket(h.text, h.ranges),
		]),
		{ width },
	);
}

function bracket(text: string, ranges: [number, number][]): string {
	let out = '';
	let cursor = 0;
	for (const [start, end] of ranges) {
		out += `${text.slice(cursor, start)}[${text.slice(start, end)}]`;
		cursor = end;
	}
	return out + text.slice(cursor);
}
