import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyseEntities, type Entity } from '../src/analysis/entities/index.js';
import { cleanSpan, stripTitles } from '../src/analysis/entities/clean-span.js';
import { mergeMentions } from '../src/analysis/entities/merge.js';
import type { RawMention } from '../src/analysis/entities/types.js';
import { findQuantities } from '../src/analysis/quantities/index.js';
import { articleOf, loadSeeds } from './helpers/fixtures.js';

let next = 0;
const mention = (text: string, type: RawMention['type'], article = 'a', extra: Partial<RawMention> = {}): RawMention => ({
	article,
	sentence: next++,
	text,
	start: 0,
	end: text.length,
	type,
	...extra,
});
const order = new Map([
	['a', 0],
	['b', 1],
	['c', 2],
]);
const byName = (entities: Entity[], name: string): Entity => {
	const found = entities.find((e) => e.name === name);
	assert.ok(found, `an entity named ${name} among ${entities.map((e) => e.name).join(', ')}`);
	return found;
};

describe('merging mentions into entities', () => {
	test('spellings of one country meet under the name the corpus spells out', () => {
		const entities = mergeMentions(
			[mention('US', 'place', 'a'), mention('U.S.', 'place', 'b'), mention('United States', 'place', 'c'), mention('USA', 'place', 'c')],
			order,
		);
		assert.equal(entities.length, 1);
		const us = byName(entities, 'United States');
		assert.deepEqual(us.aliases, ['US', 'U.S.', 'USA']);
		assert.deepEqual(us.articles, ['a', 'b', 'c']);
	});

	test('an acronym joins the longer name whose initials it is; a known short form joins its outlet', () => {
		const entities = mergeMentions(
			[
				mention('Total News Agency', 'organization'),
				mention('TNA', 'organization', 'b'),
				mention('NYT', 'organization'),
				mention('The New York Times', 'organization', 'b'),
				mention('New York Times', 'organization', 'c'),
			],
			order,
		);
		assert.deepEqual(byName(entities, 'Total News Agency').aliases, ['TNA']);
		assert.deepEqual(byName(entities, 'The New York Times').aliases.sort(), ['NYT', 'New York Times']);
	});

	test('a surname alone joins the one full name that ends in it, but not when two do', () => {
		const single = mergeMentions([mention('Juan Gonzalez', 'person'), mention('Gonzalez', 'person', 'b')], order);
		assert.deepEqual(
			single.map((e) => e.name),
			['Juan Gonzalez'],
		);
		const ambiguous = mergeMentions(
			[mention('Juan Gonzalez', 'person'), mention('Maria Gonzalez', 'person'), mention('Gonzalez', 'person', 'b')],
			order,
		);
		assert.equal(ambiguous.length, 3);
	});

	test('within an article, a surname alone is the person that article names in full', () => {
		const entities = mergeMentions(
			[
				mention('Tony Blair', 'person', 'a'),
				mention('Blair', 'person', 'a'),
				mention('Blair', 'person', 'a'),
				mention('Blair', 'person', 'a'),
				mention('Cherie Blair', 'person', 'b'),
				mention('Blair', 'person', 'b'),
			],
			order,
		);
		const tony = byName(entities, 'Tony Blair');
		assert.equal(tony.mentions.length, 4, 'named by its full name though "Blair" is the more used form');
		assert.equal(byName(entities, 'Cherie Blair').mentions.length, 2);
		assert.ok(!entities.some((e) => e.name === 'Blair'));
	});

	test('a surname whose article gives no full name joins the full name most articles use, when it clearly dominates', () => {
		const four = new Map([
			['a', 0],
			['b', 1],
			['c', 2],
			['d', 3],
			['e', 4],
		]);
		const donald = ['a', 'b', 'c'].map((article) => mention('Donald Trump', 'person', article));
		const dominated = mergeMentions([...donald, mention('Melania Trump', 'person', 'd'), mention('Trump', 'person', 'e')], four);
		assert.equal(byName(dominated, 'Donald Trump').mentions.length, 4);
		const close = mergeMentions([...donald.slice(0, 2), mention('Melania Trump', 'person', 'd'), mention('Trump', 'person', 'e')], four);
		assert.ok(
			close.some((e) => e.name === 'Trump'),
			'two articles against one is not clear enough',
		);
	});

	test('typographic variants are one name', () => {
		const entities = mergeMentions([mention('Côte d’Ivoire', 'place'), mention("Côte d'Ivoire", 'place', 'b')], order);
		assert.equal(entities.length, 1);
	});

	test('a demonym is linked to its place, not counted as its mention', () => {
		const entities = mergeMentions(
			[
				mention('Russia', 'place'),
				mention('Russian', 'place', 'b', { demonymOf: 'Russia' }),
				mention('Russian', 'place', 'c', { demonymOf: 'Russia' }),
			],
			order,
		);
		const russia = byName(entities, 'Russia');
		assert.equal(russia.mentions.length, 1);
		assert.deepEqual(russia.demonym?.articles, ['b', 'c']);
		assert.equal(russia.demonym.name, 'Russian');
	});

	test('quantities with the same normalised value are one entity; their forms are aliases', () => {
		const q = (text: string, article: string): RawMention => {
			const [found] = findQuantities(text);
			assert.ok(found);
			return mention(found.text, 'quantity', article, { value: found.quantity });
		};
		const entities = mergeMentions([q('more than two dozen spies', 'a'), q('more than 24 spies', 'b'), q('20 spies', 'c')], order);
		assert.equal(entities.length, 2);
		const dozen = entities.find((e) => e.value?.value === 24);
		assert.deepEqual(dozen?.articles, ['a', 'b']);
		assert.deepEqual(dozen.value, { value: 24, bound: 'more-than', vague: false, unit: 'spy' });
	});

	test('entities named by more articles come first', () => {
		const entities = mergeMentions([mention('Lima', 'place'), mention('Quito', 'place'), mention('Quito', 'place', 'b')], order);
		assert.deepEqual(
			entities.map((e) => e.name),
			['Quito', 'Lima'],
		);
	});
});

describe('quantities as entities', () => {
	test('a number that says what it counts is one; a bare number, a score and a number in a name are not', () => {
		const article = articleOf('a', 'Harbour news', [
			'Police arrested 20 protesters and the fine rose 10% to £9.4m.',
			'It was one of the worst days, and number two on the list.',
			'Wales came back to win 2-1 in the Six Nations on Saturday.',
		]);
		const quantities = analyseEntities({ articles: [article], skipped: [] }).filter((e) => e.type === 'quantity');
		const named = quantities.map((e) => [e.name, ...e.aliases]).flat();
		for (const expected of ['20 protesters', '10%', '£9.4m']) assert.ok(named.includes(expected), `${expected} among ${named.join(', ')}`);
		for (const noise of ['one', 'two', '2', '1', 'Six Nations', 'Six']) assert.ok(!named.includes(noise), `${noise} is not a quantity`);
	});
});

describe('cleaning spans', () => {
	test('drops quotes, punctuation and possessives but keeps an abbreviation’s dot', () => {
		const clean = (text: string): string => {
			const span = cleanSpan(text, { start: 0, end: text.length });
			return span ? text.slice(span.start, span.end) : '';
		};
		assert.equal(clean('“Mexico’s'), 'Mexico');
		assert.equal(clean("Russia's,"), 'Russia');
		assert.equal(clean('the U.S.'), 'the U.S.');
	});

	test('titles before a name are not part of the person', () => {
		const strip = (text: string): string => text.slice(stripTitles(text, { start: 0, end: text.length }).start);
		assert.equal(strip('President Trump'), 'Trump');
		assert.equal(strip('former CIA chief Jane Roe'), 'Jane Roe');
		assert.equal(strip('Jane Roe'), 'Jane Roe');
	});
});

describe('entities of the bundled seeds', () => {
	let entities: Entity[];
	before(async () => {
		entities = analyseEntities(await loadSeeds());
	});

	test('name the cast: people, organisations and places, aliases merged', () => {
		const names = (type: Entity['type']): string[] => entities.filter((e) => e.type === type).map((e) => e.name);
		for (const person of ['Duane Norman', 'Juan Gonzalez', 'Trump']) assert.ok(names('person').includes(person), `person ${person}`);
		for (const org of ['CIA', 'The New York Times', 'State Department', 'Mexican Foreign Ministry'])
			assert.ok(names('organization').includes(org), `organisation ${org}`);
		for (const place of ['Mexico', 'Mexico City', 'Cancun', 'United States', 'Ukraine', 'Europe'])
			assert.ok(names('place').includes(place), `place ${place}`);
		assert.ok(byName(entities, 'The New York Times').aliases.includes('NYT'));
		assert.deepEqual(byName(entities, 'United States').aliases.sort(), ['U.S.', 'US']);
	});

	test('every mention points at its text in its sentence', async () => {
		const corpus = await loadSeeds();
		for (const entity of entities) {
			for (const m of entity.mentions) {
				const article = corpus.articles.find((a) => a.id === m.article);
				const sentence = (m.sentence === null ? article?.title : article?.sentences[m.sentence]?.text) ?? '';
				assert.equal(sentence.slice(m.start, m.end), m.text, `${entity.name} in ${m.article}:${m.sentence}`);
			}
		}
	});

	test('normalise each outlet’s count of the spies', () => {
		const counts = entities.filter(
			(e) => e.type === 'quantity' && ['spy', 'person', 'agent', 'individual', 'diplomat'].includes(e.value?.unit ?? ''),
		);
		const described = counts.map((e) => `${e.value?.bound} ${e.value?.value}`);
		assert.ok(described.includes('more-than 24'), described.join('; '));
		assert.ok(described.includes('exact 20'), 'the headline’s 20 spies');
		assert.ok(described.includes('more-than 20'));
	});
});
