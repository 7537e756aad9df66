/**
 * `npm run eval:html [-- --pages DIR --truth FILE] [--worst N]`: the body
 * storylens extracts from saved web pages, scored with the article-extraction
 * benchmark's metric (scripts/eval/shingles.ts), beside Readability.js used
 * plainly on the same pages; and the share of pages whose canonical URL is the
 * truth's `url`. The last line is `html f1 <F1>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../src/corpus/html/dom.js';
import { parseHtmlPage } from '../src/corpus/parse-html.js';
import { packageRoot } from '../src/paths.js';
import { extractionScore, shingleCounts, type ExtractionScore } from './eval/shingles.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const root = join(packageRoot(), '..', 'shared', 'eval', 'article-extraction');
const pagesDir = option('--pages') ?? join(root, 'html');
const truthFile = option('--truth') ?? join(root, 'ground-truth.json');
const worst = Number(option('--worst') ?? 0);
if (!existsSync(pagesDir) || !existsSync(truthFile)) {
	process.stderr.write(`eval:html: no pages at ${pagesDir} or no truth at ${truthFile} (pass --pages DIR --truth FILE)\n`);
	process.exit(2);
}

type Truth = Record<string, { articleBody?: string; url?: string }>;
const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
const keys = Object.keys(truth).filter((key) => existsSync(join(pagesDir, `${key}.html`)));
const pages = keys.map((key) => ({
	key,
	html: readFileSync(join(pagesDir, `${key}.html`), 'utf8'),
	body: truth[key]?.articleBody ?? '',
	url: truth[key]?.url ?? '',
}));

/** Scheme, `www.`, a trailing slash and a fragment do not make a different page. */
const sameUrl = (a: string | null, b: string): boolean => {
	const key = (url: string): string =>
		url
			.trim()
			.replace(/#.*$/u, '')
			.replace(/^https?:\/\/(?:www\.)?/iu, '')
			.replace(/\/$/u, '')
			.toLowerCase();
	return a !== null && key(a) === key(b);
};

// Interleaved page by page, so that neither extractor pays alone for warming linkedom up.
let oursMs = 0;
let readabilityMs = 0;
const ours: { key: string; truth: string; predicted: string; urlMatch: boolean }[] = [];
const readability: { truth: string; predicted: string }[] = [];
for (const page of pages) {
	let started = performance.now();
	const fields = parseHtmlPage(page.html);
	ours.push({
		key: page.key,
		truth: page.body,
		predicted: fields.paragraphs.map((p) => p.text).join('\n\n'),
		urlMatch: sameUrl(fields.url, page.url),
	});
	oursMs += performance.now() - started;
	started = performance.now();
	let predicted: string;
	try {
		predicted = new Readability(parseDocument(page.html)).parse()?.textContent ?? '';
	} catch {
		predicted = '';
	}
	readability.push({ truth: page.body, predicted });
	readabilityMs += performance.now() - started;
}

const line = (name: string, score: ExtractionScore, ms: number): string =>
	`${name.padEnd(34)} ${score.precision.toFixed(4)}     ${score.recall.toFixed(4)}  ${score.f1.toFixed(4)}  ` +
	`${score.accuracy.toFixed(3)}     ${(ms / pages.length).toFixed(1)}`;
const oursScore = extractionScore(ours);
process.stdout.write(`article extraction: ${pages.length} pages in ${pagesDir}\n`);
process.stdout.write(`${'extractor'.padEnd(34)} precision  recall  f1      accuracy  ms/page\n`);
process.stdout.write(`${line('Readability.js (linkedom), plain', extractionScore(readability), readabilityMs)}\n`);
process.stdout.write(`${line('storylens', oursScore, oursMs)}\n`);
const matched = ours.filter((page) => page.urlMatch).length;
process.stdout.write(
	`canonical URL matches the page's url: ${matched}/${pages.length} (${((100 * matched) / Math.max(1, pages.length)).toFixed(1)}%)\n`,
);
if (worst > 0) {
	const scored = ours.map((page) => ({ key: page.key, ...shingleCounts(page.truth, page.predicted) })).sort((a, b) => a.tp - b.tp);
	for (const page of scored.slice(0, worst))
		process.stdout.write(`  ${page.key.slice(0, 8)} tp ${page.tp.toFixed(2)} fp ${page.fp.toFixed(2)} fn ${page.fn.toFixed(2)}\n`);
}
process.stdout.write(`html f1 ${oursScore.f1.toFixed(4)}\n`);
