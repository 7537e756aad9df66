/**
 * Issue 19: one publisher's 2,500 articles in three section folders, no outlet
 * named. Every pane shows what matters first: the cast before numbers and dates,
 * sections where outlets would be, the sources a search hits, and claims counted
 * in articles, since "several outlets" is not true of one publisher.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ClaimCluster, ClaimsAnalysis } from '../src/analysis/claims/index.js';
import { analyseEntities, type Entity } from '../src/analysis/entities/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { KEYS, renderDashboard, type Dashboard } from './helpers/render.js';
import { sectionCorpus, SECTION_ARTICLES } from './helpers/sections.js';

const SIZE = { columns: 100, rows: 30 };
const ROW = /\s(PER|ORG|PLC|QTY|DAT)\s/u;

function claim(ids: readonly string[], label: string): ClaimCluster {
	return {
		id: label,
		label,
		articles: [...ids],
		versions: ids.map((article) => ({ article, sentence: 1, start: 0, end: 10, text: 'Sales rose', best: true, restates: null })),
		differences: [],
		conflict: false,
		cohesion: 0.9,
		lead: false,
		position: 0.5,
	};
}

describe('a large corpus of one publisher in sections', () => {
	let corpus: Corpus;
	let entities: Entity[];
	let claims: ClaimsAnalysis;
	before(() => {
		corpus = sectionCorpus();
		// The real extraction, once: the folding of relative dates is part of what is tested.
		entities = analyseEntities(corpus);
		const ids = corpus.articles.map((a) => a.id);
		claims = {
			claims: [claim(ids.slice(0, 1234), 'Sales rose by 12% last year'), claim(ids.slice(0, 7), 'The plan would be published in 2005')],
			singleSource: [],
		};
	});

	const open = async (key: string, ready: RegExp): Promise<Dashboard> => {
		const ui = await renderDashboard(corpus, SIZE, { analysers: { entities: () => entities, claims: () => claims } });
		await ui.press(key);
		await ui.waitFor((f) => ready.test(f), String(ready));
		return ui;
	};

	test('Articles: the source column names the section where no outlet is named', async () => {
		const ui = await open('1', /Outlet\s+Date/u);
		const rows = ui
			.frame()
			.split('\n')
			.filter((l) => /^\s*│\s*[›\s]\d+\s/u.test(l));
		assert.ok(rows.length > 10);
		assert.deepEqual(
			rows.slice(0, 3).map((l) => /(business|politics|sport)\//u.exec(l)?.[0]),
			['business/', 'politics/', 'sport/'],
		);
		ui.unmount();
	});

	test('Entities: the first screen is the cast, then quantities, then dates; relative dates without an article date are not listed', async () => {
		const ui = await open('3', /all entities · \d+ of \d+/u);
		const rows = ui
			.frame()
			.split('\n')
			.filter((l) => ROW.test(l));
		const types = rows.map((l) => ROW.exec(l)?.[1]);
		const cast = entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place').length;
		assert.ok(cast >= 10 && rows.length > cast, `${cast} of the cast and more on ${rows.length} rows`);
		assert.ok(
			types.slice(0, cast).every((t) => t === 'PER' || t === 'ORG' || t === 'PLC'),
			types.join(' '),
		);
		assert.deepEqual(
			types.slice(cast),
			[...types.slice(cast)].sort((a, b) => (a === 'QTY' ? 0 : 1) - (b === 'QTY' ? 0 : 1)),
			'quantities before dates',
		);
		for (const relative of ['Tuesday', 'today', 'last year', 'this year']) {
			assert.ok(!rows.some((l) => l.includes(` ${relative} `)), `no row for "${relative}"`);
		}
		ui.unmount();
	});

	test('Entities: the Outlets column counts sections, most first, never article numbers', async () => {
		const ui = await open('3', /all entities · \d+ of \d+/u);
		const london =
			ui
				.frame()
				.split('\n')
				.find((l) => /London\s+PLC/u.test(l)) ?? '';
		assert.match(london, /(business|politics|sport)\/ \d+, (business|politics|sport)\/ \d+, (business|politics|sport)\/ \d+/u);
		const counts = [...london.matchAll(/\/ (\d+)/gu)].map((m) => Number(m[1]));
		assert.deepEqual(
			counts,
			[...counts].sort((a, b) => b - a),
		);
		assert.doesNotMatch(ui.frame(), /#\d/u);
		ui.unmount();
	});

	test('Entities: the date type lists the relative dates, and a dated article\'s "Tuesday" joins the day it names', async () => {
		const ui = await open('3', /all entities · \d+ of \d+/u);
		await ui.press('t');
		await ui.waitFor((f) => /Show which entities\?/u.test(f), 'the type menu');
		// all, people, organisations, places, dates.
		await ui.press(KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter);
		const frame = await ui.waitFor((f) => /dates · \d+ of \d+/u.test(f), 'the dates');
		for (const relative of ['Tuesday', 'today', 'last year', 'this year']) assert.match(frame, new RegExp(`${relative}\\s+DAT`, 'u'));
		assert.match(frame, /8 February 2005\s+DAT\s+6\s+3\/2500/u, 'three articles write the day, and their "Tuesday" is the same day');
		const day = entities.find((e) => e.iso === '2005-02-08');
		assert.deepEqual(new Set(day?.mentions.map((m) => m.text)), new Set(['8 February 2005', 'Tuesday']));
		ui.unmount();
	});

	test('Search: the counts line names the sections with hits, most first, then those without', async () => {
		const ui = await open('/', /\/ /u);
		await ui.press(...'barclays');
		const frame = await ui.waitFor((f) => /\d+ hits/u.test(f), 'the hits');
		assert.match(frame, /business\/ \d+ · politics\/ \d+ · sport\/ 0/u);
		const [business = 0, politics = 0] = [...(/business\/ (\d+) · politics\/ (\d+)/u.exec(frame) ?? [])].slice(1).map(Number);
		assert.ok(business > politics && politics > 0, `${business} > ${politics}`);
		assert.doesNotMatch(frame, /#1 0/u);
		ui.unmount();
	});

	test('Claims: told by several articles, counted in articles, the column as wide as the largest count', async () => {
		const ui = await open('4', /claims told by several/u);
		const lines = ui.frame().split('\n');
		assert.ok(lines.some((l) => /2 claims told by several articles/u.test(l)));
		assert.doesNotMatch(ui.frame(), /several outlets|\/2500/u);
		const first = lines.find((l) => l.includes('Sales rose')) ?? '';
		const second = lines.find((l) => l.includes('The plan would')) ?? '';
		assert.match(first, /›1234\s+Sales rose/u);
		assert.match(second, /^\s*│?\s*7\s+The plan/u);
		assert.equal(first.indexOf('Sales rose'), second.indexOf('The plan'));
		ui.unmount();
	});
});

test(`the generated corpus has ${SECTION_ARTICLES} articles and no outlet`, () => {
	const corpus = sectionCorpus();
	assert.equal(corpus.articles.length, SECTION_ARTICLES);
	assert.ok(corpus.articles.every((a) => a.outlet === null));
});
