/**
 * The dashboard's analysis as the user meets it: the corpus in the main
 * thread, entities and claims in the worker threads the dashboard starts
 * (the bundled analysis-worker, given `analysisCorpus()` as use-analysis.ts
 * gives it), at once or one after the other as src/analysis-runtime/schedule.ts
 * decides, no cache. Runs in its own process, so its peak memory is the
 * whole process's: main thread and workers. Prints one JSON line: when each
 * pane would fill, whether the parts ran together, the longest the main
 * thread was busy at once (receiving results: a key pressed then waits that
 * long), and the peak RSS.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { analysisCorpus } from '../src/analysis-runtime/analysis-corpus.js';
import { NEXT_SLICE, resultReceiver, type ResultSlice } from '../src/analysis-runtime/result-slices.js';
import { runPartsTogether } from '../src/analysis-runtime/schedule.js';
import { packageRoot } from '../src/paths.js';
import { benchCorpora } from './corpora.js';

const size = Number(process.argv[2] ?? '0');
const [named] = (await benchCorpora(size > 0 ? [size] : [])).slice(size > 0 ? 1 : 0);
if (!named) throw new Error('no corpus');
const workerFile = join(packageRoot(), 'dist', 'bundle', 'analysis-worker.js');
const corpus = analysisCorpus(named.corpus);
const started = performance.now();
// How long the main thread was kept from answering a key: receiving results is its only work here.
const stalls = monitorEventLoopDelay({ resolution: 5 });
stalls.enable();
/** Runs one part in its worker, received as the dashboard receives it; resolves when the worker has gone, with when its result came. */
const run = (part: 'entities' | 'claims'): Promise<number> =>
	new Promise<number>((resolve, reject) => {
		const worker = new Worker(workerFile, { workerData: { corpus, cache: false, part } });
		const receive = resultReceiver(named.corpus, () => worker.postMessage(NEXT_SLICE));
		worker.on('message', (message: { step: string; slice?: ResultSlice }) => {
			if (message.slice === undefined || receive(message.slice) === null) return;
			const doneMs = performance.now() - started;
			void worker.terminate().then(() => resolve(doneMs));
		});
		worker.on('error', reject);
	});
const together = runPartsTogether(named.corpus);
const [entitiesMs, claimsMs] = together
	? await Promise.all([run('entities'), run('claims')])
	: [await run('entities'), await run('claims')];
stalls.disable();
const longestStallMs = stalls.max / 1e6;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ name: named.name, together, entitiesMs, claimsMs, longestStallMs, peakRssMb })}\n`);
