/**
 * Quantities in a news sentence, normalised: "more than two dozen Russian spies" is more
 * than 24 spies, "dozens of agents" at least 24 agents (vague), "almost 11 years" under 11
 * years, "$2.5 billion" 2.5e9 usd. A left-to-right reader over tokens: optional bound and
 * currency, a numeral (digits, words, a dozen, or a vague amount), an optional scale,
 * range, trailing bound, then the unit or the noun counted. Years and other dates are
 * found first and skipped, so "since 2022" is never a count of 2022.
 */
import { boundAfter, boundBefore } from './bounds.js';
import { findCountedNoun, isSuperlative } from './counted-noun.js';
import { findDatesInTokens } from './find-dates.js';
import { looksPlural } from './lemma.js';
import { SCALE_WORDS, isOrdinalOrFractionWord, readArticleDozen, readSpelledNumber } from './number-words.js';
import { isCapitalised, isGluedHyphen, isSymbol, isWord, numericValue, tokenize, type Token } from './tokens.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, unitAbbreviation } from './units.js';
import { readVagueCount } from './vague-counts.js';
import type { Bound, DateMention, FindDatesOptions, QuantityMention, QuantityValue } from './types.js';

/** Scale abbreviations that are unambiguous wherever they appear ("3bn", "5 mln"). */
const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
	['bn', 1e9],
	['mn', 1e6],
	['mln', 1e6],
	['tn', 1e12],
	['trn', 1e12],
	['hundred', 100],
]);
/**
 * Scale letters glued on: thousand, million, billion for money ("$3.5m") or before a plural
 * noun ("3.5m people"); otherwise "100m" is metres.
 */
const MONEY_SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
	['k', 1e3],
	['m', 1e6],
	['b', 1e9],
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Before a lone "one", these make it a pronoun: "no one", "the one who", "every one". */
// prettier-ignore
const PRONOUN_ONE_CONTEXT = new Set([
	'no', 'the', 'every', 'any', 'each', 'this', 'that', 'which', 'someone', 'anyone', 'only', 'another', 'last', 'first', 'next', 'right',
	'wrong',
]);
const RANGE_WORDS = new Set(['to', 'or', 'and']);
const DASHES = ['-', '–', '—', '‐', '‑'];

interface Numeral {
	value: number;
	vague: boolean;
	/** A bound the words themselves carry ("dozens" is at least 24); null for a plain count. */
	impliedBound: Bound | null;
	first: number;
	end: number;
	/** Written in digits, so a dash after it may start a numeric range. */
	digits: boolean;
	/** Carries its own scale word, so "2 to 3 million" can lend "million" to the "2". */
	scaled: boolean;
}

type NumeralRead = Numeral | { skipTo: number } | null;

/** Removes binary floating-point noise from scaled decimals (4.35 × 10^6 is 4349999.999…). */
function exact(value: number): number {
	return Number(value.toPrecision(15));
}

function isMoneyBefore(tokens: readonly Token[], index: number): boolean {
	const previous = tokens[index - 1];
	return (
		previous !== undefined &&
		(CURRENCY_SYMBOLS.has(previous.text) ||
			(previous.kind === 'word' && CURRENCY_CODES.has(previous.lower) && previous.text === previous.text.toUpperCase()))
	);
}

/** Digits that belong to a name or code rather than a count: "G7", "COVID-19", "F-16", "No. 5", "9/11". */
function isIdentifierNumber(tokens: readonly Token[], index: number): boolean {
	const token = tokens[index];
	const previous = tokens[index - 1];
	if (token === undefined) return true;
	if (previous !== undefined && !token.spaced) {
		if (previous.kind === 'word' || previous.kind === 'number') return true;
		if (previous.text === '/' || previous.text === '#') return true;
		if (DASHES.includes(previous.text) && tokens[index - 2]?.kind === 'word' && !previous.spaced) return true;
	}
	if (isSymbol(previous, '.') && isWord(tokens[index - 2], 'no') && previous?.spaced === false) return true;
	// "Boeing 737", "Flight 93", "Route 66": a number right after a name (not the sentence's first word) is part of it.
	if (previous !== undefined && index >= 2 && previous.kind === 'word' && isCapitalised(previous) && !isMoneyBefore(tokens, index))
		return true;
	if (isSymbol(previous, '#')) return true;
	const next = tokens[index + 1];
	return next !== undefined && !next.spaced && next.text === '/' && tokens[index + 2]?.kind === 'number';
}

function readDigits(tokens: readonly Token[], index: number): NumeralRead {
	const token = tokens[index];
	if (token === undefined || isIdentifierNumber(tokens, index)) return { skipTo: index + 1 };
	let value = numericValue(token);
	if (!Number.isFinite(value)) return { skipTo: index + 1 };
	let end = index + 1;
	let scaled = false;
	const next = tokens[end];
	if (next !== undefined && !next.spaced && next.kind === 'word') {
		if (ORDINAL_SUFFIXES.has(next.lower) || next.lower === 's') return { skipTo: end + 1 };
		const countsMany = isMoneyBefore(tokens, index) || (tokens[end + 1]?.kind === 'word' && looksPlural(tokens[end + 1]?.lower ?? ''));
		const glued =
			SCALE_WORDS.get(next.lower) ?? SCALE_ABBREVIATIONS.get(next.lower) ?? (countsMany ? MONEY_SCALE_LETTERS.get(next.lower) : undefined);
		if (glued !== undefined) {
			value = exact(value * glued);
			end += 1;
			scaled = true;
		} else if (unitAbbreviation(next.lower, true) === null) {
			// "5G", "3D", "A4": letters glued on make a name, not a count.
			return { skipTo: end + 1 };
		}
	} else if (next?.kind === 'word') {
		const spaced = SCALE_WORDS.get(next.lower) ?? SCALE_ABBREVIATIONS.get(next.lower);
		if (spaced !== undefined) {
			value = exact(value * spaced);
			end += 1;
			scaled = true;
		}
	}
	if (isWord(tokens[end], 'dozen')) {
		value *= 12;
		end += 1;
	}
	return { value, vague: false, impliedBound: null, first: index, end, digits: true, scaled };
}

function readWords(tokens: readonly Token[], index: number): NumeralRead {
	const dozen = readArticleDozen(tokens, index);
	if (dozen !== null)
		return { value: dozen.value, vague: false, impliedBound: null, first: index, end: dozen.end, digits: false, scaled: false };
	const vagueCount = readVagueCount(tokens, index);
	if (vagueCount !== null) {
		return {
			value: vagueCount.value,
			vague: vagueCount.vague,
			impliedBound: vagueCount.bound,
			first: index,
			end: vagueCount.end,
			digits: false,
			scaled: true,
		};
	}
	const spelled = readSpelledNumber(tokens, index);
	if (spelled === null) return null;
	// "the Six Nations", "the Big Ten": a capitalised number word inside a sentence, beside a name, is part of the name.
	const word = tokens[index] as Token;
	if (index > 0 && isCapitalised(word) && [tokens[index - 1], tokens[spelled.end]].some((t) => t?.kind === 'word' && isCapitalised(t)))
		return { skipTo: spelled.end };
	// "twenty-first", "two-thirds": ordinals and fractions are not counts.
	if (isGluedHyphen(tokens, spelled.end) && isOrdinalOrFractionWord(tokens[spelled.end + 1]?.lower ?? ''))
		return { skipTo: spelled.end + 2 };
	if (spelled.end === index + 1 && tokens[index]?.lower === 'one') {
		const previous = tokens[index - 1]?.lower ?? '';
		// "one of the largest" ranks rather than counts.
		const ranks = isWord(tokens[index + 1], 'of') && isWord(tokens[index + 2], 'the') && isSuperlative(tokens[index + 3]);
		if (
			ranks ||
			PRONOUN_ONE_CONTEXT.has(previous) ||
			isWord(tokens[index + 1], 'another') ||
			tokens[index + 1]?.text === '’s' ||
			tokens[index + 1]?.text === "'s"
		) {
			return { skipTo: index + 1 };
		}
	}
	let value = spelled.value;
	let end = spelled.end;
	if (isWord(tokens[end], 'dozen')) {
		value *= 12;
		end += 1;
	}
	const scaled = SCALE_WORDS.has(tokens[end - 1]?.lower ?? '') || tokens[end - 1]?.lower === 'hundred';
	return { value, vague: false, impliedBound: null, first: index, end, digits: false, scaled };
}

function readNumeral(tokens: readonly Token[], index: number): NumeralRead {
	const token = tokens[index];
	if (token === undefined) return null;
	if (token.kind === 'number') return readDigits(tokens, index);
	if (token.kind === 'word') return readWords(tokens, index);
	return null;
}

interface Currency {
	unit: string;
	first: number;
}

/** A currency written before the amount: "$", "US$", "C$", "€", "USD". */
function currencyBefore(tokens: readonly Token[], index: number): Currency | null {
	const previous = tokens[index - 1];
	if (previous === undefined) return null;
	const symbol = CURRENCY_SYMBOLS.get(previous.text);
	if (symbol !== undefined) {
		const prefix = tokens[index - 2];
		const dollar = previous.text === '$' && prefix?.kind === 'word' && !previous.spaced ? DOLLAR_PREFIXES.get(prefix.lower) : undefined;
		return dollar === undefined ? { unit: symbol, first: index - 1 } : { unit: dollar, first: index - 2 };
	}
	if (previous.kind === 'word' && CURRENCY_CODES.has(previous.lower) && previous.text === previous.text.toUpperCase())
		return { unit: previous.lower, first: index - 1 };
	return null;
}

interface Range {
	high: number;
	low: number;
	end: number;
	/** The "between" or "from" that opened it, when there was one. */
	opener: number | null;
}

/** "20-30", "20 to 30", "two or three", "between 20 and 30", "from $2 to $3 billion". */
function rangeAfter(tokens: readonly Token[], first: Numeral, leadIndex: number): Range | null {
	const connector = tokens[first.end];
	if (connector === undefined || first.vague) return null;
	const openerWord = tokens[leadIndex - 1]?.lower ?? '';
	const opener = openerWord === 'between' || openerWord === 'from' ? leadIndex - 1 : null;
	const isDash = connector.kind === 'symbol' && DASHES.includes(connector.text);
	if (isDash ? !first.digits : !RANGE_WORDS.has(connector.lower)) return null;
	if (connector.lower === 'and' && openerWord !== 'between') return null;
	let secondIndex = first.end + 1;
	if (CURRENCY_SYMBOLS.has(tokens[secondIndex]?.text ?? '')) secondIndex += 1;
	const second = readNumeral(tokens, secondIndex);
	if (second === null || 'skipTo' in second || second.vague || (isDash && !second.digits)) return null;
	let low = first.value;
	// "2 to 3 million": the scale written once applies to both ends.
	if (!first.scaled && second.scaled && second.value > 0) {
		const scale = second.value / numericOrSpelledBase(tokens, second);
		if (Number.isFinite(scale) && scale > 1) low = exact(low * scale);
	}
	if (!(second.value > low)) return null;
	return {
		low,
		high: second.value,
		end: second.end,
		opener: opener !== null && (connector.lower === 'and' || connector.lower === 'to' || isDash) ? opener : null,
	};
}

/** The numeral's value without its trailing scale word, to find the factor a range shares. */
function numericOrSpelledBase(tokens: readonly Token[], numeral: Numeral): number {
	const last = tokens[numeral.end - 1]?.lower ?? '';
	const scale = SCALE_WORDS.get(last) ?? SCALE_ABBREVIATIONS.get(last) ?? MONEY_SCALE_LETTERS.get(last);
	return scale === undefined ? numeral.value : numeral.value / scale;
}

interface Unit {
	unit: string;
	end: number;
}

/** A unit written right after the amount: "%", "percent", "per cent", "percentage points", "km", "USD". */
function unitAfter(tokens: readonly Token[], index: number): Unit | null {
	const token = tokens[index];
	if (token === undefined) return null;
	if (isWord(token, 'per') && isWord(tokens[index + 1], 'cent')) return { unit: 'percent', end: index + 2 };
	if (isWord(token, 'percent')) return { unit: 'percent', end: index + 1 };
	if (isWord(token, 'percentage') && isWord(tokens[index + 1], 'point', 'points')) return { unit: 'percentage point', end: index + 2 };
	if (token.kind === 'word' && CURRENCY_CODES.has(token.lower) && token.text === token.text.toUpperCase())
		return { unit: token.lower, end: index + 1 };
	// Abbreviations must be whole words: "5 m" is metres, "5 more" is not.
	const abbreviation = unitAbbreviation(token.lower, !token.spaced);
	if (abbreviation !== null && (token.kind === 'word' || token.text === '%')) {
		const perHour = isSymbol(tokens[index + 1], '/') && isWord(tokens[index + 2], 'h');
		return perHour ? { unit: `${abbreviation}/h`, end: index + 3 } : { unit: abbreviation, end: index + 1 };
	}
	return null;
}

function claimedIndices(tokens: readonly Token[], dates: readonly DateMention[]): Uint8Array {
	const claimed = new Uint8Array(tokens.length);
	let index = 0;
	for (const date of dates) {
		while (index < tokens.length && (tokens[index]?.end ?? 0) <= date.start) index += 1;
		for (let at = index; at < tokens.length && (tokens[at]?.start ?? Infinity) < date.end; at += 1) claimed[at] = 1;
	}
	return claimed;
}

function anyClaimed(claimed: Uint8Array, from: number, to: number): boolean {
	for (let at = from; at < to; at += 1) if (claimed[at] === 1) return true;
	return false;
}

/**
 * Every quantity in the sentence, in order, with UTF-16 offsets (`end` exclusive) and the
 * words as written, from the bound through the noun counted ("more than two dozen Russian
 * spies"). Never throws; runs in time linear in the sentence length.
 */
export function findQuantities(sentence: string): QuantityMention[] {
	if (typeof sentence !== 'string' || sentence.length === 0) return [];
	const tokens = tokenize(sentence);
	return quantitiesInTokens(sentence, tokens, findDatesInTokens(sentence, tokens));
}

/**
 * Quantities and dates of one sentence, tokenised once and its dates found
 * once: the same as findQuantities and findDates, for callers that want both.
 */
export function findQuantitiesAndDates(
	sentence: string,
	options: FindDatesOptions = {},
): { quantities: QuantityMention[]; dates: DateMention[] } {
	if (typeof sentence !== 'string' || sentence.length === 0) return { quantities: [], dates: [] };
	const tokens = tokenize(sentence);
	const dates = findDatesInTokens(sentence, tokens, options);
	return { quantities: quantitiesInTokens(sentence, tokens, dates), dates };
}

/** Quantities among the tokens; the dates' tokens are not counts ("2025" is a year). */
function quantitiesInTokens(sentence: string, tokens: readonly Token[], dates: readonly DateMention[]): QuantityMention[] {
	const claimed = claimedIndices(tokens, dates);
	const mentions: QuantityMention[] = [];
	let lastEnd = 0;

	for (let index = 0; index < tokens.length; index += 1) {
		if (claimed[index] === 1) continue;
		const numeral = readNumeral(tokens, index);
		if (numeral === null) continue;
		if ('skipTo' in numeral) {
			index = Math.max(index, numeral.skipTo - 1);
			continue;
		}
		if (anyClaimed(claimed, numeral.first, numeral.end)) continue;

		const currency = currencyBefore(tokens, numeral.first);
		const leadIndex = Math.max(currency?.first ?? numeral.first, lastEnd);
		const prefix = boundBefore(tokens, leadIndex);
		let bound: Bound = prefix !== null && prefix.index >= lastEnd ? prefix.bound : (numeral.impliedBound ?? 'exact');
		let start = prefix !== null && prefix.index >= lastEnd ? prefix.index : leadIndex;
		let value = numeral.value;
		let high: number | undefined;
		let end = numeral.end;

		const range = rangeAfter(tokens, numeral, leadIndex);
		if (range !== null && !anyClaimed(claimed, numeral.end, range.end)) {
			bound = 'range';
			value = range.low;
			high = range.high;
			end = range.end;
			if (range.opener !== null && range.opener >= lastEnd) start = range.opener;
		} else {
			const suffix = boundAfter(tokens, end);
			if (suffix !== null && !anyClaimed(claimed, end, suffix.index)) {
				if (prefix === null || bound === numeral.impliedBound) bound = suffix.bound;
				end = suffix.index;
			}
		}

		let unit: string | null = currency?.unit ?? null;
		const written = unitAfter(tokens, end);
		if (written !== null && !anyClaimed(claimed, end, written.end)) {
			unit = unit ?? written.unit;
			end = written.end;
		} else if (unit === null) {
			// "the 19 Sept. 11 hijackers": a date between the number and its noun qualifies the noun.
			let nounFrom = end;
			while (claimed[nounFrom] === 1) nounFrom += 1;
			const noun = findCountedNoun(tokens, nounFrom, value === 1 && bound === 'exact' && !numeral.vague);
			if (noun !== null && !anyClaimed(claimed, nounFrom, noun.end)) {
				unit = noun.unit;
				end = noun.end;
			}
		}

		const first = tokens[start];
		const last = tokens[end - 1];
		if (first === undefined || last === undefined) continue;
		const quantity: QuantityValue = { value, bound, vague: numeral.vague, unit };
		if (high !== undefined) quantity.high = high;
		mentions.push({ start: first.start, end: last.end, text: sentence.slice(first.start, last.end), quantity });
		lastEnd = end;
		index = end - 1;
	}
	return partsOfWholes(sentence, mentions);
}

/** Between a part and its whole: "15 of the 19 hijackers", "three of their 40 agents". */
const PARTITIVE = /^\s+of\s+(?:the|these|those|his|her|their|its|our|all)?\s*$/iu;

/**
 * "Fifteen of the 19 hijackers": the part counts what the whole counts, and
 * the two are marked, so that 15 is never set against another outlet's 19.
 */
function partsOfWholes(sentence: string, mentions: QuantityMention[]): QuantityMention[] {
	for (let i = 0; i + 1 < mentions.length; i += 1) {
		const part = mentions[i] as QuantityMention;
		const whole = mentions[i + 1] as QuantityMention;
		if (!PARTITIVE.test(sentence.slice(part.end, whole.start)) || whole.quantity.unit === null) continue;
		if (part.quantity.unit === null) part.quantity.unit = whole.quantity.unit;
		if (part.quantity.unit !== whole.quantity.unit) continue;
		part.part = 'part';
		whole.part = 'whole';
	}
	return mentions;
}
