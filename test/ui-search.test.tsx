import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Corpus } from '../src/corpus/index.js';
import type { SearchHit } from '../src/search/index.js';
import { loadSeeds } from './helpers/fixtures.js';
import { invertedTexts, KEYS, renderDashboard, selectedRow } from './helpers/render.js';
import { waitUntil } from './helpers/wait.js';

let seeds: Corpus;
before(async () => {
	seeds = await loadSeeds();
});

const type = (text: string): string[] => [...text];

describe('Search pane', () => {
	test('/ focuses the query; hits update as you type, with the match highlighted and a count per article', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('cancun'));
		const frame = await ui.waitFor((f) => /2 hits\b/u.test(f), 'the sentence and the place named Cancun');
		assert.match(frame, /\/ cancun/u);
		assert.match(frame, /#2 2 · UNN 0 · Total News Agency 0/u);
		assert.match(frame, /entity: Cancun/u);
		assert.match(frame, /resorts such as Cancun, spies exchange/u);
		assert.ok(invertedTexts(ui.styledFrame()).includes('Cancun'), 'the matched word is shown inverted');
		ui.unmount();
	});

	test('finds Cancun from a typo but not from noise', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('cancn'));
		await ui.waitFor((f) => /2 hits\b/u.test(f) && /Cancun/u.test(f), 'cancn finding Cancun');
		await ui.press(KEYS.escape, '/', ...type('xqzvw'));
		await ui.waitFor((f) => /0 hits/u.test(f), 'no hit for noise');
		ui.unmount();
	});

	test('keys typed into the query never trigger pane shortcuts', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('q1?j'));
		// A search answer can draw the frame after a key; wait for the one showing the whole query.
		const frame = await ui.waitFor((f) => /\/ q1\?j/u.test(f) && !/searching/u.test(f), 'q, 1, ? and j in the query, searched');
		assert.doesNotMatch(frame, /Show or hide this help/u);
		ui.unmount();
	});

	test('Enter opens the Reader at the hit, with the match marked; Esc goes back to the hits', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('cancun'));
		await ui.waitFor((f) => /2 hits\b/u.test(f), 'the hits');
		await ui.press(KEYS.enter);
		const frame = ui.frame();
		assert.match(frame, /hit 1\/2 for “cancun”/u);
		assert.match(frame, /Mexico has rejected a request/u, 'the article that mentions Cancun');
		assert.ok(invertedTexts(ui.styledFrame()).includes('Cancun'), 'the match is marked in the Reader');
		await ui.press(KEYS.escape);
		assert.match(ui.frame(), /\/ cancun/u);
		ui.unmount();
	});

	test('n and N step through the hits in the Reader, wrapping around', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('kremlin'));
		const list = await ui.waitFor((f) => /\d+ hits/u.test(f), 'several hits');
		const total = Number(/(\d+) hits/u.exec(list)?.[1]);
		assert.ok(total >= 3, `kremlin has ${total} hits`);
		await ui.press(KEYS.enter);
		assert.match(ui.frame(), new RegExp(`hit 1/${total} for`, 'u'));
		await ui.press('n');
		assert.match(ui.frame(), new RegExp(`hit 2/${total} for`, 'u'));
		await ui.press('N', 'N');
		assert.match(ui.frame(), new RegExp(`hit ${total}/${total} for`, 'u'));
		ui.unmount();
	});

	test('Tab leaves the field for the results, where j/k move; / edits the query again', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('russia'));
		await ui.waitFor((f) => /\d+ hits/u.test(f), 'hits for russia');
		await ui.press(KEYS.tab);
		const selected = (): string => selectedRow(ui.frame());
		const first = selected();
		await ui.press('j');
		assert.notEqual(selected(), first, 'j moved the selection');
		await ui.press('/', 'n');
		assert.match(ui.frame(), /\/ russian/u);
		ui.unmount();
	});

	test('Esc clears the query, keeping the field; Esc on the empty field goes back to Articles', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('/', ...type('spies'));
		await ui.waitFor((f) => /\d+ hits/u.test(f) && !/searching/u.test(f), 'hits for spies');
		await ui.press(KEYS.escape);
		assert.doesNotMatch(ui.frame(), /\/ spies/u);
		assert.match(ui.frame(), /Type to search every title and sentence/u);
		await ui.press('x');
		assert.match(ui.frame(), /\/ x/u, 'the emptied field still takes the keys');
		await ui.press(KEYS.escape, KEYS.escape);
		assert.match(ui.frame(), /Outlet\s+Date/u, 'back on the Articles pane');
		await ui.press('3');
		assert.match(ui.frame(), /Entities/u, 'pane keys work again after leaving the field');
		ui.unmount();
	});

	test('2 opens Search with the empty field focused: typing searches at once (issue 17)', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('2', ...type('cancun'));
		const frame = await ui.waitFor((f) => /2 hits\b/u.test(f), 'hits for what was typed after 2');
		assert.match(frame, /\/ cancun/u);
		ui.unmount();
	});

	test('a key burst after 2 lands in the field whole, as when typed fast', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('2cancun');
		await ui.waitFor((f) => /\/ cancun/u.test(f) && /2 hits\b/u.test(f), 'the burst typed into the field');
		ui.unmount();
	});

	test('j and k move in the results only after Tab leaves the field; with no query Tab goes on to the next pane', async () => {
		const ui = await renderDashboard(seeds);
		await ui.press('2', ...type('russia'));
		await ui.waitFor((f) => /\d+ hits/u.test(f), 'hits for russia');
		await ui.press('j');
		assert.match(ui.frame(), /\/ russiaj/u, 'in the field j is a letter');
		await ui.press(KEYS.backspace, KEYS.tab);
		const selected = (): string => selectedRow(ui.frame());
		const first = selected();
		await ui.press('j');
		assert.notEqual(selected(), first, 'j moved the selection');
		await ui.press('/', KEYS.escape, KEYS.tab);
		assert.ok(
			invertedTexts(ui.styledFrame()).some((t) => t.includes('Entities')),
			'Tab on the empty field went on to the Entities pane',
		);
		assert.doesNotMatch(ui.frame(), /Type to search every title/u);
		ui.unmount();
	});

	test('in the field Backspace erases, Ctrl-U clears and PgDn pages the hits, all keymap commands', async () => {
		const ui = await renderDashboard(seeds, { columns: 100, rows: 16 });
		await ui.press('/', ...type('russiax'), KEYS.backspace);
		await ui.waitFor((f) => /\/ russia\b/u.test(f) && /\d+ hits/u.test(f) && !/searching/u.test(f), 'hits for russia');
		const selected = (): string => selectedRow(ui.frame());
		const first = selected();
		await ui.press(KEYS.pageDown);
		assert.notEqual(selected(), first, 'PgDn moved the selection a page');
		assert.match(ui.frame(), /\/ russia\b/u, 'and typed nothing');
		await ui.press('\u0015');
		assert.match(ui.frame(), /Type to search every title and sentence/u, 'Ctrl-U cleared the query');
		ui.unmount();
	});

	test('an answer to a stale query is dropped, so only the latest query’s hits show', async () => {
		const pending: { query: string; resolve: (hits: SearchHit[]) => void; answer: Promise<SearchHit[]> }[] = [];
		const searcher = (query: string): Promise<SearchHit[]> => {
			let resolve: (hits: SearchHit[]) => void = () => undefined;
			const answer = new Promise<SearchHit[]>((settle) => {
				resolve = settle;
			});
			pending.push({ query, resolve, answer });
			return answer;
		};
		const hit = (text: string): SearchHit => ({
			kind: 'sentence',
			article: '000_b1a0f563506436b0',
			sentence: 0,
			text,
			score: 0,
			ranges: [],
		});
		const ui = await renderDashboard(seeds, undefined, { searcher });
		await ui.press('/', 'a', 'b');
		await waitUntil(() => pending.length === 2, 'the search for "ab"');
		assert.deepEqual(
			pending.map((p) => p.query),
			['a', 'ab'],
		);
		pending[1]?.resolve([hit('answer for ab')]);
		await ui.waitFor((f) => /answer for ab/u.test(f), 'the latest answer');
		pending[0]?.resolve([hit('answer for a')]);
		// The pane's own handler of the late answer ran before this await returns (it was attached first);
		// the frame Tab draws after it shows whatever that handler stored.
		await pending[0]?.answer;
		await ui.press(KEYS.tab);
		assert.doesNotMatch(ui.frame(), /answer for a\b/u, 'the late answer to "a" is not shown');
		assert.match(ui.frame(), /answer for ab/u);
		ui.unmount();
	});
});
