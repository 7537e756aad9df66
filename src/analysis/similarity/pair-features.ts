/**
 * The numbers the classifier sees for one sentence pair. Every feature is
 * symmetric (swapping the sentences changes nothing) because storylens pairs
 * have no natural order. Coverage in each direction is kept as min and max
 * rather than "first" and "second": a short sentence fully contained in a long
 * one (min low, max high) is a different situation from two half-overlapping
 * sentences (both middling).
 */
import { alignContent } from './alignment.js';
import { type IdfFunction, uniformIdf } from './idf.js';
import { MAX_NGRAM, type SentenceProfile } from './profile.js';
import { sortedMatches } from './hashing.js';
import { compareSequences, harmonic, missingCount, safeRatio, sharedCount } from './overlap.js';

export interface PairFeatures {
	[name: string]: number;
}

export const FEATURE_NAMES = [
	'unigram_f',
	'unigram_min',
	'unigram_max',
	'bigram_f',
	'trigram_f',
	'fourgram_f',
	'content_f',
	'content_min',
	'content_max',
	'content_jaccard',
	'content_bigram_f',
	'content_unmatched_total',
	'content_unmatched_max',
	'content_unmatched_min',
	'idf_coverage_min',
	'idf_coverage_max',
	'idf_cosine',
	'bleu',
	'lcs_min',
	'lcs_max',
	'edit_distance_ratio',
	'meteor',
	'char_trigram_dice',
	'length_ratio',
	'length_difference',
	'log_length_mean',
	'numbers_shared',
	'numbers_unmatched',
	'numbers_mismatch',
	'names_unmatched',
	'names_f',
	'negation_mismatch',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(FEATURE_NAMES.map((name, index) => [name, index]));

export function featureIndex(name: FeatureName): number {
	return FEATURE_INDEX.get(name) ?? -1;
}

interface IdfOverlap {
	readonly massA: number;
	readonly massB: number;
	readonly sharedMass: number;
	readonly cosine: number;
}

/** IDF-weighted overlap of two content-word sets in two passes (this runs once per candidate pair). */
function idfOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: IdfFunction): IdfOverlap {
	let massA = 0;
	let squaresA = 0;
	let sharedMass = 0;
	let sharedSquares = 0;
	for (const stem of a) {
		const weight = idf(stem);
		massA += weight;
		squaresA += weight * weight;
		if (b.has(stem)) {
			sharedMass += weight;
			sharedSquares += weight * weight;
		}
	}
	let massB = 0;
	let squaresB = 0;
	for (const stem of b) {
		const weight = idf(stem);
		massB += weight;
		squaresB += weight * weight;
	}
	return { massA, massB, sharedMass, cosine: safeRatio(sharedSquares, Math.sqrt(squaresA * squaresB)) };
}

/**
 * Sentence-level BLEU in both directions, averaged. Add-one smoothing on the
 * higher orders keeps short sentences with no shared 4-gram from scoring 0.
 */
function symmetricBleu(a: SentenceProfile, b: SentenceProfile, matchesByOrder: readonly number[]): number {
	const lengthA = a.stems.length;
	const lengthB = b.stems.length;
	if (lengthA === 0 || lengthB === 0) return 0;
	let logPrecisionA = 0;
	let logPrecisionB = 0;
	for (let order = 1; order <= MAX_NGRAM; order++) {
		const matches = matchesByOrder[order - 1] ?? 0;
		const smoothing = order === 1 ? 0 : 1;
		const gramsA = Math.max(lengthA - order + 1, 0);
		const gramsB = Math.max(lengthB - order + 1, 0);
		logPrecisionA += Math.log((matches + smoothing + 1e-9) / (gramsA + smoothing + 1e-9));
		logPrecisionB += Math.log((matches + smoothing + 1e-9) / (gramsB + smoothing + 1e-9));
	}
	const brevityA = lengthA < lengthB ? Math.exp(1 - lengthB / lengthA) : 1;
	const brevityB = lengthB < lengthA ? Math.exp(1 - lengthA / lengthB) : 1;
	return (brevityA * Math.exp(logPrecisionA / MAX_NGRAM) + brevityB * Math.exp(logPrecisionB / MAX_NGRAM)) / 2;
}

/**
 * Writes the features of a pair into `out` in FEATURE_NAMES order. This is the
 * hot path of claim clustering, hence a reusable typed array instead of an
 * object per pair.
 */
export function writePairFeatures(a: SentenceProfile, b: SentenceProfile, out: Float64Array, idf: IdfFunction = uniformIdf): Float64Array {
	let k = 0;
	const set = (value: number): void => {
		out[k++] = Number.isFinite(value) ? value : 0;
	};

	const matchesByOrder: number[] = [];
	const gramF: number[] = [];
	for (let order = 1; order <= MAX_NGRAM; order++) {
		const gramsA = a.ngramHashes[order - 1];
		const gramsB = b.ngramHashes[order - 1];
		const matches = gramsA === undefined || gramsB === undefined ? 0 : sortedMatches(gramsA, gramsB);
		matchesByOrder.push(matches);
		gramF.push(harmonic(safeRatio(matches, gramsA?.length ?? 0), safeRatio(matches, gramsB?.length ?? 0)));
	}
	const unigramMatches = matchesByOrder[0] ?? 0;
	const unigramCoverageA = safeRatio(unigramMatches, a.stems.length);
	const unigramCoverageB = safeRatio(unigramMatches, b.stems.length);
	set(gramF[0] ?? 0);
	set(Math.min(unigramCoverageA, unigramCoverageB));
	set(Math.max(unigramCoverageA, unigramCoverageB));
	set(gramF[1] ?? 0);
	set(gramF[2] ?? 0);
	set(gramF[3] ?? 0);

	const contentA = a.contentStemSet;
	const contentB = b.contentStemSet;
	const sharedContent = sharedCount(contentA, contentB);
	const contentCoverageA = safeRatio(sharedContent, contentA.size);
	const contentCoverageB = safeRatio(sharedContent, contentB.size);
	const unmatchedA = contentA.size - sharedContent;
	const unmatchedB = contentB.size - sharedContent;
	set(harmonic(contentCoverageA, contentCoverageB));
	set(Math.min(contentCoverageA, contentCoverageB));
	set(Math.max(contentCoverageA, contentCoverageB));
	set(safeRatio(sharedContent, contentA.size + contentB.size - sharedContent));
	const sharedBigrams = sortedMatches(a.contentBigramHashes, b.contentBigramHashes);
	set(harmonic(safeRatio(sharedBigrams, a.contentBigramHashes.length), safeRatio(sharedBigrams, b.contentBigramHashes.length)));
	set(unmatchedA + unmatchedB);
	set(Math.max(unmatchedA, unmatchedB));
	set(Math.min(unmatchedA, unmatchedB));

	const weighted = idfOverlap(contentA, contentB, idf);
	const idfCoverageA = safeRatio(weighted.sharedMass, weighted.massA);
	const idfCoverageB = safeRatio(weighted.sharedMass, weighted.massB);
	set(Math.min(idfCoverageA, idfCoverageB));
	set(Math.max(idfCoverageA, idfCoverageB));
	set(weighted.cosine);

	set(symmetricBleu(a, b, matchesByOrder));
	const sequences = compareSequences(a.stems, b.stems);
	const lcs = sequences.commonSubsequence;
	const shorter = Math.min(a.stems.length, b.stems.length);
	const longer = Math.max(a.stems.length, b.stems.length);
	set(safeRatio(lcs, longer));
	set(safeRatio(lcs, shorter));
	set(safeRatio(sequences.editDistance, longer));
	set(alignContent(a, b).score);
	const sharedTrigrams = sortedMatches(a.charTrigramHashes, b.charTrigramHashes);
	set(safeRatio(2 * sharedTrigrams, a.charTrigramHashes.length + b.charTrigramHashes.length));

	set(safeRatio(shorter, longer));
	set(longer - shorter);
	set(Math.log1p((a.stems.length + b.stems.length) / 2));

	const sharedNumbers = sharedCount(a.numbers, b.numbers);
	const unmatchedNumbers = a.numbers.size + b.numbers.size - 2 * sharedNumbers;
	set(sharedNumbers);
	set(unmatchedNumbers);
	// Both sentences give figures and they disagree: the classic "same event, different claim".
	set(a.numbers.size > 0 && b.numbers.size > 0 && unmatchedNumbers > 0 ? 1 : 0);

	// A name counts as matched if its stem occurs anywhere in the other sentence,
	// capitalised or not, so that sentence-initial names are not penalised.
	const namesMissing = missingCount(a.names, b.stemSet) + missingCount(b.names, a.stemSet);
	set(namesMissing);
	const sharedNames = sharedCount(a.names, b.names);
	set(harmonic(safeRatio(sharedNames, a.names.size), safeRatio(sharedNames, b.names.size)));

	set(a.negationCount > 0 !== b.negationCount > 0 ? 1 : 0);
	// A feature added to FEATURE_NAMES but not computed here (or the reverse) would shift every column after it.
	if (k !== FEATURE_NAMES.length) throw new Error(`pairFeatures wrote ${k} values for ${FEATURE_NAMES.length} features`);
	return out;
}

export function pairFeatures(a: SentenceProfile, b: SentenceProfile, idf?: (stem: string) => number): PairFeatures {
	const values = writePairFeatures(a, b, new Float64Array(FEATURE_NAMES.length), idf);
	const features: PairFeatures = {};
	FEATURE_NAMES.forEach((name, index) => {
		features[name] = values[index] ?? 0;
	});
	return features;
}
