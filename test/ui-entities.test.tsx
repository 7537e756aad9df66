import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Entity } from '../src/analysis/entities/types.js';
import type { Corpus } from '../src/corpus/index.js';
import { loadSeeds } from './helpers/fixtures.js';
import { invertedTexts, KEYS, renderDashboard, type Dashboard } from './helpers/render.js';

let seeds: Corpus;
before(async () => {
	seeds = await loadSeeds();
});

const selected = (frame: string): string => frame.split('\n').find((l) => l.includes('›')) ?? '';

async function openEntities(): Promise<Dashboard> {
	const ui = await renderDashboard(seeds, { columns: 110, rows: 34 });
	await ui.press('3');
	await ui.waitFor((f) => /all entities · \d+ of \d+/u.test(f), 'the entity list');
	return ui;
}

describe('Entities pane', () => {
	test('lists the cast first, then quantities, then dates, each most widely reported first, with type, counts and outlets', async () => {
		const ui = await openEntities();
		const frame = ui.frame();
		assert.match(frame, /United States\s+PLC\s+\d+\s+3\/3\s+UNN, #2, Total News Agency · also "American"/u);
		assert.match(frame, /The New York Times\s+ORG/u);
		const rows = frame.split('\n').filter((l) => /\s(PLC|ORG|PER|DAT|QTY)\s/u.test(l));
		const group = (l: string): number => (/\sQTY\s/u.test(l) ? 1 : /\sDAT\s/u.test(l) ? 2 : 0);
		const groups = rows.map(group);
		assert.deepEqual(
			groups,
			[...groups].sort((a, b) => a - b),
			'people, organisations and places, then quantities, then dates',
		);
		for (const g of [0, 1, 2]) {
			const reach = rows.filter((l) => group(l) === g).map((l) => Number(/\s(\d)\/3\s/u.exec(l)?.[1]));
			assert.deepEqual(
				reach,
				[...reach].sort((a, b) => b - a),
				'sorted by how many articles mention them',
			);
		}
		ui.unmount();
	});

	test('f filters the list as you type, by name or alias; Esc clears the filter', async () => {
		const ui = await openEntities();
		await ui.press('f', ...'nyt');
		let frame = ui.frame();
		assert.match(frame, /filter: nyt/u);
		assert.match(frame, /The New York Times/u, 'found through its alias');
		assert.doesNotMatch(frame, /Mexico City/u);
		await ui.press(KEYS.escape);
		frame = ui.frame();
		assert.doesNotMatch(frame, /filter: nyt/u);
		assert.match(frame, /Mexico City/u);
		ui.unmount();
	});

	test('Enter shows every mention in context, highlighted; Enter on a mention opens the Reader there', async () => {
		const ui = await openEntities();
		await ui.press('f', ...'gonzalez', KEYS.enter);
		const mentions = await ui.waitFor((f) => /Juan Gonzalez · people · 1 mention/u.test(f), 'the mentions of Juan Gonzalez');
		assert.match(mentions, /UNN\s+Juan Gonzalez, former director/u);
		assert.ok(invertedTexts(ui.styledFrame()).includes('Juan Gonzalez'), 'the mention is highlighted');
		await ui.press(KEYS.enter);
		const reader = ui.frame();
		assert.match(reader.split('\n')[0] ?? '', /6 Reader/u);
		assert.match(reader, /UNN · 401 words/u);
		assert.ok(invertedTexts(ui.styledFrame()).includes('Juan Gonzalez'), 'the Reader marks the mention');
		await ui.press(KEYS.escape);
		assert.match(ui.frame(), /Juan Gonzalez · people/u, 'Esc returns to the mentions');
		await ui.press(KEYS.escape);
		assert.match(ui.frame(), /filter: gonzalez/u, 'and again to the filtered list');
		ui.unmount();
	});

	test('a place’s mentions list its demonym’s too, each on one line, under the place’s header', async () => {
		const ui = await openEntities();
		await ui.press('f', ...'united states', KEYS.enter);
		const frame = await ui.waitFor((f) => /United States · places · \d+ mentions/u.test(f), 'the header of United States');
		assert.match(frame, /also written: US, U\.S\./u);
		await ui.press('G');
		assert.match(ui.frame(), /United States · places/u, 'the header stays');
		assert.match(ui.frame(), /\(American\) American officials note/u, 'a demonym’s mention on one line');
		ui.unmount();
	});

	test('t chooses which kinds of entity to show', async () => {
		const ui = await openEntities();
		await ui.press('t');
		assert.match(ui.frame(), /Show which entities\?/u);
		await ui.press(KEYS.down, KEYS.enter);
		const frame = await ui.waitFor((f) => /^│ people · \d+ of \d+/mu.test(f), 'people only');
		const rows = frame.split('\n').filter((l) => /\s(PLC|ORG|PER|DAT|QTY)\s/u.test(l));
		assert.ok(rows.length >= 3 && rows.every((l) => /\sPER\s/u.test(l)), rows.join('\n'));
		assert.match(selected(frame), /PER/u);
		ui.unmount();
	});

	test('the types menu follows the keymap, not keys of its own: k at the top stays there, Esc closes it', async () => {
		const ui = await openEntities();
		await ui.press('t', 'k');
		const marked = (): string =>
			ui
				.frame()
				.split('\n')
				.find((l) => l.includes('❯')) ?? '';
		assert.match(marked(), /all \(\d+\)/u, 'the menu shows the cursor of the pane, which k at the top leaves there');
		await ui.press(KEYS.enter);
		await ui.waitFor((f) => /^│ all entities · \d+ of \d+/mu.test(f), 'all entities still');
		await ui.press('t', 'j', 'j', 'k', KEYS.escape);
		assert.match(ui.frame(), /^│ all entities/mu, 'Esc leaves the type as it was');
		await ui.press('t', 'j', 'j');
		assert.match(marked(), /organisations/u);
		await ui.press(KEYS.enter);
		await ui.waitFor((f) => /^│ organisations · \d+ of \d+/mu.test(f), 'organisations only');
		ui.unmount();
	});

	test('a person’s role is shown beside the name in the detail view, and the status bar hints at the mentions’ keys', async () => {
		const articles = seeds.articles.map((a) => a.id);
		const graham: Entity = {
			id: 'person:graham',
			name: 'Lindsey Graham',
			type: 'person',
			role: 'Sen., R-S.C.',
			aliases: [],
			articles,
			mentions: articles.map((article) => ({ article, sentence: 0, text: 'Lindsey Graham', start: 0, end: 0 })),
		};
		const analysers = { entities: () => [graham], claims: () => ({ claims: [], singleSource: [] }) };
		const ui = await renderDashboard(seeds, { columns: 110, rows: 34 }, { analysers });
		await ui.press('3');
		await ui.waitFor((f) => /Lindsey Graham\s+PER/u.test(f), 'the entity');
		assert.match(ui.frame().split('\n').at(-1) ?? '', /Enter mentions .*f filter .*t types/u);
		await ui.press(KEYS.enter);
		assert.match(ui.frame(), /Lindsey Graham · Sen\., R-S\.C\. · people · 3 mentions/u);
		assert.match(ui.frame().split('\n').at(-1) ?? '', /Enter read .*Esc back/u);
		ui.unmount();
	});

	describe('column widths follow the terminal and the names (issue 17)', () => {
		// Given entities, so the test is about the columns, not about what the analysis finds.
		const LONG = 'more than two dozen Russian diplomats and their families';
		const entity = (id: string, name: string, type: Entity['type']): Entity => {
			const articles = seeds.articles.map((a) => a.id);
			return {
				id,
				name,
				type,
				aliases: [],
				articles,
				mentions: articles.map((article) => ({ article, sentence: 0, text: name, start: 0, end: 0 })),
			};
		};
		const analysers = {
			entities: (): Entity[] => [entity('a', 'Mexico', 'place'), entity('b', LONG, 'quantity'), entity('c', 'CIA', 'organization')],
			claims: () => ({ claims: [], singleSource: [] }),
		};
		const rows = (frame: string): string[] => frame.split('\n').filter((l) => /\s(PLC|ORG|QTY)\s/u.test(l));

		test('at 120 columns the longest name is shown whole, and the outlets too', async () => {
			const ui = await renderDashboard(seeds, { columns: 120, rows: 30 }, { analysers });
			await ui.press('3');
			const frame = await ui.waitFor((f) => rows(f).length === 3, 'the three entities');
			assert.match(frame, new RegExp(`${LONG}\\s+QTY`, 'u'));
			for (const row of rows(frame)) assert.match(row, /UNN, #2, Total News Agency/u, row);
			ui.unmount();
		});

		test('at 70 columns the name gives way and every row keeps its type, counts and outlets', async () => {
			const ui = await renderDashboard(seeds, { columns: 70, rows: 30 }, { analysers });
			await ui.press('3');
			const frame = await ui.waitFor((f) => rows(f).length === 3, 'the three entities');
			assert.ok(
				frame.split('\n').every((l) => l.length <= 70),
				'no row is wider than the terminal',
			);
			for (const row of rows(frame)) assert.match(row, /\s(PLC|ORG|QTY)\s+3\s+3\/3\s+UNN, #2/u, row);
			assert.match(frame, /more than two dozen[^│]*…\s+QTY/u, 'the long name is cut, with a gap before its type');
			ui.unmount();
		});

		test('short names leave the Outlets column the room', async () => {
			const short = { ...analysers, entities: (): Entity[] => [entity('a', 'Mexico', 'place'), entity('c', 'CIA', 'organization')] };
			const ui = await renderDashboard(seeds, { columns: 120, rows: 30 }, { analysers: short });
			await ui.press('3');
			const frame = await ui.waitFor((f) => rows(f).length === 2, 'the two entities');
			const header = frame.split('\n').find((l) => /Name\s+Type/u.test(l)) ?? '';
			assert.ok(header.indexOf('Outlets') < 40, `the Outlets column starts early: ${header}`);
			ui.unmount();
		});
	});
});
