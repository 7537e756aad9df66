/**
 * One reading of spelled-out numbers: the quantities parser and the
 * similarity tokeniser (which reads them through it) give the same value.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuantities } from '../src/analysis/quantities/index.js';
import { tokenise } from '../src/analysis/similarity/tokenise.js';

const numbersIn = (text: string): string[] =>
	tokenise(text)
		.filter((t) => t.isNumber)
		.map((t) => t.lower);

test('"two dozen" is 24 and "half a dozen" 6, in both the quantities and the similarity reading', () => {
	for (const [text, value] of [
		['more than two dozen spies', 24],
		['half a dozen agents', 6],
		['a dozen eggs', 12],
		['5 dozen roses', 60],
		['two hundred and five people', 205],
		['twenty-five people', 25],
	] as const) {
		assert.deepEqual(numbersIn(text), [String(value)], `similarity: ${text}`);
		assert.equal(findQuantities(text)[0]?.quantity.value, value, `quantities: ${text}`);
	}
});

test('the similarity reading keeps digits with scales and separate numbers apart', () => {
	assert.deepEqual(numbersIn('2.5 billion dollars'), ['2500000000']);
	assert.deepEqual(numbersIn('five five'), ['5', '5']);
	assert.deepEqual(numbersIn('a million'), ['1000000']);
	assert.deepEqual(numbersIn('half the town'), []);
});
