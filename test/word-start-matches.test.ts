import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesAtWordStarts } from '../src/analysis/entities/word-start-matches.js';

const NAMES = '(?<![\\p{L}\\p{N}])(?:United States|United|U\\.S\\.|the Times|Times|Americans?|New York Times)(?![\\p{L}\\p{N}])';

test('names tried only where a word opens give the matches matchAll gives', () => {
	const texts = [
		'The United States and the U.S. Senate, said the Times; The New York Times and Times Square.',
		'UnitedStates, reunited States, theTimes, bathe Times, "American" Americans-led U.S.-made',
		'',
		'United United  United.U.S.U.S.',
	];
	for (const text of texts) {
		const all = [...text.matchAll(new RegExp(NAMES, 'gu'))].map((m) => [m.index, m[0]]);
		const atStarts = [...matchesAtWordStarts(text, new RegExp(NAMES, 'uy'))].map((m) => [m.index, m[0]]);
		assert.deepEqual(atStarts, all, text);
	}
	assert.equal(
		[...matchesAtWordStarts(texts[0] ?? '', new RegExp(NAMES, 'uy'))].length,
		5,
		'United States, U.S., the Times, New York Times, Times',
	);
});
