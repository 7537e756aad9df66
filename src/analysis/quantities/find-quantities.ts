/**
 * Quantities in a news sentence, normalised: "more than two dozen" is more
 * than 24, "dozens of agents" at least 24 agents (vague), "almost 11 years"
 * below 11 years. A small left-to-right parser over word tokens: an optional
 * bound phrase, a number (digits, words, or a vague amount), an optional
 * percent or currency, and the thing counted (the head noun that follows).
 */
import pluralize from 'pluralize';
import { findDates } from './find-dates.js';
import { isNumberWord, numberFromWords, scaleOf } from './number-words.js';
import { tokenize, type Token } from './tokens.js';
import type { Bound, QuantityMention, QuantityValue } from './types.js';

const BOUND_PHRASES: [string[], Bound][] = [
	[['more', 'than'], 'more-than'], [['over'], 'more-than'], [['upwards', 'of'], 'more-than'], [['in', 'excess', 'of'], 'more-than'],
	[['at', 'least'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'], [['a', 'minimum', 'of'], 'at-least'],
	[['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'], [['under'], 'less-than'], [['below'], 'less-than'],
	[['almost'], 'less-than'], [['nearly'], 'less-than'], [['just', 'under'], 'less-than'],
	[['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'], [['no', 'more', 'than'], 'at-most'], [['a', 'maximum', 'of'], 'at-most'],
	[['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'], [['some'], 'about'],
	[['an', 'estimated'], 'about'], [['estimated'], 'about'], [['circa'], 'about'], [['close', 'to'], 'about'], [['approx'], 'about'],
];

/** Amounts that name an order of magnitude: the lower bound a reader can rely on. */
const VAGUE: Record<string, { value: number; bound: Bound }> = {
	dozens: { value: 24, bound: 'at-least' },
	scores: { value: 40, bound: 'at-least' },
	hundreds: { value: 200, bound: 'at-least' },
	thousands: { value: 2000, bound: 'at-least' },
	millions: { value: 2e6, bound: 'at-least' },
	billions: { value: 2e9, bound: 'at-least' },
	several: { value: 3, bound: 'at-least' },
	few: { value: 3, bound: 'about' },
	handful: { value: 5, bound: 'about' },
	couple: { value: 2, bound: 'about' },
};

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const CURRENCIES: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp' };
const CURRENCY_WORDS: Record<string, string> = { dollars: 'usd', dollar: 'usd', euros: 'eur', euro: 'eur', pounds: 'gbp', rubles: 'rub', roubles: 'rub', pesos: 'mxn', yuan: 'cny', yen: 'jpy' };
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'them', 'whom', 'which']);
/** Words that end the noun phrase after a number: prepositions, verbs, conjunctions. */
const PHRASE_END = new Set([
	'of', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'who', 'which', 'that', 'were', 'was', 'are', 'is', 'and', 'or', 'but', 'as',
	'have', 'has', 'had', 'be', 'been', 'than', 'per', 'each', 'ago', 'later', 'earlier', 'before', 'after', 'since', 'into', 'under', 'over',
	'the', 'a', 'an', 'this', 'his', 'her', 'their', 'its', 'will', 'would', 'could', 'may', 'might', 'not', 'also', 'still', 'all',
]);
const MAX_UNIT_WORDS = 3;

export function findQuantities(sentence: string): QuantityMention[] {
	// Numbers inside dates ("2025-12-09", "December 9") are not quantities.
	const dates = findDates(sentence);
	const tokens = tokenize(sentence).filter((t) => !dates.some((d) => d.start < t.end && t.start < d.end));
	joinedBy = (a, b) => sentence.slice(a.end, b.start);
	const found: QuantityMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const parsed = parseAt(tokens, i);
		if (!parsed) continue;
		const start = tokens[i]?.start ?? 0;
		const end = tokens[parsed.next - 1]?.end ?? start;
		found.push({ start, end, text: sentence.slice(start, end), quantity: parsed.quantity });
		i = parsed.next - 1;
	}
	return found;
}

/** The text between two tokens; a quantity never reaches across punctuation. */
let joinedBy: (a: Token, b: Token) => string = () => ' ';

function adjacent(tokens: readonly Token[], i: number): boolean {
	const a = tokens[i - 1];
	const b = tokens[i];
	return a !== undefined && b !== undefined && /^\s*$/u.test(joinedBy(a, b));
}

interface Parsed {
	quantity: QuantityValue;
	/** Index of the first token after the quantity. */
	next: number;
}

function parseAt(tokens: readonly Token[], at: number): Parsed | null {
	let i = at;
	let bound: Bound = 'exact';
	for (const [phrase, b] of BOUND_PHRASES) {
		if (phrase.every((word, k) => tokens[i + k]?.lower === word)) {
			bound = b;
			i += phrase.length;
			break;
		}
	}
	if (i === at && ['between'].includes(tokens[i]?.lower ?? '')) {
		const range = parseRange(tokens, i + 1);
		if (range) return withUnit(tokens, range.next, { value: range.low, high: range.high, bound: 'range', vague: false, unit: null }, range.currency);
		return null;
	}
	const number = parseNumber(tokens, i);
	if (!number) return null;
	if (number.vague) {
		const quantity: QuantityValue = { value: number.value, bound: number.vagueBound ?? 'at-least', vague: true, unit: null };
		return withUnit(tokens, number.next, quantity, number.currency);
	}
	if (isDatePart(tokens, i, number) && bound === 'exact') return null;
	if (number.high !== undefined) return withUnit(tokens, number.next, { value: number.value, high: number.high, bound: 'range', vague: false, unit: null }, number.currency);
	return withUnit(tokens, number.next, { value: number.value, bound, vague: false, unit: null }, number.currency);
}

interface ParsedNumber {
	value: number;
	high?: number;
	vague: boolean;
	vagueBound?: Bound;
	currency: string | null;
	percent: boolean;
	next: number;
	/** Digits only, one token: candidates for years. */
	bareDigits: boolean;
}

function parseNumber(tokens: readonly Token[], at: number): ParsedNumber | null {
	const first = tokens[at];
	if (!first) return null;
	if (first.lower === 'half' && tokens[at + 1]?.lower === 'a' && tokens[at + 2]?.lower === 'dozen') {
		return { value: 6, vague: false, currency: null, percent: false, next: at + 3, bareDigits: false };
	}
	// "tens of thousands"
	if (first.lower === 'tens' && tokens[at + 1]?.lower === 'of' && ['thousands', 'millions'].includes(tokens[at + 2]?.lower ?? '')) {
		return { value: tokens[at + 2]?.lower === 'thousands' ? 20_000 : 20e6, vague: true, vagueBound: 'at-least', currency: null, percent: false, next: at + 3, bareDigits: false };
	}
	const vagueWord = first.lower === 'a' || first.lower === 'an' ? tokens[at + 1]?.lower : first.lower;
	const vague = vagueWord ? VAGUE[vagueWord] : undefined;
	if (vague && (vagueWord === first.lower || ['few', 'handful', 'couple'].includes(vagueWord ?? ''))) {
		if ((vagueWord === 'few' || vagueWord === 'couple' || vagueWord === 'handful') && first.lower !== 'a') return null;
		return { value: vague.value, vague: true, vagueBound: vague.bound, currency: null, percent: false, next: at + (vagueWord === first.lower ? 1 : 2), bareDigits: false };
	}
	let currency: string | null = null;
	const words: string[] = [];
	let i = at;
	let high: number | undefined;
	let percent = false;
	for (; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		if (i > at && !adjacent(tokens, i)) break;
		let text = token.lower;
		if (i === at && CURRENCIES[text[0] ?? ''] !== undefined) {
			currency = CURRENCIES[text[0] ?? ''] ?? null;
			text = text.slice(1);
		}
		const range = /^(\d+(?:[,.]\d+)*)-(\d+(?:[,.]\d+)*)$/u.exec(text);
		if (range && words.length === 0) {
			words.push(range[1] ?? '');
			high = Number((range[2] ?? '').replace(/,/gu, ''));
			i++;
			break;
		}
		if (text.endsWith('%') && /^\d/u.test(text)) {
			words.push(text.slice(0, -1));
			percent = true;
			i++;
			break;
		}
		const isDigits = /^\d+(?:,\d{3})*(?:\.\d+)?$/u.test(text);
		const continues = isDigits ? words.length === 0 || words.every((w) => !/^\d/u.test(w)) : isNumberWord(text) || ((text === 'a' || text === 'an') && words.length === 0 && scaleOf(tokens[i + 1]?.lower ?? '') !== undefined) || (text === 'and' && words.length > 0 && isNumberWord(tokens[i + 1]?.lower ?? ''));
		if (!continues) break;
		// A lone "one" is usually a pronoun ("one of the largest").
		words.push(text);
	}
	if (words.length === 0) return null;
	if (words.length === 1 && words[0] === 'one' && ['of', 'another'].includes(tokens[i]?.lower ?? '')) return null;
	if (words.every((w) => w === 'a' || w === 'an' || w === 'and')) return null;
	const value = numberFromWords(words);
	if (value === null) return null;
	if (tokens[i]?.lower === 'percent' || (tokens[i]?.lower === 'per' && tokens[i + 1]?.lower === 'cent')) {
		percent = true;
		i += tokens[i]?.lower === 'per' ? 2 : 1;
	}
	const result: ParsedNumber = { value, vague: false, currency: percent ? 'percent' : currency, percent, next: i, bareDigits: words.length === 1 && /^\d{4}$/u.test(words[0] ?? '') && currency === null && !percent };
	if (high !== undefined) result.high = high;
	return result;
}

function parseRange(tokens: readonly Token[], at: number): { low: number; high: number; next: number; currency: string | null } | null {
	const low = parseNumber(tokens, at);
	if (!low || tokens[low.next]?.lower !== 'and') return null;
	const high = parseNumber(tokens, low.next + 1);
	if (!high) return null;
	return { low: low.value, high: high.value, next: high.next, currency: low.currency ?? high.currency };
}

/** Years, days of dates and clock times are dates, not quantities. */
function isDatePart(tokens: readonly Token[], at: number, number: ParsedNumber): boolean {
	const previous = tokens[at - 1]?.lower ?? '';
	const next = tokens[number.next]?.lower ?? '';
	if (next === ':' || previous === ':') return true;
	if (MONTHS.has(previous) || MONTHS.has(next)) return true;
	if (number.bareDigits && number.value >= 1900 && number.value <= 2099) {
		// "2,000 troops" has a comma; "1990 people" is rare enough that a bare year-like number is a year.
		return true;
	}
	return false;
}

function withUnit(tokens: readonly Token[], at: number, quantity: QuantityValue, currency: string | null): Parsed {
	if (currency !== null) return { quantity: { ...quantity, unit: currency }, next: at };
	let i = at;
	const currencyWord = CURRENCY_WORDS[tokens[i]?.lower ?? ''];
	if (currencyWord) return { quantity: { ...quantity, unit: currencyWord }, next: i + 1 };
	// "dozens of agents", "five of his accomplices"
	if (tokens[i]?.lower === 'of' && (quantity.vague || /^\p{L}/u.test(tokens[i + 1]?.text ?? ''))) {
		i++;
		if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
	}
	const words: Token[] = [];
	for (; i < tokens.length && words.length < MAX_UNIT_WORDS; i++) {
		const token = tokens[i] as Token;
		if (!adjacent(tokens, i) || !/^\p{L}/u.test(token.text) || PHRASE_END.has(token.lower) || isNumberWord(token.lower)) break;
		// Participles end the noun phrase: "spies operating", "agents suspected".
		if (words.length > 0 && /(?:ing|ed)$/u.test(token.lower) && !/(?:ling|ings)$/u.test(token.lower)) break;
		words.push(token);
		// A plural noun ends the phrase: "people appear", "spies from".
		if (isPlural(token.lower)) {
			i++;
			break;
		}
	}
	// Adjectives may lead ("senior US officials"); the head noun is the last word kept.
	while (words.length > 0 && /(?:ing|ed)$/u.test(words.at(-1)?.lower ?? '') && words.length > 1) words.pop();
	const head = words.at(-1);
	if (!head) return { quantity, next: at === i ? at : at };
	return { quantity: { ...quantity, unit: singular(head.lower) }, next: i };
}

function isPlural(word: string): boolean {
	return word !== 'us' && word.length > 2 && pluralize.isPlural(word) && !pluralize.isSingular(word);
}

function singular(word: string): string {
	if (word === 'us' || word === 'u.s') return word;
	return pluralize.singular(word);
}
