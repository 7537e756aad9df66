/**
 * The analysis in a worker thread: the dashboard posts the corpus here and
 * keeps answering keys while entities and claims are computed.
 * Messages out: { step: 'progress', done, total } while entities are found,
 * { step: 'entities', entities }, then { step: 'claims', claims }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/index.js';
import { analyseCorpus } from './run-analysis.js';

interface WorkerInput {
	corpus: Corpus;
	cache: boolean;
}

const { corpus, cache } = workerData as WorkerInput;
let sentEntities = false;
const result = await analyseCorpus(corpus, { cache }, (step, partial) => {
	if (step === 'entities') {
		sentEntities = true;
		parentPort?.postMessage({ step: 'entities', entities: partial.entities });
	}
}, (done, total) => parentPort?.postMessage({ step: 'progress', done, total }));
if (!sentEntities) parentPort?.postMessage({ step: 'entities', entities: result.entities });
parentPort?.postMessage({ step: 'claims', claims: result.claims });
