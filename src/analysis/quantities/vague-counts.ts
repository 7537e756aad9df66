import type { Bound } from './types.js';
import { isWord, type Token } from './tokens.js';

export interface VagueCount {
	value: number;
	bound: Bound;
	vague: boolean;
	/** Token index just past the phrase (a following "of" is left to the noun search). */
	end: number;
}

/**
 * Plural orders of magnitude. "dozens" is at least two dozen: one dozen would be "a dozen",
 * so a report of 20 contradicts it, while any larger figure may not.
 */
const PLURAL_MAGNITUDES: ReadonlyMap<string, number> = new Map([
	['dozens', 12],
	['scores', 20],
	['hundreds', 100],
	['thousands', 1e3],
	['millions', 1e6],
	['billions', 1e9],
	['trillions', 1e12],
]);

/** Multipliers that a small vague word can scale: "several hundred", "a few dozen". */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
	['dozen', 12],
	['hundred', 100],
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
]);

interface SmallVague {
	readonly words: readonly string[];
	readonly value: number;
	readonly bound: Bound;
	readonly vague: boolean;
}

/** Small indefinite counts; "a couple" reads as two in news copy, so it is not marked vague. */
const SMALL_VAGUE: readonly SmallVague[] = [
	{ words: ['a', 'couple', 'of'], value: 2, bound: 'about', vague: false },
	{ words: ['a', 'couple'], value: 2, bound: 'about', vague: false },
	{ words: ['a', 'handful'], value: 5, bound: 'about', vague: true },
	{ words: ['a', 'few'], value: 3, bound: 'about', vague: true },
	{ words: ['several'], value: 3, bound: 'at-least', vague: true },
];

function matchesWords(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
	return words.every((word, offset) => tokens[index + offset]?.lower === word);
}

/**
 * Reads an indefinite count at `index`: "dozens", "hundreds of thousands", "tens of
 * millions", "several", "a few", "a handful", "several hundred", "a few dozen".
 */
export function readVagueCount(tokens: readonly Token[], index: number): VagueCount | null {
	const first = tokens[index];
	if (first === undefined || first.kind !== 'word') return null;

	// "tens of thousands", "hundreds of millions": the outer plural multiplies the inner one.
	const outer = first.lower === 'tens' ? 10 : PLURAL_MAGNITUDES.get(first.lower);
	if (outer !== undefined) {
		const inner = isWord(tokens[index + 1], 'of') ? PLURAL_MAGNITUDES.get(tokens[index + 2]?.lower ?? '') : undefined;
		if (inner !== undefined && inner > outer && (outer === 10 || outer === 100 || outer === 12)) {
			return { value: 2 * outer * inner, bound: 'at-least', vague: true, end: index + 3 };
		}
		if (first.lower === 'tens') return null;
		// "scores" is a sports word unless it counts something: require "scores of".
		if (first.lower === 'scores' && !isWord(tokens[index + 1], 'of')) return null;
		return { value: 2 * outer, bound: 'at-least', vague: true, end: index + 1 };
	}

	for (const small of SMALL_VAGUE) {
		if (!matchesWords(tokens, index, small.words)) continue;
		let end = index + small.words.length;
		const multiplier = MULTIPLIERS.get(tokens[end]?.lower ?? '');
		if (multiplier !== undefined) {
			return { value: small.value * multiplier, bound: small.bound, vague: true, end: end + 1 };
		}
		// "a couple of" without a noun after it is the plain "a couple": leave "of" to the noun search.
		if (small.words.at(-1) === 'of') end -= 1;
		return { value: small.value, bound: small.bound, vague: small.vague, end };
	}
	return null;
}
