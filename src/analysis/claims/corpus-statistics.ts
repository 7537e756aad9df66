/**
 * What the corpus being analysed says about its own words: how informative
 * each concept is (IDF over units, so that the story's subject, present in
 * every other sentence, counts for little) and which concepts are names.
 *
 * A word is a name when the corpus writes it with a capital, away from the
 * start of a sentence, more often than in lower case. Deciding this over the
 * corpus rather than per sentence recognises "Lohan was ..." as a name at the
 * start of a sentence, and keeps "Despite ..." or "State ..." (a capital in a
 * title) from counting as one.
 */
import { buildIdf, type IdfFunction } from '../similarity/idf.js';
import type { ConceptProfile } from './concepts.js';

export interface CorpusStatistics {
	readonly unitCount: number;
	readonly idf: IdfFunction;
	/** The IDF of a concept seen in one unit: the most a concept can weigh. */
	readonly maxIdf: number;
	isName(concept: string): boolean;
}

export function corpusStatistics(profiles: readonly ConceptProfile[]): CorpusStatistics {
	const idf = buildIdf(profiles.map((p) => p.conceptSet));
	const capitalCount = new Map<string, number>();
	const lowerCount = new Map<string, number>();
	for (const profile of profiles) {
		for (const concept of profile.capitalised) capitalCount.set(concept, (capitalCount.get(concept) ?? 0) + 1);
		for (const concept of profile.lowercase) lowerCount.set(concept, (lowerCount.get(concept) ?? 0) + 1);
	}
	return {
		unitCount: profiles.length,
		idf,
		maxIdf: Math.log((profiles.length + 1) / 1.5),
		isName: (concept) => (capitalCount.get(concept) ?? 0) > (lowerCount.get(concept) ?? 0),
	};
}
