/**
 * One part of the analysis (entities or claims) in a worker thread: the
 * dashboard posts the corpus here and keeps answering keys meanwhile.
 * Messages out: { step: 'progress', done, total } while entities are found,
 * then { step: 'slice', slice }, each when asked, until the one marked last (result-slices.ts),
 * without the texts the corpus holds (withTexts in texts.ts puts them back); for the claims,
 * then the coverage (coverage-steps.ts): what the claims alone give, then its sourcing, sent
 * after the claims so that the claims pane does not wait for them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/index.js';
import type { ClaimsAnalysis } from '../analysis/claims/types.js';
import { coverageSteps } from './coverage-steps.js';
import { analysePartWithoutTexts, cachedSourcing, readSourcing } from './run-analysis.js';
import { sendResult } from './result-slices.js';
import { withTexts, type AnalysisPart } from './texts.js';

interface WorkerInput {
	corpus: Corpus;
	cache: boolean;
	part: AnalysisPart;
}

const { corpus, cache, part } = workerData as WorkerInput;
// Without the texts, which the dashboard cuts from its own corpus (texts.ts), and in slices it reads between keys.
const result = await analysePartWithoutTexts(corpus, part, { cache }, (done, total) =>
	parentPort?.postMessage({ step: 'progress', done, total }),
);
if (parentPort) {
	const port = parentPort;
	await sendResult(port, part, result);
	if (part === 'claims') {
		// The slices are copies already sent: the texts go back into this copy, which the sourcing reads.
		const claims = withTexts('claims', result as ClaimsAnalysis, corpus);
		const sourcing = { cached: await cachedSourcing(corpus, { cache }), read: () => readSourcing(corpus, claims, { cache }) };
		await coverageSteps(corpus, claims, sourcing, (message) => port.postMessage(message));
	}
}
