import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALIGNMENT_FEATURES, UnitPlace } from '../src/analysis/claims/alignment-features.js';
import { alignmentModel } from '../src/analysis/claims/alignment-model.js';
import { alignUnits } from '../src/analysis/claims/alignment.js';
import { isNonClaim } from '../src/analysis/claims/non-claims.js';
import { Synonyms } from '../src/analysis/claims/synonyms.js';
import { prepareClaimUnits } from '../src/analysis/claims/units.js';
import type { Corpus } from '../src/corpus/index.js';
import { scoreEvent, totals } from '../scripts/eval/basil-claims.js';
import { articleOf } from './helpers/fixtures.js';

// Made-up sentences; none is taken from any corpus.
describe('sentences that state no claim', () => {
	it('knows bylines, bare speech tags, links, lead-ins and print notes', () => {
		for (const text of [
			'By Jane Doe and Richard Roe',
			'Mr. Carver wrote.',
			'She added.',
			'Read the full statement via the council:',
			'The full letter is below:',
			'More at https://example.org/story.',
			'A version of this article appears in print on May 3, Section A, Page 12.',
			'Sign up for our morning briefing.',
			'Photo: the harbour at dawn.',
		])
			assert.equal(isNonClaim(text), true, text);
	});

	it('leaves claims alone, short ones and those about newsletters or photos too', () => {
		for (const text of [
			'The council said the harbour would reopen on Monday.',
			'Mr. Carver resigned.',
			'The company launched a newsletter for its investors in March.',
			'By noon the road was open again.',
			'Police released a photo of the suspect on Tuesday.',
		])
			assert.equal(isNonClaim(text), false, text);
	});
});

describe('synonyms from WordNet', () => {
	const synonyms = Synonyms.forWords(['intensified', 'stepped_up', 'refused', 'rejected', 'harbour', 'destroyed', 'closed', 'barrier']);

	it('joins words that share one of their commonest senses, two-word verbs included', () => {
		assert.equal(synonyms.areSynonyms('intensified', 'stepped_up'), true);
		assert.equal(synonyms.areSynonyms('refused', 'rejected'), true);
	});

	it('keeps unrelated words apart, and a word it does not know has no synonyms', () => {
		assert.equal(synonyms.areSynonyms('harbour', 'destroyed'), false);
		assert.equal(synonyms.areSynonyms('closed', 'barrier'), false);
		assert.equal(synonyms.areSynonyms('zzyzx', 'zzyzx'), false);
	});

	it('tells verbs from nouns among content words', () => {
		assert.equal(synonyms.isVerb('intensified'), true);
		assert.equal(synonyms.isVerb('barrier'), false);
	});
});

function corpusOf(...articles: ReturnType<typeof articleOf>[]): Corpus {
	return { articles, skipped: [] };
}

const HARBOUR = corpusOf(
	articleOf('a', 'Harbour of Brenton closed after storm', [
		'The council closed the harbour of Brenton on Monday after the storm damaged its pier.',
		'Fishing boats moved to Larkfield.',
	]),
	articleOf('b', 'Storm shuts Brenton harbour', [
		'Brenton harbour was closed by the council on Monday because the storm had damaged the pier.',
		'Tourists left early.',
	]),
);

describe('the same-claim model', () => {
	const { units, layout, prepared } = prepareClaimUnits(HARBOUR);
	const index = (words: string): number => units.findIndex((u) => u.text.includes(words));

	it('reads one value per feature, finite, the same whichever unit is asked first', () => {
		const i = index('council closed');
		const j = index('was closed by');
		const row = prepared.features(i, j);
		assert.equal(row.length, ALIGNMENT_FEATURES.length);
		for (const value of row) assert.ok(Number.isFinite(value));
		assert.deepEqual([...prepared.features(j, i)], [...row]);
	});

	it('lays titles and first paragraphs out as the lead', () => {
		const { places } = layout;
		assert.equal(places[units.findIndex((u) => u.sentence === null)], UnitPlace.Title);
		assert.equal(places[index('council closed')], UnitPlace.Lead);
	});

	it('scores a restatement above a pair of unrelated sentences, and groups the restatement', () => {
		const model = alignmentModel();
		const { sameClaim, groups } = alignUnits(units, prepared, model);
		const same = sameClaim(index('council closed'), index('was closed by'));
		const different = sameClaim(index('Fishing boats'), index('Tourists left'));
		assert.ok(same > different, `${same} > ${different}`);
		assert.ok(same >= model.threshold);
		assert.ok(groups.some((g) => g.includes(index('council closed')) && g.includes(index('was closed by'))));
	});
});

describe('scoring against the BASIL gold standard', () => {
	const gold = {
		claims: [
			{ label: 'lead', lead: true, pairs: new Set(['fox#0|nyt#title', 'fox#0|nyt#1']) },
			{ label: 'quote', lead: false, pairs: new Set(['hpo#4|nyt#7']) },
		],
		all: new Set(['fox#0|nyt#title', 'fox#0|nyt#1', 'hpo#4|nyt#7']),
	};

	it('counts right and wrong pairs, claims found and the lead', () => {
		const score = scoreEvent('e', gold, [
			['fox#0', 'nyt#1'],
			['hpo#2', 'nyt#9'],
		]);
		assert.equal(score.grouped, 2);
		assert.equal(score.groupedRight, 1);
		assert.equal(score.claimsFound, 1);
		assert.equal(score.leadFound, true);
		assert.deepEqual(score.wrong, [['hpo#2', 'nyt#9']]);
		const t = totals([score]);
		assert.equal(t.precision, 0.5);
		assert.equal(t.recall, 1 / 3);
		assert.equal(t.claimRecall, 0.5);
	});

	it('never counts a pair inside one outlet', () => {
		const score = scoreEvent('e', gold, [['fox#0', 'fox#3']]);
		assert.equal(score.grouped, 0);
		assert.equal(score.leadFound, false);
	});
});
