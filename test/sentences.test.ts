import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countWords, splitSentences } from '../src/corpus/index.js';

describe('splitSentences', () => {
	test('keeps abbreviations, initials and decimals inside a sentence', () => {
		assert.deepEqual(splitSentences('Mr. Smith paid $3.5 million to J. R. Brown on Jan. 5. He left.'), [
			'Mr. Smith paid $3.5 million to J. R. Brown on Jan. 5.',
			'He left.',
		]);
	});

	test('reads U.S. as part of a name unless a new sentence opens after it', () => {
		assert.deepEqual(splitSentences('The U.S. Embassy said so. Growth was slower in the U.S. It rose later.'), [
			'The U.S. Embassy said so.',
			'Growth was slower in the U.S.',
			'It rose later.',
		]);
	});

	test('ends sentences inside closing quotes and continues after a quoted question', () => {
		assert.deepEqual(splitSentences('He said: "We provided them." Then he left. "Is it?" she asked.'), [
			'He said: "We provided them."',
			'Then he left.',
			'"Is it?" she asked.',
		]);
	});

	test('a line without final punctuation is still one sentence', () => {
		assert.deepEqual(splitSentences('They are not as closely watched as in the US or Canada'), [
			'They are not as closely watched as in the US or Canada',
		]);
	});

	test('empty and whitespace-only input give no sentence', () => {
		assert.deepEqual(splitSentences(''), []);
		assert.deepEqual(splitSentences('   '), []);
	});

	test('never loses text: joined sentences equal the paragraph without extra spaces', () => {
		const paragraph = 'Dr. No met Gen. Kelly at 5 p.m. on Dec. 9. It was 3.14 km away! Really? Yes.';
		assert.equal(splitSentences(paragraph).join(' '), paragraph);
	});
});

describe('countWords', () => {
	test('counts hyphenated words, contractions and numbers once', () => {
		assert.equal(countWords("full-scale invasion, Russia's 3.5% share of U.S. trade"), 8);
	});
});
