/**
 * Coverage and sourcing: the matrix, each outlet's counts, the sources and
 * each claim's origin, the sentence marks. Claims are built by hand here (the
 * grouping is the claims tests' business), so each case says exactly which
 * versions state what; sources and conflicts are read from the text by the
 * real steps.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseClaims, type ClaimCluster, type ClaimsAnalysis, type ClaimUnit } from '../src/analysis/claims/index.js';
import { findDifferences } from '../src/analysis/claims/differences.js';
import type { ClaimVersion } from '../src/analysis/claims/types.js';
import { analyseCoverage, CellState, originText, type Coverage } from '../src/analysis/coverage/index.js';
import { standingApart } from '../src/analysis/coverage/standing.js';
import type { Article, Corpus } from '../src/corpus/index.js';
import { articleOf, loadSeeds } from './helpers/fixtures.js';

function outletArticle(id: string, outlet: string, sentences: readonly string[], title = `${outlet} on the story`): Article {
	return { ...articleOf(id, title, sentences), outlet };
}

/** A claim stated by the given sentences ([article id, sentence index]), the first the central version. */
function claimOf(corpus: Corpus, id: string, at: readonly [string, number | null][]): ClaimCluster {
	const articles = new Map(corpus.articles.map((a) => [a.id, a]));
	const seen = new Set<string>();
	const versions: ClaimVersion[] = at.map(([article, sentence]) => {
		const a = articles.get(article) as Article;
		const text = sentence === null ? a.title : (a.sentences[sentence]?.text ?? '');
		const best = !seen.has(article);
		seen.add(article);
		return { article, sentence, start: 0, end: text.length, text, best, restates: null };
	});
	return {
		id,
		label: versions[0]?.text ?? id,
		articles: [...seen],
		versions,
		differences: findDifferences(versions),
		conflict: false,
		cohesion: 1,
		lead: false,
		position: 0,
	};
}

function unitOf(corpus: Corpus, article: string, sentence: number): ClaimUnit {
	const text = corpus.articles.find((a) => a.id === article)?.sentences[sentence]?.text ?? '';
	return { article, sentence, start: 0, end: text.length, text };
}

function coverageOf(corpus: Corpus, claims: ClaimsAnalysis): Coverage {
	return analyseCoverage(corpus, claims);
}

/** The coverage of one claim: the first sentence of articles a, b and c. */
function oneClaimCoverage(corpus: Corpus): Coverage {
	return coverageOf(corpus, {
		claims: [
			claimOf(corpus, 'resigned', [
				['a', 0],
				['b', 0],
				['c', 0],
			]),
		],
		singleSource: [],
	});
}

const sourceNames = (coverage: Coverage, row: number): string[] =>
	coverage.origin(row).groups.map((g) => coverage.sources[g.source]?.name ?? '?');

describe('origin of a claim', () => {
	test('one cited origin: three outlets whose leads rest on the source their tops name', () => {
		const corpus: Corpus = {
			articles: [
				outletArticle('a', 'Alpha', ['The mayor resigned on Monday.', 'This was reported by the Daily Planet.', 'Weather was fine.']),
				outletArticle('b', 'Beta', ['The mayor of the city resigned on Monday.', 'The Daily Planet reported the resignation first.']),
				outletArticle('c', 'Gamma', [
					'The mayor resigned on Monday after a scandal.',
					'Council members met.',
					'The vote is on Friday, according to the Daily Planet.',
				]),
			],
			skipped: [],
		};
		const coverage = oneClaimCoverage(corpus);
		const origin = coverage.origin(0);
		assert.equal(origin.kind, 'single');
		assert.deepEqual(sourceNames(coverage, 0), ['the Daily Planet']);
		assert.deepEqual(origin.groups[0]?.columns, [0, 1, 2]);
		assert.match(originText(origin, coverage.sources), /^one origin: the Daily Planet \(3 outlets\)$/u);
		const planet = coverage.sourceTable().find((s) => s.name === 'the Daily Planet');
		assert.equal(planet?.kind, 'outlet');
		assert.deepEqual(planet.columns, [0, 1, 2]);
	});

	test('two independent sources: each outlet names its own in the sentence itself', () => {
		const corpus: Corpus = {
			articles: [
				outletArticle('a', 'Alpha', ['The mayor resigned on Monday, police said.', 'This was reported by the Daily Planet.']),
				outletArticle('b', 'Beta', ['The mayor resigned on Monday, Reuters reported.']),
			],
			skipped: [],
		};
		const coverage = coverageOf(corpus, {
			claims: [
				claimOf(corpus, 'resigned', [
					['a', 0],
					['b', 0],
				]),
			],
			singleSource: [],
		});
		assert.equal(coverage.origin(0).kind, 'independent');
		// A version that names its own source does not take its article's top.
		assert.deepEqual(sourceNames(coverage, 0).sort(), ['Reuters', 'police']);
	});

	test('unattributed when no outlet names a source, named by one outlet when only one does', () => {
		const corpus: Corpus = {
			articles: [
				outletArticle('a', 'Alpha', ['The mayor resigned on Monday.', 'He had served two terms.']),
				outletArticle('b', 'Beta', ['The mayor resigned on Monday.', 'His deputy takes over.']),
				outletArticle('c', 'Gamma', ['The deputy takes over the office, Reuters reported.']),
			],
			skipped: [],
		};
		const coverage = coverageOf(corpus, {
			claims: [
				claimOf(corpus, 'resigned', [
					['a', 0],
					['b', 0],
				]),
				claimOf(corpus, 'deputy', [
					['b', 1],
					['c', 0],
				]),
			],
			singleSource: [],
		});
		assert.equal(coverage.origin(0).kind, 'unattributed');
		assert.deepEqual(coverage.origin(0).unattributed, [0, 1]);
		assert.equal(coverage.origin(1).kind, 'one-outlet');
		assert.deepEqual(coverage.origin(1).unattributed, [1]);
	});

	test('some outlets on one source and one on another is independent, each origin with its outlets', () => {
		const corpus: Corpus = {
			articles: [
				outletArticle('a', 'Alpha', ['The mayor resigned on Monday, Reuters reported.']),
				outletArticle('b', 'Beta', ['The mayor resigned on Monday, Reuters reported.']),
				outletArticle('c', 'Gamma', ['The mayor resigned on Monday, police said.']),
			],
			skipped: [],
		};
		const coverage = oneClaimCoverage(corpus);
		const origin = coverage.origin(0);
		assert.equal(origin.kind, 'independent');
		assert.deepEqual(
			origin.groups.map((g) => [coverage.sources[g.source]?.name, g.columns]),
			[
				['Reuters', [0, 1]],
				['police', [2]],
			],
		);
	});
});

describe('sources', () => {
	test('one source however written; an article naming its own outlet is not a source', () => {
		const corpus: Corpus = {
			articles: [
				outletArticle('a', 'Alpha', [
					'The mayor resigned, the NYT reported.',
					'The deputy takes over, Mr. Gonzalez said.',
					'Taxes rise, five senior US officials said.',
				]),
				outletArticle('b', 'Beta', [
					'The mayor resigned, according to The New York Times.',
					'The deputy takes over, said Juan Gonzalez.',
					'American officials said taxes rise.',
				]),
				outletArticle('c', 'UNN', ['The mayor resigned on Monday, reports UNN.']),
			],
			skipped: [],
		};
		const singleSource = corpus.articles.flatMap((a) => a.sentences.map((s) => unitOf(corpus, a.id, s.index)));
		const coverage = coverageOf(corpus, { claims: [], singleSource });
		const table = coverage.sourceTable();
		const names = table.map((s) => s.name).sort();
		assert.deepEqual(names, ['American officials', 'Juan Gonzalez', 'The New York Times']);
		const times = table.find((s) => s.name === 'The New York Times');
		assert.deepEqual(times?.forms.sort(), ['NYT', 'The New York Times']);
		assert.deepEqual(times.columns, [0, 1]);
		assert.deepEqual(times.rows, [0, 3]);
		assert.equal(table.find((s) => s.name === 'Juan Gonzalez')?.kind, 'person');
		assert.equal(table.find((s) => s.name === 'American officials')?.kind, 'unnamed');
	});
});

describe('coverage matrix and outlets', () => {
	// Outlets A (two articles), B and C.
	const corpus: Corpus = {
		articles: [
			outletArticle('a1', 'A', [
				'Police arrested 20 protesters on Sunday.',
				'The square was cleared.',
				'A second march is planned.',
				'Nothing else.',
			]),
			outletArticle('b', 'B', [
				'Police arrested 45 protesters on Sunday.',
				'The square was cleared by noon.',
				'Organisers plan to return.',
			]),
			outletArticle('c', 'C', [
				'Police arrested 45 protesters in the square on Sunday.',
				'Organisers plan to return soon.',
				'Shops stayed shut.',
				'Buses were stopped.',
			]),
			outletArticle('a2', 'A', ['A second march is planned for May.']),
		],
		skipped: [],
	};
	const claims: ClaimsAnalysis = {
		claims: [
			claimOf(corpus, 'arrests', [
				['a1', 0],
				['b', 0],
				['c', 0],
			]),
			claimOf(corpus, 'cleared', [
				['a1', 1],
				['b', 1],
			]),
			claimOf(corpus, 'return', [
				['b', 2],
				['c', 1],
			]),
			claimOf(corpus, 'march', [
				['a1', 2],
				['a2', 0],
			]),
		],
		singleSource: [unitOf(corpus, 'a1', 3), unitOf(corpus, 'c', 2), unitOf(corpus, 'c', 3)],
	};
	const coverage = coverageOf(corpus, claims);
	const A = 0;
	const B = 1;
	const C = 2;

	test('a column per source label, a row per claim then per single-source statement', () => {
		assert.deepEqual(coverage.columns, ['A', 'B', 'C']);
		assert.equal(coverage.claimRows, 4);
		assert.equal(coverage.rowCount, 7);
		assert.equal(coverage.rowId(0), 'arrests');
		assert.equal(coverage.rowId(4), 'a1:3:0');
		assert.equal(coverage.rowLabel(5), 'Shops stayed shut.');
	});

	test('the outlet whose number stands apart is in conflict; the two that agree state it as the others do', () => {
		assert.ok(
			claims.claims[0]?.differences.some((d) => d.kind === 'quantity' && d.conflict),
			'the differences step finds the conflict',
		);
		assert.equal(coverage.cell(0, A), CellState.Conflict);
		assert.equal(coverage.cell(0, B), CellState.Same);
		assert.equal(coverage.cell(0, C), CellState.Same);
		assert.equal(coverage.cell(1, C), CellState.Absent);
		assert.deepEqual(coverage.cells(2), [
			{ column: B, state: CellState.Same },
			{ column: C, state: CellState.Same },
		]);
		// Two articles of one outlet: one cell.
		assert.deepEqual(coverage.cells(3), [{ column: A, state: CellState.Same }]);
		assert.deepEqual(coverage.cells(5), [{ column: C, state: CellState.Same }]);
	});

	test('per outlet: what it states, what only it states, what it leaves out that two or more others state', () => {
		assert.deepEqual(
			coverage.outlets.map((o) => [o.label, o.articles, o.stated, o.only, o.leftOut]),
			[
				['A', 2, 4, 2, 1],
				['B', 1, 3, 0, 0],
				['C', 1, 4, 2, 1],
			],
		);
		assert.deepEqual(coverage.onlyRows(A), [3, 4]);
		assert.deepEqual(coverage.leftOutRows(A), [2]);
		assert.deepEqual(coverage.onlyRows(C), [5, 6]);
		assert.deepEqual(coverage.leftOutRows(C), [1]);
		assert.deepEqual(coverage.leftOutRows(B), []);
	});

	test('each sentence marked with its claim: in conflict, stated by N outlets, only in this article, or nothing', () => {
		assert.deepEqual(coverage.mark('a1', 0), { kind: 'conflict', outlets: 3, row: 0 });
		assert.deepEqual(coverage.mark('b', 0), { kind: 'stated', outlets: 3, row: 0 });
		assert.deepEqual(coverage.mark('b', 1), { kind: 'stated', outlets: 2, row: 1 });
		assert.deepEqual(coverage.mark('a2', 0), { kind: 'stated', outlets: 1, row: 3 });
		assert.deepEqual(coverage.mark('c', 3), { kind: 'only', outlets: 1, row: 6 });
		assert.equal(coverage.mark('a1', null), null, 'no claim in the title');
		assert.equal(coverage.mark('a2', 5), null, 'past the end');
		assert.equal(coverage.mark('nobody', 0), null);
	});

	test('a claim without a source anywhere', () => {
		assert.equal(coverage.origin(2).kind, 'unattributed');
	});
});

describe('standing apart', () => {
	test('of two who disagree both stand apart; of three, the odd one out; a tie of groups marks every group', () => {
		assert.deepEqual([...standingApart({ a: 'x', b: 'y' })].sort(), ['a', 'b']);
		assert.deepEqual([...standingApart({ a: 'x', b: 'y', c: 'y' })], ['a']);
		assert.deepEqual([...standingApart({ a: 'x', b: 'x', c: 'y', d: 'y' })].sort(), ['a', 'b', 'c', 'd']);
		assert.deepEqual([...standingApart({ a: 'x', b: 'y', c: 'z' })].sort(), ['a', 'b', 'c']);
		// Different values that do not disagree ("about 20" and "20") agree.
		assert.deepEqual([...standingApart({ a: 'about 20', b: '20', c: '45' }, (x, y) => x === 'c' || y === 'c')], ['c']);
	});
});

describe('on the seeds', () => {
	test('the spy-count claim stated by all three with its conflict, resting on The New York Times', async () => {
		const seeds = await loadSeeds();
		const claims = analyseClaims(seeds);
		const coverage = coverageOf(seeds, claims);
		assert.deepEqual(coverage.columns, ['UNN', '#2', 'Total News Agency']);
		const spies = claims.claims.findIndex((c) => c.differences.some((d) => d.kind === 'quantity' && d.conflict));
		assert.ok(spies >= 0);
		const states = coverage.cells(spies).map((c) => c.state);
		assert.equal(states.length, 3, 'stated by all three');
		assert.ok(states.includes(CellState.Conflict));
		assert.equal(coverage.origin(spies).kind, 'single');
		assert.deepEqual(sourceNames(coverage, spies), ['The New York Times']);
		const times = coverage.sourceTable().find((s) => s.name === 'The New York Times');
		assert.deepEqual(times?.columns, [0, 1, 2]);
		for (let column = 0; column < 3; column++)
			assert.ok(coverage.onlyRows(column).length > 0, `${coverage.columns[column]} alone reports something`);
	});
});
