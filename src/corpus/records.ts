/**
 * One article record, as JSON, JSON Lines and CSV exports give it, to
 * article fields. Field names are matched case-insensitively, under the names
 * scrapers, spreadsheets and news APIs use.
 */
import { normaliseDate } from './dates.js';
import { parseBodyText } from './parse-text.js';
import type { ArticleFields } from './types.js';

export type RecordValues = Record<string, unknown>;

export const TEXT_FIELDS = ['text', 'body', 'content', 'article', 'articlebody'];
const TITLE_FIELDS = ['title', 'headline'];
const OUTLET_FIELDS = ['outlet', 'source', 'publisher', 'site', 'source_name', 'sitename'];
const DATE_FIELDS = ['date', 'published', 'publishedat', 'published_at', 'pubdate', 'datepublished', 'published_date'];
const URL_FIELDS = ['url', 'link', 'canonical_url'];
const AUTHOR_FIELDS = ['author', 'byline', 'authors', 'creator'];

/** The record's article fields, or the reason it has none. */
export function recordFields(record: unknown): { fields: ArticleFields } | { problem: string } {
	if (!isObject(record)) return { problem: 'record is not an object' };
	const values = new Map<string, unknown>();
	for (const [key, value] of Object.entries(record)) {
		const name = key.trim().toLowerCase();
		if (!values.has(name) || values.get(name) === '') values.set(name, value);
	}
	const body = firstString(values, TEXT_FIELDS);
	if (body === null || body.trim() === '') return { problem: 'record has no "text" or "body"' };
	const date = firstString(values, DATE_FIELDS);
	return {
		fields: {
			title: firstString(values, TITLE_FIELDS)?.trim() || null,
			outlet: outletOf(values),
			author: authorOf(values.get('author') ?? values.get('authors')) ?? (firstString(values, AUTHOR_FIELDS)?.trim() || null),
			date: date === null ? null : normaliseDate(date),
			place: null,
			url: firstString(values, URL_FIELDS)?.trim() || null,
			paragraphs: parseBodyText(body),
		},
	};
}

/** `source` is a plain name in scrapers' output and `{ "name": ... }` in NewsAPI's. */
function outletOf(values: Map<string, unknown>): string | null {
	const named = firstString(values, OUTLET_FIELDS);
	if (named !== null && named.trim() !== '') return named.trim();
	const source = values.get('source');
	if (isObject(source) && typeof source['name'] === 'string') return source['name'].trim() || null;
	return null;
}

/** `"Jane Doe"`, `["Jane Doe", "John Roe"]` or `[{ "name": "Jane Doe" }]`. */
function authorOf(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (isObject(value) && typeof value['name'] === 'string') return value['name'].trim() || null;
	if (!Array.isArray(value)) return null;
	const names = value.map(authorOf).filter((name): name is string => name !== null);
	return names.length === 0 ? null : names.join(', ');
}

function firstString(values: Map<string, unknown>, keys: string[]): string | null {
	for (const key of keys) {
		const value = values.get(key);
		if (typeof value === 'string' && value.trim() !== '') return value;
	}
	return null;
}

export function isObject(value: unknown): value is RecordValues {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
