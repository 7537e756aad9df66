import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysisCorpus } from '../src/analysis-runtime/analysis-corpus.js';
import { analyseEntities } from '../src/analysis/entities/index.js';
import { corpusKey } from '../src/analysis-runtime/run-analysis.js';
import { loadSeeds } from './helpers/fixtures.js';

test('the corpus sent to the analysis workers leaves out the paragraphs, not what the analysis reads', async () => {
	const corpus = await loadSeeds();
	const slim = analysisCorpus(corpus);
	assert.ok(slim.articles.every((a) => a.paragraphs.length === 0));
	assert.ok(
		corpus.articles.every((a) => a.paragraphs.length > 0),
		'the original keeps its paragraphs',
	);
	assert.equal(corpusKey(slim), corpusKey(corpus));
	assert.deepEqual(analyseEntities(slim), analyseEntities(corpus));
});
