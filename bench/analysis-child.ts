/**
 * Runs in its own process, so its peak memory is the analysis's alone:
 * builds one benchmark corpus, then times each analysis step on it.
 * Prints one JSON line.
 */
import { analyseClaims } from '../src/analysis/claims/index.js';
import { analyseEntities } from '../src/analysis/entities/index.js';
import { createSearchIndex, searchDocuments } from '../src/search/index.js';
import { benchCorpora } from './corpora.js';

const size = Number(process.argv[2] ?? '0');
const [named] = (await benchCorpora(size > 0 ? [size] : [])).slice(size > 0 ? 1 : 0);
if (!named) throw new Error('no corpus');
const { corpus } = named;
const rssBefore = process.memoryUsage().rss;
const timed = <T>(step: () => T): [T, number] => {
	const started = performance.now();
	const value = step();
	return [value, performance.now() - started];
};
const [entities, entitiesMs] = timed(() => analyseEntities(corpus));
const [, claimsMs] = timed(() => analyseClaims(corpus));
const [, searchIndexMs] = timed(() => createSearchIndex(searchDocuments(corpus, entities)));
process.stdout.write(
	`${JSON.stringify({
		name: named.name,
		articles: corpus.articles.length,
		sentences: corpus.articles.reduce((n, a) => n + a.sentences.length, 0),
		entitiesMs,
		claimsMs,
		searchIndexMs,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
		corpusRssMb: rssBefore / (1024 * 1024),
	})}\n`,
);
