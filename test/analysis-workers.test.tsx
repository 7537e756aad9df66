/**
 * The dashboard's analysis in real worker threads (the built worker), on the
 * seeds: both schedules fill entities and claims, the same as in process,
 * then the coverage in two steps, the matrix before its sourcing.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyseClaims } from '../src/analysis/claims/index.js';
import { analyseCoverage, sourceClaims, type ClaimCoverage, type ClaimSourcing } from '../src/analysis/coverage/index.js';
import { analyseEntities } from '../src/analysis/entities/index.js';
import { startAnalysis, STARTING, type Analysis, type AnalysisSource } from '../src/analysis-runtime/analysis-workers.js';
import { coverageSteps, type CoverageMessage } from '../src/analysis-runtime/coverage-steps.js';
import { PARTS_TOGETHER_MAX_SENTENCES, runPartsTogether } from '../src/analysis-runtime/schedule.js';
import type { Corpus } from '../src/corpus/index.js';
import { articleOf, loadSeeds } from './helpers/fixtures.js';
import { waitUntil } from './helpers/wait.js';

let seeds: Corpus;
before(async () => {
	seeds = await loadSeeds();
});

/** Every state the analysis goes through, each update recorded (a render could merge two). */
async function analyseWith(source: AnalysisSource): Promise<{ states: Analysis[]; last: Analysis }> {
	const states: Analysis[] = [];
	let last = STARTING;
	const stop = startAnalysis(seeds, source, (change) => {
		last = change(last);
		states.push(last);
	});
	try {
		const whole = (): boolean => last.entities !== null && last.coverage?.sourced() != null;
		await waitUntil(() => whole() || last.error !== null, 'both parts of the analysis and the sourced coverage', { limitMs: 30_000 });
	} finally {
		stop();
	}
	return { states, last };
}

/** What the claims alone give: each row's cells, each outlet's counts, each sentence's mark. */
function claimsPart(coverage: ClaimCoverage | null | undefined): unknown {
	if (!coverage) return null;
	const rows = Array.from({ length: coverage.rowCount }, (_, row) => coverage.cells(row));
	const marks = seeds.articles.map((a) => a.sentences.map((s) => coverage.mark(a.id, s.index)));
	return { columns: coverage.columns, rows, outlets: coverage.outlets, marks };
}

/** The coverage first without its sourcing, then with it: never the other way, and the same cells, counts and marks in both. */
function assertCoverageSteps(states: readonly Analysis[], last: Analysis): void {
	assert.ok(!states.some((a) => a.coverage !== null && a.claims === null), 'never before the claims');
	const first = states.findIndex((a) => a.coverage !== null);
	const sourced = states.findIndex((a) => a.coverage?.sourced() != null);
	assert.ok(first >= 0 && sourced >= 0, 'both coverages came');
	const unsourced = states[first]?.coverage;
	assert.equal(unsourced?.sourced(), null, 'the first coverage comes before its sourcing');
	// The status names the first thing pending: entities, when the claims worker ran ahead of theirs.
	if (states[first]?.entities !== null) assert.equal(states[first]?.working, 'sources', 'the status says the sources are being read');
	assert.ok(first < sourced);
	assert.ok(!states.slice(sourced).some((a) => a.coverage?.sourced() === null), 'an unsourced coverage never follows the sourced one');
	assert.deepEqual(claimsPart(unsourced), claimsPart(last.coverage));
}

describe('analysis in worker threads', () => {
	for (const together of [true, false]) {
		test(`${together ? 'at once' : 'one after the other'}: both panes' results arrive, equal to the in-process analysis`, async () => {
			const { states, last } = await analyseWith({ kind: 'worker', cache: false, together });
			assert.equal(last.error, null);
			assert.equal(last.working, null);
			assert.deepEqual(last.entities, analyseEntities(seeds));
			assert.deepEqual(last.claims, analyseClaims(seeds));
			// The coverage comes after the claims, counted in the worker as in process: the matrix first, then its sourcing.
			assertCoverageSteps(states, last);
			const expected = analyseCoverage(seeds, analyseClaims(seeds));
			const sourced = last.coverage?.sourced();
			assert.ok(sourced);
			assert.deepEqual(
				Array.from({ length: expected.rowCount }, (_, row) => [expected.cells(row), expected.origin(row)]),
				Array.from({ length: sourced.rowCount }, (_, row) => [sourced.cells(row), sourced.origin(row)]),
			);
			assert.deepEqual(sourced.sourceTable(), expected.sourceTable());
			if (!together) {
				// One after the other: claims never arrive before entities.
				assert.ok(!states.some((a) => a.claims !== null && a.entities === null));
			}
		});
	}
});

describe('the coverage in two steps', () => {
	test('in process too: the matrix first, its sourcing after', async () => {
		const { states, last } = await analyseWith({ kind: 'in-process', analysers: { entities: () => [], claims: analyseClaims } });
		assert.equal(last.error, null);
		assertCoverageSteps(states, last);
	});

	test('a sourcing already at hand (the cache) comes with the first message: no coverage without its sources', async () => {
		const claims = analyseClaims(seeds);
		const cached = sourceClaims(seeds, claims);
		const messages: CoverageMessage[] = [];
		let read = 0;
		const reading = (): ClaimSourcing => {
			read++;
			return cached;
		};
		await coverageSteps(seeds, claims, { cached, read: reading }, (m) => messages.push(m));
		assert.equal(read, 0, 'not read again');
		assert.deepEqual(
			messages.map((m) => [m.step, m.sourcing !== null]),
			[['coverage', true]],
		);
		messages.length = 0;
		await coverageSteps(seeds, claims, { cached: null, read: reading }, (m) => messages.push(m));
		assert.equal(read, 1);
		assert.deepEqual(
			messages.map((m) => [m.step, m.sourcing !== null]),
			[
				['coverage', false],
				['sourcing', true],
			],
		);
	});
});

test('parts run at once for a corpus of ordinary size and one after the other above the limit', () => {
	assert.equal(runPartsTogether(seeds), true);
	const sentences = Array.from({ length: 1000 }, (_, i) => `Sentence number ${i} of a very long article.`);
	const articles = Array.from({ length: Math.ceil(PARTS_TOGETHER_MAX_SENTENCES / 1000) + 1 }, (_, i) =>
		articleOf(`a${i}`, `Title ${i}`, sentences),
	);
	assert.equal(runPartsTogether({ articles, skipped: [] }), false);
});
