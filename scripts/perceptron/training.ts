/**
 * Training the perceptron name tagger (src/analysis/perceptron): documents in CoNLL's
 * one-token-a-line form, the gazetteer feature built from them, averaged-perceptron
 * epochs, and the int16 form the app ships. Used by train-perceptron.ts and by the
 * cross-validation of the gold-standard training text (eval-tagger-folds.ts).
 */
import { readFileSync } from 'node:fs';
import {
	documentFacts,
	HASH_BITS,
	sentenceFeatures,
	TAGS,
	tokenFeatures,
	type Gazetteer,
	type Tag,
} from '../../src/analysis/perceptron/features.js';
import { allowed, decode, scoreTags, type Model } from '../../src/analysis/perceptron/model.js';
import { gazetteerNames } from '../../src/analysis/entities/gazetteer.js';
import { seededRandom } from '../../src/seeded-random.js';

export interface Sentence {
	words: string[];
	tags: Tag[];
}
export type Doc = Sentence[];

export function readDocs(path: string): Doc[] {
	const docs: Doc[] = [];
	let doc: Doc = [];
	let sentence: Sentence = { words: [], tags: [] };
	const endSentence = (): void => {
		if (sentence.words.length > 0) doc.push(sentence);
		sentence = { words: [], tags: [] };
	};
	for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
		if (line.startsWith('-DOCSTART-')) {
			endSentence();
			if (doc.length > 0) docs.push(doc);
			doc = [];
		} else if (line.trim() === '') endSentence();
		else {
			const fields = line.split(' ');
			sentence.words.push(fields[0] ?? '');
			sentence.tags.push((fields.at(-1) ?? 'O') as Tag);
		}
	}
	endSentence();
	if (doc.length > 0) docs.push(doc);
	return docs;
}

/** Words seen as part of names more often than outside them, with their usual label. */
export function buildGazetteer(docs: readonly Doc[], withPackages = true): Gazetteer {
	const asName = new Map<string, Map<string, number>>();
	const asOther = new Map<string, number>();
	for (const doc of docs) {
		for (const { words, tags } of doc) {
			words.forEach((w, i) => {
				const key = w.toLowerCase();
				const tag = tags[i] ?? 'O';
				if (tag === 'O') asOther.set(key, (asOther.get(key) ?? 0) + 1);
				else {
					const counts = asName.get(key) ?? new Map<string, number>();
					counts.set(tag.slice(2), (counts.get(tag.slice(2)) ?? 0) + 1);
					asName.set(key, counts);
				}
			});
		}
	}
	const gazetteer: Gazetteer = new Map();
	for (const [word, counts] of asName) {
		const [label, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
		if (count >= 2 && count > (asOther.get(word) ?? 0)) gazetteer.set(word, label);
	}
	if (withPackages) {
		// Names the training text may never show: countries, US states and given names from maintained
		// data packages (src/analysis/entities/gazetteer.ts), where the training text does not say otherwise.
		const { places, givenNames } = gazetteerNames();
		const add = (name: string, label: string): void => {
			const key = name.toLowerCase();
			if (/\s/u.test(key) || gazetteer.has(key) || (asOther.get(key) ?? 0) > 0) return;
			gazetteer.set(key, label);
		};
		for (const name of places) add(name, 'LOC');
		for (const name of givenNames) add(name, 'PER');
	}
	return gazetteer;
}

export function train(docs: readonly Doc[], gazetteer: Gazetteer, epochs = 8, log: (line: string) => void = () => {}): Float32Array {
	const size = (1 << HASH_BITS) * TAGS.length;
	const weights = new Float32Array(size);
	const totals = new Float64Array(size);
	const stamps = new Float64Array(size);
	let clock = 0;
	const bump = (index: number, by: number): void => {
		totals[index] = (totals[index] ?? 0) + (clock - (stamps[index] ?? 0)) * (weights[index] ?? 0);
		stamps[index] = clock;
		weights[index] = (weights[index] ?? 0) + by;
	};
	const next = seededRandom(2003);
	const order = docs.map((_, i) => i);
	const scores = new Float64Array(TAGS.length);
	for (let epoch = 0; epoch < epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[order[i], order[j]] = [order[j] as number, order[i] as number];
		}
		let errors = 0;
		let tokens = 0;
		for (const d of order) {
			const doc = docs[d] as Doc;
			const facts = documentFacts(doc.map((s) => s.words));
			for (const { words, tags } of doc) {
				const sentence = sentenceFeatures(words, facts, gazetteer);
				const predicted: string[] = [];
				for (let i = 0; i < words.length; i++) {
					clock++;
					tokens++;
					const features = tokenFeatures(sentence, i, predicted[i - 1] ?? '<s>', predicted[i - 2] ?? '<s>');
					scoreTags(weights, features, scores);
					let best = 0;
					for (let t = 1; t < TAGS.length; t++)
						if ((scores[t] ?? 0) > (scores[best] ?? 0) && allowed(TAGS[t] as Tag, predicted[i - 1] ?? '<s>')) best = t;
					const gold = TAGS.indexOf(tags[i] ?? 'O');
					if (best !== gold) {
						errors++;
						for (const f of features) {
							bump(f * TAGS.length + gold, 1);
							bump(f * TAGS.length + best, -1);
						}
					}
					predicted.push(TAGS[best] as string);
				}
			}
		}
		log(`epoch ${epoch + 1}: ${((errors / tokens) * 100).toFixed(2)}% tokens wrong`);
	}
	const averaged = new Float32Array(size);
	for (let i = 0; i < size; i++) averaged[i] = ((totals[i] ?? 0) + (clock - (stamps[i] ?? 0)) * (weights[i] ?? 0)) / clock;
	return averaged;
}

function spans(tags: readonly string[]): Set<string> {
	const out = new Set<string>();
	let open: [string, number] | null = null;
	const close = (end: number): void => {
		if (open && open[0] !== 'MISC') out.add(`${open[0]}:${open[1]}:${end}`);
		open = null;
	};
	tags.forEach((tag, i) => {
		if (tag === 'O') close(i);
		else if (tag.startsWith('B-') || !open || open[0] !== tag.slice(2)) {
			close(i);
			open = [tag.slice(2), i];
		}
	});
	close(tags.length);
	return out;
}

export function score(docs: readonly Doc[], weights: Float32Array, gazetteer: Gazetteer): string {
	let tp = 0;
	let predictedCount = 0;
	let goldCount = 0;
	for (const doc of docs) {
		const facts = documentFacts(doc.map((s) => s.words));
		for (const { words, tags } of doc) {
			const predicted = spans(decode({ weights, gazetteer }, words, facts));
			const gold = spans(tags);
			predictedCount += predicted.size;
			goldCount += gold.size;
			for (const s of predicted) if (gold.has(s)) tp++;
		}
	}
	const p = tp / predictedCount;
	const r = tp / goldCount;
	return `precision ${p.toFixed(4)} recall ${r.toFixed(4)} f1 ${((2 * p * r) / (p + r)).toFixed(4)}`;
}

/** The shipped form: int16 weights with one scale (argmax does not need it). */
export function quantise(weights: Float32Array): { scale: number; ints: Int16Array } {
	let max = 0;
	for (const w of weights) max = Math.max(max, Math.abs(w));
	const scale = max / 32767;
	const ints = new Int16Array(weights.length);
	for (let i = 0; i < weights.length; i++) ints[i] = Math.round((weights[i] ?? 0) / scale);
	return { scale, ints };
}

/** The model as the app would load it from what training gives. */
export function shippedModel(weights: Float32Array, gazetteer: Gazetteer): Model {
	return { weights: quantise(weights).ints, gazetteer };
}

/** A model trained on `docs`, in the form the app loads. */
export function fit(docs: readonly Doc[], epochs = 8, withPackages = true): Model {
	const gazetteer = buildGazetteer(docs, withPackages);
	return shippedModel(train(docs, gazetteer, epochs), gazetteer);
}
