import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../src/seeded-random.js';
import { mixedNumberText, REPEATED_TEXTS } from './helpers/hostile-text.js';
import {
	compareQuantities,
	findDates,
	findQuantities,
	findQuantitiesAndDates,
	type Bound,
	type DateMention,
	type QuantityMention,
	type QuantityValue,
} from '../src/analysis/quantities/index.js';

/** Every mention's offsets must cut its own text out of the sentence. */
function assertOffsets(sentence: string, mentions: readonly (QuantityMention | DateMention)[]): void {
	let previousEnd = 0;
	for (const mention of mentions) {
		assert.equal(sentence.slice(mention.start, mention.end), mention.text, `offsets of "${mention.text}" in "${sentence}"`);
		assert.ok(mention.start >= previousEnd, `mentions in order and apart in "${sentence}"`);
		assert.ok(mention.end > mention.start);
		previousEnd = mention.end;
	}
}

function quantities(sentence: string): QuantityMention[] {
	const found = findQuantities(sentence);
	assertOffsets(sentence, found);
	return found;
}

function dates(sentence: string, referenceDate?: string): DateMention[] {
	const found = findDates(sentence, { referenceDate: referenceDate ?? null });
	assertOffsets(sentence, found);
	return found;
}

/** The one quantity in a sentence; fails if there is not exactly one. */
function onlyQuantity(sentence: string): QuantityMention {
	const found = quantities(sentence);
	assert.equal(found.length, 1, `one quantity in "${sentence}", got ${JSON.stringify(found.map((f) => f.text))}`);
	return found[0] as QuantityMention;
}

function value(sentence: string): QuantityValue {
	return onlyQuantity(sentence).quantity;
}

type Expected = [sentence: string, text: string, quantity: Partial<QuantityValue>];

function checkCases(cases: readonly Expected[]): void {
	for (const [sentence, text, expected] of cases) {
		test(`${text} ← "${sentence}"`, () => {
			const found = onlyQuantity(sentence);
			assert.equal(found.text, text);
			const defaults: Partial<QuantityValue> = { bound: 'exact', vague: false };
			for (const [key, want] of Object.entries({ ...defaults, ...expected })) {
				assert.deepEqual(found.quantity[key as keyof QuantityValue], want, `${key} of "${text}": ${JSON.stringify(found.quantity)}`);
			}
			if (expected.high === undefined) assert.equal(found.quantity.high, undefined, 'high only on ranges');
		});
	}
}

describe('findQuantities: the cases from the issue', () => {
	checkCases([
		[
			'Mexico refused to expel more than two dozen Russian spies operating under diplomatic cover.',
			'more than two dozen Russian spies',
			{ bound: 'more-than', value: 24, unit: 'spy' },
		],
		['Washington wants 20 Russian spies expelled.', '20 Russian spies', { value: 20, unit: 'spy' }],
		['The list had 20.', '20', { value: 20, unit: null }],
		[
			'The data is explosive: more than twenty people appear on the list.',
			'more than twenty people',
			{ bound: 'more-than', value: 20, unit: 'person' },
		],
		[
			'The report identifies dozens of agents from Russian military intelligence.',
			'dozens of agents',
			{ bound: 'at-least', value: 24, vague: true, unit: 'agent' },
		],
		[
			'He was sentenced by a London court to almost 11 years in prison.',
			'almost 11 years',
			{ bound: 'less-than', value: 11, unit: 'year' },
		],
		['The embassy is one of the largest in the world, with 86 diplomats on staff.', '86 diplomats', { value: 86, unit: 'diplomat' }],
		[
			'More than 600 agents suspected of espionage were deported from Europe.',
			'More than 600 agents',
			{ bound: 'more-than', value: 600, unit: 'agent' },
		],
		['His accomplices got a total of approximately 40 years.', 'approximately 40 years', { bound: 'about', value: 40, unit: 'year' }],
		[
			'It contained the names of more than 20 people working under diplomatic cover.',
			'more than 20 people',
			{ bound: 'more-than', value: 20, unit: 'person' },
		],
		['This was reported citing five senior US officials.', 'five senior US officials', { value: 5, unit: 'official' }],
		['He was joined by five of his accomplices.', 'five of his accomplices', { value: 5, unit: 'accomplice' }],
	]);
});

describe('findQuantities: bounds', () => {
	checkCases([
		['Nearly 30 boats sank.', 'Nearly 30 boats', { bound: 'less-than', value: 30, unit: 'boat' }],
		['About 300 people gathered.', 'About 300 people', { bound: 'about', value: 300, unit: 'person' }],
		['Police said around 40 protesters were held.', 'around 40 protesters', { bound: 'about', value: 40, unit: 'protester' }],
		['The plant may cut up to 1,200 jobs.', 'up to 1,200 jobs', { bound: 'at-most', value: 1200, unit: 'job' }],
		['At least 12 soldiers died.', 'At least 12 soldiers', { bound: 'at-least', value: 12, unit: 'soldier' }],
		['Over 2,000 troops arrived.', 'Over 2,000 troops', { bound: 'more-than', value: 2000, unit: 'troop' }],
		['Fewer than ten journalists remain.', 'Fewer than ten journalists', { bound: 'less-than', value: 10, unit: 'journalist' }],
		['Some 30 diplomats left.', 'Some 30 diplomats', { bound: 'about', value: 30, unit: 'diplomat' }],
		['Between 20 and 30 boats sank.', 'Between 20 and 30 boats', { bound: 'range', value: 20, high: 30, unit: 'boat' }],
		['Officials expect 20-30 arrests.', '20-30 arrests', { bound: 'range', value: 20, high: 30, unit: 'arrest' }],
		['From 2 to 3 million people fled.', 'From 2 to 3 million people', { bound: 'range', value: 2e6, high: 3e6, unit: 'person' }],
		['Two or three agents were seen.', 'Two or three agents', { bound: 'range', value: 2, high: 3, unit: 'agent' }],
		['No more than 50 staff were told.', 'No more than 50 staff', { bound: 'at-most', value: 50, unit: 'staff' }],
		['20 or more people were hurt.', '20 or more people', { bound: 'at-least', value: 20, unit: 'person' }],
		['He served 40-odd years.', '40-odd years', { bound: 'about', value: 40, unit: 'year' }],
		['It took 20+ agents.', '20+ agents', { bound: 'at-least', value: 20, unit: 'agent' }],
		['A dozen or so reporters waited.', 'A dozen or so reporters', { bound: 'about', value: 12, unit: 'reporter' }],
	]);
});

describe('findQuantities: numbers, money, percentages and vague amounts', () => {
	checkCases([
		['The population is 3.5 million.', '3.5 million', { value: 3_500_000, unit: null }],
		['The firm sold it for $2.5 billion.', '$2.5 billion', { value: 2.5e9, unit: 'usd' }],
		['Aid of US$40m was pledged.', 'US$40m', { value: 4e7, unit: 'usd' }],
		['The fine was €1.2bn.', '€1.2bn', { value: 1.2e9, unit: 'eur' }],
		['They paid 5 million euros.', '5 million euros', { value: 5e6, unit: 'eur' }],
		['The stadium holds 1,200.', '1,200', { value: 1200 }],
		['Turnout was 40%.', '40%', { value: 40, unit: 'percent' }],
		['Support rose to 40 percent.', '40 percent', { value: 40, unit: 'percent' }],
		['Support rose by 5 per cent.', '5 per cent', { value: 5, unit: 'percent' }],
		['The road is 12 km long.', '12 km', { value: 12, unit: 'km' }],
		['He bought a dozen eggs.', 'a dozen eggs', { value: 12, unit: 'egg' }],
		['Half a dozen officers were fired.', 'Half a dozen officers', { value: 6, unit: 'officer' }],
		['Hundreds of people protested.', 'Hundreds of people', { bound: 'at-least', value: 200, vague: true, unit: 'person' }],
		['Thousands marched.', 'Thousands', { bound: 'at-least', value: 2000, vague: true, unit: null }],
		[
			'Tens of thousands of refugees crossed.',
			'Tens of thousands of refugees',
			{ bound: 'at-least', value: 20_000, vague: true, unit: 'refugee' },
		],
		['Several of whom have been accredited for years.', 'Several', { bound: 'at-least', value: 3, vague: true, unit: null }],
		['Several hundred soldiers left.', 'Several hundred soldiers', { bound: 'at-least', value: 300, vague: true, unit: 'soldier' }],
		['A handful of reporters stayed.', 'A handful of reporters', { bound: 'about', value: 5, vague: true, unit: 'reporter' }],
		['A few agents escaped.', 'A few agents', { bound: 'about', value: 3, vague: true, unit: 'agent' }],
		['Twenty-five agents were named.', 'Twenty-five agents', { value: 25, unit: 'agent' }],
		['One hundred and five cars burned.', 'One hundred and five cars', { value: 105, unit: 'car' }],
		['A hundred and fifty people came.', 'A hundred and fifty people', { value: 150, unit: 'person' }],
		[
			'Three million two hundred thousand voters took part.',
			'Three million two hundred thousand voters',
			{ value: 3_200_000, unit: 'voter' },
		],
		[
			'Nine hundred ninety-nine thousand nine hundred ninety-nine seats.',
			'Nine hundred ninety-nine thousand nine hundred ninety-nine seats',
			{ value: 999_999, unit: 'seat' },
		],
		['3.5m people live there.', '3.5m people', { value: 3_500_000, unit: 'person' }],
		['He ran the 100m race.', '100m', { value: 100, unit: 'm' }],
		['Growth of 0.5 percentage points.', '0.5 percentage points', { value: 0.5, unit: 'percentage point' }],
	]);
});

describe('findQuantities: the thing counted', () => {
	checkCases([
		['20 police officers were hurt.', '20 police officers', { value: 20, unit: 'officer' }],
		['30 news outlets ran it.', '30 news outlets', { value: 30, unit: 'outlet' }],
		['Four children and their mother died.', 'Four children', { value: 4, unit: 'child' }],
		['Nine countries objected.', 'Nine countries', { value: 9, unit: 'country' }],
		['Two Russian-speaking agents were held.', 'Two Russian-speaking agents', { value: 2, unit: 'agent' }],
		['One senior official warned them.', 'One senior official', { value: 1, unit: 'official' }],
		['The NYT quotes one intelligence source as saying so.', 'one intelligence source', { value: 1, unit: 'source' }],
		['A 40-year-old man was arrested.', '40-year', { value: 40, unit: 'year' }],
		['Seven MPs voted against.', 'Seven MPs', { value: 7, unit: 'mp' }],
		['It cost 20 Canadian dollars.', '20 Canadian dollars', { value: 20, unit: 'dollar' }],
		['It cost 20 dollars.', '20 dollars', { value: 20, unit: 'usd' }],
		['Six were expelled in the end.', 'Six', { value: 6, unit: null }],
	]);

	test('a quantity never reaches across punctuation or into the next clause', () => {
		assert.deepEqual(
			quantities('He bought a dozen eggs, half of them broken.').map((q) => q.text),
			['a dozen eggs'],
		);
		assert.deepEqual(
			quantities('They expelled 20, and later spies came.').map((q) => q.text),
			['20'],
		);
		assert.equal(value('The 20 who were expelled went home.').unit, null);
	});

	test('several quantities in one sentence come back in order', () => {
		const found = quantities('He got almost 11 years, and five of his accomplices a total of approximately 40 years.');
		assert.deepEqual(
			found.map((q) => [q.text, q.quantity.bound, q.quantity.value, q.quantity.unit]),
			[
				['almost 11 years', 'less-than', 11, 'year'],
				['five of his accomplices', 'exact', 5, 'accomplice'],
				['approximately 40 years', 'about', 40, 'year'],
			],
		);
	});
});

describe('findQuantities: what is not a quantity', () => {
	test('ordinals and fractions', () => {
		assert.deepEqual(quantities('The first and second rounds, the third time, the 20th anniversary, the 1st and 2nd.'), []);
		assert.deepEqual(quantities('In the twenty-first century two-thirds of voters stayed home.'), []);
	});

	test('years and dates are dates', () => {
		assert.deepEqual(quantities('In 2022, since 2023, on December 9, 2025 and 9 December 2025, and on Dec. 9.'), []);
		assert.deepEqual(quantities('Politics 2025-12-09T16:32:40+00:00'), []);
		assert.deepEqual(quantities('The meeting ended at 16:32 and resumed at 4 p.m. this week.'), []);
		assert.deepEqual(quantities('Two weeks ago and over the past two years, after the mass expulsions of 2022.'), []);
		assert.deepEqual(quantities('In 2022 agents were expelled; the 2022 elections; the 1990s.'), []);
	});

	test('four-digit counts with a unit or a comma stay quantities', () => {
		assert.equal(value('2,000 troops arrived.').value, 2000);
		assert.equal(value('Some 2,000 troops arrived.').bound, 'about');
		assert.deepEqual(
			quantities('2000 troops arrived in 2000.').map((q) => [q.text, q.quantity.value, q.quantity.unit]),
			[['2000 troops', 2000, 'troop']],
		);
		assert.equal(value('More than 2000 spies.').bound, 'more-than');
		assert.equal(value('They spent $2022 on it.').unit, 'usd');
		assert.equal(value('Inflation hit 2020% there.').unit, 'percent');
	});

	test('numbers inside names and codes', () => {
		assert.deepEqual(quantities('The G7 met over COVID-19 after 9/11; F-16 jets; 5G networks; No. 10.'), []);
	});

	test('pronoun "one" and words that only look like bounds', () => {
		assert.deepEqual(quantities('No one knew which one it was, and agents operate almost unhindered.'), []);
		assert.deepEqual(quantities('Many spies came; some agents left; more officials arrived.'), []);
	});
});

describe('findQuantities and findDates never throw and stay linear', () => {
	// prettier-ignore
	const odd = [
		'', ' ', '🙂🙂', '🙂 20 🙂 spies', '٣٤ عميلا', '\uD800\uDFFF\uD800', '1e400', '-', '$', '$$$', '%', '1,', ',1', '1.', '.5',
		'99999999999999999999999999999999999 spies', 'more than', 'between 20 and', 'a', 'a dozen', 'half a', 'Dec.', 'May',
		'2025-13-45', '2025-02-30', '31/31/2025', '25:99', 'twenty-', '-twenty', 'one hundred and', 'and and and', '\n\t\r',
	];
	for (const sentence of odd) {
		test(`odd input ${JSON.stringify(sentence)}`, () => {
			assert.doesNotThrow(() => quantities(sentence));
			assert.doesNotThrow(() => dates(sentence));
		});
	}

	// How fast is measured in bench/core.ts; here only that they finish and find what is there.
	test('very long inputs finish', () => {
		const long = mixedNumberText();
		const found = quantities(long);
		dates(long);
		for (const repeated of REPEATED_TEXTS) {
			quantities(repeated);
			dates(repeated);
		}
		assert.ok(found.length > 1000);
	});

	test('both at once are each as found alone', () => {
		const sentences = [
			'More than two dozen Russian spies were expelled on December 9, 2025 at 16:32.',
			'Between 20 and 30 people, about 3.5m dollars, and 40% of voters in 2022; two weeks ago, 5 km/h.',
			'The 2024-2025 season cost $1,200 per cent of nothing last month.',
			'',
			...odd,
		];
		for (const sentence of sentences) {
			assert.deepEqual(findQuantitiesAndDates(sentence), { quantities: findQuantities(sentence), dates: findDates(sentence) }, sentence);
		}
	});

	test('non-string input from untyped callers gives no mentions', () => {
		assert.deepEqual(findQuantities(undefined as unknown as string), []);
		assert.deepEqual(findDates(null as unknown as string), []);
	});
});

describe('findDates', () => {
	function summary(sentence: string, referenceDate?: string): [string, string | null, string][] {
		return dates(sentence, referenceDate).map((d) => [d.text, d.iso, d.granularity]);
	}

	test('years', () => {
		assert.deepEqual(summary('It happened in 2023, after 2022 and since 2022.'), [
			['2023', '2023', 'year'],
			['2022', '2022', 'year'],
			['2022', '2022', 'year'],
		]);
		assert.deepEqual(summary('The 1990s; mid-2022; the 2022-23 season.'), [
			['1990s', null, 'year'],
			['2022', '2022', 'year'],
			['2022-23', '2022', 'year'],
		]);
	});

	test('written dates', () => {
		assert.deepEqual(summary('On December 9, 2025 and 9 December 2025, the 9th of December 2025, Tuesday, December 9, 2025.'), [
			['December 9, 2025', '2025-12-09', 'day'],
			['9 December 2025', '2025-12-09', 'day'],
			['9th of December 2025', '2025-12-09', 'day'],
			['Tuesday, December 9, 2025', '2025-12-09', 'day'],
		]);
		assert.deepEqual(summary('By December 2025 and in Sept. 2024, then in May.'), [
			['December 2025', '2025-12', 'month'],
			['Sept. 2024', '2024-09', 'month'],
			['May', null, 'month'],
		]);
	});

	test('dates without a year take it from the reference date, or stay null', () => {
		assert.deepEqual(summary('It was filed on Dec. 9.'), [['Dec. 9', null, 'day']]);
		assert.deepEqual(summary('It was filed on Dec. 9.', '2025-12-10'), [['Dec. 9', '2025-12-09', 'day']]);
		assert.deepEqual(summary('It was filed on Feb. 30.', '2025-12-10'), []);
	});

	test('ISO stamps and numeric dates', () => {
		assert.deepEqual(summary('Politics 2025-12-09T16:32:40+00:00 updated 2025-12-09.'), [
			['2025-12-09T16:32:40+00:00', '2025-12-09T16:32:40+00:00', 'time'],
			['2025-12-09', '2025-12-09', 'day'],
		]);
		assert.deepEqual(summary('Filed 25/12/2025, 09.12.2025 and 2025/12/09; or 3/4/2025.'), [
			['25/12/2025', '2025-12-25', 'day'],
			['09.12.2025', '2025-12-09', 'day'],
			['2025/12/09', '2025-12-09', 'day'],
			['3/4/2025', null, 'day'],
		]);
	});

	test('times belong to dates', () => {
		assert.deepEqual(summary('At 16:32 and at 4 p.m., then 11:05pm.'), [
			['16:32', '16:32', 'time'],
			['4 p.m.', '16:00', 'time'],
			['11:05pm', '23:05', 'time'],
		]);
		assert.deepEqual(summary('On December 9, 2025 at 16:32 the vote closed.'), [['December 9, 2025 at 16:32', '2025-12-09T16:32', 'time']]);
	});

	test('relative dates have no ISO value', () => {
		assert.deepEqual(
			summary('This week, last month, two weeks ago, a year ago, earlier this year, in recent weeks, yesterday, on Monday.'),
			[
				['This week', null, 'relative'],
				['last month', null, 'relative'],
				['two weeks ago', null, 'relative'],
				['a year ago', null, 'relative'],
				['earlier this year', null, 'relative'],
				['recent weeks', null, 'relative'],
				['yesterday', null, 'relative'],
				['Monday', null, 'relative'],
			],
		);
	});

	test('with the article date, relative dates name the day, month or year they mean', () => {
		// 2005-02-10 is a Thursday.
		assert.deepEqual(
			summary(
				'Today, yesterday, tomorrow, on Tuesday, on Thursday, on Friday, last year, earlier this year, next month, last month.',
				'2005-02-10',
			),
			[
				['Today', '2005-02-10', 'relative'],
				['yesterday', '2005-02-09', 'relative'],
				['tomorrow', '2005-02-11', 'relative'],
				['Tuesday', '2005-02-08', 'relative'],
				['Thursday', '2005-02-10', 'relative'],
				['Friday', '2005-02-04', 'relative'],
				['last year', '2004', 'relative'],
				['earlier this year', '2005', 'relative'],
				['next month', '2005-03', 'relative'],
				['last month', '2005-01', 'relative'],
			],
		);
		assert.deepEqual(
			summary('Yesterday and last month.', '2005-01-01T09:00:00Z'),
			[
				['Yesterday', '2004-12-31', 'relative'],
				['last month', '2004-12', 'relative'],
			],
			'across a year end',
		);
		assert.deepEqual(
			summary('On 1 March, yesterday.', '2004-03-01'),
			[
				['1 March', '2004-03-01', 'day'],
				['yesterday', '2004-02-29', 'relative'],
			],
			'a leap day',
		);
	});

	test('stretches of time stay unresolved, and so does everything without a usable date', () => {
		assert.deepEqual(
			summary('This week, two weeks ago, last spring, in recent weeks, the past year.', '2005-02-10').map(([, iso]) => iso),
			[null, null, null, null, null],
		);
		assert.deepEqual(
			summary('Yesterday.', 'February 2005').map(([, iso]) => iso),
			[null],
		);
	});

	test('words that only look like dates', () => {
		assert.deepEqual(summary('May I ask? They march on. Jan said 2,000 troops and 2000 troops came.'), []);
	});
});

describe('compareQuantities', () => {
	test('the cases from the issue', () => {
		assert.equal(compareQuantities(value('20 spies'), value('more than two dozen spies')), 'conflict');
		assert.equal(compareQuantities(value('more than 20 people'), value('more than two dozen spies')), 'compatible');
		assert.equal(compareQuantities(value('more than twenty people'), value('20 spies')), 'conflict');
		assert.equal(compareQuantities(value('20 spies'), value('20 spies')), 'same');
		assert.equal(compareQuantities(value('about 40 years'), value('38 years')), 'compatible');
		assert.equal(compareQuantities(value('dozens of agents'), value('20 spies')), 'conflict');
		assert.equal(compareQuantities(value('dozens of agents'), value('more than two dozen spies')), 'compatible');
	});

	test('person nouns may count the same people', () => {
		assert.notEqual(compareQuantities(value('20 spies'), value('more than 20 people')), 'unrelated');
		assert.equal(compareQuantities(value('86 diplomats'), value('86 officials')), 'same');
		assert.equal(compareQuantities(value('five individuals'), value('six agents')), 'conflict');
	});

	test('different things are unrelated; a missing unit compares numbers only', () => {
		assert.equal(compareQuantities(value('11 years'), value('11 agents')), 'unrelated');
		assert.equal(compareQuantities(value('40 percent'), value('40 boats')), 'unrelated');
		assert.equal(compareQuantities(value('$5 million'), value('5 million euros')), 'unrelated');
		assert.equal(compareQuantities(value('The list had 20.'), value('more than 24 spies')), 'conflict');
		assert.equal(compareQuantities(value('The list had 20.'), value('20 spies')), 'same');
	});

	test('units of one dimension are converted', () => {
		assert.equal(compareQuantities(value('132 months'), value('11 years')), 'same');
		assert.equal(compareQuantities(value('almost 11 years'), value('140 months')), 'conflict');
		assert.equal(compareQuantities(value('about 5 km'), value('5,200 metres')), 'compatible');
	});

	test('bounds', () => {
		const q = (bound: Bound, amount: number, high?: number): QuantityValue => ({
			value: amount,
			bound,
			vague: false,
			unit: null,
			...(high === undefined ? {} : { high }),
		});
		assert.equal(compareQuantities(q('exact', 24), q('more-than', 24)), 'conflict');
		assert.equal(compareQuantities(q('exact', 24), q('at-least', 24)), 'compatible');
		assert.equal(compareQuantities(q('less-than', 11), q('exact', 11)), 'conflict');
		assert.equal(compareQuantities(q('at-most', 11), q('exact', 11)), 'compatible');
		assert.equal(compareQuantities(q('range', 20, 30), q('exact', 25)), 'compatible');
		assert.equal(compareQuantities(q('range', 20, 30), q('more-than', 30)), 'conflict');
		assert.equal(compareQuantities(q('range', 20, 30), q('range', 20, 30)), 'same');
		assert.equal(compareQuantities(q('about', 5), q('exact', 6)), 'compatible');
		assert.equal(compareQuantities(q('about', 100), q('exact', 120)), 'conflict');
		assert.equal(compareQuantities(q('less-than', 10), q('more-than', 10)), 'conflict');
		assert.equal(compareQuantities(q('at-most', 10), q('at-least', 10)), 'compatible');
	});

	test('property: comparison is symmetric', () => {
		const random = seededRandom(5);
		const bounds: Bound[] = ['exact', 'more-than', 'at-least', 'less-than', 'at-most', 'about', 'range'];
		for (let round = 0; round < 500; round += 1) {
			const make = (): QuantityValue => {
				const bound = pick(random, bounds);
				const low = 1 + Math.floor(random() * 40);
				return {
					value: low,
					bound,
					vague: random() < 0.2,
					unit: null,
					...(bound === 'range' ? { high: low + 1 + Math.floor(random() * 10) } : {}),
				};
			};
			const a = make();
			const b = make();
			assert.equal(compareQuantities(a, b), compareQuantities(b, a), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
			assert.equal(compareQuantities(a, a), 'same');
		}
	});
});

// ---- property tests: numbers rendered at random round-trip through findQuantities ----

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)] as T;
}

// prettier-ignore
const SMALL = [
	'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
	'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0 < n < 10^9, with or without the British "and". */
function spell(n: number, british: boolean): string {
	const belowHundred = (x: number): string =>
		x < 20 ? (SMALL[x] ?? '') : `${TENS[Math.floor(x / 10)] ?? ''}${x % 10 === 0 ? '' : `-${SMALL[x % 10] ?? ''}`}`;
	const belowThousand = (x: number): string => {
		const hundreds = Math.floor(x / 100);
		const rest = x % 100;
		if (hundreds === 0) return belowHundred(rest);
		return `${SMALL[hundreds] ?? ''} hundred${rest === 0 ? '' : `${british ? ' and' : ''} ${belowHundred(rest)}`}`;
	};
	const parts: string[] = [];
	const millions = Math.floor(n / 1e6);
	const thousands = Math.floor((n % 1e6) / 1e3);
	const rest = n % 1e3;
	if (millions > 0) parts.push(`${belowThousand(millions)} million`);
	if (thousands > 0) parts.push(`${belowThousand(thousands)} thousand`);
	if (rest > 0) parts.push(`${british && parts.length > 0 && rest < 100 ? 'and ' : ''}${belowThousand(rest)}`);
	return parts.join(' ');
}

function withCommas(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// prettier-ignore
const PREFIX_BOUNDS: readonly [string, Bound][] = [
	['', 'exact'], ['more than ', 'more-than'], ['over ', 'more-than'], ['at least ', 'at-least'], ['no fewer than ', 'at-least'],
	['fewer than ', 'less-than'], ['less than ', 'less-than'], ['almost ', 'less-than'], ['nearly ', 'less-than'],
	['about ', 'about'], ['around ', 'about'], ['approximately ', 'about'], ['some ', 'about'], ['roughly ', 'about'],
	['up to ', 'at-most'], ['at most ', 'at-most'], ['no more than ', 'at-most'],
];
const SUFFIX_BOUNDS: readonly [string, Bound][] = [
	[' or more', 'at-least'],
	[' or so', 'about'],
	[' or fewer', 'at-most'],
];
// prettier-ignore
const NOUNS: readonly [string, string][] = [
	['spies', 'spy'], ['diplomats', 'diplomat'], ['people', 'person'], ['agents', 'agent'], ['officials', 'official'],
	['years', 'year'], ['boats', 'boat'], ['children', 'child'], ['countries', 'country'], ['women', 'woman'], ['troops', 'troop'],
];
const ADJECTIVES = ['', '', 'Russian ', 'senior ', 'suspected ', 'former ', 'US ', 'well-trained '];
const LEADS = ['Officials said', 'The report lists', 'In all,', 'They counted'];
const TAILS = ['were involved.', 'in total.', ', officials said.', 'from the region.', ''];

describe('property: random quantities round-trip', () => {
	test('digits and words with random bounds, adjectives and nouns', () => {
		const random = seededRandom(20251209);
		for (let round = 0; round < 1500; round += 1) {
			const magnitude = pick(random, [10, 100, 1000, 1e5, 1e8]);
			const amount = 2 + Math.floor(random() * magnitude);
			const style = pick(random, ['digits', 'commas', 'words', 'british', 'scaled'] as const);
			let rendered: string;
			let expected = amount;
			if (style === 'digits') rendered = String(amount);
			else if (style === 'commas') rendered = withCommas(amount);
			else if (style === 'scaled') {
				const tenths = 11 + Math.floor(random() * 90);
				const scale = pick(random, [
					['million', 1e6],
					['billion', 1e9],
				] as const);
				rendered = `${tenths / 10} ${scale[0]}`;
				expected = Number(((tenths / 10) * scale[1]).toPrecision(15));
			} else rendered = spell(amount, style === 'british');

			const useSuffix = random() < 0.15;
			const [prefix, prefixBound] = useSuffix ? ['', 'exact' as Bound] : pick(random, PREFIX_BOUNDS);
			const [suffix, suffixBound] = useSuffix ? pick(random, SUFFIX_BOUNDS) : ['', 'exact' as Bound];
			const [plural, lemma] = pick(random, NOUNS);
			const adjective = pick(random, ADJECTIVES);
			const phrase = `${prefix}${rendered}${suffix} ${adjective}${plural}`;
			const sentence = `${pick(random, LEADS)} ${phrase} ${pick(random, TAILS)}`;

			const found = quantities(sentence);
			assert.equal(found.length, 1, `one quantity in "${sentence}": ${JSON.stringify(found)}`);
			const [mention] = found as [QuantityMention];
			assert.equal(mention.text, phrase, sentence);
			assert.equal(mention.quantity.value, expected, sentence);
			assert.equal(mention.quantity.bound, useSuffix ? suffixBound : prefixBound, sentence);
			assert.equal(mention.quantity.unit, lemma, sentence);
			assert.equal(mention.quantity.vague, false, sentence);
		}
	});

	test('ranges in digits', () => {
		const random = seededRandom(42);
		for (let round = 0; round < 300; round += 1) {
			const low = 2 + Math.floor(random() * 500);
			const high = low + 1 + Math.floor(random() * 500);
			const [template, opener] = pick(random, [
				['between {a} and {b}', 'between'],
				['{a}-{b}', ''],
				['{a}–{b}', ''],
				['{a} to {b}', ''],
				['from {a} to {b}', 'from'],
			] as const);
			const [plural, lemma] = pick(random, NOUNS);
			const phrase = `${template.replace('{a}', String(low)).replace('{b}', String(high))} ${plural}`;
			const sentence = `Officials counted ${phrase} last year.`;
			const mention = onlyQuantity(sentence);
			assert.equal(mention.text, phrase, `${sentence} (${opener})`);
			assert.deepEqual(
				[mention.quantity.bound, mention.quantity.value, mention.quantity.high, mention.quantity.unit],
				['range', low, high, lemma],
				sentence,
			);
		}
	});

	test('dates in random written forms', () => {
		const random = seededRandom(7);
		// prettier-ignore
		const months = [
			'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
		];
		const short = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
		for (let round = 0; round < 500; round += 1) {
			const year = 1900 + Math.floor(random() * 200);
			const month = 1 + Math.floor(random() * 12);
			const day = 1 + Math.floor(random() * 28);
			const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
			const name = months[month - 1] ?? '';
			const [text, want, granularity] = pick(random, [
				[`${name} ${day}, ${year}`, iso, 'day'],
				[`${day} ${name} ${year}`, iso, 'day'],
				[`${short[month - 1] ?? ''} ${day}, ${year}`, iso, 'day'],
				[iso, iso, 'day'],
				[`${name} ${year}`, iso.slice(0, 7), 'month'],
				[`${year}`, String(year), 'year'],
			] as const);
			const sentence = `The decision came on ${text}, officials said.`;
			assert.deepEqual(
				dates(sentence).map((d) => [d.text, d.iso, d.granularity]),
				[[text, want, granularity]],
				sentence,
			);
			assert.deepEqual(quantities(sentence), [], sentence);
		}
	});
});

describe('findQuantities: names and dates that hold numbers, parts and wholes', () => {
	const read = (sentence: string): [string, number, string | null, string | undefined][] =>
		findQuantities(sentence).map((q) => [q.text, q.quantity.value, q.quantity.unit, q.part]);

	test('reads "Sept. 11" and "9/11" as dates, so the count before them keeps its noun', () => {
		assert.deepEqual(read('Fifteen of the 19 Sept. 11 hijackers were Saudi.'), [
			['Fifteen', 15, 'hijacker', 'part'],
			['19 Sept. 11 hijackers', 19, 'hijacker', 'whole'],
		]);
		assert.deepEqual(read('The 9/11 attacks killed nearly 3,000 people.'), [['nearly 3,000 people', 3000, 'person', undefined]]);
	});

	test('never counts the number in a name: "Six Nations", "Boeing 737", "Flight 93"', () => {
		assert.deepEqual(read('England won the Six Nations title.'), []);
		assert.deepEqual(read('A Boeing 737 crashed, killing 157 people.'), [['157 people', 157, 'person', undefined]]);
		assert.deepEqual(read('Passengers on Flight 93 fought back.'), []);
		assert.deepEqual(read('Six people died.'), [['Six people', 6, 'person', undefined]]);
	});

	test('reads a plural of magnitude as an interval: "dozens" is not 200', () => {
		const dozens = findQuantities('Police arrested dozens of protesters.')[0]?.quantity;
		const hundreds = findQuantities('Police made more than 200 arrests.')[0]?.quantity;
		assert.ok(dozens && hundreds);
		assert.equal(compareQuantities({ ...dozens, unit: null }, { ...hundreds, unit: null }), 'conflict');
		assert.equal(
			compareQuantities({ ...dozens, unit: null }, { ...dozens, value: 50, bound: 'exact', vague: false, unit: null }),
			'compatible',
		);
	});
});
