/**
 * The shipped model's greedy decoding with each distinct word's share of the
 * scores summed once. Of a token's 28 features, 18 depend on one word alone:
 * its own (w=, s=, p1..p3=, x1..x4=, g=) and what its neighbours see of it
 * (w-1=, s-1=, g-1= from the next token; w+1=, s+1=, g+1= from the previous;
 * w-2=, w+2=). Their weights are added up per word the first time it is seen,
 * so a token costs five short rows plus ten lookups in the 9 MB weight table
 * instead of 28; those scattered lookups (cache misses) were most of the
 * tagger's time. The weights are int16, so the sums are exact and the tags
 * are those of decodeIndices (model.ts) to the last tie: a test holds the
 * two to the same scores.
 */
import { bucket, mix } from './fnv.js';
import { BIAS, DOCUMENT_CASE, FIRST, HEAD_STATE, isHeadline, type DocumentFacts, type Gazetteer } from './features.js';
import { bestAllowedTag, PREVIOUS_COUNT, TAG1, TAG2, TAG_COUNT, TAG_WORD_STATE } from './model.js';
import { wordFeatures, type WordFeatures } from './word-features.js';

// A word's row: five sums of TAG_COUNT, by the position it is seen from.
const OWN = 0;
const AS_PREVIOUS = TAG_COUNT; // w-1=, s-1=, g-1=: read by the token after this word
const AS_NEXT = 2 * TAG_COUNT; // w+1=, s+1=, g+1=: read by the token before this word
const AS_SECOND_PREVIOUS = 3 * TAG_COUNT; // w-2=: read two tokens on
const AS_SECOND_NEXT = 4 * TAG_COUNT; // w+2=: read two tokens back
const ROW = 5 * TAG_COUNT;

/** Rows are reused (from the next sentence on) once this many words are scored, so a huge vocabulary cannot grow them without end. */
const ROW_LIMIT = 32_768;

interface ScoreTable {
	weights: Int16Array;
	epoch: number;
	rows: Int32Array;
	used: number;
	/** BIAS + FIRST + DOCUMENT_CASE, by (first ? 8 : 0) + the three document-case bits. */
	constant: Int32Array;
	/** TAG1[previous] + TAG2[previous2][previous], by previous2 * PREVIOUS_COUNT + previous. */
	tagPair: Int32Array;
}

let current: ScoreTable | null = null;
let epochs = 0;

/** Drops the rows; a whole-corpus analysis does this when done, with forgetWords. */
export function forgetWordScores(): void {
	current = null;
}

function sumInto(out: Int32Array, at: number, weights: Int16Array, features: readonly number[]): void {
	for (const feature of features) {
		const base = feature * TAG_COUNT;
		for (let t = 0; t < TAG_COUNT; t++) out[at + t] = (out[at + t] as number) + (weights[base + t] as number);
	}
}

function scoreTable(weights: Int16Array): ScoreTable {
	if (current?.weights === weights) return current;
	const constant = new Int32Array(16 * TAG_COUNT);
	for (let first = 0; first < 2; first++) {
		for (let bits = 0; bits < 8; bits++)
			sumInto(constant, (first * 8 + bits) * TAG_COUNT, weights, [BIAS, FIRST[first] as number, DOCUMENT_CASE[bits] as number]);
	}
	const tagPair = new Int32Array(PREVIOUS_COUNT * PREVIOUS_COUNT * TAG_COUNT);
	for (let previous2 = 0; previous2 < PREVIOUS_COUNT; previous2++) {
		for (let previous = 0; previous < PREVIOUS_COUNT; previous++) {
			const pair = previous2 * PREVIOUS_COUNT + previous;
			sumInto(tagPair, pair * TAG_COUNT, weights, [TAG1[previous] as number, TAG2[pair] as number]);
		}
	}
	current = { weights, epoch: ++epochs, rows: new Int32Array(4096 * ROW), used: 0, constant, tagPair };
	return current;
}

/** Where `word`'s sums start in table.rows, summing them the first time. */
function rowOf(table: ScoreTable, word: WordFeatures): number {
	if (word.scoreEpoch === table.epoch) return word.scoreRow;
	if ((table.used + 1) * ROW > table.rows.length) {
		const grown = new Int32Array(table.rows.length * 2);
		grown.set(table.rows);
		table.rows = grown;
	}
	const at = table.used++ * ROW;
	table.rows.fill(0, at, at + ROW);
	sumInto(table.rows, at + OWN, table.weights, [word.w, word.s, word.p1, word.p2, word.p3, word.x1, word.x2, word.x3, word.x4, word.g]);
	sumInto(table.rows, at + AS_PREVIOUS, table.weights, [word.wBefore, word.sBefore, word.gBefore]);
	sumInto(table.rows, at + AS_NEXT, table.weights, [word.wAfter, word.sAfter, word.gAfter]);
	sumInto(table.rows, at + AS_SECOND_PREVIOUS, table.weights, [word.wBefore2]);
	sumInto(table.rows, at + AS_SECOND_NEXT, table.weights, [word.wAfter2]);
	word.scoreEpoch = table.epoch;
	word.scoreRow = at;
	return at;
}

/** Tag indices for one sentence: decodeIndices's, from per-word sums. `onScores` as there. */
export function decodeWithWordScores(
	weights: Int16Array,
	gazetteer: Gazetteer,
	words: readonly string[],
	facts: DocumentFacts,
	onScores?: (i: number, scores: Float64Array) => void,
): Uint8Array {
	const table = scoreTable(weights);
	const vocabulary = wordFeatures(gazetteer);
	const info = words.map(vocabulary.get);
	const n = words.length;
	const at = (i: number): WordFeatures => info[i] ?? (i < 0 ? vocabulary.start : vocabulary.end);
	if (table.used >= ROW_LIMIT) {
		table.epoch = ++epochs;
		table.used = 0;
	}
	// Rows of positions -2 .. n+1, so every token's neighbours have one.
	const rowAt = new Int32Array(n + 4);
	for (let i = -2; i < n + 2; i++) rowAt[i + 2] = rowOf(table, at(i));
	const { rows, constant, tagPair } = table;
	const head = HEAD_STATE[isHeadline(words) ? 1 : 0];
	const tags = new Uint8Array(n);
	const scores = new Float64Array(TAG_COUNT);
	let previous: number = TAG_COUNT;
	let previous2: number = TAG_COUNT;
	for (let i = 0; i < n; i++) {
		const word = at(i);
		const before = at(i - 1);
		const after = at(i + 1);
		const own = (rowAt[i + 2] as number) + OWN;
		// What the neighbours contribute: the word before as a previous word (w-1=, s-1=, g-1=), and so on.
		const fromPrevious = (rowAt[i + 1] as number) + AS_PREVIOUS;
		const fromNext = (rowAt[i + 3] as number) + AS_NEXT;
		const fromSecondPrevious = (rowAt[i] as number) + AS_SECOND_PREVIOUS;
		const fromSecondNext = (rowAt[i + 4] as number) + AS_SECOND_NEXT;
		const caseBits = (facts.capitalised.has(word.lower) ? 4 : 0) | (facts.lowercase.has(word.lower) ? 2 : 0) | (word.capital ? 1 : 0);
		const fixed = ((i === 0 ? 8 : 0) + caseBits) * TAG_COUNT;
		const shapes = bucket(mix(mix(mix(before.shapesAsPrevious, word.shape), '|'), after.shape)) * TAG_COUNT;
		const pairBefore = bucket(mix(before.pairAsPrevious, word.lower)) * TAG_COUNT;
		const pairAfter = bucket(mix(word.pairAsCurrent, after.lower)) * TAG_COUNT;
		const headShape = bucket(mix(head, word.shape)) * TAG_COUNT;
		const pair = (previous2 * PREVIOUS_COUNT + previous) * TAG_COUNT;
		const tagWord = bucket(mix(TAG_WORD_STATE[previous] as number, word.lower)) * TAG_COUNT;
		for (let t = 0; t < TAG_COUNT; t++) {
			scores[t] =
				(rows[own + t] as number) +
				(rows[fromPrevious + t] as number) +
				(rows[fromNext + t] as number) +
				(rows[fromSecondPrevious + t] as number) +
				(rows[fromSecondNext + t] as number) +
				(constant[fixed + t] as number) +
				(weights[shapes + t] as number) +
				(weights[pairBefore + t] as number) +
				(weights[pairAfter + t] as number) +
				(weights[headShape + t] as number) +
				(tagPair[pair + t] as number) +
				(weights[tagWord + t] as number);
		}
		onScores?.(i, scores);
		const best = bestAllowedTag(scores, previous);
		tags[i] = best;
		previous2 = previous;
		previous = best;
	}
	return tags;
}
