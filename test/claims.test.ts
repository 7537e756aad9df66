import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseClaims, type ClaimCluster, type ClaimsAnalysis, type Difference } from '../src/analysis/claims/index.js';
import { candidatePairs } from '../src/analysis/claims/blocking.js';
import { clauseRanges } from '../src/analysis/claims/clauses.js';
import { rankClaims } from '../src/analysis/claims/ranking.js';
import { claimUnits } from '../src/analysis/claims/units.js';
import { UnitConceptTable } from '../src/analysis/claims/concept-table.js';
import type { Article, Corpus } from '../src/corpus/index.js';
import { articleOf, loadSeeds } from './helpers/fixtures.js';

// Made-up articles about a made-up storm; none is taken from any corpus.
const article = articleOf;

function corpusOf(...articles: Article[]): Corpus {
	return { articles, skipped: [] };
}

const STORM = corpusOf(
	article('a', 'Storm hits Brenton', [
		'The storm destroyed 40 homes in the coastal village of Brenton on Sunday, according to the fire brigade.',
		'Mayor Alice Grant promised a new flood barrier for the harbour by next spring.',
		'Local schools will stay closed until the roads are cleared.',
	]),
	article('b', 'Brenton counts the cost', [
		'Fire crews said the storm wrecked more than 50 homes in Brenton on Sunday.',
		'Grant, the mayor, pledged that a flood barrier would protect the harbour by spring.',
		'A fishing boat sank at its mooring but nobody was aboard.',
	]),
	article('c', 'Village of Brenton hit hard', [
		'At least 40 homes in the village of Brenton were allegedly destroyed by the storm on Sunday.',
		'A new harbour flood barrier will be built by spring, Mayor Alice Grant promised.',
	]),
);

function claimWith(analysis: ClaimsAnalysis, words: string): ClaimCluster {
	const found = analysis.claims.find((c) => c.versions.some((v) => v.text.includes(words)));
	assert.ok(found, `no claim holds "${words}"`);
	return found;
}

function difference(claim: ClaimCluster, kind: Difference['kind']): Difference {
	const found = claim.differences.find((d) => d.kind === kind);
	assert.ok(found, `no ${kind} difference in "${claim.label}"`);
	return found;
}

/** Every range of a difference must point inside that article's best version. */
function assertRangesInside(claim: ClaimCluster, diff: Difference): void {
	for (const [articleId, ranges] of Object.entries(diff.ranges)) {
		const version = claim.versions.find((v) => v.best && v.article === articleId);
		assert.ok(version, `ranges for ${articleId}, which has no best version`);
		for (const [start, end] of ranges) {
			assert.ok(start >= 0 && end <= version.text.length && start < end, `range ${start}-${end} outside "${version.text}"`);
		}
	}
}

describe('claim units', () => {
	it('splits a sentence at a semicolon between two long clauses', () => {
		const text = 'The embassy denied every accusation in a short statement; officials in the capital insisted the list was accurate.';
		const ranges = clauseRanges(text);
		assert.equal(ranges.length, 2);
		assert.equal(text.slice(...(ranges[1] as [number, number])), 'officials in the capital insisted the list was accurate.');
	});

	it('splits at a colon only when both sides are long, and never after a speech verb or inside a time', () => {
		const claim = 'The culmination was a list compiled by the agency: it named more than twenty people working at the embassy.';
		assert.equal(clauseRanges(claim).length, 2);
		assert.equal(clauseRanges('Update: the bridge will reopen on Monday after the repairs are finished.').length, 1);
		assert.equal(clauseRanges('The former director of the agency said: "We gave them the names of the people."').length, 1);
		assert.equal(clauseRanges('The ferry to the island left at 10:30 on Monday with every seat on board taken.').length, 1);
	});

	it('takes a title as a unit with no sentence unless the text repeats it', () => {
		const units = claimUnits(
			corpusOf(
				article('x', 'Harbour reopens after the long storm', ['Ships returned to the harbour at noon.']),
				article('y', 'Ships returned to the harbour at noon.', ['Ships returned to the harbour at noon.']),
			),
		);
		const titles = units.filter((u) => u.sentence === null);
		assert.deepEqual(
			titles.map((u) => [u.article, u.text]),
			[['x', 'Harbour reopens after the long storm']],
		);
		for (const u of units) assert.ok(u.end > u.start);
	});
});

describe('blocking', () => {
	const concepts = [
		new Set(['story', 'common', 'barrier', 'harbour']),
		new Set(['story', 'common', 'school', 'closed']),
		new Set(['story', 'common', 'barrier', 'harbour', 'spring']),
		new Set(['story', 'common', 'boat', 'sank']),
		new Set(['story', 'common', 'school', 'closed', 'road']),
		new Set(['story', 'common', 'barrier', 'harbour']),
	];
	const articleOf = ['a', 'a', 'b', 'b', 'c', 'a'];
	const pairs = candidatePairs(articleOf, UnitConceptTable.from(concepts));

	it('pairs units of different articles that share informative concepts', () => {
		const keys = pairs.map(([i, j]) => `${i}-${j}`).sort();
		assert.deepEqual(keys, ['0-2', '1-4', '2-5']);
	});

	it('never pairs units of one article, nor units sharing only words that are everywhere', () => {
		for (const [i, j] of pairs) assert.notEqual(articleOf[i], articleOf[j]);
		// "story" and "common" are in every unit: alone they make no pair (3 and 5 share only them).
		assert.ok(!pairs.some(([i, j]) => (i === 3 && j === 5) || (i === 3 && j === 4)));
	});

	it('stays far from all pairs on a large corpus', () => {
		const many = Array.from({ length: 3000 }, (_, i) => new Set(['story', 'common', `word${i}`, `other${i % 1000}`]));
		const found = candidatePairs(
			many.map((_, i) => String(i)),
			UnitConceptTable.from(many),
		);
		// Only units sharing a rare "other" concept pair up: 1000 groups of 3 units, 3 pairs each (all pairs would be 4.5 million).
		assert.equal(found.length, 3000);
	});
});

describe('claims across articles', () => {
	const analysis = analyseClaims(STORM);

	it('keeps two different claims apart, each holding all three articles', () => {
		const damage = claimWith(analysis, 'homes');
		const barrier = claimWith(analysis, 'flood barrier');
		assert.notEqual(damage, barrier);
		assert.deepEqual(damage.articles, ['a', 'b', 'c']);
		assert.deepEqual(barrier.articles, ['a', 'b', 'c']);
		assert.ok(damage.versions.every((v) => v.text.includes('homes')));
		assert.ok(barrier.versions.every((v) => v.text.includes('barrier')));
	});

	it('marks counts that cannot both be true as a conflict, with ranges on the numbers', () => {
		const damage = claimWith(analysis, 'homes');
		const quantity = difference(damage, 'quantity');
		assert.equal(quantity.conflict, true);
		assert.equal(damage.conflict, true);
		assertRangesInside(damage, quantity);
		const b = damage.versions.find((v) => v.best && v.article === 'b');
		const [range] = quantity.ranges['b'] ?? [];
		assert.ok(b && range);
		assert.match(b.text.slice(...range), /more than 50 homes/u);
	});

	it('shows who each version cites, and no hedge difference it cannot be sure of', () => {
		const damage = claimWith(analysis, 'homes');
		const attribution = difference(damage, 'attribution');
		assert.match(attribution.values['a'] ?? '', /fire brigade/u);
		assert.match(attribution.values['b'] ?? '', /Fire crews/u);
		assert.equal(attribution.values['c'], 'unattributed');
		assertRangesInside(damage, attribution);
		// "allegedly destroyed" hedges a verb the unhedged version does not state ("wrecked"), and the two share
		// too little else to be sure they say one thing; "according to" meets only "Fire crews said", which attributes too.
		assert.ok(!damage.differences.some((d) => d.kind === 'hedge'));
	});

	it('lists the words a version adds, with ranges on words of that version', () => {
		const barrier = claimWith(analysis, 'flood barrier');
		const wording = difference(barrier, 'wording');
		assertRangesInside(barrier, wording);
		for (const [articleId, ranges] of Object.entries(wording.ranges)) {
			const version = barrier.versions.find((v) => v.best && v.article === articleId);
			for (const range of ranges) assert.match(version?.text.slice(...range) ?? '', /^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u);
		}
	});

	it('lists what only one article says, in corpus order', () => {
		const single = analysis.singleSource.map((u) => u.text);
		assert.ok(single.includes('Local schools will stay closed until the roads are cleared.'));
		assert.ok(single.includes('A fishing boat sank at its mooring but nobody was aboard.'));
		assert.ok(
			single.indexOf('Local schools will stay closed until the roads are cleared.') <
				single.indexOf('A fishing boat sank at its mooring but nobody was aboard.'),
		);
		for (const claim of analysis.claims)
			for (const v of claim.versions)
				assert.ok(!analysis.singleSource.some((u) => u.article === v.article && u.sentence === v.sentence && u.start === v.start));
	});

	it('calls counts that can both be true compatible, not a conflict', () => {
		const compatible = analyseClaims(
			corpusOf(
				article('p', '', ['Rescuers pulled more than 20 people from the collapsed Corran mine shaft overnight.']),
				article('q', '', ['More than two dozen people were pulled from the collapsed Corran mine shaft overnight by rescuers.']),
			),
		);
		const claim = claimWith(compatible, 'Corran');
		const quantity = difference(claim, 'quantity');
		assert.equal(quantity.conflict, false);
		assert.equal(claim.conflict, false);
	});
});

describe('ranking', () => {
	const claim = (id: string, articles: number, lead: boolean, position: number): ClaimCluster => ({
		id,
		label: id,
		articles: Array.from({ length: articles }, (_, i) => `article${i}`),
		versions: [],
		differences: [],
		conflict: false,
		cohesion: 0.5,
		lead,
		position,
	});

	it('puts the story’s lead first, then what most articles report, then what stands higher in the articles', () => {
		const ranked = rankClaims([
			claim('two-late', 2, false, 0.8),
			claim('three', 3, false, 0.6),
			claim('lead-two', 2, true, 0.1),
			claim('two-early', 2, false, 0.2),
			claim('lead-three', 3, true, 0),
		]);
		assert.deepEqual(
			ranked.map((c) => c.id),
			['lead-three', 'lead-two', 'three', 'two-early', 'two-late'],
		);
	});
});

describe('claims on the seeds', () => {
	it('finds a claim all three articles make in which their counts conflict', async () => {
		const analysis = analyseClaims(await loadSeeds());
		const articles = new Set(analysis.claims.flatMap((c) => c.articles));
		assert.equal(articles.size, 3);
		assert.ok(
			analysis.claims.some((c) => c.articles.length === 3 && c.differences.some((d) => d.kind === 'quantity' && d.conflict)),
			'no claim across all three articles with conflicting quantities',
		);
		// Most of what each outlet writes is its own: single-source units outnumber clustered ones.
		const clustered = analysis.claims.reduce((sum, c) => sum + c.versions.length, 0);
		assert.ok(analysis.singleSource.length > clustered);
	});

	it('finds the attribution to the New York Times in all three', async () => {
		const analysis = analyseClaims(await loadSeeds());
		const nyt = analysis.claims.find((c) => c.versions.filter((v) => /New York Times/u.test(v.text)).length === 3);
		assert.ok(nyt, 'no claim holding the NYT attribution from all three articles');
		assert.ok(nyt.differences.some((d) => d.kind === 'attribution'));
	});

	// Known miss (issue 12's note): UNN's and Total News Agency's versions name Russia and Moscow in one slot,
	// and the participants check takes them for two actors. Kept as a todo so that it reports until it passes.
	it(
		'finds Russia stepping up its intelligence work since the invasion in more than one',
		{ todo: 'Moscow is not known as Russia by the participants check' },
		async () => {
			const analysis = analyseClaims(await loadSeeds());
			const stepUp = analysis.claims.find((c) => c.versions.some((v) => /intensified its intelligence/u.test(v.text)));
			assert.ok(stepUp, 'no claim on Russia intensifying its intelligence work');
			assert.ok(stepUp.articles.length >= 2);
			assert.ok(
				stepUp.versions.every((v) => /invasion/u.test(v.text)),
				'every version dates the step-up from the invasion',
			);
		},
	);

	it('does not take a shared background phrase for a shared claim', async () => {
		const analysis = analyseClaims(await loadSeeds());
		// Both name "Russia's full-scale invasion of Ukraine", one as when Russia stepped up its work,
		// the other as when the West expelled diplomats.
		const together = analysis.claims.some(
			(c) =>
				c.versions.some((v) => /^According to current and former US officials, Russia has intensified/u.test(v.text)) &&
				c.versions.some((v) => /mass expulsions/u.test(v.text)),
		);
		assert.equal(together, false);
	});

	it('keeps the 600 agents deported from Europe apart from the dozens of agents relocated to Mexico', async () => {
		const analysis = analyseClaims(await loadSeeds());
		const together = analysis.claims.some(
			(c) => c.versions.some((v) => /600 agents/u.test(v.text)) && c.versions.some((v) => /relocated there/u.test(v.text)),
		);
		assert.equal(together, false);
	});

	it('lists the story’s lead first: the refusal to expel the spies, told by all three', async () => {
		const [first] = analyseClaims(await loadSeeds()).claims;
		assert.ok(first);
		assert.equal(first.lead, true);
		assert.equal(first.articles.length, 3);
		assert.ok(first.versions.every((v) => /expel/iu.test(v.text)));
	});
});

describe('whether a version restates the claim', () => {
	it('marks a version that adds nothing as restating the central one, and one that adds a second action as adding details', () => {
		const { claims } = analyseClaims(
			corpusOf(
				article('a', '', ['The mayor closed the harbour road on Monday after the storm flooded it.', 'Schools stay open.']),
				article('b', '', ['The mayor closed the harbour road on Monday after the storm flooded it, officials said.', 'Buses run late.']),
				article('c', '', [
					'On Monday the mayor closed the harbour road, which the storm had flooded, and ordered forty families living near the river mouth to leave their homes before nightfall.',
					'Shops shut early.',
				]),
			),
		);
		const claim = claims.find((c) => c.articles.length === 3);
		assert.ok(claim);
		const [central, ...others] = claim.versions.filter((v) => v.best);
		assert.equal(central?.restates, null, 'the central version is the reference');
		assert.equal(others.find((v) => v.article === 'b')?.restates, true);
		assert.equal(others.find((v) => v.article === 'c')?.restates, false);
		for (const v of claim.versions.filter((x) => !x.best)) assert.equal(v.restates, null);
	});
});

describe('participle clauses', () => {
	it('splits a sentence before a participle that adds a second claim, not before a source or scope', () => {
		const text = 'The council closed the old bridge to all traffic on Monday, forcing commuters to take the ferry across the river.';
		const ranges = clauseRanges(text);
		assert.equal(ranges.length, 2);
		assert.match(text.slice(...(ranges[1] ?? [0, 0])), /^forcing commuters/u);
		assert.equal(
			clauseRanges('The council closed the old bridge to all traffic on Monday, according to a statement from the mayor.').length,
			1,
		);
		assert.equal(clauseRanges('The council closed three old bridges in the county, including the one by the mill.').length, 1);
		assert.equal(clauseRanges('The council closed the bridge, citing cracks.').length, 1, 'a participle phrase too short to be a claim');
	});

	it('lists a single-source sentence whole when none of its clauses matched anything', () => {
		const sentence = 'The council closed the old bridge to all traffic on Monday, forcing commuters to take the ferry across the river.';
		const { singleSource } = analyseClaims(corpusOf(article('solo', 'Bridge shut', [sentence, 'Nobody was hurt in the closure.'])));
		const unit = singleSource.find((u) => u.sentence === 0);
		assert.ok(unit);
		assert.equal(unit.text, sentence);
		assert.equal(singleSource.filter((u) => u.sentence === 0).length, 1);
	});
});
