/**
 * JSON and JSON Lines articles, in the shapes scrapers and news APIs produce:
 * one record, an array of records, or `{ "articles": [...] }`.
 */
import { normaliseDate } from './dates.js';
import { parseBodyText, type ArticleFields } from './parse-text.js';

export interface JsonRecordResult {
	/** 1-based position: the line for JSON Lines, the record's place in the array otherwise. */
	position: number;
	fields?: ArticleFields;
	problem?: string;
}

type JsonObject = Record<string, unknown>;

export function parseJsonDocument(text: string): JsonRecordResult[] {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new JsonSyntaxError(describeSyntaxError(error));
	}
	const records = recordsOf(value);
	if (records === null) throw new JsonSyntaxError('not an article record, an array of records or {"articles": [...]}');
	return records.map((record, i) => toResult(record, i + 1));
}

export function parseJsonLines(text: string): JsonRecordResult[] {
	const results: JsonRecordResult[] = [];
	text.split(/\r?\n|\r/u).forEach((line, i) => {
		if (line.trim() === '') return;
		try {
			results.push(toResult(JSON.parse(line), i + 1));
		} catch (error) {
			results.push({ position: i + 1, problem: `malformed JSON (${describeSyntaxError(error)})` });
		}
	});
	return results;
}

export class JsonSyntaxError extends Error {
	override name = 'JsonSyntaxError';
}

function recordsOf(value: unknown): unknown[] | null {
	if (Array.isArray(value)) return value;
	if (!isObject(value)) return null;
	if (Array.isArray(value['articles'])) return value['articles'];
	return [value];
}

function toResult(record: unknown, position: number): JsonRecordResult {
	if (!isObject(record)) return { position, problem: 'record is not an object' };
	const body = firstString(record, ['text', 'body', 'content', 'article']);
	if (body === null || body.trim() === '') return { position, problem: 'record has no "text" or "body"' };
	const date = firstString(record, ['date', 'published', 'publishedAt', 'published_at']);
	return {
		position,
		fields: {
			title: firstString(record, ['title', 'headline'])?.trim() || null,
			outlet: outletOf(record),
			date: date === null ? null : normaliseDate(date),
			place: null,
			url: firstString(record, ['url', 'link']),
			paragraphs: parseBodyText(body),
		},
	};
}

/** `source` is a plain name in scrapers' output and `{ "name": ... }` in NewsAPI's. */
function outletOf(record: JsonObject): string | null {
	const named = firstString(record, ['outlet', 'source', 'publisher', 'site']);
	if (named !== null) return named.trim() || null;
	const source = record['source'];
	if (isObject(source) && typeof source['name'] === 'string') return source['name'].trim() || null;
	return null;
}

function firstString(record: JsonObject, keys: string[]): string | null {
	for (const key of keys) {
		const value = record[key];
		if (typeof value === 'string') return value;
	}
	return null;
}

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeSyntaxError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// V8's message quotes the offending text, which can be a megabyte of one line.
	return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}
