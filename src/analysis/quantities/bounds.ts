import type { Bound } from './types.js';
import { isGluedHyphen, type Token } from './tokens.js';

interface Phrase {
	readonly words: readonly string[];
	readonly bound: Bound;
}

function phrases(bound: Bound, ...texts: string[]): Phrase[] {
	return texts.map((text) => ({ words: text.split(' '), bound }));
}

/**
 * Qualifiers written before a number. "almost" and "nearly" are less-than: "almost 11
 * years" is a claim that the sentence was under eleven years, which is what a conflict
 * check needs, even though it also hints the figure is close to eleven.
 */
// prettier-ignore
const PREFIX_PHRASES: readonly Phrase[] = [
	...phrases('more-than', 'more than', 'over', 'above', 'greater than', 'in excess of', 'upwards of', 'upward of',
		'exceeding', 'well over', 'just over', 'well above', 'just above', 'slightly more than', 'well more than', 'many more than'),
	...phrases('at-least', 'at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of', 'as few as'),
	...phrases('less-than', 'less than', 'fewer than', 'under', 'below', 'almost', 'nearly', 'just under', 'just below',
		'well under', 'well below', 'not quite', 'slightly less than', 'slightly fewer than', 'just shy of', 'short of'),
	...phrases('at-most', 'at most', 'up to', 'no more than', 'not more than', 'a maximum of', 'as many as', 'as much as', 'at the most'),
	...phrases('about', 'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'an estimated', 'estimated', 'circa',
		'close to', 'in the region of', 'more or less', 'an approximate', '~'),
	...phrases('exact', 'exactly', 'precisely', 'a total of', 'just'),
].sort((a, b) => b.words.length - a.words.length);

/** Qualifiers written after a number: "20 or more", "40 or so", "20+", "40-odd". */
// prettier-ignore
const SUFFIX_PHRASES: readonly Phrase[] = [
	...phrases('at-least', 'or more', 'or above', 'and above', 'or over', 'and over', 'and more', 'plus', '+'),
	...phrases('at-most', 'or fewer', 'or less', 'or under', 'and under', 'at most', 'at the most'),
	...phrases('about', 'or so', 'odd', 'or thereabouts'),
	...phrases('at-least', 'at least'),
].sort((a, b) => b.words.length - a.words.length);

export interface BoundMatch {
	bound: Bound;
	/** First token index of the qualifier (prefix) or one past its last (suffix). */
	index: number;
}

function matchesAt(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
	if (from < 0) return false;
	for (let offset = 0; offset < words.length; offset += 1) {
		if (tokens[from + offset]?.lower !== words[offset]) return false;
	}
	return true;
}

/** Abbreviated qualifiers written with a full stop: "approx. 20", "c. 300", "ca. 40". */
const ABBREVIATED_ABOUT = new Set(['approx', 'c', 'ca', 'est']);

/** The longest qualifier that ends right before token `index`, e.g. "more than" before "two dozen". */
export function boundBefore(tokens: readonly Token[], index: number): BoundMatch | null {
	const dot = tokens[index - 1];
	if (dot?.text === '.' && !dot.spaced && ABBREVIATED_ABOUT.has(tokens[index - 2]?.lower ?? ''))
		return { bound: 'about', index: index - 2 };
	for (const phrase of PREFIX_PHRASES) {
		const from = index - phrase.words.length;
		if (matchesAt(tokens, from, phrase.words)) return { bound: phrase.bound, index: from };
	}
	return null;
}

/** The longest qualifier that starts at token `index`; "-plus" and "-odd" may be hyphenated on. */
export function boundAfter(tokens: readonly Token[], index: number): BoundMatch | null {
	const at = isGluedHyphen(tokens, index) ? index + 1 : index;
	for (const phrase of SUFFIX_PHRASES) {
		if (at !== index && phrase.words.length !== 1) continue;
		if (phrase.words[0] === '+' && tokens[at]?.spaced !== false) continue;
		if (matchesAt(tokens, at, phrase.words)) return { bound: phrase.bound, index: at + phrase.words.length };
	}
	return null;
}
