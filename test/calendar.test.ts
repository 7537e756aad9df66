/**
 * One calendar for article metadata and for dates in sentences: both refuse
 * the days a month does not have, and read month names alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../src/analysis/quantities/index.js';
import { isValidDay, monthAbbreviations, monthName } from '../src/corpus/calendar.js';
import { normaliseDate } from '../src/corpus/dates.js';

test('metadata dates: real days read, impossible ones are no date (not rolled into March)', () => {
	assert.equal(normaliseDate('December 9, 2025'), '2025-12-09');
	assert.equal(normaliseDate('29 February 2024'), '2024-02-29');
	assert.equal(normaliseDate('Tue, 09 Dec 2025 16:32:40 GMT'), '2025-12-09');
	for (const impossible of ['31 February 2025', 'February 29, 2025', '2025-02-30', 'April 31, 2025', '2025-13-01']) {
		assert.equal(normaliseDate(impossible), null, impossible);
	}
});

test('metadata and sentences agree on which days exist', () => {
	for (const [written, exists] of [
		['February 28, 2025', true],
		['February 29, 2024', true],
		['February 29, 2025', false],
		['February 31, 2025', false],
		['June 31, 2025', false],
	] as const) {
		assert.equal(normaliseDate(written) !== null, exists, `metadata: ${written}`);
		assert.equal(
			findDates(`It happened on ${written}.`).some((d) => d.granularity === 'day'),
			exists,
			`sentence: ${written}`,
		);
	}
});

test('month names and abbreviations', () => {
	assert.deepEqual(monthName('sept'), { month: 9, abbreviated: true });
	assert.deepEqual(monthName('may'), { month: 5, abbreviated: false });
	assert.equal(monthName('mayday'), null);
	assert.ok(monthAbbreviations().some(([short, full]) => short === 'sept' && full === 'september'));
	assert.equal(isValidDay(null, 2, 29), true, 'no year: 29 February may exist');
	assert.equal(isValidDay(1900, 2, 29), false);
});
