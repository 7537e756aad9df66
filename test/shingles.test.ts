/** The article-extraction benchmark's metric, held to its definition on cases worked by hand. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractionScore, shingleCounts } from '../scripts/eval/shingles.js';

describe('4-token shingle matching', () => {
	test('the same tokens score 1 whatever the spacing, punctuation and line breaks', () => {
		assert.deepEqual(shingleCounts('One two, three four five.', 'One two\n\nthree — four five'), { tp: 1, fp: 0, fn: 0 });
	});

	test('counts are normalised per page: TP, FP and FN over their sum', () => {
		// Truth: 6 tokens, 3 shingles; prediction: the first 5 tokens and 2 extra, 4 shingles of which 2 shared.
		const counts = shingleCounts('a b c d e f', 'a b c d e x y');
		assert.deepEqual(counts, { tp: 2 / 5, fp: 2 / 5, fn: 1 / 5 });
	});

	test('a text shorter than four tokens is one short shingle; an empty one has none', () => {
		assert.deepEqual(shingleCounts('two words', 'two words'), { tp: 1, fp: 0, fn: 0 });
		assert.deepEqual(shingleCounts('a b c d', ''), { tp: 0, fp: 0, fn: 1 });
		assert.deepEqual(shingleCounts('', ''), { tp: 0, fp: 0, fn: 0 });
	});

	test('precision leaves out pages with no prediction; F1 comes from the mean precision and recall', () => {
		const score = extractionScore([
			{ truth: 'a b c d e f', predicted: 'a b c d e x y' },
			{ truth: 'a b c d', predicted: '' },
		]);
		assert.equal(score.precision, 0.5);
		assert.equal(score.recall, (2 / 3 + 0) / 2);
		assert.equal(score.f1, (2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
		assert.equal(score.accuracy, 0);
		assert.equal(extractionScore([{ truth: 'Ünïcode wörds', predicted: 'ünïcode wörds' }]).accuracy, 0, 'tokens are compared as written');
	});
});
