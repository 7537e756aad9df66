/**
 * Loads a corpus: files and folders in, articles and skipped files out.
 * Never writes anything; a bad file costs one line in `skipped`, not the corpus.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { extname, isAbsolute, relative } from 'node:path';
import { buildArticle } from './build-article.js';
import { decodeText } from './decode.js';
import { discoverFiles, errorCode, type FoundFile } from './discover.js';
import { JsonSyntaxError, parseJsonDocument, parseJsonLines, type JsonRecordResult } from './parse-json.js';
import { parseArticleText } from './parse-text.js';
import type { Article, Corpus, SkippedFile } from './types.js';

export interface LoadOptions {
	/** Files larger than this are skipped unread. */
	maxFileBytes?: number;
	/** Paths are shown relative to this folder when inside it. */
	cwd?: string;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export class EmptyCorpusError extends Error {
	override name = 'EmptyCorpusError';
	constructor(readonly skipped: SkippedFile[], paths: string[]) {
		const where = paths.join(', ');
		super(skipped.length > 0
			? `no article could be loaded from ${where} (${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped)`
			: `no article files (.txt, .md, .json, .jsonl) found in ${where}`);
	}
}

export async function loadCorpus(paths: string[], options: LoadOptions = {}): Promise<Corpus> {
	const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
	const cwd = options.cwd ?? process.cwd();
	const discovery = await discoverFiles(paths);
	const skipped: SkippedFile[] = discovery.problems.map((p) => ({ file: display(p.file, cwd), reason: p.reason, ...(p.ignored ? { ignored: true } : {}) }));
	const articles: Article[] = [];
	const ids = new Set<string>();
	const seenText = new Map<string, string>();

	for (const found of discovery.files) {
		const file = display(found.path, cwd);
		const read = await readLimited(found.path, maxBytes);
		if ('reason' in read) {
			skipped.push({ file, reason: read.reason });
			continue;
		}
		const decoded = decodeText(read.bytes);
		if (!decoded.ok) {
			skipped.push({ file, reason: decoded.reason });
			continue;
		}
		for (const parsed of parseFile(found, decoded.text)) {
			const where = parsed.position === null ? file : `${file}:${parsed.position}`;
			if ('reason' in parsed) {
				skipped.push({ file: where, reason: parsed.reason });
				continue;
			}
			const article = buildArticle(uniqueId(parsed.stem, ids), file, parsed.fields);
			if (article.sentences.length === 0) {
				skipped.push({ file: where, reason: 'no article text (only a title or headings)' });
				continue;
			}
			// The same story saved twice would count one outlet twice in every comparison.
			const fingerprint = textFingerprint(article);
			const firstCopy = seenText.get(fingerprint);
			if (firstCopy !== undefined) {
				skipped.push({ file: where, reason: `duplicate of ${firstCopy}` });
				continue;
			}
			seenText.set(fingerprint, where);
			ids.add(article.id);
			articles.push(article);
		}
	}
	if (articles.length === 0) throw new EmptyCorpusError(skipped, paths);
	return { articles, skipped };
}

type ParsedFile =
	| { position: number | null; stem: string; fields: Parameters<typeof buildArticle>[2] }
	| { position: number | null; reason: string };

function parseFile(found: FoundFile, text: string): ParsedFile[] {
	const ext = extname(found.path).toLowerCase();
	if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') {
		let records: JsonRecordResult[];
		try {
			records = ext === '.json' ? parseJsonDocument(text) : parseJsonLines(text);
		} catch (error) {
			const reason = error instanceof JsonSyntaxError ? `malformed JSON (${error.message})` : 'unreadable JSON';
			return [{ position: null, reason }];
		}
		if (records.length === 0) return [{ position: null, reason: 'no records' }];
		const single = records.length === 1;
		return records.map((record) => {
			const position = single && ext === '.json' ? null : record.position;
			if (record.fields === undefined) return { position, reason: record.problem ?? 'unusable record' };
			const stem = position === null ? found.stem : `${found.stem}#${position}`;
			return { position, stem, fields: record.fields };
		});
	}
	const markdown = ext === '.md' || ext === '.markdown';
	return [{ position: null, stem: found.stem, fields: parseArticleText(text, { markdown }) }];
}

async function readLimited(path: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { reason: string }> {
	let handle;
	try {
		handle = await open(path, 'r');
	} catch (error) {
		return { reason: `cannot read (${errorCode(error)})` };
	}
	try {
		const { size } = await handle.stat();
		if (size > maxBytes) return { reason: `too large (${megabytes(size)}, limit ${megabytes(maxBytes)})` };
		return { bytes: await handle.readFile() };
	} catch (error) {
		return { reason: `cannot read (${errorCode(error)})` };
	} finally {
		await handle.close();
	}
}

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function uniqueId(stem: string, taken: Set<string>): string {
	if (!taken.has(stem)) return stem;
	let n = 2;
	while (taken.has(`${stem}~${n}`)) n++;
	return `${stem}~${n}`;
}

function textFingerprint(article: Article): string {
	const body = article.sentences.map((s) => s.text).join(' ').toLowerCase().replace(/\s+/gu, ' ');
	return createHash('sha1').update(body).digest('hex');
}

function display(path: string, cwd: string): string {
	const rel = relative(cwd, path);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
