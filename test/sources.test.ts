/** An article's source: its outlet, else the folder its file sits in, else its number. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ClaimsAnalysis } from '../src/analysis/claims/index.js';
import { analyseCoverage } from '../src/analysis/coverage/index.js';
import type { Entity } from '../src/analysis/entities/index.js';
import { claimsText } from '../src/commands/claims.js';
import { entitiesTable } from '../src/commands/entities.js';
import { markdownReport } from '../src/commands/export.js';
import { articleSource, countBySource, outletCount, sourceLabels, sourcesText } from '../src/corpus/source.js';
import { articleOf } from './helpers/fixtures.js';

const withOutlet = { ...articleOf('reuters-1', 'A', ['One.']), outlet: 'Reuters' };
const inSection = articleOf('business/001', 'B', ['Two.']);
const nested = articleOf('2005/politics/010', 'C', ['Three.']);
const loose = articleOf('story', 'D', ['Four.']);

describe('article sources', () => {
	test('the outlet when known, else the folder, else nothing', () => {
		assert.equal(articleSource(withOutlet), 'Reuters');
		assert.equal(articleSource({ ...inSection, outlet: 'BBC' }), 'BBC', 'an outlet beats the folder');
		assert.equal(articleSource(inSection), 'business/');
		assert.equal(articleSource(nested), '2005/politics/');
		assert.equal(articleSource(loose), null);
	});

	test('labels fall back to the article number', () => {
		const labels = sourceLabels({ articles: [withOutlet, inSection, loose] });
		assert.deepEqual([...labels.values()], ['Reuters', 'business/', '#3']);
	});

	test('counts aggregate by source, most first, ties in the order met', () => {
		const sources = new Map([
			['a', 'politics/'],
			['b', 'business/'],
			['c', 'business/'],
			['d', 'sport/'],
		]);
		const counts = countBySource(['a', 'b', 'c', 'd'], sources);
		assert.deepEqual(counts, [
			{ source: 'business/', count: 2 },
			{ source: 'politics/', count: 1 },
			{ source: 'sport/', count: 1 },
		]);
		assert.equal(sourcesText(counts), 'business/ 2, politics/, sport/');
	});

	test('outlets are counted, not folders', () => {
		assert.equal(outletCount({ articles: [inSection, nested, loose] }), 0);
		assert.equal(outletCount({ articles: [withOutlet, { ...inSection, outlet: 'Reuters' }] }), 1);
		assert.equal(outletCount({ articles: [withOutlet, { ...inSection, outlet: 'BBC' }] }), 2);
	});
});

describe('the plain commands and the report name sources', () => {
	const corpus = {
		articles: [
			articleOf('business/001', 'Shares rise', ['Shares rose in London.']),
			articleOf('business/002', 'Shares up', ['Shares rose in London today.']),
			articleOf('sport/001', 'A win', ['London won.']),
		],
		skipped: [],
	};
	const london: Entity = {
		id: 'place:london',
		name: 'London',
		type: 'place',
		aliases: [],
		articles: ['business/001', 'sport/001', 'business/002'],
		mentions: [],
	};
	const claims: ClaimsAnalysis = {
		claims: [
			{
				id: 'c',
				label: 'Shares rose',
				articles: ['business/001', 'business/002'],
				versions: [],
				differences: [],
				conflict: false,
				cohesion: 1,
				lead: false,
				position: 0,
			},
		],
		singleSource: [{ article: 'sport/001', sentence: 0, start: 0, end: 11, text: 'London won.' }],
	};

	test('entities: the Outlets column counts sections', () => {
		assert.match(entitiesTable(corpus, [london], 100), /London\s+0\s+3\/3\s+-\s+business\/ 2, sport\//u);
	});

	test('claims and the report: told by articles, by section, without outlets', () => {
		const text = claimsText(corpus, claims);
		assert.match(text, /Told by one article only \(1\):\n {3}sport\/: London won\./u);
		const report = markdownReport(corpus, { entities: [london], claims }, analyseCoverage(corpus, claims), 'test');
		assert.match(report, /1 claims told by more than one article/u);
		assert.match(report, /## Claims told by several articles/u);
		assert.match(report, /## Told by one article only\n\n### sport\/\n\n- London won\./u);
		assert.match(report, /\| 1 \| business\/ \| - \|/u);
		assert.doesNotMatch(report, /(one|several|than one) outlets?/u);
	});
});
