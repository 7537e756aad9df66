import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UnitConceptTable } from '../src/analysis/claims/concept-table.js';

test('each unit keeps its concepts once, sorted, and answers membership and frequency', () => {
	const table = UnitConceptTable.from([['storm', 'harbour', 'storm', 'mayor'], [], ['mayor', 'barrier']]);
	assert.equal(table.unitCount, 3);
	assert.equal(table.conceptCount, 4);
	assert.deepEqual([...table.conceptsOf(0)].sort(), ['harbour', 'mayor', 'storm']);
	assert.equal(table.size(0), 3, 'a repeat is kept once');
	assert.equal(table.size(1), 0);
	const ids = Array.from(table.values.subarray(table.start(0), table.end(0)));
	assert.deepEqual(
		ids,
		[...ids].sort((a, b) => a - b),
		'runs are sorted',
	);
	assert.ok(table.hasConcept(2, 'barrier') && table.hasConcept(2, 'mayor'));
	assert.ok(!table.hasConcept(2, 'storm') && !table.hasConcept(1, 'mayor') && !table.hasConcept(0, 'unknown'));
	assert.equal(table.frequency(table.idOf('mayor') ?? -1), 2);
	assert.equal(table.frequency(table.idOf('storm') ?? -1), 1, 'counted once per unit');
});

test('grows past its first capacity without losing a unit', () => {
	const units = Array.from({ length: 600 }, (_, i) => [`word${i}`, `shared${i % 7}`, 'everywhere']);
	const table = UnitConceptTable.from(units);
	assert.equal(table.unitCount, 600);
	for (const i of [0, 255, 256, 257, 599]) {
		assert.deepEqual([...table.conceptsOf(i)].sort(), [...new Set(units[i])].sort(), `unit ${i}`);
	}
	assert.equal(table.frequency(table.idOf('everywhere') ?? -1), 600);
});
