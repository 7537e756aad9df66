/**
 * How informative each concept is in the corpus being analysed: IDF over
 * units, so that the story's subject, present in every other sentence,
 * counts for little and a concept a few units share counts for a lot.
 */
import { buildIdf, type IdfFunction } from '../similarity/idf.js';
import type { ConceptProfile } from './concepts.js';

/** A concept in more than this share of units is the story's subject ("Mexico" in a story about Mexico), not a claim's. */
export const SUBJECT_SHARE = 0.25;

export interface CorpusStatistics {
	readonly unitCount: number;
	readonly idf: IdfFunction;
}

export function corpusStatistics(profiles: readonly ConceptProfile[]): CorpusStatistics {
	return { unitCount: profiles.length, idf: buildIdf(profiles.map((p) => p.conceptSet)) };
}
