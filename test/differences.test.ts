import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDifferences } from '../src/analysis/claims/differences.js';
import type { ClaimVersion, Difference, DifferenceKind } from '../src/analysis/claims/types.js';

const version = (article: string, text: string, sentence: number | null = 0): ClaimVersion => ({ article, sentence, start: 0, end: text.length, text, best: true, restates: null });
const kind = (differences: readonly Difference[], k: DifferenceKind): Difference | undefined => differences.find((d) => d.kind === k);

describe('number differences', () => {
	it('sets counts of the same thing in the same role against each other', () => {
		const d = kind(findDifferences([version('a', 'Mexico refused to expel more than two dozen Russian spies.'), version('b', 'Mexico rejected a request to expel 20 Russian spies.')]), 'quantity');
		assert.equal(d?.conflict, true);
	});

	it('reads a noun of one version as the verb of another: 200 arrests against dozens arrested', () => {
		const d = kind(findDifferences([version('a', 'Police made more than 200 arrests in the city.'), version('b', 'Police arrested dozens of protesters in the city.')]), 'quantity');
		assert.equal(d?.conflict, true);
	});

	it('shows different amounts in different roles as details, not a conflict', () => {
		const d = kind(findDifferences([version('a', 'Trump demanded $5 billion for the border wall.'), version('b', 'Democrats offered $2.5 billion for border security.')]), 'quantity');
		assert.ok(d, 'the amounts are shown');
		assert.equal(d.conflict, false);
	});

	it('never sets a part against its whole, nor a date inside a name against a count', () => {
		const differences = findDifferences([version('a', 'Fifteen of the 19 Sept. 11 hijackers were Saudi citizens.'), version('b', 'The 19 hijackers of the 9/11 attacks included 15 Saudi citizens.')]);
		assert.ok(!differences.some((d) => d.conflict), JSON.stringify(differences));
		const values = Object.values(kind(differences, 'quantity')?.values ?? {}).join(' ');
		assert.doesNotMatch(values, /\b11 hijacker/u);
	});
});

describe('source and hedge differences', () => {
	it('flags one version naming a source where another names none, as "unattributed"', () => {
		const d = kind(findDifferences([version('a', 'The plant will close in May, the company said.'), version('b', 'The plant will close in May.')]), 'attribution');
		assert.equal(d?.values['b'], 'unattributed');
		assert.match(d.values['a'] ?? '', /company/u);
	});

	it('does not flag two names of one source, nor versions that both name none', () => {
		assert.equal(kind(findDifferences([version('a', 'The plan failed, Mr. Trump said.'), version('b', 'The plan failed, Donald Trump said.')]), 'attribution'), undefined);
		assert.equal(kind(findDifferences([version('a', 'The plan failed.'), version('b', 'The plan failed badly.')]), 'attribution'), undefined);
	});

	it('flags a hedge only where another version states the claim as fact', () => {
		const hedged = kind(findDifferences([version('a', 'The minister may resign on Friday.'), version('b', 'The minister will resign on Friday.')]), 'hedge');
		assert.equal(hedged?.values['b'], 'stated as fact');
		assert.equal(kind(findDifferences([version('a', 'The May 10 meeting was cancelled by the suspect.'), version('b', 'The meeting was cancelled.')]), 'hedge'), undefined);
		assert.equal(kind(findDifferences([version('a', 'He may resign.'), version('b', 'He might resign.')]), 'hedge'), undefined);
		const alleged = kind(findDifferences([version('a', 'Forty homes were allegedly destroyed by the storm.'), version('b', 'Fire crews said the storm destroyed forty homes.')]), 'hedge');
		assert.equal(alleged?.values['a'], 'allegedly');
		assert.equal(alleged.values['b'], 'stated as fact', 'what a source said, stated, is stated as fact');
		// A modal on a detail ("a challenge that could stall the plan") does not hedge the claim the other version states.
		assert.equal(kind(findDifferences([version('a', 'The move faces a legal challenge that could stall it in the courts.'), version('b', 'The move faces a legal challenge in the courts.')]), 'hedge'), undefined);
	});
});
