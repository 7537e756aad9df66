/**
 * Numbers are the commonest way two otherwise identical news sentences make
 * different claims ("rose 2 percent" / "rose 3 percent"), so every way of
 * writing a quantity ("twenty-five", "25", "2.5 billion", "$2.5bn") is reduced
 * to one canonical string that compares equal across outlets.
 */

import { isNumberWord as isSpelledNumberWord, readArticleDozen, readSpelledNumber, SCALE_WORDS } from '../quantities/number-words.js';
import type { Token as QuantityToken } from '../quantities/tokens.js';

// The spelled-out words are read by the quantities parser (one reading of "two dozen"
// and "half a dozen" for the whole analysis); this module adds the digits and the
// scale abbreviations outlets glue on or write after them.
const SCALES: ReadonlyMap<string, number> = new Map([...SCALE_WORDS, ['bn', 1e9], ['mln', 1e6], ['mn', 1e6]]);

// Suffixes glued to digits: "2.5bn", "12th", "$300m".
// prettier-ignore
const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
	['bn', 1e9], ['b', 1e9], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['k', 1e3],
	['st', 1], ['nd', 1], ['rd', 1], ['th', 1],
]);

const NUMERAL = /^(\d[\d,]*(?:\.\d+)?)([a-z]*)$/;

/** Canonical text for a value: no thousands separators, no float noise, "10.0" -> "10". */
export function canonicalNumber(value: number): string {
	return String(Number(value.toPrecision(12)));
}

/** Value of a digit token such as "1,520.15", "0335", "2.5bn" or "12th"; undefined for "1990s". */
export function numeralValue(token: string): number | undefined {
	const match = NUMERAL.exec(token.toLowerCase());
	if (match === null) return undefined;
	const digits = match[1] ?? '';
	const suffix = match[2] ?? '';
	// "1,5" style groups that are not thousands separators are not numbers we can trust.
	if (/,(?!\d{3}(?:\D|$))/.test(digits)) return undefined;
	const value = Number(digits.replace(/,/g, ''));
	if (!Number.isFinite(value)) return undefined;
	if (suffix === '') return value;
	const scale = GLUED_SCALES.get(suffix);
	return scale === undefined ? undefined : value * scale;
}

export function isNumberWord(word: string): boolean {
	return isSpelledNumberWord(word) || SCALES.has(word);
}

export interface NumberRun {
	/** Canonical value of the run. */
	readonly value: string;
	/** How many input tokens the run consumed. */
	readonly length: number;
}

/** Lower-cased words as the quantities parser reads them (no punctuation is left here). */
export function asQuantityTokens(lowers: readonly string[]): QuantityToken[] {
	return lowers.map((lower) => ({ kind: /^\d/u.test(lower) ? 'number' : 'word', text: lower, lower, start: 0, end: 0, spaced: true }));
}

/**
 * Reads one quantity starting at `start` in a list of lower-cased tokens:
 * "two hundred and five", "twenty five", "two dozen" (24), "half a dozen" (6),
 * "2.5 billion", "million" (a million). Returns undefined when the token there
 * does not start a number. `words` is `asQuantityTokens(tokens)`, made once.
 */
export function readNumberRun(
	tokens: readonly string[],
	start: number,
	words: readonly QuantityToken[] = asQuantityTokens(tokens),
): NumberRun | undefined {
	const dozen = readArticleDozen(words, start);
	if (dozen !== null) return { value: canonicalNumber(dozen.value), length: dozen.end - start };
	const token = tokens[start] ?? '';
	let value: number;
	let end: number;
	const numeral = numeralValue(token);
	const spelled = numeral === undefined ? readSpelledNumber(words, start) : null;
	if (numeral !== undefined) {
		value = numeral;
		end = start + 1;
	} else if (spelled !== null) {
		value = spelled.value;
		end = spelled.end;
	} else if (token === 'hundred' || token === 'dozen' || SCALES.has(token)) {
		// "hundred", "dozen", "million" alone: one of them ("hundreds" is no number here).
		value = token === 'hundred' ? 100 : token === 'dozen' ? 12 : (SCALES.get(token) ?? 1);
		end = start + 1;
	} else return undefined;
	// "2.5 billion", "3 million": a scale word after digits (after words it is part of the spelled number).
	const scale = SCALES.get(tokens[end] ?? '');
	if (scale !== undefined && (numeral !== undefined || !SCALE_WORDS.has(tokens[end] ?? ''))) {
		value *= scale;
		end += 1;
	}
	if (tokens[end] === 'dozen') {
		value *= 12;
		end += 1;
	}
	return { value: canonicalNumber(value), length: end - start };
}
