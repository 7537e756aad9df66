import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bucket, FNV_OFFSET, hash, mix } from '../src/analysis/perceptron/fnv.js';
import {
	documentFacts,
	isHeadline,
	sentenceFeatures,
	shape,
	STATIC_FEATURES,
	tokenFeatures,
	type DocumentFacts,
	type Gazetteer,
} from '../src/analysis/perceptron/features.js';
import { decode, decodeIndices, loadModel } from '../src/analysis/perceptron/model.js';
import { decodeWithWordScores } from '../src/analysis/perceptron/word-scores.js';
import { loadSeeds } from './helpers/fixtures.js';
import { tagDocument } from '../src/analysis/perceptron/index.js';
import { tokenize } from '../src/analysis/perceptron/tokens.js';

/**
 * The features as the model was trained on them, written out as strings.
 * sentenceFeatures computes the same buckets without building the strings;
 * if they ever differ, the shipped weights no longer mean what they did.
 */
function referenceFeatures(words: readonly string[], facts: DocumentFacts, gazetteer: Gazetteer): number[][] {
	const headline = isHeadline(words);
	const lower = words.map((w) => w.toLowerCase());
	const shapes = words.map(shape);
	const at = (i: number): string => lower[i] ?? (i < 0 ? '<s>' : '</s>');
	const shapeAt = (i: number): string => shapes[i] ?? '<s>';
	return words.map((w, i) => {
		const l = lower[i] ?? '';
		return [
			'b',
			`w=${l}`,
			`s=${shapes[i]}`,
			`p1=${l.slice(0, 1)}`,
			`p2=${l.slice(0, 2)}`,
			`p3=${l.slice(0, 3)}`,
			`x1=${l.slice(-1)}`,
			`x2=${l.slice(-2)}`,
			`x3=${l.slice(-3)}`,
			`x4=${l.slice(-4)}`,
			`w-1=${at(i - 1)}`,
			`w+1=${at(i + 1)}`,
			`w-2=${at(i - 2)}`,
			`w+2=${at(i + 2)}`,
			`s-1=${shapeAt(i - 1)}`,
			`s+1=${shapeAt(i + 1)}`,
			`s-1s=${shapeAt(i - 1)}|${shapes[i]}|${shapeAt(i + 1)}`,
			`w-1w=${at(i - 1)}|${l}`,
			`ww+1=${l}|${at(i + 1)}`,
			`first=${i === 0}`,
			`head=${headline}|${shapes[i]}`,
			`g=${gazetteer.get(l) ?? '-'}`,
			`g-1=${gazetteer.get(at(i - 1)) ?? '-'}`,
			`g+1=${gazetteer.get(at(i + 1)) ?? '-'}`,
			`dc=${facts.capitalised.has(l)}|${facts.lowercase.has(l)}|${/^\p{Lu}/u.test(w)}`,
		].map(hash);
	});
}

const DOCUMENT = [
	'U.S. officials said Mexico refused to expel 20 Russian spies, the New York Times reported.',
	'MEXICO REFUSES TO EXPEL SPIES',
	'The Kremlin denied it.',
	'A',
	'Élysée Palace aides met in São Paulo on 3.5 e-mail threads with Zürich’s bank.',
];

describe('perceptron features', () => {
	test('a hash continued over a split string is the hash of the whole', () => {
		for (const [a, b] of [
			['w-1w=', 'mexico'],
			['', 'x'],
			['s-1s=Xx|', ''],
			['t-1w=B-PER|', 'São'],
		]) {
			assert.equal(bucket(mix(mix(FNV_OFFSET, a ?? ''), b ?? '')), hash(`${a}${b}`));
		}
	});

	test('the buckets are those of the feature strings the model was trained on', () => {
		const words = DOCUMENT.map((s) => tokenize(s).map((t) => t.text));
		const facts = documentFacts(words);
		const gazetteers: Gazetteer[] = [
			loadModel().gazetteer,
			new Map([
				['mexico', 'LOC'],
				['<s>', 'MISC'],
				['</s>', 'ORG'],
			]),
		];
		for (const gazetteer of gazetteers) {
			for (const sentence of words) {
				const fast = sentenceFeatures(sentence, facts, gazetteer);
				assert.equal(fast.static.length, sentence.length * STATIC_FEATURES);
				const expected = referenceFeatures(sentence, facts, gazetteer);
				sentence.forEach((_, i) =>
					assert.deepEqual(
						Array.from(fast.static.subarray(i * STATIC_FEATURES, (i + 1) * STATIC_FEATURES)),
						expected[i],
						`${sentence.join(' ')} @${i}`,
					),
				);
			}
		}
	});

	test('tag features depend on the tags before and the word', () => {
		const sentence = sentenceFeatures(['Putin', 'spoke'], { capitalised: new Set(), lowercase: new Set() }, new Map());
		const features = tokenFeatures(sentence, 1, 'B-PER', '<s>');
		assert.deepEqual(features.slice(STATIC_FEATURES), [hash('t-1=B-PER'), hash('t-2=<s>|B-PER'), hash('t-1w=B-PER|spoke')]);
	});

	test('decoding never opens a sentence with I- or continues a different name', () => {
		const model = loadModel();
		const words = DOCUMENT.map((s) => tokenize(s).map((t) => t.text));
		const facts = documentFacts(words);
		for (const sentence of words) {
			const tags = decode(model, sentence, facts);
			tags.forEach((tag, i) => {
				if (!tag.startsWith('I-')) return;
				const previous = tags[i - 1];
				assert.ok(previous !== undefined && previous.slice(2) === tag.slice(2), `${tag} after ${previous}`);
			});
		}
	});

	test('per-word score sums give every token the scores and tag of the feature-by-feature decode', async () => {
		const model = loadModel();
		assert.ok(model.weights instanceof Int16Array);
		const seeds = await loadSeeds();
		const documents = [
			DOCUMENT,
			['the the the The THE the', 'Paris , Paris and Paris again .'],
			...seeds.articles.map((a) => a.sentences.map((s) => s.text)),
		];
		// Twice over: the second pass reads the rows the first one summed.
		for (const pass of [1, 2]) {
			for (const sentences of documents) {
				const words = sentences.map((s) => tokenize(s).map((t) => t.text));
				const facts = documentFacts(words);
				for (const sentence of words) {
					const expected: number[][] = [];
					const reference = decodeIndices(model, sentence, facts, (_, scores) => expected.push(Array.from(scores)));
					const actual: number[][] = [];
					const fast = decodeWithWordScores(model.weights, model.gazetteer, sentence, facts, (_, scores) =>
						actual.push(Array.from(scores)),
					);
					assert.deepEqual(actual, expected, `pass ${pass}: ${sentence.join(' ')}`);
					assert.deepEqual(Array.from(fast), Array.from(reference));
				}
			}
		}
	});

	test('the shipped model finds the people and places of a plain sentence', () => {
		const text = 'Vladimir Putin met Angela Merkel in Berlin on Monday.';
		const [spans] = tagDocument([text]);
		assert.deepEqual(
			(spans ?? []).map((s) => `${s.label}:${text.slice(s.start, s.end)}`),
			['PER:Vladimir Putin', 'PER:Angela Merkel', 'LOC:Berlin'],
		);
	});
});
