import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entityColumns, outletsWidth, TYPE_WIDTH } from '../src/ui/panes/entities/entity-columns.js';

describe('entityColumns', () => {
	const counts = [40, 2];
	test('names and outlets that both fit: the names get their width, mark and gap included', () => {
		const columns = entityColumns(['Mexico', 'more than 20 people (>20 persons)'], [30, 20], counts, 3, 116);
		assert.equal(columns.name, 'more than 20 people (>20 persons)'.length + 2);
		assert.deepEqual([columns.mentions, columns.articles], ['Ment.'.length + 1, 'Arts'.length + 1]);
	});

	test('too little room: the names keep half of it, or more when the outlets need less', () => {
		const long = 'x'.repeat(100);
		const room = 80 - TYPE_WIDTH - 6 - 5;
		assert.equal(entityColumns([long], [100], counts, 3, 80).name, Math.floor(room / 2));
		assert.equal(entityColumns([long], [10], counts, 3, 80).name, room - 10);
	});

	test('never narrower than 16, nor wider than the longest name', () => {
		assert.equal(entityColumns(['x'.repeat(60)], [60], counts, 3, 40).name, 16);
		assert.equal(entityColumns(['CIA'], [10], counts, 3, 200).name, 'Name'.length + 2);
	});

	test('count columns as wide as the largest figures', () => {
		const columns = entityColumns(['CIA'], [10], [1685], 2088, 120);
		assert.deepEqual([columns.mentions, columns.articles], [5 + 1, '2088/2088'.length + 1]);
	});
});

describe('outletsWidth', () => {
	test('labels joined by ", " and the note, by display width', () => {
		assert.equal(
			outletsWidth(['UNN', '#2', 'Total News Agency'], (a) => a, ' · also "Mexican" ×11', 200),
			'UNN, #2, Total News Agency · also "Mexican" ×11'.length,
		);
		assert.equal(
			outletsWidth(['a'], () => '東京新聞', '', 200),
			8,
		);
	});

	test('stops counting past the limit', () => {
		let looked = 0;
		const width = outletsWidth(
			Array.from({ length: 10_000 }, (_, i) => String(i)),
			() => {
				looked++;
				return 'Outlet';
			},
			'',
			50,
		);
		assert.ok(looked < 20, `${looked} labels looked up`);
		assert.ok(width > 50 && width <= 50 + 'Outlet'.length + 2);
	});
});
