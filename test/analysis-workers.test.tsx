/**
 * The dashboard's analysis in real worker threads (the built worker), on the
 * seeds: both schedules fill entities and claims, the same as in process.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactNode } from 'react';
import { analyseClaims } from '../src/analysis/claims/index.js';
import { analyseCoverage } from '../src/analysis/coverage/index.js';
import { analyseEntities } from '../src/analysis/entities/index.js';
import { PARTS_TOGETHER_MAX_SENTENCES, runPartsTogether } from '../src/analysis-runtime/schedule.js';
import type { Corpus } from '../src/corpus/index.js';
import { useAnalysis, type Analysis, type AnalysisSource } from '../src/ui/analysis/use-analysis.js';
import { articleOf, loadSeeds } from './helpers/fixtures.js';
import { waitUntil } from './helpers/wait.js';

let seeds: Corpus;
before(async () => {
	seeds = await loadSeeds();
});

function Probe({ corpus, source, seen }: { corpus: Corpus; source: AnalysisSource; seen: (a: Analysis) => void }): ReactNode {
	const analysis = useAnalysis(corpus, source);
	seen(analysis);
	const entities = analysis.entities === null ? 'pending' : analysis.entities.length;
	const claims = analysis.claims === null ? 'pending' : analysis.claims.claims.length;
	const coverage = analysis.coverage === null ? 'pending' : analysis.coverage.rowCount;
	return <Text>{`entities ${entities} claims ${claims} coverage ${coverage}`}</Text>;
}

async function analyseWith(together: boolean): Promise<{ states: Analysis[]; last: Analysis }> {
	const states: Analysis[] = [];
	const source: AnalysisSource = { kind: 'worker', cache: false, together };
	const ui = render(<Probe corpus={seeds} source={source} seen={(a) => states.push(a)} />);
	await waitUntil(() => /entities \d+ claims \d+ coverage \d+/u.test(ui.lastFrame() ?? ''), 'both parts of the analysis and the coverage', {
		limitMs: 30_000,
	});
	ui.unmount();
	const last = states.at(-1);
	assert.ok(last, 'the probe rendered');
	return { states, last };
}

describe('analysis in worker threads', () => {
	for (const together of [true, false]) {
		test(`${together ? 'at once' : 'one after the other'}: both panes' results arrive, equal to the in-process analysis`, async () => {
			const { states, last } = await analyseWith(together);
			assert.equal(last.error, null);
			assert.equal(last.working, null);
			assert.deepEqual(last.entities, analyseEntities(seeds));
			assert.deepEqual(last.claims, analyseClaims(seeds));
			// The coverage comes after the claims, counted in the worker as in process.
			assert.ok(!states.some((a) => a.coverage !== null && a.claims === null), 'never before the claims');
			const expected = analyseCoverage(seeds, analyseClaims(seeds));
			assert.ok(last.coverage);
			assert.deepEqual(
				Array.from({ length: expected.rowCount }, (_, row) => [expected.cells(row), expected.origin(row)]),
				Array.from({ length: last.coverage.rowCount }, (_, row) => [last.coverage?.cells(row), last.coverage?.origin(row)]),
			);
			assert.deepEqual(last.coverage.sourceTable(), expected.sourceTable());
			if (!together) {
				// One after the other: claims never arrive before entities.
				assert.ok(!states.some((a) => a.claims !== null && a.entities === null));
			}
		});
	}
});

test('parts run at once for a corpus of ordinary size and one after the other above the limit', () => {
	assert.equal(runPartsTogether(seeds), true);
	const sentences = Array.from({ length: 1000 }, (_, i) => `Sentence number ${i} of a very long article.`);
	const articles = Array.from({ length: Math.ceil(PARTS_TOGETHER_MAX_SENTENCES / 1000) + 1 }, (_, i) =>
		articleOf(`a${i}`, `Title ${i}`, sentences),
	);
	assert.equal(runPartsTogether({ articles, skipped: [] }), false);
});
