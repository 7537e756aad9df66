/**
 * An averaged perceptron over BIO tags with greedy decoding. Weights are a
 * flat Float32Array: feature bucket x tag.
 */
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { HASH_BITS, TAGS, sentenceFeatures, tokenFeatures, type DocumentFacts, type Gazetteer, type Tag } from './features.js';

export interface Model {
	weights: Float32Array;
	gazetteer: Gazetteer;
}

const TAG_COUNT = TAGS.length;

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

export function decode(model: Model, words: readonly string[], facts: DocumentFacts): Tag[] {
	const tags: Tag[] = [];
	const scores = new Float64Array(TAG_COUNT);
	const sentence = sentenceFeatures(words, facts, model.gazetteer);
	for (let i = 0; i < words.length; i++) {
		const previous = tags[i - 1] ?? '<s>';
		const previous2 = tags[i - 2] ?? '<s>';
		scoreTags(model.weights, tokenFeatures(sentence, i, previous, previous2), scores);
		let best = 0;
		for (let t = 1; t < TAG_COUNT; t++) {
			if ((scores[t] ?? 0) > (scores[best] ?? 0) && allowed(TAGS[t] as Tag, previous)) best = t;
		}
		tags.push(TAGS[best] as Tag);
	}
	return tags;
}

let loaded: Model | null = null;

/** The shipped model: int16 weights with one scale, gzipped, and a JSON gazetteer. */
export function loadModel(): Model {
	if (loaded) return loaded;
	const raw = gunzipSync(readFileSync(dataPath('perceptron', 'weights.bin.gz')));
	const scale = raw.readFloatLE(0);
	const ints = new Int16Array(raw.buffer.slice(raw.byteOffset + 4, raw.byteOffset + raw.byteLength));
	const weights = new Float32Array(ints.length);
	for (let i = 0; i < ints.length; i++) weights[i] = (ints[i] ?? 0) * scale;
	const gazetteer = new Map(Object.entries(JSON.parse(gunzipSync(readFileSync(dataPath('perceptron', 'gazetteer.json.gz'))).toString('utf8')) as Record<string, string>));
	loaded = { weights, gazetteer };
	return loaded;
}

export const WEIGHT_COUNT = (1 << HASH_BITS) * TAG_COUNT;
