/**
 * What the tagger's features need to know about one word, worked out once
 * per distinct word (as written) and gazetteer, not once per token: its lower
 * case and shape, the buckets of the features that depend on it alone, and
 * FNV states from which features pairing it with a neighbour are finished.
 * A corpus has far fewer distinct words than tokens, so this removes the
 * string building, regexes and hashing from the per-token path.
 */
import { FNV_OFFSET, hash, mix } from './fnv.js';
import type { Gazetteer } from './features.js';

export interface WordFeatures {
	lower: string;
	shape: string;
	/** Written with a capital first letter (the "dc" feature). */
	capital: boolean;
	// The word's own features: w=, s=, p1..p3= (prefixes), x1..x4= (suffixes), g= (gazetteer).
	w: number;
	s: number;
	p1: number;
	p2: number;
	p3: number;
	x1: number;
	x2: number;
	x3: number;
	x4: number;
	g: number;
	// The same word seen from a neighbour: w-1=, w+1=, w-2=, w+2=, s-1=, s+1=, g-1=, g+1=.
	wBefore: number;
	wAfter: number;
	wBefore2: number;
	wAfter2: number;
	sBefore: number;
	sAfter: number;
	gBefore: number;
	gAfter: number;
	/** States of "w-1w=<lower>|", "ww+1=<lower>|" and "s-1s=<shape>|": finished with the next word. */
	pairAsPrevious: number;
	pairAsCurrent: number;
	shapesAsPrevious: number;
	/**
	 * Where word-scores.ts keeps this word's summed weights, valid while
	 * scoreEpoch is its current epoch: set there, so a word is looked up once per token.
	 */
	scoreRow: number;
	scoreEpoch: number;
}

export function shape(word: string): string {
	const full = word
		.replace(/\p{Lu}/gu, 'X')
		.replace(/\p{Ll}/gu, 'x')
		.replace(/\p{N}/gu, 'd');
	return full.replace(/(.)\1{2,}/gu, '$1$1');
}

function describe(lower: string, wordShape: string, capital: boolean, gazetteer: Gazetteer): WordFeatures {
	const g = gazetteer.get(lower) ?? '-';
	return {
		lower,
		shape: wordShape,
		capital,
		w: hash(`w=${lower}`),
		s: hash(`s=${wordShape}`),
		p1: hash(`p1=${lower.slice(0, 1)}`),
		p2: hash(`p2=${lower.slice(0, 2)}`),
		p3: hash(`p3=${lower.slice(0, 3)}`),
		x1: hash(`x1=${lower.slice(-1)}`),
		x2: hash(`x2=${lower.slice(-2)}`),
		x3: hash(`x3=${lower.slice(-3)}`),
		x4: hash(`x4=${lower.slice(-4)}`),
		g: hash(`g=${g}`),
		wBefore: hash(`w-1=${lower}`),
		wAfter: hash(`w+1=${lower}`),
		wBefore2: hash(`w-2=${lower}`),
		wAfter2: hash(`w+2=${lower}`),
		sBefore: hash(`s-1=${wordShape}`),
		sAfter: hash(`s+1=${wordShape}`),
		gBefore: hash(`g-1=${g}`),
		gAfter: hash(`g+1=${g}`),
		pairAsPrevious: mix(FNV_OFFSET, `w-1w=${lower}|`),
		pairAsCurrent: mix(FNV_OFFSET, `ww+1=${lower}|`),
		shapesAsPrevious: mix(FNV_OFFSET, `s-1s=${wordShape}|`),
		scoreRow: -1,
		scoreEpoch: -1,
	};
}

/** A gazetteer's words: each described once, and the two sentence boundaries. */
export interface WordTable {
	get: (word: string) => WordFeatures;
	/** "<s>" before the first word and "</s>" after the last, both shaped "<s>". */
	start: WordFeatures;
	end: WordFeatures;
}

/** Bounded so a huge corpus cannot grow it without end; refilling costs little. */
const CACHE_LIMIT = 60_000;

// One gazetteer at a time (the shipped one, or one that training builds from part of CoNLL).
let current: { gazetteer: Gazetteer; table: WordTable } | null = null;

/** Drops the described words; a whole-corpus analysis does this when done, so its memory goes to the next step. */
export function forgetWords(): void {
	current = null;
}

export function wordFeatures(gazetteer: Gazetteer): WordTable {
	let table = current?.gazetteer === gazetteer ? current.table : undefined;
	if (table === undefined) {
		const words = new Map<string, WordFeatures>();
		table = {
			get: (word) => {
				let found = words.get(word);
				if (found === undefined) {
					found = describe(word.toLowerCase(), shape(word), /^\p{Lu}/u.test(word), gazetteer);
					if (words.size >= CACHE_LIMIT) words.clear();
					words.set(word, found);
				}
				return found;
			},
			start: describe('<s>', '<s>', false, gazetteer),
			end: describe('</s>', '<s>', false, gazetteer),
		};
		current = { gazetteer, table };
	}
	return table;
}
