/**
 * The dashboard's analysis off the keystroke path, with no UI in it: entities
 * and claims in worker threads (each sending its result in slices), or in
 * process on later turns of the event loop for tests that supply their own
 * analysers. The UI's hook (ui/analysis/use-analysis.ts) only holds the state.
 */
import { Worker } from 'node:worker_threads';
import type { ClaimsAnalysis } from '../analysis/claims/index.js';
import type { ClaimCoverage } from '../analysis/coverage/coverage.js';
import type { ClaimCoverageData, ClaimSourcing } from '../analysis/coverage/types.js';
import type { Entity } from '../analysis/entities/index.js';
import type { Corpus } from '../corpus/index.js';
import { analysisCorpus } from './analysis-corpus.js';
import type { CoverageMessage } from './coverage-steps.js';
import { NEXT_SLICE, resultReceiver, type ResultSlice } from './result-slices.js';
import { runPartsTogether } from './schedule.js';
import type { AnalysisPart } from './texts.js';
import { workerFile } from './worker-file.js';

export interface Analysis {
	entities: Entity[] | null;
	claims: ClaimsAnalysis | null;
	/**
	 * Which outlet states which claim, the sentence marks (src/analysis/coverage): set after the claims;
	 * the sources and origins come after it (`coverage.sourced()`).
	 */
	coverage: ClaimCoverage | null;
	/** What is being computed now, for the status bar; null when done. */
	working: string | null;
	/** How far the current step is, from 0 to 1, when the worker says. */
	progress: number | null;
	error: string | null;
}

/** In-process analysis, for tests that supply their own results. */
export interface Analysers {
	entities: (corpus: Corpus) => Entity[];
	claims: (corpus: Corpus) => ClaimsAnalysis;
	/** Who each claim unit cites; src/analysis/coverage's `sourceClaims` when not given. */
	sourcing?: (corpus: Corpus, claims: ClaimsAnalysis) => ClaimSourcing | Promise<ClaimSourcing>;
}

/** `together` overrides the size rule of schedule.ts (tests run both schedules on a small corpus). */
export type AnalysisSource = { kind: 'worker'; cache: boolean; together?: boolean } | { kind: 'in-process'; analysers: Analysers };

export const STARTING: Analysis = { entities: null, claims: null, coverage: null, working: 'entities', progress: null, error: null };

/** Receives each change to the analysis as a function of the one before. */
export type AnalysisUpdate = (update: (previous: Analysis) => Analysis) => void;

/** Starts the analysis `source` names; the returned function stops it. */
export function startAnalysis(corpus: Corpus, source: AnalysisSource, update: AnalysisUpdate): () => void {
	return source.kind === 'worker'
		? analyseInWorker(corpus, source.cache, source.together ?? runPartsTogether(corpus), update)
		: analyseInProcess(corpus, source.analysers, update);
}

/** What is being computed now, from what is in. */
function next(a: Analysis): Analysis {
	return { ...a, working: pending(a) };
}

function pending(a: Analysis): string | null {
	if (a.entities === null) return 'entities';
	if (a.claims === null) return 'claims';
	if (a.coverage === null) return 'coverage';
	return a.coverage.sourced() ? null : 'sources';
}

/**
 * The dashboard's end of coverage-steps.ts: a reader over the claims' coverage
 * as soon as it comes, the sourced one when its sourcing does, and then
 * `whole`. The readers' module is loaded when the claims are in, not with
 * the dashboard's first frame.
 */
function coverageReceiver(
	corpus: Corpus,
	claims: ClaimsAnalysis,
	update: AnalysisUpdate,
	live: () => boolean,
	whole?: () => void,
): (message: CoverageMessage) => void {
	const readers = import('../analysis/coverage/coverage.js');
	let counted: ClaimCoverageData | null = null;
	return (message) => {
		if (message.step === 'coverage') counted = message.coverage;
		const data = counted;
		const { sourcing } = message;
		if (data === null) return;
		// Callbacks on one promise run in the order given, so the sourced reader always comes last.
		void readers.then(({ ClaimCoverage, Coverage }) => {
			const coverage = sourcing ? new Coverage(corpus, claims, { ...data, ...sourcing }) : new ClaimCoverage(corpus, claims, data);
			if (live()) update((a) => next({ ...a, coverage }));
			if (sourcing) whole?.();
		});
	};
}

function analyseInProcess(corpus: Corpus, analysers: Analysers, update: AnalysisUpdate): () => void {
	let cancelled = false;
	const later = (step: () => void): void => {
		setTimeout(() => {
			if (!cancelled) step();
		}, 0);
	};
	later(() => {
		const entities = analysers.entities(corpus);
		update((a) => next({ ...a, entities, progress: null }));
		later(() => {
			const claims = analysers.claims(corpus);
			update((a) => next({ ...a, claims }));
			const receive = coverageReceiver(corpus, claims, update, () => !cancelled);
			later(() => {
				const read = async (): Promise<ClaimSourcing> =>
					(analysers.sourcing ?? (await import('../analysis/coverage/sourcing.js')).sourceClaims)(corpus, claims);
				void import('./coverage-steps.js')
					.then(({ coverageSteps }) => coverageSteps(corpus, claims, { cached: null, read }, receive))
					.catch((error: unknown) => update((a) => ({ ...a, working: null, error: String(error) })));
			});
		});
	});
	return () => {
		cancelled = true;
	};
}

/**
 * Entities and claims in a worker each, at once or, for a large corpus, one
 * after the other (schedule.ts); each fills its pane as soon as it is done.
 */
function analyseInWorker(corpus: Corpus, cache: boolean, together: boolean, update: AnalysisUpdate): () => void {
	type Message = { step: 'progress'; done: number; total: number } | { step: 'slice'; slice: ResultSlice } | CoverageMessage;
	// Each worker gets a copy of what it is sent: only what the analysis reads (same cache key).
	const slim = analysisCorpus(corpus);
	const workers: Worker[] = [];
	let cancelled = false;
	const start = (part: AnalysisPart, then?: () => void): void => {
		if (cancelled) return;
		const worker = new Worker(workerFile('analysis-worker', 'analysis-runtime', 'worker.js'), {
			workerData: { corpus: slim, cache, part },
		});
		workers.push(worker);
		// The dashboard's exit must not wait for an analysis nobody will see.
		worker.unref();
		// Not once the dashboard has gone and stopped the worker.
		const receive = resultReceiver(corpus, () => {
			if (!cancelled) worker.postMessage(NEXT_SLICE);
		});
		let receiveCoverage: ((message: CoverageMessage) => void) | null = null;
		// The next part starts once this worker's heap is gone, so the two never add up.
		const done = (): void => {
			void worker.terminate().then(then);
		};
		worker.on('message', (message: Message) => {
			if (message.step === 'progress') {
				update((a) => ({ ...a, progress: message.total > 0 ? message.done / message.total : null }));
				return;
			}
			if (message.step !== 'slice') {
				receiveCoverage?.(message);
				return;
			}
			const whole = receive(message.slice);
			if (whole === null) return;
			if (whole.part === 'entities') {
				update((a) => next({ ...a, entities: whole.result, progress: null }));
				done();
			} else {
				receiveCoverage = coverageReceiver(corpus, whole.result, update, () => !cancelled, done);
				update((a) => next({ ...a, claims: whole.result }));
			}
		});
		worker.on('error', (error) => {
			update((a) => ({ ...a, working: null, error: error.message.split('\n')[0] ?? 'analysis failed' }));
			// One part failing is no reason to withhold the other.
			then?.();
		});
	};
	if (together) {
		start('entities');
		start('claims');
	} else start('entities', () => start('claims'));
	return () => {
		cancelled = true;
		for (const worker of workers) void worker.terminate();
	};
}
