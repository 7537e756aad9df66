/**
 * The dashboard's analysis off the keystroke path, with no UI in it: entities
 * and claims in worker threads (each sending its result in slices), or in
 * process on later turns of the event loop for tests that supply their own
 * analysers. The UI's hook (ui/analysis/use-analysis.ts) only holds the state.
 */
import { Worker } from 'node:worker_threads';
import type { ClaimsAnalysis } from '../analysis/claims/index.js';
import type { Coverage } from '../analysis/coverage/coverage.js';
import type { CoverageData } from '../analysis/coverage/types.js';
import type { Entity } from '../analysis/entities/index.js';
import type { Corpus } from '../corpus/index.js';
import { analysisCorpus } from './analysis-corpus.js';
import { NEXT_SLICE, resultReceiver, type ResultSlice } from './result-slices.js';
import { runPartsTogether } from './schedule.js';
import type { AnalysisPart } from './texts.js';
import { workerFile } from './worker-file.js';

export interface Analysis {
	entities: Entity[] | null;
	claims: ClaimsAnalysis | null;
	/** Which outlet states which claim, the sources and origins, the sentence marks (src/analysis/coverage): set after the claims. */
	coverage: Coverage | null;
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

function analyseInProcess(corpus: Corpus, analysers: Analysers, update: AnalysisUpdate): () => void {
	let cancelled = false;
	const later = (step: () => void): void => {
		setTimeout(() => {
			if (!cancelled) step();
		}, 0);
	};
	later(() => {
		const entities = analysers.entities(corpus);
		update((a) => ({ ...a, entities, working: 'claims', progress: null }));
		later(() => {
			const claims = analysers.claims(corpus);
			update((a) => ({ ...a, claims, working: 'sources' }));
			later(() => {
				void import('../analysis/coverage/analyse.js').then(({ analyseCoverage }) => {
					if (!cancelled) update((a) => ({ ...a, coverage: analyseCoverage(corpus, claims), working: null }));
				});
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
	type Message =
		| { step: 'progress'; done: number; total: number }
		| { step: 'slice'; slice: ResultSlice }
		| { step: 'coverage'; coverage: CoverageData };
	const next = (a: Analysis): Analysis => ({
		...a,
		working: a.entities === null ? 'entities' : a.claims === null ? 'claims' : a.coverage === null ? 'sources' : null,
	});
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
		let claims: ClaimsAnalysis | null = null;
		// The next part starts once this worker's heap is gone, so the two never add up.
		const done = (): void => {
			void worker.terminate().then(then);
		};
		worker.on('message', (message: Message) => {
			if (message.step === 'progress') {
				update((a) => ({ ...a, progress: message.total > 0 ? message.done / message.total : null }));
				return;
			}
			if (message.step === 'coverage') {
				const { coverage } = message;
				// Its reader is loaded now, not with the dashboard's first frame.
				void import('../analysis/coverage/coverage.js').then(({ Coverage }) => {
					if (!cancelled && claims) update((a) => next({ ...a, coverage: new Coverage(corpus, claims as ClaimsAnalysis, coverage) }));
					done();
				});
				return;
			}
			const whole = receive(message.slice);
			if (whole === null) return;
			if (whole.part === 'entities') {
				update((a) => next({ ...a, entities: whole.result, progress: null }));
				done();
			} else {
				claims = whole.result;
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
