import { useEffect, useState } from 'react';
import { startAnalysis, STARTING, type Analysis, type AnalysisSource } from '../../analysis-runtime/analysis-workers.js';
import type { Corpus } from '../../corpus/index.js';

export type { Analysers, Analysis, AnalysisSource } from '../../analysis-runtime/analysis-workers.js';

/**
 * Entities and claims, computed off the keystroke path: in a worker thread
 * (the default), so the article list and search answer keys at once however
 * large the corpus, or in process on later turns of the event loop (tests).
 */
export function useAnalysis(corpus: Corpus, source: AnalysisSource): Analysis {
	const [analysis, setAnalysis] = useState<Analysis>(STARTING);
	useEffect(() => {
		setAnalysis(STARTING);
		return startAnalysis(corpus, source, setAnalysis);
	}, [corpus, source]);
	return analysis;
}
