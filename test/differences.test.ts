import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDifferences } from '../src/analysis/claims/differences.js';
import { ArticleSources } from '../src/analysis/claims/sources.js';
import type { ClaimVersion, Difference, DifferenceKind } from '../src/analysis/claims/types.js';

const version = (article: string, text: string, sentence: number | null = 0): ClaimVersion => ({
	article,
	sentence,
	start: 0,
	end: text.length,
	text,
	best: true,
	restates: null,
});
const kind = (differences: readonly Difference[], k: DifferenceKind): Difference | undefined => differences.find((d) => d.kind === k);

describe('number differences', () => {
	it('sets counts of the same thing in the same role against each other', () => {
		const d = kind(
			findDifferences([
				version('a', 'Mexico refused to expel more than two dozen Russian spies.'),
				version('b', 'Mexico rejected a request to expel 20 Russian spies.'),
			]),
			'quantity',
		);
		assert.equal(d?.conflict, true);
	});

	it('reads a noun of one version as the verb of another: 200 arrests against dozens arrested', () => {
		const d = kind(
			findDifferences([
				version('a', 'Police made more than 200 arrests in the city.'),
				version('b', 'Police arrested dozens of protesters in the city.'),
			]),
			'quantity',
		);
		assert.equal(d?.conflict, true);
	});

	it('shows different amounts in different roles as details, not a conflict', () => {
		const d = kind(
			findDifferences([
				version('a', 'Trump demanded $5 billion for the border wall.'),
				version('b', 'Democrats offered $2.5 billion for border security.'),
			]),
			'quantity',
		);
		assert.ok(d, 'the amounts are shown');
		assert.equal(d.conflict, false);
	});

	it('never sets numbers for times named differently against each other', () => {
		const d = kind(
			findDifferences([
				version('a', 'For 2014 the couple paid an effective tax rate of 35.7 percent.'),
				version('b', 'From 2007 through 2014 the couple paid an effective tax rate of 31.55 percent.'),
			]),
			'quantity',
		);
		assert.equal(d?.conflict, false);
	});

	it('never sets a part against its whole, nor a date inside a name against a count', () => {
		const differences = findDifferences([
			version('a', 'Fifteen of the 19 Sept. 11 hijackers were Saudi citizens.'),
			version('b', 'The 19 hijackers of the 9/11 attacks included 15 Saudi citizens.'),
		]);
		assert.ok(!differences.some((d) => d.conflict), JSON.stringify(differences));
		const values = Object.values(kind(differences, 'quantity')?.values ?? {}).join(' ');
		assert.doesNotMatch(values, /\b11 hijacker/u);
	});
});

describe('source and hedge differences', () => {
	it('flags one version naming a source where another names none, as "unattributed"', () => {
		const d = kind(
			findDifferences([version('a', 'The plant will close in May, the company said.'), version('b', 'The plant will close in May.')]),
			'attribution',
		);
		assert.equal(d?.values['b'], 'unattributed');
		assert.match(d.values['a'] ?? '', /company/u);
	});

	it('does not flag two names of one source, nor versions that both name none', () => {
		assert.equal(
			kind(
				findDifferences([version('a', 'The plan failed, Mr. Trump said.'), version('b', 'The plan failed, Donald Trump said.')]),
				'attribution',
			),
			undefined,
		);
		assert.equal(
			kind(findDifferences([version('a', 'The plan failed.'), version('b', 'The plan failed badly.')]), 'attribution'),
			undefined,
		);
	});

	it('flags differing sources only where they surely differ and bear on what the versions share', () => {
		const attribution = (a: string, b: string): Difference | undefined =>
			kind(findDifferences([version('a', a), version('b', b)]), 'attribution');
		assert.ok(attribution('The plan will cost $5 billion, Mr. Hale said.', 'The plan will cost $5 billion, the Daily Ledger reported.'));
		// A letter may be the person's words; a group may count the person.
		assert.equal(attribution('The letter says the budget hurts the poor.', 'Father Reese said the budget hurts the poor.'), undefined);
		assert.equal(
			attribution(
				'GOP committee members said the findings refute his claims.',
				'Representative Kay Cole said the findings refute his claims.',
			),
			undefined,
		);
		// The other clause's source is not the shared claim's.
		assert.equal(
			attribution(
				'The Guardian reported the agency collected phone records, while The Post reported that a program called PRISM tracks nine companies.',
				'A program called PRISM tracks nine companies, the Post reported.',
			),
			undefined,
		);
		// A version in the outlet's own article needs no source for the outlet's reporting; data speak too ("projections indicate").
		const own = new ArticleSources({ sentence: (i) => ['Mary Cole criticized her sister on Facebook.'][i], outlet: 'New York Times' });
		assert.equal(
			kind(
				findDifferences(
					[
						version('a', 'Mary Cole criticized her sister on Facebook.'),
						version('b', 'Mary Cole criticized her sister on Facebook, The New York Times is reporting.'),
					],
					(v) => (v.article === 'a' ? own : undefined),
				),
				'attribution',
			),
			undefined,
		);
		assert.ok(
			attribution(
				'Mary Cole criticized her sister on Facebook.',
				'Mary Cole criticized her sister on Facebook, The New York Times is reporting.',
			),
		);
		assert.equal(
			attribution(
				'The latest projections from the agency indicate the fund will run dry in 2036.',
				'The fund will run dry in 2036, according to the trustees report.',
			),
			undefined,
		);
		// "But warned" keeps the clause's speaker.
		assert.ok(
			attribution(
				'Mr. Lane warned the mayor that the bridge would close in May, according to the Ledger.',
				'Mr. Lane told reporters the plan was sound, but warned the mayor that the bridge would close in May.',
			),
		);
	});

	it('reads a version with the article around it: a quote\'s words are unsure, "she" may be the source', () => {
		const a = new ArticleSources((i) => ['Kay Cole posed for a photo on Tuesday.', 'She holds a bloody mask in the photo.'][i]);
		const b = new ArticleSources(
			(i) => ['Mr. Kristol wrote a letter.', '“The war was not “a war of choice.”', 'It was fought by two presidents.”'][i],
		);
		const around = (v: ClaimVersion): ArticleSources | undefined => (v.article === 'a' ? a : v.article === 'b' ? b : undefined);
		const pronoun = findDifferences(
			[version('a', 'She holds a bloody mask in the photo.', 1), version('c', 'Kay Cole admitted she holds a bloody mask in the photo.')],
			around,
		);
		assert.equal(kind(pronoun, 'attribution'), undefined);
		const quoted = findDifferences(
			[version('b', 'It was fought by two presidents.”', 2), version('c', 'It was fought by two presidents, Mr. Steele said.')],
			around,
		);
		assert.equal(kind(quoted, 'attribution'), undefined);
	});

	it('flags a hedge only where another version states the claim as fact', () => {
		const hedged = kind(
			findDifferences([version('a', 'The minister may resign on Friday.'), version('b', 'The minister will resign on Friday.')]),
			'hedge',
		);
		assert.equal(hedged?.values['b'], 'stated as fact');
		assert.equal(
			kind(
				findDifferences([version('a', 'The May 10 meeting was cancelled by the suspect.'), version('b', 'The meeting was cancelled.')]),
				'hedge',
			),
			undefined,
		);
		assert.equal(kind(findDifferences([version('a', 'He may resign.'), version('b', 'He might resign.')]), 'hedge'), undefined);
		const alleged = kind(
			findDifferences([
				version('a', 'Forty homes were allegedly destroyed by the storm.'),
				version('b', 'Fire crews said the storm destroyed forty homes.'),
			]),
			'hedge',
		);
		assert.equal(alleged?.values['a'], 'allegedly');
		assert.equal(alleged.values['b'], 'stated as fact', 'what a source said, stated, is stated as fact');
		// A modal on a detail ("a challenge that could stall the plan") does not hedge the claim the other version states.
		assert.equal(
			kind(
				findDifferences([
					version('a', 'The move faces a legal challenge that could stall it in the courts.'),
					version('b', 'The move faces a legal challenge in the courts.'),
				]),
				'hedge',
			),
			undefined,
		);
		// A version that weighs the claim ("the possibility that") or names what is cited does not state it as fact.
		assert.equal(
			kind(
				findDifferences([
					version('a', 'She may have broken federal law by using private email.'),
					version('b', 'The move raises the possibility that she broke federal law by using private email.'),
				]),
				'hedge',
			),
			undefined,
		);
		assert.equal(
			kind(
				findDifferences([
					version('a', 'The couple earned $141 million, according to tax returns released Friday.'),
					version('b', 'The couple released tax returns showing they earned $139 million.'),
				]),
				'hedge',
			),
			undefined,
		);
		assert.equal(
			kind(
				findDifferences([
					version('a', 'Mr. Hunter is accused of misusing campaign funds.'),
					version('b', 'Mr. Hunter was indicted on charges of misusing campaign funds.'),
				]),
				'hedge',
			),
			undefined,
		);
	});
});
