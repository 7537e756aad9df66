/** An article's source: its outlet, else the folder its file sits in, else its number. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
		const sources = new Map([['a', 'politics/'], ['b', 'business/'], ['c', 'business/'], ['d', 'sport/']]);
		const counts = countBySource(['a', 'b', 'c', 'd'], sources);
		assert.deepEqual(counts, [{ source: 'business/', count: 2 }, { source: 'politics/', count: 1 }, { source: 'sport/', count: 1 }]);
		assert.equal(sourcesText(counts), 'business/ 2, politics/, sport/');
	});

	test('outlets are counted, not folders', () => {
		assert.equal(outletCount({ articles: [inSection, nested, loose] }), 0);
		assert.equal(outletCount({ articles: [withOutlet, { ...inSection, outlet: 'Reuters' }] }), 1);
		assert.equal(outletCount({ articles: [withOutlet, { ...inSection, outlet: 'BBC' }] }), 2);
	});
});
