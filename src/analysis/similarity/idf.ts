/**
 * Inverse document frequency over the corpus being analysed. Storylens knows
 * its corpus only at run time (one story's articles), and that is also the
 * right place to learn weights: within one story the story's own subject
 * ("the hurricane", the company's name) is in almost every sentence, so
 * sharing it says little, while sharing a rarer word says a lot.
 */
import type { SentenceProfile } from './profile.js';

export type IdfFunction = (stem: string) => number;

/** Used when no corpus statistics are given: every content word weighs the same. */
export const uniformIdf: IdfFunction = () => 1;

/**
 * Smoothed IDF from documents given as sets of stems. A document can be a
 * sentence or a whole article; stems never seen get the weight of a stem seen
 * once, so that a new word is treated as informative rather than ignored.
 */
export function buildIdf(documents: Iterable<ReadonlySet<string>>): IdfFunction {
	const documentFrequency = new Map<string, number>();
	let documentCount = 0;
	for (const stems of documents) {
		documentCount++;
		for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
	}
	const weights = new Map<string, number>();
	for (const [stem, frequency] of documentFrequency) weights.set(stem, Math.log((documentCount + 1) / (frequency + 0.5)));
	const unseen = Math.log((documentCount + 1) / 1.5);
	return (stem) => weights.get(stem) ?? unseen;
}

/** IDF with each sentence as one document, over its content words. */
export function idfFromProfiles(profiles: Iterable<SentenceProfile>): IdfFunction {
	function* stemSets(): Generator<ReadonlySet<string>> {
		for (const profile of profiles) yield profile.contentStemSet;
	}
	return buildIdf(stemSets());
}
