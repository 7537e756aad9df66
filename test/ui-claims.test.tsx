/**
 * The Claims pane on a fixed, hand-written analysis of the seeds, so these
 * tests check the pane (columns, highlighting, keys), not the clustering.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import type { ClaimCluster, ClaimsAnalysis, ClaimVersion } from '../src/analysis/claims/index.js';
import { wordingDifference } from '../src/analysis/claims/wording-difference.js';
import { setColours } from '../src/ui/theme.js';
import type { Corpus } from '../src/corpus/index.js';
import type { Analysers } from '../src/ui/analysis/use-analysis.js';
import { loadSeeds } from './helpers/fixtures.js';
import { invertedTexts, KEYS, renderDashboard, type Dashboard } from './helpers/render.js';

const [UNN, SECOND, TNA] = ['000_b1a0f563506436b0', '001_cea9d9f0d2df901f', '004_ef967bd7b0972506'];
let seeds: Corpus;
let analysers: Analysers;

function version(article: string, sentence: number | null, best = true, restates: boolean | null = null): ClaimVersion {
	const a = seeds.articles.find((x) => x.id === article);
	const text = sentence === null ? (a?.title ?? '') : (a?.sentences[sentence]?.text ?? '');
	return { article, sentence, start: 0, end: text.length, text, best, restates };
}

/** The index of the article's sentence containing `phrase`. */
function sentenceWith(article: string, phrase: string): number {
	const index = seeds.articles.find((x) => x.id === article)?.sentences.findIndex((s) => s.text.includes(phrase)) ?? -1;
	assert.ok(index >= 0, `a sentence of ${article} with "${phrase}"`);
	return index;
}

function rangeOf(v: ClaimVersion, phrase: string): [number, number][] {
	const start = v.text.indexOf(phrase);
	assert.ok(start >= 0, `"${phrase}" in "${v.text}"`);
	return [[start, start + phrase.length]];
}

before(async () => {
	seeds = await loadSeeds();
	const count = [
		version(UNN, sentenceWith(UNN, 'list of more than two dozen')),
		version(SECOND, null, true, false),
		version(TNA, sentenceWith(TNA, 'more than twenty people'), true, true),
	];
	const nyt = [version(UNN, sentenceWith(UNN, 'reports UNN')), version(SECOND, sentenceWith(SECOND, 'citing five senior'))];
	const spyCount: ClaimCluster = {
		id: 'count',
		label: 'The United States provided Mexico with a list of more than two dozen individuals',
		articles: [UNN, SECOND, TNA],
		versions: [...count, version(SECOND, sentenceWith(SECOND, 'more than 20 people'), false)],
		differences: [
			{
				kind: 'quantity',
				conflict: true,
				values: { [UNN]: 'more than two dozen (>24)', [SECOND]: '20 (20)', [TNA]: 'more than twenty (>20)' },
				ranges: {
					[UNN]: rangeOf(count[0] as ClaimVersion, 'more than two dozen individuals'),
					[SECOND]: rangeOf(count[1] as ClaimVersion, '20 Russian spies'),
					[TNA]: rangeOf(count[2] as ClaimVersion, 'more than twenty people'),
				},
			},
			// The word diff itself, not a hand-written one: the marks tests below fail if the diff stops marking.
			...[wordingDifference(count)].filter((d) => d !== null),
		],
		conflict: true,
		cohesion: 0.6,
		lead: true,
		position: 0,
	};
	const attribution: ClaimCluster = {
		id: 'nyt',
		label: 'This is reported by The New York Times, reports UNN.',
		articles: [UNN, SECOND],
		versions: nyt,
		differences: [
			{
				kind: 'attribution',
				conflict: false,
				values: { [UNN]: 'The New York Times', [SECOND]: 'The New York Times; five senior US officials' },
				ranges: { [SECOND]: rangeOf(nyt[1] as ClaimVersion, 'five senior US officials') },
			},
		],
		conflict: false,
		cohesion: 0.5,
		lead: false,
		position: 0.4,
	};
	const analysis: ClaimsAnalysis = {
		claims: [spyCount, attribution],
		singleSource: [
			{
				article: UNN,
				sentence: sentenceWith(UNN, 'Russia watcher'),
				start: 0,
				end: 10,
				text: seeds.articles[0]?.sentences[sentenceWith(UNN, 'Russia watcher')]?.text ?? '',
			},
		],
	};
	analysers = { entities: () => [], claims: () => analysis };
});

async function openClaims(size = { columns: 120, rows: 40 }): Promise<Dashboard> {
	const ui = await renderDashboard(seeds, size, { analysers });
	await ui.press('4');
	await ui.waitFor((f) => /2 claims told by several outlets/u.test(f), 'the claim list');
	return ui;
}

describe('Claims pane', () => {
	test('lists claims with how many articles tell them and a mark for conflicts, then single-source claims', async () => {
		const ui = await openClaims();
		const frame = ui.frame();
		assert.match(frame, /2 claims told by several outlets \(1 with conflicting numbers\) · 1 told by one/u);
		assert.match(frame, /›3\/3 ≠ The United States provided Mexico/u);
		assert.match(frame, /2\/3\s+This is reported by The New York Times/u);
		assert.match(frame, /Only in UNN \(1\)/u);
		assert.match(frame, /Russia watcher/u);
		ui.unmount();
	});

	test('each claim is one row at every width: the label is cut, never the kinds of difference', async () => {
		for (const columns of [80, 100, 120]) {
			const ui = await openClaims({ columns, rows: 24 });
			const row = ui
				.frame()
				.split('\n')
				.find((line) => line.includes('3/3'));
			assert.ok(row, `the spy-count row at ${columns} columns`);
			assert.match(row, /3\/3 ≠ The United States.*numbers/u, `count, mark, label and kinds on one line at ${columns} columns`);
			assert.ok(
				ui
					.frame()
					.split('\n')
					.every((line) => line.length <= columns),
			);
			ui.unmount();
		}
	});

	test('Enter shows the versions side by side under their outlets, with the differing numbers highlighted', async () => {
		const ui = await openClaims();
		await ui.press(KEYS.enter);
		const frame = ui.frame();
		assert.match(frame, /Claim 1\/2 · 3 articles · 1 further sentence · numbers conflict/u);
		assert.match(
			frame,
			/UNN\s+#2 ~ differs\s+Total News Agency = same/u,
			'each column after the first says whether it restates the first or adds details',
		);
		assert.match(frame, /The culmination was a list/u, 'the further sentence is shown under its outlet');
		assert.match(frame, /≠ numbers \(conflict\): UNN: more than two dozen \(>24\) · #2: 20 \(20\) · Total News Agency: more than twenty/u);
		const highlighted = invertedTexts(ui.styledFrame()).join(' ');
		for (const phrase of ['20 Russian spies', 'more than twenty'])
			assert.ok(highlighted.includes(phrase), `"${phrase}" highlighted in ${highlighted}`);
		ui.unmount();
	});

	test('n and N move between claims without leaving the view', async () => {
		const ui = await openClaims();
		await ui.press(KEYS.enter, 'n');
		assert.match(ui.frame(), /Claim 2\/2 · 2 articles/u);
		assert.match(ui.frame(), /~ attribution: UNN: The New York Times · #2: The New York Times; five senior US officials/u);
		await ui.press('N');
		assert.match(ui.frame(), /Claim 1\/2/u);
		await ui.press(KEYS.escape);
		assert.match(ui.frame(), /2 claims told by several outlets/u);
		ui.unmount();
	});

	/** The texts of a styled frame between an opening and a closing escape code. */
	function styled(frame: string, open: string, close: string): string[] {
		const texts: string[] = [];
		for (const part of frame.split(open).slice(1)) texts.push(stripVTControlCharacters(part.split(close)[0] ?? ''));
		return texts;
	}

	for (const size of [
		{ columns: 120, rows: 40 },
		{ columns: 80, rows: 24 },
	]) {
		test(`at ${size.columns}x${size.rows} the column after the first marks the words the first version does not have, in colour and bold`, async () => {
			const ui = await openClaims(size);
			await ui.press(KEYS.enter);
			await ui.waitFor((f) => /Claim 1\/2/u.test(f), 'the first claim');
			assert.match(ui.frame(), /~ wording, marked in the columns: .*#2: \d+ words? not in the first version/u);
			const green = styled(ui.styledFrame(), '\u001B[32m', '\u001B[39m').join(' ');
			assert.match(green, /rejected/u, `words only the second version has are green: ${green}`);
			assert.doesNotMatch(green, /\bthe\b|\bfrom\b/u, `function words are never marked: ${green}`);
			ui.unmount();
		});
	}

	test('speech tags and sources are never marked as wording: the NYT versions differ only in who they cite', () => {
		const nyt = [version(UNN, sentenceWith(UNN, 'reports UNN')), version(SECOND, sentenceWith(SECOND, 'citing five senior'))];
		assert.equal(wordingDifference(nyt), null);
	});

	test('under NO_COLOR the words not in the first version stay marked, in bold', async () => {
		setColours(false);
		try {
			const ui = await openClaims();
			await ui.press(KEYS.enter);
			await ui.waitFor((f) => /Claim 1\/2/u.test(f), 'the first claim');
			const frame = ui.styledFrame();
			assert.ok(!frame.includes('\u001B[32m'), 'no colour');
			const bold = styled(frame, '\u001B[1m', '\u001B[22m').join(' ');
			assert.match(bold, /rejected/u, `the added words are bold: ${bold}`);
			ui.unmount();
		} finally {
			setColours(true);
		}
	});

	test('at 80x24 the columns that do not fit scroll with l and h; the focused outlet is marked', async () => {
		const ui = await openClaims({ columns: 80, rows: 24 });
		await ui.press(KEYS.enter);
		assert.match(ui.frame(), /columns 1-2 of 3/u);
		assert.ok(
			ui
				.frame()
				.split('\n')
				.every((l) => l.length <= 80),
			'nothing wider than the terminal',
		);
		await ui.press('l', 'l');
		const frame = ui.frame();
		assert.match(frame, /columns 2-3 of 3/u);
		assert.ok(invertedTexts(ui.styledFrame()).includes('Total News Agency'), 'the focused column’s header is marked');
		await ui.press('h', 'h');
		assert.match(ui.frame(), /columns 1-2 of 3/u);
		ui.unmount();
	});

	test('the status bar hints at the keys of the view shown: the list, then side by side', async () => {
		const ui = await openClaims();
		const statusBar = (): string => ui.frame().split('\n').at(-1) ?? '';
		assert.match(statusBar(), /Enter side by side/u);
		await ui.press(KEYS.enter);
		assert.doesNotMatch(statusBar(), /side by side/u);
		assert.match(statusBar(), /n next claim .*Enter read .*Esc back/u);
		ui.unmount();
	});

	test('side by side scrolls as far as its tallest column: after G, k moves up at once', async () => {
		const ui = await openClaims({ columns: 60, rows: 14 });
		await ui.press(KEYS.enter);
		const top = ui.frame();
		await ui.press('G');
		const bottom = ui.frame();
		assert.notEqual(bottom, top, 'the columns are taller than the body, so G scrolls');
		await ui.press('j');
		assert.equal(ui.frame(), bottom, 'nothing past the tallest column');
		await ui.press('k');
		assert.notEqual(ui.frame(), bottom, 'k right after G scrolls up');
		await ui.press('g', 'g');
		assert.equal(ui.frame(), top);
		ui.unmount();
	});

	test('Enter in the view opens the focused version in the Reader, with its differences marked', async () => {
		const ui = await openClaims();
		await ui.press(KEYS.enter, 'l', 'l', KEYS.enter);
		const frame = ui.frame();
		assert.match(frame.split('\n')[0] ?? '', /6 Reader/u);
		assert.match(frame, /Total News Agency · 2025-12-09/u);
		assert.ok(invertedTexts(ui.styledFrame()).includes('more than twenty people'));
		ui.unmount();
	});
});
