/**
 * Loads a corpus: files and folders in, articles and skipped files out.
 * Never writes anything; a bad file costs one line in `skipped`, not the corpus.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { buildArticle } from './build-article.js';
import { decodeText } from './decode.js';
import { discoverFiles, errorCode, type FoundFile } from './discover.js';
import { formatOfName, looksLikeHtml, type FileFormat } from './formats.js';
import { JsonSyntaxError, parseJsonDocument, parseJsonLines, type JsonRecordResult } from './parse-json.js';
import { parseArticleText } from './parse-text.js';
import { delimitedRecords, FileProblem, jsonLinesRecords, megabytes, readProblem, utf8Stream } from './stream-records.js';
import type { Article, ArticleFields, Corpus, SkippedFile } from './types.js';

export interface LoadOptions {
	/** Files larger than this are skipped unread; for JSON Lines, CSV and TSV, the limit is per record. */
	maxFileBytes?: number;
	/** Paths are shown relative to this folder when inside it. */
	cwd?: string;
	/** Told the count of records read so far while a large JSON Lines or CSV file loads. */
	onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
	file: string;
	/** Records of this file read so far. */
	records: number;
	/** Articles loaded so far, from all files. */
	articles: number;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Progress is reported every this many records of one file. */
const PROGRESS_EVERY = 1000;

export class EmptyCorpusError extends Error {
	override name = 'EmptyCorpusError';
	constructor(
		readonly skipped: SkippedFile[],
		paths: string[],
	) {
		const where = paths.join(', ');
		super(
			skipped.length > 0
				? `no article could be loaded from ${where} (${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped)`
				: `no article files (.txt, .md, .html, .json, .jsonl, .csv, .tsv) found in ${where}`,
		);
	}
}

type Parsed = { position: number | null; stem: string; fields: ArticleFields } | { position: number | null; reason: string };

export async function loadCorpus(paths: string[], options: LoadOptions = {}): Promise<Corpus> {
	const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
	const cwd = options.cwd ?? process.cwd();
	const discovery = await discoverFiles(paths);
	const skipped: SkippedFile[] = discovery.problems.map((p) => ({
		file: display(p.file, cwd),
		reason: p.reason,
		...(p.ignored ? { ignored: true } : {}),
	}));
	const articles: Article[] = [];
	const ids = new Set<string>();
	const seenText = new Map<string, string>();

	const accept = (file: string, parsed: Parsed): void => {
		const where = parsed.position === null ? file : `${file}:${parsed.position}`;
		if ('reason' in parsed) {
			skipped.push({ file: where, reason: parsed.reason });
			return;
		}
		const article = buildArticle(uniqueId(parsed.stem, ids), file, parsed.fields);
		if (article.sentences.length === 0) {
			skipped.push({ file: where, reason: 'no article text (only a title or headings)' });
			return;
		}
		// The same story saved twice would count one outlet twice in every comparison.
		const fingerprint = textFingerprint(article);
		const firstCopy = seenText.get(fingerprint);
		if (firstCopy !== undefined) {
			skipped.push({ file: where, reason: `duplicate of ${firstCopy}` });
			return;
		}
		seenText.set(fingerprint, where);
		ids.add(article.id);
		articles.push(article);
	};

	for (const found of discovery.files) {
		const file = display(found.path, cwd);
		const format = formatOfName(found.path);
		if (format !== null && (format.format === 'jsonl' || format.format === 'csv' || format.format === 'tsv')) {
			await streamFile(found, format, file, maxBytes, accept, (records) =>
				options.onProgress?.({ file, records, articles: articles.length }),
			);
			continue;
		}
		const read = await readWhole(found.path, format?.gzip ?? false, maxBytes);
		if ('reason' in read) {
			skipped.push({ file, reason: read.reason });
			continue;
		}
		const decoded = decodeText(read.bytes);
		if (!decoded.ok) {
			skipped.push({ file, reason: decoded.reason });
			continue;
		}
		for (const parsed of await parseWhole(found, format, decoded.text)) accept(file, parsed);
	}
	if (articles.length === 0) throw new EmptyCorpusError(skipped, paths);
	return { articles, skipped };
}

/** JSON Lines, CSV and TSV, record by record; a problem with the whole file ends it with one line. */
async function streamFile(
	found: FoundFile,
	format: FileFormat,
	file: string,
	maxRecordBytes: number,
	accept: (file: string, parsed: Parsed) => void,
	progress: (records: number) => void,
): Promise<void> {
	const source = utf8Stream(found.path, format.gzip);
	const records =
		format.format === 'jsonl'
			? jsonLinesRecords(source, maxRecordBytes)
			: delimitedRecords(source, format.format === 'csv' ? ',' : '\t', maxRecordBytes);
	let count = 0;
	try {
		for await (const record of records) {
			accept(file, recordToParsed(found, record, false));
			if (++count % PROGRESS_EVERY === 0) progress(count);
		}
	} catch (error) {
		if (!(error instanceof FileProblem)) throw error;
		accept(file, { position: null, reason: count > 0 ? `${error.message} (after ${count} records)` : error.message });
	} finally {
		source.destroy();
	}
	if (count >= PROGRESS_EVERY) progress(count);
}

async function parseWhole(found: FoundFile, format: FileFormat | null, text: string): Promise<Parsed[]> {
	const kind = format?.format ?? null;
	if (kind === 'json' || kind === 'jsonl') {
		let records: JsonRecordResult[];
		try {
			records = kind === 'json' ? parseJsonDocument(text) : parseJsonLines(text);
		} catch (error) {
			const reason = error instanceof JsonSyntaxError ? `malformed JSON (${error.message})` : 'unreadable JSON';
			return [{ position: null, reason }];
		}
		if (records.length === 0) return [{ position: null, reason: 'no records' }];
		const single = records.length === 1 && kind === 'json';
		return records.map((record) => recordToParsed(found, record, single));
	}
	// A page saved under another name (`story.txt`, no extension) is still a page.
	if (kind === 'html' || looksLikeHtml(text)) {
		// Loaded at the first page: linkedom and Readability would otherwise slow every start.
		const { parseHtmlPage, UnreadablePageError } = await import('./parse-html.js');
		try {
			return [{ position: null, stem: found.stem, fields: parseHtmlPage(text) }];
		} catch (error) {
			if (error instanceof UnreadablePageError) return [{ position: null, reason: error.message }];
			// Readability is not written for hostile markup; whatever it trips on costs this page, not the corpus.
			const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
			return [{ position: null, reason: `web page could not be read (${message.slice(0, 100)})` }];
		}
	}
	return [{ position: null, stem: found.stem, fields: parseArticleText(text, { markdown: kind === 'markdown' }) }];
}

function recordToParsed(found: FoundFile, record: JsonRecordResult, single: boolean): Parsed {
	const position = single ? null : record.position;
	if (record.fields === undefined) return { position, reason: record.problem ?? 'unusable record' };
	return { position, stem: position === null ? found.stem : `${found.stem}#${position}`, fields: record.fields };
}

const gunzipAsync = promisify(gunzip);

async function readWhole(path: string, gzip: boolean, maxBytes: number): Promise<{ bytes: Uint8Array } | { reason: string }> {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (error) {
		return { reason: `cannot read (${errorCode(error)})` };
	}
	let bytes: Uint8Array;
	try {
		const { size } = await handle.stat();
		if (size > maxBytes) return { reason: `too large (${megabytes(size)}, limit ${megabytes(maxBytes)})` };
		bytes = await handle.readFile();
	} catch (error) {
		return { reason: `cannot read (${errorCode(error)})` };
	} finally {
		await handle.close();
	}
	if (!gzip) return { bytes };
	try {
		// The limit holds for what the file inflates to, so a small bomb cannot fill the memory.
		return { bytes: await gunzipAsync(bytes, { maxOutputLength: maxBytes }) };
	} catch (error) {
		if (error instanceof RangeError) return { reason: `too large when decompressed (limit ${megabytes(maxBytes)})` };
		return { reason: readProblem(error) };
	}
}

function uniqueId(stem: string, taken: Set<string>): string {
	if (!taken.has(stem)) return stem;
	let n = 2;
	while (taken.has(`${stem}~${n}`)) n++;
	return `${stem}~${n}`;
}

function textFingerprint(article: Article): string {
	const body = article.sentences
		.map((s) => s.text)
		.join(' ')
		.toLowerCase()
		.replace(/\s+/gu, ' ');
	return createHash('sha1').update(body).digest('hex');
}

function display(path: string, cwd: string): string {
	const rel = relative(cwd, path);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
