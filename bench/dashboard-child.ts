/**
 * The dashboard's analysis as the user meets it: the corpus in the main
 * thread, entities and claims in the two worker threads the dashboard starts
 * (the bundled analysis-worker, given `analysisCorpus()` as use-analysis.ts
 * gives it), both at once, no cache. Runs in its own process, so its peak
 * memory is the whole process's: main thread and both workers. Prints one
 * JSON line: when each pane would fill, and the peak RSS.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analysisCorpus } from '../src/analysis/analysis-corpus.js';
import { packageRoot } from '../src/paths.js';
import { benchCorpora } from './corpora.js';

const size = Number(process.argv[2] ?? '0');
const [named] = (await benchCorpora(size > 0 ? [size] : [])).slice(size > 0 ? 1 : 0);
if (!named) throw new Error('no corpus');
const workerFile = join(packageRoot(), 'dist', 'bundle', 'analysis-worker.js');
const corpus = analysisCorpus(named.corpus);
const started = performance.now();
const doneMs = await Promise.all(
	(['entities', 'claims'] as const).map(
		(part) =>
			new Promise<number>((resolve, reject) => {
				const worker = new Worker(workerFile, { workerData: { corpus, cache: false, part } });
				worker.on('message', (message: { step: string }) => {
					if (message.step === part) {
						resolve(performance.now() - started);
						void worker.terminate();
					}
				});
				worker.on('error', reject);
			}),
	),
);
process.stdout.write(
	`${JSON.stringify({ name: named.name, entitiesMs: doneMs[0], claimsMs: doneMs[1], peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
