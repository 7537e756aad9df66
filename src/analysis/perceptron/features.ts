/**
 * Features of one token for the averaged perceptron: the word, its shape and
 * affixes, its neighbours, the tags just given, a gazetteer of names seen in
 * training, and what the rest of the document says about the word (is it
 * written with a capital where a capital means a name?). Hashed to a fixed
 * table so the model is a flat array.
 *
 * Each feature is the FNV-1a bucket of a string such as `w-1w=<previous>|<word>`
 * (test/perceptron.test.ts spells them all out); they are computed from
 * per-word parts (word-features.ts) without building those strings, which gives
 * the same buckets, so the shipped weights still apply.
 */
import { bucket, FNV_OFFSET, hash, mix } from './fnv.js';
import { wordFeatures, type WordFeatures } from './word-features.js';

export { HASH_BITS, hash } from './fnv.js';
export { shape } from './word-features.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

/** Lower-cased words seen mostly inside names in training, with their usual label. */
export type Gazetteer = Map<string, string>;

/** Per document: words seen capitalised away from a sentence's start, and words seen in lower case. */
export interface DocumentFacts {
	capitalised: Set<string>;
	lowercase: Set<string>;
}

export function documentFacts(sentences: readonly (readonly string[])[]): DocumentFacts {
	const capitalised = new Set<string>();
	const lowercase = new Set<string>();
	for (const words of sentences) {
		const headline = isHeadline(words);
		words.forEach((w, i) => {
			if (/^\p{Ll}/u.test(w)) lowercase.add(w.toLowerCase());
			else if (i > 0 && !headline && /^\p{Lu}\p{Ll}/u.test(w)) capitalised.add(w.toLowerCase());
		});
	}
	return { capitalised, lowercase };
}

/** ALL-CAPS or Title Case lines, where capitals say little. */
export function isHeadline(words: readonly string[]): boolean {
	const letters = words.filter((w) => /\p{L}{2,}/u.test(w));
	if (letters.length < 3) return false;
	return letters.every((w) => w === w.toUpperCase());
}

/** How many features each token has before the tags are known. */
export const STATIC_FEATURES = 25;

/** The features that do not depend on the tags chosen so far, computed once per sentence. */
export interface SentenceFeatures {
	/** Buckets of the static features, STATIC_FEATURES per token, token after token. */
	static: Int32Array;
	lower: string[];
}

export const BIAS = hash('b');
export const FIRST = [hash('first=false'), hash('first=true')] as const;
export const HEAD_STATE = [mix(FNV_OFFSET, 'head=false|'), mix(FNV_OFFSET, 'head=true|')] as const;
/** `dc=<capitalised elsewhere>|<lower case elsewhere>|<capital here>`, indexed by those three bits. */
export const DOCUMENT_CASE = Array.from({ length: 8 }, (_, bits) => hash(`dc=${(bits & 4) !== 0}|${(bits & 2) !== 0}|${(bits & 1) !== 0}`));

export function sentenceFeatures(words: readonly string[], facts: DocumentFacts, gazetteer: Gazetteer): SentenceFeatures {
	const headline = isHeadline(words);
	const { get, start, end } = wordFeatures(gazetteer);
	const info = words.map(get);
	const at = (i: number): WordFeatures => info[i] ?? (i < 0 ? start : end);
	const ids = new Int32Array(words.length * STATIC_FEATURES);
	for (let i = 0; i < words.length; i++) {
		const word = at(i);
		const before = at(i - 1);
		const after = at(i + 1);
		// The order the model was trained with; training sums float weights in it.
		let k = i * STATIC_FEATURES;
		ids[k++] = BIAS;
		ids[k++] = word.w;
		ids[k++] = word.s;
		ids[k++] = word.p1;
		ids[k++] = word.p2;
		ids[k++] = word.p3;
		ids[k++] = word.x1;
		ids[k++] = word.x2;
		ids[k++] = word.x3;
		ids[k++] = word.x4;
		ids[k++] = before.wBefore;
		ids[k++] = after.wAfter;
		ids[k++] = at(i - 2).wBefore2;
		ids[k++] = at(i + 2).wAfter2;
		ids[k++] = before.sBefore;
		ids[k++] = after.sAfter;
		ids[k++] = bucket(mix(mix(mix(before.shapesAsPrevious, word.shape), '|'), after.shape));
		ids[k++] = bucket(mix(before.pairAsPrevious, word.lower));
		ids[k++] = bucket(mix(word.pairAsCurrent, after.lower));
		ids[k++] = FIRST[i === 0 ? 1 : 0];
		ids[k++] = bucket(mix(HEAD_STATE[headline ? 1 : 0], word.shape));
		ids[k++] = word.g;
		ids[k++] = before.gBefore;
		ids[k++] = after.gAfter;
		ids[k] = DOCUMENT_CASE[
			(facts.capitalised.has(word.lower) ? 4 : 0) | (facts.lowercase.has(word.lower) ? 2 : 0) | (word.capital ? 1 : 0)
		] as number;
	}
	return { static: ids, lower: info.map((w) => w.lower) };
}

/** The features of token i given the two tags before it. */
export function tokenFeatures(sentence: SentenceFeatures, i: number, previous: string, previous2: string): number[] {
	const own = Array.from(sentence.static.subarray(i * STATIC_FEATURES, (i + 1) * STATIC_FEATURES));
	return [...own, hash(`t-1=${previous}`), hash(`t-2=${previous2}|${previous}`), hash(`t-1w=${previous}|${sentence.lower[i] ?? ''}`)];
}
