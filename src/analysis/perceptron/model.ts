/**
 * An averaged perceptron over BIO tags with greedy decoding. Weights are a
 * flat array: feature bucket x tag.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { bucket, FNV_OFFSET, hash, mix } from './fnv.js';
import { HASH_BITS, STATIC_FEATURES, TAGS, sentenceFeatures, type DocumentFacts, type Gazetteer, type Tag } from './features.js';

/**
 * Training keeps float weights; the shipped model keeps the int16 weights it
 * is stored as. Their sums are exact whatever the order, and the table is
 * half the size, so more of it stays in the processor's cache.
 */
export interface Model {
	weights: Float32Array | Int16Array;
	gazetteer: Gazetteer;
}

export const TAG_COUNT = TAGS.length;

export function scoreTags(weights: Float32Array, features: readonly number[], scores: Float64Array): void {
	scores.fill(0);
	for (const f of features) {
		const base = f * TAG_COUNT;
		for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] ?? 0) + (weights[base + t] ?? 0);
	}
}

/** A tag that cannot follow the previous one (I-ORG after O) is read as the start of a name. */
export function allowed(tag: Tag, previous: string): boolean {
	if (!tag.startsWith('I-')) return true;
	const label = tag.slice(2);
	return previous === `B-${label}` || previous === `I-${label}`;
}

// Tag-dependent features by tag index; index TAG_COUNT stands for "<s>", before the first word.
const PREVIOUS_NAMES = [...TAGS, '<s>'];
export const PREVIOUS_COUNT = PREVIOUS_NAMES.length;
export const TAG1 = PREVIOUS_NAMES.map((p) => hash(`t-1=${p}`));
export const TAG2 = PREVIOUS_NAMES.flatMap((p2) => PREVIOUS_NAMES.map((p) => hash(`t-2=${p2}|${p}`)));
export const TAG_WORD_STATE = PREVIOUS_NAMES.map((p) => mix(FNV_OFFSET, `t-1w=${p}|`));
const ALLOWED = PREVIOUS_NAMES.flatMap((p) => TAGS.map((t) => allowed(t, p)));

/** The highest-scoring tag that may follow `previous` (ties go to the lower index, O first). */
export function bestAllowedTag(scores: Float64Array, previous: number): number {
	let best = 0;
	for (let t = 1; t < TAG_COUNT; t++) {
		if ((scores[t] as number) > (scores[best] as number) && ALLOWED[previous * TAG_COUNT + t]) best = t;
	}
	return best;
}

/**
 * Tag indices for one sentence, greedily left to right, from every feature's
 * bucket: the definition of the model's scores (training's decode, and the
 * reference word-scores.ts is tested against). `onScores` sees each token's
 * scores before its tag is chosen.
 */
export function decodeIndices(
	model: Model,
	words: readonly string[],
	facts: DocumentFacts,
	onScores?: (i: number, scores: Float64Array) => void,
): Uint8Array {
	const { weights } = model;
	const sentence = sentenceFeatures(words, facts, model.gazetteer);
	const ids = sentence.static;
	const tags = new Uint8Array(words.length);
	const scores = new Float64Array(TAG_COUNT);
	const add = (feature: number): void => {
		const base = feature * TAG_COUNT;
		for (let t = 0; t < TAG_COUNT; t++) scores[t] = (scores[t] as number) + (weights[base + t] as number);
	};
	let previous: number = TAG_COUNT;
	let previous2: number = TAG_COUNT;
	for (let i = 0; i < words.length; i++) {
		scores.fill(0);
		for (let k = i * STATIC_FEATURES; k < (i + 1) * STATIC_FEATURES; k++) add(ids[k] as number);
		add(TAG1[previous] as number);
		add(TAG2[previous2 * PREVIOUS_COUNT + previous] as number);
		add(bucket(mix(TAG_WORD_STATE[previous] as number, sentence.lower[i] as string)));
		onScores?.(i, scores);
		const best = bestAllowedTag(scores, previous);
		tags[i] = best;
		previous2 = previous;
		previous = best;
	}
	return tags;
}

export function decode(model: Model, words: readonly string[], facts: DocumentFacts): Tag[] {
	return Array.from(decodeIndices(model, words, facts), (t) => TAGS[t] as Tag);
}

let loaded: Model | null = null;

/** Tags with `model` from now on, or with the shipped one again (null). For measuring a model trained on part of a gold standard. */
export function replaceModel(model: Model | null): void {
	loaded = model;
}

/** The shipped model: int16 weights with one scale (which argmax does not need), gzipped, and a JSON gazetteer. */
export function loadModel(): Model {
	if (loaded) return loaded;
	const raw = gunzipSync(readFileSync(dataPath('perceptron', 'weights.bin.gz')));
	// Copied into its own buffer: Int16Array needs an even offset, and the gunzip buffer holds the header too.
	const weights = new Int16Array(raw.buffer.slice(raw.byteOffset + 4, raw.byteOffset + raw.byteLength));
	const gazetteer = new Map(
		Object.entries(
			JSON.parse(gunzipSync(readFileSync(dataPath('perceptron', 'gazetteer.json.gz'))).toString('utf8')) as Record<string, string>,
		),
	);
	loaded = { weights, gazetteer };
	return loaded;
}

export const WEIGHT_COUNT = (1 << HASH_BITS) * TAG_COUNT;
