/**
 * JSON Lines and CSV/TSV read record by record from a stream, so an export of
 * any size loads in bounded memory; the size limit applies to one record.
 * `.gz` files are inflated on the way in.
 */
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import type { CsvError } from 'csv-parse';
import { BINARY_SNIFF_BYTES, utf16Encoding } from './decode.js';
import { parseJsonLine, type JsonRecordResult } from './parse-json.js';
import { recordFields, TEXT_FIELDS } from './records.js';

/** A whole file's problem, found while streaming it (records before it still count). */
export class FileProblem extends Error {
	override name = 'FileProblem';
}

/** A file's bytes as UTF-8: inflated when gzipped, converted when UTF-16 with a byte-order mark. */
export function utf8Stream(path: string, gzip: boolean): Readable {
	const file = createReadStream(path, { highWaterMark: 1 << 20 });
	const bytes = gzip ? pipeline(file, createGunzip(), () => {}) : file;
	return Readable.from(checkedText(bytes), { objectMode: false });
}

async function* checkedText(bytes: Readable): AsyncGenerator<Buffer> {
	let decoder: TextDecoder | null = null;
	let first = true;
	try {
		for await (const chunk of bytes as AsyncIterable<Buffer>) {
			if (first) {
				first = false;
				const utf16 = utf16Encoding(chunk);
				if (utf16 !== null) {
					decoder = new TextDecoder(utf16);
					yield Buffer.from(decoder.decode(chunk.subarray(2), { stream: true }));
					continue;
				}
				if (chunk.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new FileProblem('binary file, not text');
			}
			yield decoder === null ? chunk : Buffer.from(decoder.decode(chunk, { stream: true }));
		}
	} catch (error) {
		throw error instanceof FileProblem ? error : new FileProblem(readProblem(error));
	}
}

/** zlib's and the file system's errors in words. */
export function readProblem(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	const message = error instanceof Error ? error.message : String(error);
	if (code === 'Z_BUF_ERROR' || /unexpected end of file/iu.test(message)) return 'gzip data cut short (the file is incomplete)';
	if (code.startsWith('Z_')) return `not valid gzip data (${message})`;
	if (code === 'EACCES' || code === 'EPERM') return 'cannot read (permission denied)';
	return `cannot read (${code || message})`;
}

export function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Each non-blank line of a JSON Lines stream as a record or a problem; `position` is the line number. */
export async function* jsonLinesRecords(source: Readable, maxRecordBytes: number): AsyncGenerator<JsonRecordResult> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let parts: Buffer[] = [];
	let size = 0;
	let line = 0;
	let total = 0;
	let nonBlank = 0;
	const finish = (): JsonRecordResult | null => {
		line++;
		const lineSize = size;
		const bytes = lineSize > maxRecordBytes ? null : Buffer.concat(parts, lineSize);
		parts = [];
		size = 0;
		if (bytes === null) {
			nonBlank++;
			return { position: line, problem: `record too large (${megabytes(lineSize)}, limit ${megabytes(maxRecordBytes)})` };
		}
		let text: string;
		try {
			text = decoder.decode(bytes);
		} catch {
			nonBlank++;
			return { position: line, problem: 'not valid UTF-8 text (re-save it as UTF-8)' };
		}
		if (text.trim() === '') return null;
		nonBlank++;
		return parseJsonLine(text, line);
	};
	for await (const chunk of source as AsyncIterable<Buffer>) {
		total += chunk.length;
		let start = 0;
		for (;;) {
			const newline = chunk.indexOf(10, start);
			const end = newline === -1 ? chunk.length : newline;
			// Past the limit, a line's bytes are counted and dropped, never gathered.
			if (size + (end - start) <= maxRecordBytes) parts.push(chunk.subarray(start, end));
			size += end - start;
			if (newline === -1) break;
			const result = finish();
			if (result !== null) yield result;
			start = newline + 1;
		}
	}
	if (size > 0) {
		const result = finish();
		if (result !== null) yield result;
	}
	if (total === 0) throw new FileProblem('empty file');
	if (nonBlank === 0) throw new FileProblem('empty file (only whitespace)');
}

/**
 * Each data row of a CSV or TSV stream with a header row, as a record or a
 * problem; `position` is the line the row starts on. Quoted fields may hold
 * delimiters, quotes and line breaks; a stray quote inside a field is kept.
 */
export async function* delimitedRecords(source: Readable, delimiter: ',' | '\t', maxRecordBytes: number): AsyncGenerator<JsonRecordResult> {
	// Loaded at the first CSV file, not at every start.
	const { parse: parseCsv } = await import('csv-parse');
	const parser = parseCsv({
		bom: true,
		delimiter,
		relax_quotes: true,
		relax_column_count: true,
		skip_empty_lines: true,
		skip_records_with_error: true,
		max_record_size: maxRecordBytes,
		info: true,
	});
	const skippedRows: JsonRecordResult[] = [];
	parser.on('skip', (error: CsvError) => {
		const position = (error as { lines?: number }).lines ?? 0;
		skippedRows.push({ position, problem: csvProblem(error, maxRecordBytes) });
	});
	pipeline(source, parser, () => {});
	let header: string[] | null = null;
	let linesRead = 0;
	let rows = 0;
	try {
		for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
			yield* skippedRows.splice(0);
			const position = linesRead + 1;
			linesRead = info.lines;
			if (header === null) {
				header = record.map((name) => name.trim().toLowerCase());
				if (!header.some((name) => TEXT_FIELDS.includes(name))) {
					throw new FileProblem(`no text column (the header row needs "text", "body" or "content"; it has ${describeHeader(record)})`);
				}
				continue;
			}
			if (record.every((value) => value.trim() === '')) continue;
			rows++;
			const values: Record<string, string> = {};
			header.forEach((name, i) => {
				// Two columns of one name: the first that has a value.
				if ((values[name] ?? '') === '') values[name] = record[i] ?? '';
			});
			const result = recordFields(values);
			yield 'fields' in result ? { position, fields: result.fields } : { position, problem: result.problem };
		}
	} catch (error) {
		if (error instanceof FileProblem) throw error;
		throw new FileProblem(readProblem(error));
	}
	yield* skippedRows.splice(0);
	if (header === null) throw new FileProblem('empty file');
	if (rows === 0) throw new FileProblem('no records (only a header row)');
}

function csvProblem(error: CsvError, maxRecordBytes: number): string {
	if (error.code === 'CSV_MAX_RECORD_SIZE')
		return `record too large (limit ${megabytes(maxRecordBytes)}; an unclosed quote?); the rest of the file was not read`;
	if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quote opened here is never closed; the rest of the file was not read';
	return `malformed row (${error.message.split('\n')[0]?.slice(0, 100) ?? error.code})`;
}

function describeHeader(record: string[]): string {
	const names = record
		.slice(0, 6)
		.map((name) => `"${name.trim().slice(0, 20)}"`)
		.join(', ');
	return record.length > 6 ? `${names}, ...` : names;
}
