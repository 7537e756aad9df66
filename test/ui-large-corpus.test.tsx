/**
 * Panes with the figures of a large corpus (thousands of articles, tens of
 * thousands of mentions): columns widen to fit, the headings stay, and no
 * row wraps onto the next. Found in a real terminal on 2,088 BBC articles,
 * where "614/2088" wrapped inside a 6-column cell and rows overwrote the heading.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ClaimCluster, ClaimsAnalysis } from '../src/analysis/claims/index.js';
import type { Entity, Mention } from '../src/analysis/entities/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { articleOf } from './helpers/fixtures.js';
import { renderDashboard } from './helpers/render.js';

const ARTICLES = 2500;
const COLUMNS = 110;
const ROWS = 34;

function mentionsIn(ids: readonly string[], count: number): Mention[] {
	return Array.from({ length: count }, (_, i) => ({
		article: ids[i % ids.length] as string,
		sentence: 0,
		text: 'Harbour',
		start: 4,
		end: 11,
	}));
}

function claim(ids: readonly string[], label: string, conflict: boolean): ClaimCluster {
	return {
		id: label,
		label,
		articles: [...ids],
		versions: ids.map((article) => ({ article, sentence: 0, start: 0, end: 10, text: 'The harbour', best: true, restates: null })),
		differences: [],
		conflict,
		cohesion: 0.9,
		lead: false,
		position: 0.5,
	};
}

describe('panes on a corpus of thousands of articles', () => {
	let corpus: Corpus;
	let entities: Entity[];
	let claims: ClaimsAnalysis;
	before(() => {
		const articles = Array.from({ length: ARTICLES }, (_, i) =>
			articleOf(`a${i}`, `Harbour story ${i}`, ['The harbour reopened on Monday.']),
		);
		corpus = { articles, skipped: [] };
		const ids = articles.map((a) => a.id);
		entities = [
			{
				id: 'place:harbour',
				name: 'Harbour Town',
				type: 'place',
				aliases: [],
				articles: ids.slice(0, 2345),
				mentions: mentionsIn(ids.slice(0, 2345), 123_456),
			},
			{
				id: 'person:ann',
				name: 'Ann Example',
				type: 'person',
				aliases: [],
				articles: ids.slice(0, 7),
				mentions: mentionsIn(ids.slice(0, 7), 9),
			},
		];
		claims = {
			claims: [claim(ids.slice(0, 1234), 'The harbour reopened', true), claim(ids.slice(0, 3), 'Ships returned at noon', false)],
			singleSource: [],
		};
	});

	const analysers = (): { entities: () => Entity[]; claims: () => ClaimsAnalysis } => ({ entities: () => entities, claims: () => claims });

	test('Entities: the heading stays and each row is one line, counts in full', async () => {
		const ui = await renderDashboard(corpus, { columns: COLUMNS, rows: ROWS }, { analysers: analysers() });
		await ui.press('3');
		const frame = await ui.waitFor((f) => /all entities · 2 of 2/u.test(f), 'the entity list');
		const lines = frame.split('\n');
		assert.ok(lines.length <= ROWS, `${lines.length} lines`);
		const heading = lines.findIndex((l) => /Name\s+Type\s+Ment\.\s+Arts\s+Outlets/u.test(l));
		assert.ok(heading > 0, 'the column heading is drawn');
		assert.match(lines[heading + 1] ?? '', /Harbour Town\s+PLC\s+123456\s+2345\/2500\s+#1, #2/u);
		assert.match(lines[heading + 2] ?? '', /Ann Example\s+PER\s+9\s+7\/2500\s+#1, #2/u);
		// The counts line up under their headings.
		assert.equal(lines[heading + 1]?.indexOf('123456'), lines[heading]?.indexOf('Ment.'));
		assert.equal(lines[heading + 2]?.indexOf('7/2500'), lines[heading]?.indexOf('Arts'));
		ui.unmount();
	});

	test('Claims: the counts are padded to one width, so the labels line up', async () => {
		const ui = await renderDashboard(corpus, { columns: COLUMNS, rows: ROWS }, { analysers: analysers() });
		await ui.press('4');
		const frame = await ui.waitFor((f) => /Ships returned at noon/u.test(f), 'the claims list');
		const lines = frame.split('\n');
		assert.ok(lines.length <= ROWS, `${lines.length} lines`);
		const first = lines.find((l) => l.includes('The harbour reopened')) ?? '';
		const second = lines.find((l) => l.includes('Ships returned at noon')) ?? '';
		// No outlet named: the articles are counted (issue 19), as wide as the largest count.
		assert.match(first, /›1234 ≠ The harbour reopened/u);
		assert.match(second, /\s{4}3\s+Ships returned/u);
		assert.equal(first.indexOf('The harbour'), second.indexOf('Ships returned'));
		ui.unmount();
	});
});
