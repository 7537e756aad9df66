import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Entity } from '../src/analysis/entities/index.js';
import { packageRoot } from '../src/paths.js';
import { auditTop, countMatches, emptyCounts, readGold, scores, type EventRun, type GoldEvent } from '../scripts/eval/basil-entities.js';
import { readEcbGold } from '../scripts/eval/ecbplus-entities.js';

// Each round's held-back events move to dev once measured (README.md records each round's one measurement);
// round 5 took the last of BASIL's 74 events that no gold standard had shown rows of.
test('the BASIL entity gold standard: offsets only, 12 events or more', () => {
	const events = readGold(join(packageRoot(), 'eval', 'basil-entities'));
	assert.ok(events.length >= 12, `${events.length} events`);
	for (const event of events) {
		assert.match(event.event, /^[0-9a-f-]{36}$/u);
		for (const entity of event.entities) {
			assert.ok(['person', 'organization', 'place'].includes(entity.type), entity.name);
			assert.ok(entity.mentions.length > 0, `${entity.name} in ${event.event}`);
			for (const m of entity.mentions) {
				assert.ok(['fox', 'nyt', 'hpo'].includes(m.outlet) && ['title', 'text'].includes(m.field));
				assert.ok(Number.isInteger(m.start) && m.end > m.start);
				assert.deepEqual(Object.keys(m).sort(), ['end', 'field', 'outlet', 'start'], 'no text kept');
			}
		}
	}
});

test('the ECB+ entity gold standard: offsets only into whole subtopics, 12 or more', () => {
	const subtopics = readEcbGold(join(packageRoot(), 'eval', 'ecbplus-entities'));
	assert.ok(subtopics.length >= 12, `${subtopics.length} subtopics`);
	for (const subtopic of subtopics) {
		assert.match(subtopic.event, /^\d+_ecb(?:plus)?$/u);
		for (const entity of subtopic.entities) {
			assert.ok(['person', 'organization', 'place'].includes(entity.type), entity.name);
			assert.ok(entity.mentions.length > 0, `${entity.name} in ${subtopic.event}`);
			for (const m of entity.mentions) {
				assert.ok(m.outlet.startsWith(`${subtopic.event.split('_')[0] ?? ''}_`) && m.field === 'text', `${m.outlet} in ${subtopic.event}`);
				assert.ok(Number.isInteger(m.start) && m.end > m.start);
				assert.deepEqual(Object.keys(m).sort(), ['end', 'field', 'outlet', 'start'], 'no text kept');
			}
		}
	}
});

const entity = (name: string, type: Entity['type'], article = 'fox'): Entity => ({
	id: `${type}:${name}`,
	name,
	type,
	aliases: [],
	articles: [article],
	mentions: [{ article, sentence: 0, text: name, start: 0, end: name.length }],
});

test('mentions are scored by exact span and the type of their entity; the top rows are audited', () => {
	const gold: GoldEvent = {
		event: 'e',
		split: 'dev',
		entities: [
			{
				name: 'Jo Bell',
				type: 'person',
				mentions: [
					{ outlet: 'fox', field: 'text', start: 0, end: 7 },
					{ outlet: 'fox', field: 'text', start: 20, end: 24 },
				],
			},
			{ name: 'Ohio', type: 'place', mentions: [{ outlet: 'fox', field: 'text', start: 30, end: 34 }] },
		],
	};
	const bell = entity('Jo Bell', 'person');
	const bellAgain = entity('Bell', 'person');
	const ohio = entity('Ohio', 'organization');
	const junk = entity('Hi', 'person');
	const run: EventRun = {
		entities: [bell, bellAgain, ohio, junk],
		placed: [
			{ outlet: 'fox', field: 'text', start: 0, end: 7, entity: bell },
			{ outlet: 'fox', field: 'text', start: 20, end: 24, entity: bellAgain },
			{ outlet: 'fox', field: 'text', start: 30, end: 34, entity: ohio },
			{ outlet: 'fox', field: 'text', start: 40, end: 42, entity: junk },
		],
		unplaced: 0,
	};
	const counts = emptyCounts();
	countMatches(gold, run.placed, counts);
	const s = scores(counts);
	assert.deepEqual([s.overall.truePositives, s.overall.predicted, s.overall.gold], [2, 4, 3]);
	assert.equal(s.place.truePositives, 0, 'right span, wrong type');
	assert.deepEqual(
		auditTop(gold, run).map((r) => r.verdict),
		['ok', 'unmerged alias', 'wrong type', 'junk'],
	);
});
