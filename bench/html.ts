/**
 * Saved web pages: the time to extract each of the article-extraction
 * development pages (../shared/eval/article-extraction/html), text already in
 * memory, and the time to load the whole folder as a user's corpus (reading,
 * extraction, sentences).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/index.js';
import { parseHtmlPage } from '../src/corpus/parse-html.js';
import { packageRoot } from '../src/paths.js';

export const PAGES_DIR = join(packageRoot(), '..', 'shared', 'eval', 'article-extraction', 'html');

export interface HtmlTiming {
	pages: number;
	megabytes: number;
	perPageMs: number[];
	extractMs: number;
	loadMs: number;
	articles: number;
}

export async function measureHtml(dir = PAGES_DIR): Promise<HtmlTiming | null> {
	if (!existsSync(dir)) return null;
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.html'))
		.sort();
	const pages = files.map((name) => readFileSync(join(dir, name), 'utf8'));
	const perPageMs: number[] = [];
	const started = performance.now();
	for (const html of pages) {
		const pageStarted = performance.now();
		parseHtmlPage(html);
		perPageMs.push(performance.now() - pageStarted);
	}
	const extractMs = performance.now() - started;
	const loadStarted = performance.now();
	const corpus = await loadCorpus([dir]);
	return {
		pages: pages.length,
		megabytes: pages.reduce((sum, html) => sum + Buffer.byteLength(html), 0) / 2 ** 20,
		perPageMs,
		extractMs,
		loadMs: performance.now() - loadStarted,
		articles: corpus.articles.length,
	};
}
