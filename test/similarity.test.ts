import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadClaimModel } from '../src/analysis/similarity/claim-model.js';
import {
	FEATURE_NAMES,
	SAME_CLAIM_THRESHOLD,
	buildIdf,
	isSameClaim,
	pairFeatures,
	profileSentence,
	sameClaimProbability,
} from '../src/analysis/similarity/index.js';

// Made-up news sentences; none is taken from MSRP or any other corpus.
const PARAPHRASES: ReadonlyArray<readonly [string, string]> = [
	[
		'Firefighters rescued twelve people from a burning apartment building on Main Street early Sunday.',
		'Early on Sunday, firefighters pulled 12 people from the burning apartment block on Main Street.',
	],
	[
		'The city council voted on Tuesday to close the old central library next year.',
		'On Tuesday the city council voted to shut the old central library next year.',
	],
	["The mayor said the new bridge won't open until the spring.", 'The new bridge will not open before spring, the mayor said.'],
];

const DIFFERENT_CLAIMS: ReadonlyArray<readonly [string, string]> = [
	// unrelated
	[
		'The central bank raised interest rates by half a point on Thursday.',
		'The home team won its third straight match in front of a sold-out crowd.',
	],
	// same subject, different claim
	[
		'Acme Corp reported a quarterly profit of $3 million, up from a year earlier.',
		"Acme Corp's chief executive resigned after a tense board meeting on Friday.",
	],
	[
		'The storm killed at least 40 people in the coastal province, officials said.',
		'The storm destroyed hundreds of homes and cut power to the coastal province for a week.',
	],
];

function probability(first: string, second: string): number {
	return sameClaimProbability(profileSentence(first), profileSentence(second));
}

describe('text normalisation', () => {
	it('reads spelled-out and abbreviated quantities as the same number', () => {
		assert.deepEqual([...profileSentence('Twenty people were hurt.').numbers], ['20']);
		assert.deepEqual([...profileSentence('Some twenty-five people were hurt.').numbers], ['25']);
		assert.deepEqual([...profileSentence('It cost one hundred and five dollars.').numbers], ['105']);
		assert.deepEqual([...profileSentence('A deal worth $2.5bn').numbers], [...profileSentence('a deal worth 2.5 billion dollars').numbers]);
		assert.deepEqual([...profileSentence('About 1,000 jobs').numbers], [...profileSentence('about one thousand jobs').numbers]);
	});

	it('treats "twenty" and "20" as the same token when comparing sentences', () => {
		const features = pairFeatures(profileSentence('Twenty soldiers were wounded.'), profileSentence('20 soldiers were wounded.'));
		assert.equal(features['numbers_shared'], 1);
		assert.equal(features['numbers_unmatched'], 0);
		assert.equal(features['unigram_f'], 1);
	});

	it('folds "U.S.", "US" and "United States" together but leaves the pronoun "us" alone', () => {
		const dotted = profileSentence('Officials in the U.S. agreed.');
		const plain = profileSentence('Officials in the US agreed.');
		const spelled = profileSentence('Officials in the United States agreed.');
		assert.deepEqual(dotted.contentStems, plain.contentStems);
		assert.deepEqual(spelled.contentStems, plain.contentStems);
		assert.ok(!profileSentence('They told us nothing.').contentStems.includes('usa'));
	});

	it('expands contractions and keeps the negation', () => {
		const contracted = profileSentence("The plan doesn't work.");
		const expanded = profileSentence('The plan does not work.');
		assert.deepEqual(contracted.stems, expanded.stems);
		assert.equal(contracted.negationCount, 1);
	});

	it('matches irregular verb forms and inflections through stemming', () => {
		assert.deepEqual(profileSentence('The firm bought factories').contentStems, profileSentence('The firm buys factory').contentStems);
	});
});

describe('same-claim scoring', () => {
	for (const [first, second] of PARAPHRASES) {
		it(`calls a paraphrase the same claim: "${first.slice(0, 40)}..."`, () => {
			const p = probability(first, second);
			assert.ok(p >= SAME_CLAIM_THRESHOLD, `probability ${p.toFixed(3)} should be at least ${SAME_CLAIM_THRESHOLD}`);
		});
	}

	for (const [first, second] of DIFFERENT_CLAIMS) {
		it(`keeps different claims apart: "${first.slice(0, 40)}..."`, () => {
			const p = probability(first, second);
			assert.ok(p < SAME_CLAIM_THRESHOLD, `probability ${p.toFixed(3)} should be below ${SAME_CLAIM_THRESHOLD}`);
		});
	}

	it('flags a changed figure and a flipped negation in the features', () => {
		// MSRP's annotators often accept different figures as paraphrases, so the
		// trained weights punish these only mildly; the features make the
		// disagreement visible to callers that need to be stricter.
		const original = profileSentence('Unemployment fell to 5.2 percent in March, the lowest level in a decade.');
		const changedFigure = profileSentence('Unemployment fell to 6.8 percent in March, the lowest level in a decade.');
		const negated = profileSentence('Unemployment did not fall to 5.2 percent in March.');
		assert.equal(pairFeatures(original, changedFigure)['numbers_mismatch'], 1);
		assert.equal(pairFeatures(original, original)['numbers_mismatch'], 0);
		assert.equal(pairFeatures(original, negated)['negation_mismatch'], 1);
	});

	it('does not depend on the order of the two sentences', () => {
		for (const [first, second] of [...PARAPHRASES, ...DIFFERENT_CLAIMS]) {
			assert.equal(probability(first, second), probability(second, first));
		}
	});

	it('gives a probability between 0 and 1 and a finite value for every named feature, even for empty text', () => {
		const empty = profileSentence('');
		const sentence = profileSentence('Hello world.');
		const features = pairFeatures(empty, sentence);
		assert.deepEqual(Object.keys(features), [...FEATURE_NAMES]);
		for (const value of Object.values(features)) assert.ok(Number.isFinite(value));
		const p = sameClaimProbability(empty, sentence);
		assert.ok(p >= 0 && p <= 1);
		assert.equal(isSameClaim(empty, sentence), p >= SAME_CLAIM_THRESHOLD);
	});

	it('accepts corpus IDF and weighs rare shared words above common ones', () => {
		const corpus = [
			'The hurricane reached the coast on Monday.',
			'The hurricane flooded the harbour.',
			'The hurricane closed schools.',
			'Rescuers found a stranded dolphin after the hurricane.',
		].map(profileSentence);
		const idf = buildIdf(corpus.map((profile) => profile.contentStemSet));
		assert.ok(idf('dolphin') > idf('hurrican'));
		const sharesRareWord = pairFeatures(profileSentence('A dolphin and the hurricane'), profileSentence('The dolphin swam'), idf);
		const sharesCommonWord = pairFeatures(profileSentence('A dolphin and the hurricane'), profileSentence('The hurricane passed'), idf);
		assert.ok((sharesRareWord['idf_cosine'] ?? 0) > (sharesCommonWord['idf_cosine'] ?? 0));
		const [first, second] = corpus;
		assert.ok(first !== undefined && second !== undefined);
		const p = sameClaimProbability(first, second, idf);
		assert.ok(p >= 0 && p <= 1);
	});

	it('ships a model trained on the current feature list with a usable threshold', () => {
		const model = loadClaimModel();
		assert.deepEqual(model.features, [...FEATURE_NAMES]);
		assert.equal(model.threshold, SAME_CLAIM_THRESHOLD);
		assert.ok(SAME_CLAIM_THRESHOLD > 0.1 && SAME_CLAIM_THRESHOLD < 0.9);
	});
});
