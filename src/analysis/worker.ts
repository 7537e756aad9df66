/**
 * One part of the analysis (entities or claims) in a worker thread: the
 * dashboard posts the corpus here and keeps answering keys meanwhile.
 * Messages out: { step: 'progress', done, total } while entities are found,
 * then { step: 'entities', entities } or { step: 'claims', claims } (claims
 * without their texts: restoreTexts puts them back from the corpus).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/index.js';
import type { ClaimsAnalysis } from './claims/types.js';
import { dropTexts } from './claims/transfer.js';
import { analysePart, type AnalysisPart } from './run-analysis.js';

interface WorkerInput {
	corpus: Corpus;
	cache: boolean;
	part: AnalysisPart;
}

const { corpus, cache, part } = workerData as WorkerInput;
const result = await analysePart(corpus, part, { cache }, (done, total) => parentPort?.postMessage({ step: 'progress', done, total }));
// Claims go without their texts, which the dashboard cuts from its own corpus (claims/transfer.ts).
parentPort?.postMessage(part === 'entities' ? { step: 'entities', entities: result } : { step: 'claims', claims: dropTexts(result as ClaimsAnalysis) });
