/**
 * The Coverage pane and what it adds to Claims and the Reader, on the seeds
 * analysed for real (three outlets, one cited origin), before and after the
 * sourcing, and on a corpus of twelve outlets, where the outlet columns
 * slide and no line wraps.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyseClaims, type ClaimsAnalysis } from '../src/analysis/claims/index.js';
import { sourceClaims, type ClaimSourcing } from '../src/analysis/coverage/index.js';
import { analyseEntities } from '../src/analysis/entities/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { loadSeeds } from './helpers/fixtures.js';
import { KEYS, renderDashboard, selectedRow, type Dashboard } from './helpers/render.js';

const OUTLETS = ['UNN', '#2', 'Total News Agency'];

/** The frame's lines, without the frame's border. */
function lines(frame: string): string[] {
	return frame.split('\n').map((line) => line.replace(/^│ ?|│$/gu, ''));
}

describe('the Coverage pane on the seeds', () => {
	let seeds: Corpus;
	let ui: Dashboard;

	before(async () => {
		seeds = await loadSeeds();
		ui = await renderDashboard(seeds, { columns: 120, rows: 40 });
		await ui.press('5');
		await ui.waitFor((f) => f.includes('one origin') && f.includes('leaves out'), 'the coverage matrix with its origins');
	});
	after(() => ui.unmount());

	test('a number key opens it, with a legend, each outlet a column and its counts above it', () => {
		const frame = ui.frame();
		assert.match(frame, /5 Coverage/u);
		assert.match(frame, /= as the others {2}~ with a difference {2}≠ numbers conflict {2}· not stated/u);
		const names = lines(frame).find((line) => line.includes('origin') && line.includes('UNN')) ?? '';
		for (const outlet of OUTLETS) assert.ok(names.includes(outlet.slice(0, 8)), `${outlet} heads a column: ${names}`);
		for (const count of ['states', 'only it', 'leaves out']) assert.match(frame, new RegExp(`${count}[^\\n]*\\d+ +\\d+ +\\d+`, 'u'));
	});

	test('the spy-count claim comes first: stated by all three, its numbers in conflict, resting on The New York Times', () => {
		const row = selectedRow(ui.frame());
		assert.match(row, /› +3 Mexico refused to expel more than two dozen/u);
		assert.match(row, /one origin/u);
		assert.match(row, /≠/u);
		assert.doesNotMatch(row, /·/u, 'no outlet leaves it out');
		assert.match(ui.frame(), /one origin: The New York Times \(3 outlets\)/u);
	});

	test('h and l move the focused outlet, which the line under the matrix names', async () => {
		await ui.press('l');
		assert.match(ui.frame(), /\n│ #2: /u);
		await ui.press('l', 'l');
		assert.match(ui.frame(), /\n│ Total News Agency: /u, 'the last column stays focused at the edge');
		await ui.press('h', 'h');
		assert.match(ui.frame(), /\n│ UNN: /u);
	});

	test('Enter opens the claim side by side with the outlet focused, its origin in the header; Esc comes back', async () => {
		await ui.press('l', 'l', KEYS.enter);
		const frame = await ui.waitFor((f) => f.includes('Claim 1/'), 'the claim side by side');
		assert.match(frame, /one origin: The New York Times/u);
		assert.match(ui.styledFrame(), /\u001B\[7m(?:\u001B\[1m)?Total News Agency/u, 'its column focused');
		await ui.press(KEYS.escape);
		await ui.waitFor((f) => f.includes('leaves out'), 'back in Coverage');
		await ui.press('h', 'h');
	});

	test('o lists what the focused outlet leaves out, then what only it reports, the cursor on the first of them', async () => {
		await ui.press('o');
		const frame = await ui.waitFor((f) => f.includes('what only it reports'), 'the outlet lists');
		assert.match(frame, /UNN leaves out \d+ claims? that two or more others state/u);
		assert.match(frame, /Only UNN reports \d+/u);
		assert.match(selectedRow(frame), /›/u);
		assert.doesNotMatch(selectedRow(frame), /leaves out|reports \d/u, 'the cursor is not on a heading');
		await ui.press(KEYS.escape);
		await ui.waitFor((f) => f.includes('origin'), 'back to the matrix');
	});

	test('s lists the sources: The New York Times cited by all three; Enter lists the claims citing it', async () => {
		await ui.press('s');
		const frame = await ui.waitFor((f) => f.includes('sources cited'), 'the sources table');
		const nyt = lines(frame).find((line) => line.includes('The New York Times')) ?? '';
		assert.match(nyt, /outlet/u);
		for (const outlet of OUTLETS) assert.ok(nyt.includes(outlet), `${outlet} cites it: ${nyt}`);
		const rows = lines(frame).filter((line) => /^[ ›] \S/u.test(line) && !line.includes('source'));
		const index = rows.findIndex((line) => line.includes('The New York Times'));
		for (let i = 0; i < index; i++) await ui.press('j');
		await ui.press(KEYS.enter);
		const claims = await ui.waitFor((f) => f.includes('Claims citing The New York Times'), 'the claims citing it');
		assert.match(claims, /Mexico refused to expel more than two dozen/u);
		await ui.press(KEYS.escape, KEYS.escape);
		await ui.waitFor((f) => f.includes('origin'), 'back to the matrix');
	});
});

describe('the matrix before its sourcing', () => {
	test('opens with the claims, origins a placeholder and no sources table, until the sourcing brings them', async () => {
		let release = (): void => undefined;
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		// The sourcing held until the test lets it go: what is shown meanwhile is the matrix the claims alone give.
		const sourcing = async (corpus: Corpus, claims: ClaimsAnalysis): Promise<ClaimSourcing> => {
			await gate;
			return sourceClaims(corpus, claims);
		};
		const ui = await renderDashboard(
			await loadSeeds(),
			{ columns: 120, rows: 40 },
			{
				analysers: { entities: analyseEntities, claims: analyseClaims, sourcing },
			},
		);
		try {
			await ui.press('5');
			let frame = await ui.waitFor((f) => f.includes('leaves out'), 'the matrix');
			const row = selectedRow(frame);
			const header = frame.split('\n').find((line) => line.includes('origin') && line.includes('UNN')) ?? '';
			const originOf = (line: string): string =>
				line.slice(header.indexOf('origin'), header.indexOf('origin') + 'one origin'.length).trim();
			assert.match(row, /› +3 Mexico refused to expel more than two dozen/u);
			assert.match(row, /≠/u, 'the conflict is known without the sourcing');
			assert.equal(originOf(row), '…', 'its origin a placeholder');
			assert.doesNotMatch(frame, /one origin|independent|one names|none named|unattributed/u, 'no origin told before the sources are read');
			assert.match(frame, /\n│ UNN: numbers conflict · Reading who each outlet cites…/u);
			for (const count of ['states', 'only it', 'leaves out']) assert.match(frame, new RegExp(`${count}[^\\n]*\\d+ +\\d+ +\\d+`, 'u'));

			await ui.press('s');
			frame = await ui.waitFor((f) => !f.includes('leaves out'), 'the sources view');
			assert.match(frame, /Reading who each outlet cites…/u);
			assert.doesNotMatch(frame, /sources cited/u, 'not an empty table');
			await ui.press(KEYS.escape);
			await ui.waitFor((f) => f.includes('leaves out'), 'back to the matrix');

			await ui.press(KEYS.enter);
			frame = await ui.waitFor((f) => f.includes('Claim 1/'), 'the claim side by side');
			assert.match(frame, /sourcing: reading who each outlet cites…/u);
			await ui.press(KEYS.escape);
			await ui.waitFor((f) => f.includes('leaves out'), 'back in Coverage');

			release();
			frame = await ui.waitFor((f) => originOf(selectedRow(f)) === 'one origin', 'the origins, once the sources are read');
			assert.match(frame, /UNN: numbers conflict · one origin: The New York Times \(3 outlets\)/u);
			await ui.press('s');
			frame = await ui.waitFor((f) => f.includes('sources cited'), 'the sources table');
			assert.match(frame, /The New York Times/u);
		} finally {
			release();
			ui.unmount();
		}
	});
});

describe('the Reader gutter', () => {
	test('marks each sentence with its claim and c opens that claim side by side; Esc returns to the Reader', async () => {
		const ui = await renderDashboard(await loadSeeds(), { columns: 100, rows: 30 });
		try {
			await ui.press('5');
			await ui.waitFor((f) => f.includes('leaves out'), 'the coverage, so the marks are there');
			await ui.press('1', KEYS.enter);
			const frame = await ui.waitFor((f) => f.includes('gutter:'), 'the Reader with its gutter');
			assert.match(frame, /│ ≠ Mexico refused to expel more than two dozen/u, 'the spy count marked as in conflict');
			assert.match(frame, /│ 1 \S/u, 'a sentence only this article states');
			await ui.press('c');
			await ui.waitFor((f) => f.includes('Claim 1/'), 'its claim side by side');
			assert.match(ui.styledFrame(), /\u001B\[7m(?:\u001B\[1m)?UNN/u, "the Reader's article focused");
			await ui.press(KEYS.escape);
			await ui.waitFor((f) => f.includes('gutter:'), 'back in the Reader');
		} finally {
			ui.unmount();
		}
	});
});

describe('Coverage with twelve outlets', () => {
	let twelve: Corpus;
	before(async () => {
		const seeds = await loadSeeds();
		// The seeds retold by twelve outlets: every claim stated by four of them.
		const articles = Array.from({ length: 12 }, (_, i) => {
			const article = seeds.articles[i % seeds.articles.length];
			assert.ok(article);
			return { ...article, id: `${article.id}-${i}`, outlet: `Outlet ${String.fromCharCode(65 + i)}` };
		});
		twelve = { ...seeds, articles };
	});

	// 60 columns: the tabs give up their titles but the active one's, so the tab bar fits too.
	for (const [columns, rows] of [
		[60, 20],
		[80, 24],
		[120, 40],
	] as const) {
		test(`at ${columns}x${rows} the columns slide past the width, the claim label stays, nothing wraps`, async () => {
			const ui = await renderDashboard(twelve, { columns, rows });
			try {
				await ui.press('5');
				let frame = await ui.waitFor((f) => f.includes('leaves out'), 'the matrix');
				const shown = /outlets 1-(\d+) of 12/u.exec(frame);
				assert.ok(shown, `some of the twelve columns shown:\n${frame}`);
				const fit = Number(shown[1]);
				for (let i = 0; i < fit; i++) await ui.press('l');
				frame = ui.frame();
				assert.match(frame, new RegExp(`outlets 2-${fit + 1} of 12`, 'u'), 'the window slid one column');
				assert.match(frame, new RegExp(`Outlet ${String.fromCharCode(65 + fit)}: `, 'u'));
				assert.match(selectedRow(frame), /› +\d+ Mexico \S+ to Expel/iu, 'the claim label still shown');
				const drawn = frame.split('\n');
				assert.ok(drawn.length <= rows, `${drawn.length} lines in ${rows} rows`);
				for (const line of drawn) assert.ok(line.length <= columns, `a line past ${columns}: ${line}`);
				assert.ok(
					drawn.some((line) => line.startsWith('╰')),
					'the frame is closed',
				);
			} finally {
				ui.unmount();
			}
		});
	}
});
