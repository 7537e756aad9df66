import { useEffect, useState } from 'react';
import type { ClaimsAnalysis } from '../../analysis/claims/index.js';
import type { Entity } from '../../analysis/entities/index.js';
import type { Corpus } from '../../corpus/index.js';

export interface Analysis {
	entities: Entity[] | null;
	claims: ClaimsAnalysis | null;
	/** What is being computed now, for the status bar; null when done. */
	working: string | null;
}

export interface Analysers {
	entities: (corpus: Corpus) => Entity[];
	claims: (corpus: Corpus) => ClaimsAnalysis;
}

/**
 * Entities and claims, computed after the first frame so the article list is
 * usable at once. Each step runs on its own turn of the event loop, so keys
 * typed meanwhile are handled between steps.
 */
export function useAnalysis(corpus: Corpus, analysers: Analysers): Analysis {
	const [analysis, setAnalysis] = useState<Analysis>({ entities: null, claims: null, working: 'entities' });
	useEffect(() => {
		let cancelled = false;
		const later = (step: () => void): void => {
			setTimeout(() => {
				if (!cancelled) step();
			}, 0);
		};
		setAnalysis({ entities: null, claims: null, working: 'entities' });
		later(() => {
			const entities = analysers.entities(corpus);
			setAnalysis({ entities, claims: null, working: 'claims' });
			later(() => {
				const claims = analysers.claims(corpus);
				setAnalysis({ entities, claims, working: null });
			});
		});
		return () => {
			cancelled = true;
		};
	}, [corpus, analysers]);
	return analysis;
}
