import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import stringWidth from 'string-width';
import type { Corpus } from '../src/corpus/index.js';
import { loadSeeds } from './helpers/fixtures.js';
import { KEYS, renderDashboard, selectedRow } from './helpers/render.js';

let seeds: Corpus;
before(async () => {
	seeds = await loadSeeds();
});

describe('dashboard frame', () => {
	test('fills the terminal, one row short of its height, with tabs, the three seed articles and key hints', async () => {
		const ui = await renderDashboard(seeds, { columns: 100, rows: 30 });
		const lines = ui.frame().split('\n');
		assert.equal(lines.length, 29);
		assert.ok(
			lines.every((line) => stringWidth(line) <= 100),
			'no line is wider than the terminal',
		);
		assert.match(lines[0] ?? '', /1 Articles .*2 Search .*3 Entities .*4 Claims .*5 Coverage .*6 Reader/u);
		const text = ui.frame();
		assert.match(text, /UNN .* 401 Mexico refused to expel/u);
		assert.match(text, /Total News Agency\s+2025-12-09\s+618 Mexico Refuses to Expel Russian Spies/u);
		assert.match(lines.at(-1) ?? '', /Enter read .*\? help .*q quit/u);
		ui.unmount();
	});

	test('follows a resize and redraws at the new size', async () => {
		const ui = await renderDashboard(seeds, { columns: 100, rows: 30 });
		await ui.resize(80, 24);
		const lines = ui.frame().split('\n');
		assert.equal(lines.length, 23);
		assert.ok(lines.every((line) => stringWidth(line) <= 80));
		ui.unmount();
	});

	test('says how large the terminal must be instead of drawing a broken frame', async () => {
		const ui = await renderDashboard(seeds, { columns: 40, rows: 10 });
		assert.match(ui.frame().replace(/\s+/gu, ' '), /needs a terminal of at least 50x12; this one is 40x10/u);
		await ui.resize(100, 30);
		assert.match(ui.frame(), /Articles/u);
		ui.unmount();
	});
});

describe('Articles pane', () => {
	test('j/k and the arrows move the selection, G and gg jump to the ends', async () => {
		const ui = await renderDashboard(seeds);
		assert.match(selectedRow(ui.frame()), /UNN/u);
		await ui.press('j');
		assert.match(selectedRow(ui.frame()), /Mexico has rejected/u);
		await ui.press(KEYS.down);
		assert.match(selectedRow(ui.frame()), /Total News Agency/u);
		await ui.press(KEYS.down);
		assert.match(selectedRow(ui.frame()), /Total News Agency/u, 'stops at the last row');
		await ui.press('k', KEYS.up);
		assert.match(selectedRow(ui.frame()), /UNN/u);
		await ui.press('G');
		assert.match(selectedRow(ui.frame()), /Total News Agency/u);
		await ui.press('g', 'g');
		assert.match(selectedRow(ui.frame()), /UNN/u);
		ui.unmount();
	});

	test('keys typed in one burst each count', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('jj');
		await ui.waitFor((f) => /Total News Agency/u.test(selectedRow(f)), 'the third row selected');
		ui.unmount();
	});
});

describe('Reader', () => {
	test('Enter opens the selected article; Esc goes back to the list', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('j', KEYS.enter);
		const frame = ui.frame();
		assert.match(frame, /Mexico has rejected a request from the US to expel 20 Russian spies/u);
		assert.match(frame, /unknown outlet · 526 words/u);
		assert.match(frame, /Mexico has refused to comply with Washington’s demand/u);
		assert.match(frame.split('\n')[0] ?? '', /6 Reader/u);
		await ui.press(KEYS.escape);
		await ui.waitFor((f) => /Outlet\s+Date\s+Words\s+Title/u.test(f), 'the article list');
		assert.match(selectedRow(ui.frame()), /Mexico has rejected/u, 'the selection is kept');
		ui.unmount();
	});

	test('scrolls by line, by page and to either end', async () => {
		const ui = await renderDashboard(seeds, { columns: 80, rows: 20 });
		await ui.press('G', KEYS.enter);
		const position = (): string => /(\d+)-(\d+)\/(\d+)/u.exec(ui.frame())?.[0] ?? 'none';
		const top = position();
		assert.match(top, /^1-\d+\/\d+$/u);
		await ui.press('j');
		assert.match(position(), /^2-/u);
		await ui.press(KEYS.pageDown);
		const afterPage = Number(position().split('-')[0]);
		assert.ok(afterPage > 2, `a page moves more than a line (now at ${afterPage})`);
		await ui.press('G');
		const [, , end, total] = /(\d+)-(\d+)\/(\d+)/u.exec(ui.frame()) ?? [];
		assert.equal(end, total, 'G shows the last line');
		assert.match(ui.frame(), /de facto sovereignty/u);
		await ui.press(KEYS.pageUp, 'g', 'g');
		assert.equal(position(), top);
		ui.unmount();
	});

	test('6 shows the last article opened, or says how to open one', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('6');
		assert.match(ui.frame(), /No article open/u);
		await ui.press('1', KEYS.enter, '1', '6');
		assert.match(ui.frame(), /unknown outlet|UNN · 401 words/u);
		ui.unmount();
	});
});

describe('panes and help', () => {
	test('Tab, Shift-Tab and the number keys switch panes', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press(KEYS.tab);
		assert.match(ui.frame(), /Type to search every title and sentence/u);
		await ui.press(KEYS.tab);
		await ui.waitFor((f) => /all entities · \d+ of \d+/u.test(f), 'the Entities pane');
		await ui.press(KEYS.shiftTab, KEYS.shiftTab);
		assert.match(ui.frame(), /Outlet\s+Date\s+Words\s+Title/u);
		await ui.press('4');
		await ui.waitFor((f) => /claims told by several outlets/u.test(f), 'the Claims pane');
		ui.unmount();
	});

	test('? opens a help that lists the keys; ? or Esc closes it', async () => {
		const ui = await renderDashboard(seeds, { columns: 100, rows: 40 });
		await ui.press('?');
		const help = ui.frame();
		for (const line of ['Next pane', 'Move down', 'Page down', 'Go to the top', 'Read the selected article', 'Quit']) {
			assert.ok(help.includes(line), `help lists "${line}"`);
		}
		await ui.press('j');
		assert.ok(ui.frame().includes('Next pane'), 'keys do not reach the pane under the help');
		await ui.press(KEYS.escape);
		await ui.waitFor((f) => /Outlet\s+Date/u.test(f), 'the list after closing help');
		assert.match(selectedRow(ui.frame()), /UNN/u, 'j under the help did not move the list');
		ui.unmount();
	});
});

describe('long lists', () => {
	test('a 5,000-article corpus renders only the visible rows and G reaches the last one', async () => {
		const { buildArticle } = await import('../src/corpus/build-article.js');
		const articles = Array.from({ length: 5000 }, (_, i) =>
			buildArticle(`a${i}`, `a${i}.txt`, {
				title: `Synthetic article number ${i + 1}`,
				outlet: `Outlet ${i % 7}`,
				date: null,
				author: null,
				place: null,
				url: null,
				paragraphs: [{ kind: 'text', text: `Body of article ${i + 1}.` }],
			}),
		);
		const ui = await renderDashboard({ articles, skipped: [] }, { columns: 100, rows: 30 });
		const rows = ui
			.frame()
			.split('\n')
			.filter((line) => /Synthetic article number/u.test(line));
		assert.equal(rows.length, 24, 'one row per visible line, not 5,000');
		await ui.press('G');
		assert.match(selectedRow(ui.frame()), /Synthetic article number 5000\b/u);
		await ui.press(KEYS.pageUp);
		assert.match(selectedRow(ui.frame()), /Synthetic article number 4977\b/u);
		ui.unmount();
	});
});
