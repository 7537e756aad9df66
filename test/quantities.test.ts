import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareQuantities, findDates, findQuantities, type QuantityValue } from '../src/analysis/quantities/index.js';

const only = (sentence: string): { text: string; quantity: QuantityValue } => {
	const found = findQuantities(sentence);
	assert.equal(found.length, 1, `one quantity in "${sentence}", got ${JSON.stringify(found.map((f) => f.text))}`);
	const [first] = found;
	assert.equal(sentence.slice(first?.start, first?.end), first?.text, 'offsets match the text');
	return first as { text: string; quantity: QuantityValue };
};

describe('findQuantities', () => {
	const cases: [string, string, Partial<QuantityValue>][] = [
		['Mexico refused to expel more than two dozen Russian spies operating here.', 'more than two dozen Russian spies', { bound: 'more-than', value: 24, unit: 'spy' }],
		['It wants to expel 20 Russian spies from the country', '20 Russian spies', { bound: 'exact', value: 20, unit: 'spy' }],
		['more than twenty people appear on the list', 'more than twenty people', { bound: 'more-than', value: 20, unit: 'person' }],
		['The report identifies dozens of agents from Russia.', 'dozens of agents', { bound: 'at-least', value: 24, unit: 'agent', vague: true }],
		['He was sentenced to almost 11 years in prison.', 'almost 11 years', { bound: 'less-than', value: 11, unit: 'year' }],
		['The embassy has 86 diplomats.', '86 diplomats', { bound: 'exact', value: 86, unit: 'diplomat' }],
		['More than 600 agents suspected of espionage left.', 'More than 600 agents', { bound: 'more-than', value: 600, unit: 'agent' }],
		['They got a total of approximately 40 years.', 'approximately 40 years', { bound: 'about', value: 40, unit: 'year' }],
		['This was reported citing five senior US officials.', 'five senior US officials', { bound: 'exact', value: 5, unit: 'official' }],
		['The firm sold it for $2.5 billion.', '$2.5 billion', { value: 2.5e9, unit: 'usd' }],
		['Support rose to 40 percent.', '40 percent', { value: 40, unit: 'percent' }],
		['Between 20 and 30 boats sank.', 'Between 20 and 30 boats', { bound: 'range', value: 20, high: 30, unit: 'boat' }],
		['Up to 1,200 workers may lose jobs.', 'Up to 1,200 workers', { bound: 'at-most', value: 1200, unit: 'worker' }],
		['Nearly one hundred and five cars burned.', 'Nearly one hundred and five cars', { bound: 'less-than', value: 105, unit: 'car' }],
	];
	for (const [sentence, text, expected] of cases) {
		test(`"${text}"`, () => {
			const found = only(sentence);
			assert.equal(found.text, text);
			for (const [key, value] of Object.entries(expected)) assert.equal(found.quantity[key as keyof QuantityValue], value, `${key} of "${text}"`);
		});
	}

	test('years, dates, clock times and ordinals are not quantities', () => {
		assert.deepEqual(findQuantities('Since 2022, and on December 9, 2025 at 16:32, the first and second rounds ended.'), []);
		assert.deepEqual(findQuantities('Politics 2025-12-09T16:32:40+00:00'), []);
		assert.equal(only('Some 2,000 troops arrived.').quantity.value, 2000);
	});

	test('never crosses punctuation and never throws on odd input', () => {
		assert.deepEqual(findQuantities('a dozen eggs, half').map((q) => q.text), ['a dozen eggs']);
		for (const odd of ['', '🙂🙂', '٣٤ عميلا', 'x'.repeat(100_000), '1'.repeat(5000)]) assert.doesNotThrow(() => findQuantities(odd));
	});

	test('property: random numbers with random bounds round-trip', () => {
		let seed = 42;
		const random = (): number => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		const bounds: [string, QuantityValue['bound']][] = [['', 'exact'], ['more than ', 'more-than'], ['at least ', 'at-least'], ['fewer than ', 'less-than'], ['about ', 'about'], ['up to ', 'at-most']];
		for (let i = 0; i < 200; i++) {
			const value = 1 + Math.floor(random() * 899);
			const [phrase, bound] = bounds[Math.floor(random() * bounds.length)] ?? ['', 'exact'];
			const found = only(`Officials said ${phrase}${value} soldiers were there.`);
			assert.equal(found.quantity.value, value);
			assert.equal(found.quantity.bound, bound);
			assert.equal(found.quantity.unit, 'soldier');
		}
	});
});

describe('compareQuantities', () => {
	const q = (text: string): QuantityValue => only(text).quantity;
	test('20 against more than 24 conflicts; more than 20 against more than 24 is compatible', () => {
		assert.equal(compareQuantities(q('20 spies'), q('more than two dozen spies')), 'conflict');
		assert.equal(compareQuantities(q('more than 20 people'), q('more than two dozen spies')), 'compatible');
		assert.equal(compareQuantities(q('20 spies'), q('20 spies')), 'same');
		assert.equal(compareQuantities(q('about 40 years'), q('38 years')), 'compatible');
		assert.equal(compareQuantities(q('dozens of agents'), q('20 spies')), 'conflict');
	});
	test('counts of different things are unrelated', () => {
		assert.equal(compareQuantities(q('11 years'), q('11 agents')), 'unrelated');
		assert.equal(compareQuantities(q('40 percent'), q('40 boats')), 'unrelated');
	});
});

describe('findDates', () => {
	test('ISO stamps, written dates, years and relative days, with ISO values', () => {
		const dates = findDates('On December 9, 2025 (2025-12-09T16:32:40+00:00), after 9 March 2024 and since 2022, officials met this week.');
		assert.deepEqual(dates.map((d) => [d.text, d.iso, d.granularity]), [
			['December 9, 2025', '2025-12-09', 'day'],
			['2025-12-09T16:32:40+00:00', '2025-12-09', 'time'],
			['9 March 2024', '2024-03-09', 'day'],
			['2022', '2022', 'year'],
			['this week', null, 'relative'],
		]);
	});
});
