import { isGluedHyphen, isWord, type Token } from './tokens.js';

// prettier-ignore
const UNITS: ReadonlyMap<string, number> = new Map([
	['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4],
	['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);
// prettier-ignore
const TEENS: ReadonlyMap<string, number> = new Map([
	['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
	['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
	['twenty', 20],
	['thirty', 30],
	['forty', 40],
	['fifty', 50],
	['sixty', 60],
	['seventy', 70],
	['eighty', 80],
	['ninety', 90],
]);
/** Short-scale multipliers, as English-language news uses them (a billion is 10^9). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12],
]);

// prettier-ignore
const ORDINAL_WORDS = new Set([
	'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
	'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
	'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth',
	'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth', 'millionth', 'billionth',
]);
/** Words that turn a preceding "two-" into a fraction rather than a count. */
// prettier-ignore
const FRACTION_WORDS = new Set([
	'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'tenth', 'tenths',
]);

/** Whether a lower-case word can start or continue a spelled-out number ("dozen" included). */
export function isNumberWord(lower: string): boolean {
	return UNITS.has(lower) || TEENS.has(lower) || TENS.has(lower) || lower === 'hundred' || lower === 'dozen' || SCALE_WORDS.has(lower);
}

/** "-first", "-thirds": what follows a glued hyphen that makes the number an ordinal or a fraction. */
export function isOrdinalOrFractionWord(lower: string): boolean {
	return ORDINAL_WORDS.has(lower) || FRACTION_WORDS.has(lower);
}

export interface SpelledNumber {
	value: number;
	/** Token index just past the last number word. */
	end: number;
}

type Part = 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';

/**
 * Reads a spelled-out cardinal starting at `index`: "twenty-five", "one hundred and five",
 * "a hundred", "three million two hundred thousand". Stops before a word that would make
 * the sequence ungrammatical, so "five five" is two numbers and "twenty eleven" is not 31.
 */
export function readSpelledNumber(tokens: readonly Token[], index: number): SpelledNumber | null {
	let total = 0;
	let current = 0;
	let last: Part = 'none';
	let lastScale = Number.POSITIVE_INFINITY;
	let at = index;
	let end = index;

	const first = tokens[index];
	// Asked at every word of every sentence: a number opens with a unit, a teen, a ten or "a"/"an".
	if (first === undefined || first.kind !== 'word') return null;
	if (first.lower !== 'a' && first.lower !== 'an' && !UNITS.has(first.lower) && !TEENS.has(first.lower) && !TENS.has(first.lower))
		return null;
	const second = tokens[index + 1];
	// "a hundred", "a million": the article stands for one.
	if (isWord(first, 'a', 'an') && second !== undefined && (second.lower === 'hundred' || SCALE_WORDS.has(second.lower))) {
		current = 1;
		last = 'unit';
		at = index + 1;
	}

	while (at < tokens.length) {
		const token = tokens[at];
		if (token === undefined) break;
		if (token.kind === 'symbol') {
			// The hyphen of "twenty-five" joins tens to units and nothing else.
			const next = tokens[at + 1];
			if (last === 'ten' && isGluedHyphen(tokens, at) && next !== undefined && UNITS.has(next.lower) && next.lower !== 'zero') {
				at += 1;
				continue;
			}
			break;
		}
		if (token.kind !== 'word') break;
		const word = token.lower;
		const unit = UNITS.get(word) ?? TEENS.get(word);
		const ten = TENS.get(word);
		const scale = SCALE_WORDS.get(word);
		if (unit !== undefined) {
			const isTeen = TEENS.has(word);
			const fits = last === 'none' || last === 'hundred' || last === 'scale' || (last === 'ten' && !isTeen && unit !== 0);
			if (!fits) break;
			current += unit;
			last = isTeen ? 'teen' : 'unit';
		} else if (ten !== undefined) {
			if (!(last === 'none' || last === 'hundred' || last === 'scale')) break;
			current += ten;
			last = 'ten';
		} else if (word === 'hundred') {
			if (!(last === 'unit' || last === 'teen' || last === 'ten') || current >= 100) break;
			current *= 100;
			last = 'hundred';
		} else if (scale !== undefined) {
			if (!(last === 'unit' || last === 'teen' || last === 'ten' || last === 'hundred') || scale >= lastScale) break;
			total += current * scale;
			current = 0;
			lastScale = scale;
			last = 'scale';
		} else if (word === 'and' && (last === 'hundred' || last === 'scale')) {
			// "one hundred and five": the "and" belongs to the number only if a number follows.
			const next = tokens[at + 1]?.lower ?? '';
			if (!(UNITS.has(next) || TEENS.has(next) || TENS.has(next)) || next === 'zero') break;
			at += 1;
			continue;
		} else {
			break;
		}
		at += 1;
		end = at;
	}
	if (last === 'none' || end === index) return null;
	return { value: total + current, end };
}

/** "a dozen" and "half a dozen", which start without a number; "two dozen" is a number times twelve. */
export function readArticleDozen(tokens: readonly Token[], index: number): { value: number; end: number } | null {
	if (isWord(tokens[index], 'a', 'an') && isWord(tokens[index + 1], 'dozen')) return { value: 12, end: index + 2 };
	if (isWord(tokens[index], 'half') && isWord(tokens[index + 1], 'a') && isWord(tokens[index + 2], 'dozen'))
		return { value: 6, end: index + 3 };
	return null;
}
