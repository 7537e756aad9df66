/**
 * How informative each concept is in the corpus being analysed: IDF over
 * units, so that the story's subject, present in every other sentence,
 * counts for little and a concept a few units share counts for a lot.
 */
import type { IdfFunction } from '../similarity/idf.js';
import type { UnitConceptTable } from './concept-table.js';

/** A concept in more than this share of units is the story's subject ("Mexico" in a story about Mexico), not a claim's. */
export const SUBJECT_SHARE = 0.25;

export interface CorpusStatistics {
	readonly unitCount: number;
	/** IDF by concept id. */
	readonly idfById: Float64Array;
	/** IDF by concept; a concept the corpus never holds weighs as one held once. */
	readonly idf: IdfFunction;
}

/** The same smoothed IDF as src/analysis/similarity/idf.ts, over the table's units. */
export function corpusStatistics(table: UnitConceptTable): CorpusStatistics {
	const count = table.unitCount;
	const idfById = new Float64Array(table.conceptCount);
	for (let id = 0; id < idfById.length; id++) idfById[id] = Math.log((count + 1) / (table.frequency(id) + 0.5));
	const unseen = Math.log((count + 1) / 1.5);
	return {
		unitCount: count,
		idfById,
		idf: (concept) => {
			const id = table.idOf(concept);
			return id === undefined ? unseen : (idfById[id] ?? unseen);
		},
	};
}
