/**
 * Turns MSRP pairs into feature rows the way storylens will at run time: each
 * distinct sentence is profiled once, and IDF comes from the sentences of the
 * set being scored (the "corpus"), never from a table fitted elsewhere.
 */
import { idfFromProfiles, type IdfFunction } from '../../src/analysis/similarity/idf.js';
import { FEATURE_NAMES, writePairFeatures } from '../../src/analysis/similarity/pair-features.js';
import { profileSentence, type SentenceProfile } from '../../src/analysis/similarity/profile.js';
import type { MsrpPair } from '../eval/msrp-data.js';

export interface ProfiledPairs {
	readonly pairs: readonly MsrpPair[];
	readonly first: readonly SentenceProfile[];
	readonly second: readonly SentenceProfile[];
	readonly idf: IdfFunction;
}

export function profilePairs(pairs: readonly MsrpPair[]): ProfiledPairs {
	const byId = new Map<string, SentenceProfile>();
	const profileOf = (id: string, text: string): SentenceProfile => {
		// Ids identify sentences in MSRP; the text is part of the key in case a file reuses ids.
		const key = `${id}\t${text}`;
		let profile = byId.get(key);
		if (profile === undefined) {
			profile = profileSentence(text);
			byId.set(key, profile);
		}
		return profile;
	};
	const first = pairs.map((pair) => profileOf(pair.id1, pair.sentence1));
	const second = pairs.map((pair) => profileOf(pair.id2, pair.sentence2));
	return { pairs, first, second, idf: idfFromProfiles(byId.values()) };
}

export function featureRows(profiled: ProfiledPairs, idf: IdfFunction | undefined = profiled.idf): Float64Array[] {
	return profiled.pairs.map((_, index) => {
		const a = profiled.first[index];
		const b = profiled.second[index];
		if (a === undefined || b === undefined) throw new Error('profilePairs produced misaligned profiles');
		return writePairFeatures(a, b, new Float64Array(FEATURE_NAMES.length), idf);
	});
}
