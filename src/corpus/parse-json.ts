/**
 * JSON and JSON Lines articles, in the shapes scrapers and news APIs produce:
 * one record, an array of records, or `{ "articles": [...] }`.
 */
import type { ArticleFields } from './parse-text.js';
import { isObject, recordFields } from './records.js';

export interface JsonRecordResult {
	/** 1-based position: the line for JSON Lines, the record's place in the array otherwise. */
	position: number;
	fields?: ArticleFields;
	problem?: string;
}

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

/** One line of a JSON Lines file; `position` is its line number. */
export function parseJsonLine(line: string, position: number): JsonRecordResult {
	try {
		return toResult(JSON.parse(line), position);
	} catch (error) {
		return { position, problem: `malformed JSON (${describeSyntaxError(error)})` };
	}
}

export function parseJsonLines(text: string): JsonRecordResult[] {
	const results: JsonRecordResult[] = [];
	text.split(/\r?\n|\r/u).forEach((line, i) => {
		if (line.trim() !== '') results.push(parseJsonLine(line, i + 1));
	});
	return results;
}

export class JsonSyntaxError extends Error {
	override name = 'JsonSyntaxError';
}

function recordsOf(value: unknown): unknown[] | null {
	if (Array.isArray(value)) return value as unknown[];
	if (!isObject(value)) return null;
	if (Array.isArray(value['articles'])) return value['articles'] as unknown[];
	return [value];
}

function toResult(record: unknown, position: number): JsonRecordResult {
	const result = recordFields(record);
	return 'fields' in result ? { position, fields: result.fields } : { position, problem: result.problem };
}

function describeSyntaxError(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// V8's message quotes the offending text, which can be a megabyte of one line.
	return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}
