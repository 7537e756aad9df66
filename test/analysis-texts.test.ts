/**
 * Entities and claims leave the worker, and enter the disk cache, without
 * the texts the corpus holds; the receiving side cuts them from its corpus
 * again (analysis-runtime/texts.ts).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analysePart } from '../src/analysis-runtime/run-analysis.js';
import { withoutTexts, withTexts, type AnalysisPart, type AnalysisResult } from '../src/analysis-runtime/texts.js';
import type { Corpus } from '../src/corpus/index.js';
import { sentenceText } from '../src/corpus/sentence-text.js';
import { analysedSeeds } from './helpers/fixtures.js';

type Located = { article: string; sentence: number | null; start: number; end: number; text: string };

/** Every piece of text a part's result quotes from the corpus. */
function quoted(part: AnalysisPart, result: AnalysisResult[AnalysisPart]): Located[] {
	if (part === 'entities') return (result as AnalysisResult['entities']).flatMap((e) => [...e.mentions, ...(e.demonym?.mentions ?? [])]);
	const claims = result as AnalysisResult['claims'];
	return [...claims.claims.flatMap((c) => c.versions), ...claims.singleSource];
}

describe('analysis results without the corpus’s texts', () => {
	let seeds: Corpus;
	let results: AnalysisResult;
	before(async () => {
		({ seeds, results } = await analysedSeeds());
	});

	for (const part of ['entities', 'claims'] as const) {
		test(`${part}: every quoted text is its sentence or title cut at [start, end)`, () => {
			const located = quoted(part, results[part]);
			assert.ok(located.length > 50);
			for (const item of located) {
				const article = seeds.articles.find((a) => a.id === item.article);
				assert.ok(article);
				assert.equal(item.text, sentenceText(article, item.sentence).slice(item.start, item.end));
			}
		});

		test(`${part}: without texts the message holds no sentence; with them again it is the same analysis`, () => {
			const copy = structuredClone(results[part]);
			withoutTexts(part, copy);
			assert.ok(quoted(part, copy).every((item) => item.text === ''));
			const sentence = seeds.articles[0]?.sentences[3]?.text ?? '';
			assert.ok(sentence.length > 20 && !JSON.stringify(copy).includes(sentence));
			assert.deepEqual(withTexts(part, copy, seeds), results[part]);
		});
	}

	describe('the disk cache', () => {
		let cacheHome: string;
		let previous: string | undefined;
		before(async () => {
			cacheHome = await mkdtemp(join(tmpdir(), 'storylens-cache-'));
			previous = process.env['XDG_CACHE_HOME'];
			process.env['XDG_CACHE_HOME'] = cacheHome;
		});
		after(async () => {
			if (previous === undefined) delete process.env['XDG_CACHE_HOME'];
			else process.env['XDG_CACHE_HOME'] = previous;
			await rm(cacheHome, { recursive: true, force: true });
		});

		for (const part of ['entities', 'claims'] as const) {
			test(`${part}: stored without texts, and a second run reads back the same result`, async () => {
				assert.deepEqual(await analysePart(seeds, part, { cache: true }), results[part]);
				const file = (await readdir(join(cacheHome, 'storylens'))).find((name) => name.endsWith(`-${part}.json`));
				assert.ok(file !== undefined);
				const stored = JSON.parse(await readFile(join(cacheHome, 'storylens', file), 'utf8')) as AnalysisResult[typeof part];
				assert.ok(quoted(part, stored).length > 50 && quoted(part, stored).every((item) => item.text === ''));
				// A cache entry one item short of the analysis: only a run that reads it back returns it.
				if (part === 'entities') (stored as AnalysisResult['entities']).pop();
				else (stored as AnalysisResult['claims']).claims.pop();
				await writeFile(join(cacheHome, 'storylens', file), JSON.stringify(stored));
				const expected = structuredClone(results[part]);
				if (part === 'entities') (expected as AnalysisResult['entities']).pop();
				else (expected as AnalysisResult['claims']).claims.pop();
				assert.deepEqual(await analysePart(seeds, part, { cache: true }), expected, 'read back from the cache');
				assert.deepEqual(await analysePart(seeds, part, { cache: false }), results[part], 'without the cache, analysed afresh');
			});
		}
	});
});
