/**
 * One name per article in the dashboard, the plain commands and the report:
 * the outlet, numbered when an outlet has several, or "#N" with no outlet.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyseCoverage } from '../src/analysis/coverage/index.js';
import { claimsText } from '../src/commands/claims.js';
import { markdownReport } from '../src/commands/export.js';
import { articleLabels } from '../src/corpus/article-labels.js';
import type { Corpus } from '../src/corpus/index.js';
import type { AnalysisResult } from '../src/analysis-runtime/texts.js';
import { analysedSeeds, articleOf } from './helpers/fixtures.js';

let seeds: Corpus;
let results: AnalysisResult;
before(async () => {
	({ seeds, results } = await analysedSeeds());
});

test('an outlet with several articles numbers them; an article with no outlet is #N', () => {
	const wire = (id: string): ReturnType<typeof articleOf> => ({ ...articleOf(id, id, ['A sentence.']), outlet: 'Wire' });
	const corpus: Corpus = { articles: [wire('a'), articleOf('b', 'b', ['Another.']), wire('c')], skipped: [] };
	assert.deepEqual(
		[...articleLabels(corpus)],
		[
			['a', 'Wire 1'],
			['b', '#2'],
			['c', 'Wire 2'],
		],
	);
});

test('the plain claims and the Markdown report name the seeds as the dashboard does', () => {
	const labels = [...articleLabels(seeds).values()];
	assert.ok(labels.includes('#2'), 'one seed names no outlet');
	const text = claimsText(seeds, results.claims);
	const report = markdownReport(seeds, results, analyseCoverage(seeds, results.claims), 'seeds');
	assert.match(text, /#2: /u);
	assert.match(report, /#2/u);
	assert.doesNotMatch(report, /Article \d/u, 'not "Article 2" in the report');
});
