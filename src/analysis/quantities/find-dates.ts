import { PERIOD_WORDS, WEEKDAYS, isValidDay, isoDay, isoMonth, isoTime, monthName, type MonthName } from '../../corpus/calendar.js';
import { looksPlural } from './lemma.js';
import { referenceDay, resolveRelative } from './relative-dates.js';
import { readSpelledNumber } from './number-words.js';
import { isCapitalised, isGluedHyphen, isSymbol, isWord, tokenize, type Token } from './tokens.js';
import { CURRENCY_SYMBOLS, unitAbbreviation } from './units.js';
import type { DateGranularity, DateMention, FindDatesOptions } from './types.js';

// Patterns matched on the raw text first: their digits and separators would otherwise be
// split into tokens that read as numbers. None has nested quantifiers, so each is linear.
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/g;
const YEAR_FIRST_DATE = /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)/g;
const YEAR_LAST_DATE = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)/g;
// "p.m." keeps its final dot, "pm." leaves the sentence's full stop alone.
const CLOCK_TIME = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?:\s?([ap])(?:\.m\.?|m)(?![\p{L}\d]))?(?![\d:])/giu;
const HOUR_TIME = /(?<![\d:.,])(1[0-2]|0?[1-9])\s?([ap])(?:\.m\.?|m)(?![\p{L}\d])/giu;

/** Words before a bare month name that show it is the month ("in May"), not the verb or a name. */
// prettier-ignore
const MONTH_CONTEXT = new Set([
	'in', 'since', 'by', 'until', 'till', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'from', 'through', 'before',
	'after', 'on', 'to', 'between', 'and',
]);
/** Words before a four-digit number that make it a year even when a plural noun follows ("in 2022 agents…"). */
// prettier-ignore
const YEAR_CONTEXT = new Set([
	'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through', 'the', 'early', 'late', 'mid', 'to',
	'between', 'for', 'circa', 'c', 'year', 'summer', 'spring', 'autumn', 'winter', 'fall',
]);
/** Words before a four-digit number that make it a count: "more than 2000", "nearly 1950". */
const COUNT_CONTEXT = new Set(['than', 'least', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'about', 'over', 'exactly']);
const DEICTIC = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);
const RELATIVE_MODIFIERS = new Set(['this', 'last', 'next', 'past', 'coming', 'previous', 'recent']);
const AGO_WORDS = new Set(['ago', 'earlier', 'later', 'before', 'after']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

interface Span {
	start: number;
	end: number;
	iso: string | null;
	granularity: DateGranularity;
}

/** A date found by the token scan: token indices, `end` exclusive. */
interface TokenDate {
	first: number;
	end: number;
	iso: string | null;
	granularity: DateGranularity;
}

function regexDates(sentence: string): Span[] {
	const spans: Span[] = [];
	for (const match of sentence.matchAll(ISO_DATE)) {
		const [, year = '', month = '', day = '', hour, minute, second, zone] = match;
		if (!isValidDay(Number(year), Number(month), Number(day))) continue;
		const date = `${year}-${month}-${day}`;
		const hasTime = hour !== undefined && minute !== undefined && Number(hour) < 24 && Number(minute) < 60;
		// A trailing " 16" without minutes is not part of the date; the group only matched a digit pair.
		const text = hasTime ? match[0] : date;
		const iso = hasTime ? `${date}T${hour}:${minute}${second === undefined ? '' : `:${second}`}${zone ?? ''}` : date;
		spans.push({ start: match.index, end: match.index + text.length, iso, granularity: hasTime ? 'time' : 'day' });
	}
	for (const match of sentence.matchAll(YEAR_FIRST_DATE)) {
		const [, year = '', , month = '', day = ''] = match;
		const valid = isValidDay(Number(year), Number(month), Number(day));
		if (valid)
			spans.push({
				start: match.index,
				end: match.index + match[0].length,
				iso: isoDay(Number(year), Number(month), Number(day)),
				granularity: 'day',
			});
	}
	for (const match of sentence.matchAll(YEAR_LAST_DATE)) {
		const [, first = '', separator, second = '', year = ''] = match;
		const a = Number(first);
		const b = Number(second);
		const y = Number(year);
		// 9/12/2025 is ambiguous between US and European order; a part over 12 settles it,
		// and dotted dates are written day first.
		let iso: string | null = null;
		if (a > 12 && isValidDay(y, b, a)) iso = isoDay(y, b, a);
		else if (b > 12 && separator === '/' && isValidDay(y, a, b)) iso = isoDay(y, a, b);
		else if (separator === '.' && isValidDay(y, b, a)) iso = isoDay(y, b, a);
		else if (!(a <= 12 && b <= 12)) continue;
		spans.push({ start: match.index, end: match.index + match[0].length, iso, granularity: 'day' });
	}
	for (const pattern of [CLOCK_TIME, HOUR_TIME]) {
		for (const match of sentence.matchAll(pattern)) {
			const hourText = match[1] ?? '0';
			const minuteText = pattern === CLOCK_TIME ? (match[2] ?? '0') : '0';
			const secondText = pattern === CLOCK_TIME ? match[3] : undefined;
			const meridiem = (pattern === CLOCK_TIME ? match[4] : match[2])?.toLowerCase();
			let hour = Number(hourText);
			if (meridiem !== undefined) {
				if (hour > 12 || hour === 0) continue;
				hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
			}
			const iso = isoTime(hour, Number(minuteText), secondText === undefined ? null : Number(secondText));
			spans.push({ start: match.index, end: match.index + match[0].length, iso, granularity: 'time' });
		}
	}
	// Earlier patterns win where two overlap (an ISO timestamp contains a clock time).
	const kept: Span[] = [];
	for (const span of spans) {
		if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
	}
	return kept.sort((a, b) => a.start - b.start);
}

function dayAt(tokens: readonly Token[], index: number): { day: number; end: number } | null {
	const token = tokens[index];
	if (token?.kind !== 'number' || !/^\d{1,2}$/.test(token.text)) return null;
	const day = Number(token.text);
	if (day < 1 || day > 31) return null;
	const suffix = tokens[index + 1];
	if (suffix !== undefined && !suffix.spaced && suffix.kind === 'word') {
		return ORDINAL_SUFFIXES.has(suffix.lower) ? { day, end: index + 2 } : null;
	}
	return { day, end: index + 1 };
}

function yearAt(tokens: readonly Token[], index: number): number | null {
	const token = tokens[index];
	if (token?.kind !== 'number' || !/^\d{4}$/.test(token.text)) return null;
	const next = tokens[index + 1];
	if (next !== undefined && !next.spaced && (next.kind === 'word' || next.kind === 'number')) return null;
	const year = Number(token.text);
	return year >= 1000 && year <= 2999 ? year : null;
}

/** A month name at `index`, written capitalised as every English style guide does. */
function monthAt(tokens: readonly Token[], index: number): { name: MonthName; end: number } | null {
	const token = tokens[index];
	if (token?.kind !== 'word' || !isCapitalised(token)) return null;
	const name = monthName(token.lower);
	if (name === null) return null;
	const end = name.abbreviated && isSymbol(tokens[index + 1], '.') && tokens[index + 1]?.spaced === false ? index + 2 : index + 1;
	return { name, end };
}

function referenceYear(options: FindDatesOptions): number | null {
	const match = /^(\d{4})/.exec(options.referenceDate ?? '');
	return match === null ? null : Number(match[1]);
}

function dayDate(first: number, end: number, year: number | null, month: number, day: number, options: FindDatesOptions): TokenDate | null {
	const knownYear = year ?? referenceYear(options);
	if (!isValidDay(knownYear, month, day)) return null;
	return { first, end, iso: knownYear === null ? null : isoDay(knownYear, month, day), granularity: 'day' };
}

/** "December 9, 2025", "Dec. 9", "December 2025", "in May". */
function monthFirst(tokens: readonly Token[], index: number, options: FindDatesOptions): TokenDate | null {
	const month = monthAt(tokens, index);
	if (month === null) return null;
	const { name } = month;
	const day = dayAt(tokens, month.end);
	if (day !== null) {
		const yearIndex = isSymbol(tokens[day.end], ',') ? day.end + 1 : day.end;
		const year = yearAt(tokens, yearIndex);
		if (year !== null) return dayDate(index, yearIndex + 1, year, name.month, day.day, options);
		return dayDate(index, day.end, null, name.month, day.day, options);
	}
	const yearIndex = isSymbol(tokens[month.end], ',') || isWord(tokens[month.end], 'of') ? month.end + 1 : month.end;
	const year = yearAt(tokens, yearIndex);
	if (year !== null) return { first: index, end: yearIndex + 1, iso: isoMonth(year, name.month), granularity: 'month' };
	// Alone, an abbreviation is too often a name ("Jan"), and May and March too often verbs.
	if (name.abbreviated) return null;
	const previous = tokens[index - 1]?.lower ?? '';
	if ((name.month === 5 || name.month === 3) && !MONTH_CONTEXT.has(previous)) return null;
	return { first: index, end: month.end, iso: null, granularity: 'month' };
}

/** "9 December 2025", "9th of December". */
function dayFirst(tokens: readonly Token[], index: number, options: FindDatesOptions): TokenDate | null {
	const day = dayAt(tokens, index);
	if (day === null) return null;
	const monthIndex = isWord(tokens[day.end], 'of') ? day.end + 1 : day.end;
	const month = monthAt(tokens, monthIndex);
	if (month === null) return null;
	const yearIndex = isSymbol(tokens[month.end], ',') ? month.end + 1 : month.end;
	const year = yearAt(tokens, yearIndex);
	if (year !== null) return dayDate(index, yearIndex + 1, year, month.name.month, day.day, options);
	// "the 19 Sept. 11 hijackers": a day after the month makes the date month first, and the number before it a count.
	if (monthIndex === day.end && dayAt(tokens, month.end) !== null) return null;
	return dayDate(index, month.end, null, month.name.month, day.day, options);
}

/** "Tuesday", or "Tuesday, December 9, 2025" taken as one date. */
function weekday(tokens: readonly Token[], index: number, options: FindDatesOptions): TokenDate | null {
	const token = tokens[index];
	if (token === undefined || !isCapitalised(token) || !WEEKDAYS.has(token.lower)) return null;
	const dateIndex = isSymbol(tokens[index + 1], ',') ? index + 2 : index + 1;
	const date = monthFirst(tokens, dateIndex, options) ?? dayFirst(tokens, dateIndex, options);
	if (date !== null && date.granularity === 'day') return { ...date, first: index };
	return { first: index, end: index + 1, iso: null, granularity: 'relative' };
}

function periodWord(token: Token | undefined): boolean {
	if (token === undefined || token.kind !== 'word') return false;
	const lower = token.lower.replace(/['’]s$/, '');
	return PERIOD_WORDS.has(lower) || WEEKDAYS.has(lower) || (isCapitalised(token) && monthName(lower)?.abbreviated === false);
}

/** Skips a small count ("two", "3", "a few", "several") and returns the index after it. */
function skipCount(tokens: readonly Token[], index: number): number {
	const token = tokens[index];
	if (token === undefined) return index;
	if (token.kind === 'number' && /^\d{1,3}$/.test(token.text)) return index + 1;
	if (isWord(token, 'a', 'an') && isWord(tokens[index + 1], 'few', 'couple'))
		return isWord(tokens[index + 2], 'of') ? index + 3 : index + 2;
	if (isWord(token, 'a', 'an', 'several', 'few', 'many')) return index + 1;
	return readSpelledNumber(tokens, index)?.end ?? index;
}

/** "today", "this week", "last month", "the past two years", "earlier this year", "in recent weeks". */
function relative(tokens: readonly Token[], index: number): TokenDate | null {
	const token = tokens[index];
	if (token === undefined || token.kind !== 'word') return null;
	if (DEICTIC.has(token.lower)) return { first: index, end: index + 1, iso: null, granularity: 'relative' };
	const modifierIndex = isWord(token, 'earlier', 'later') ? index + 1 : index;
	const modifier = tokens[modifierIndex];
	if (modifier === undefined || !RELATIVE_MODIFIERS.has(modifier.lower)) return null;
	if (modifierIndex !== index && modifier.lower === 'recent') return null;
	const periodIndex = skipCount(tokens, modifierIndex + 1);
	if (!periodWord(tokens[periodIndex])) return null;
	return { first: index, end: periodIndex + 1, iso: null, granularity: 'relative' };
}

/** "two weeks ago", "a year ago", "decades ago", "20 years later". */
function ago(tokens: readonly Token[], index: number): TokenDate | null {
	const periodIndex = skipCount(tokens, index);
	if (!periodWord(tokens[periodIndex]) || !isWord(tokens[periodIndex + 1], ...AGO_WORDS)) return null;
	// "before"/"after" only make a date with a count: "two days before" but not "days before the vote".
	const marker = tokens[periodIndex + 1]?.lower ?? '';
	if (periodIndex === index && marker !== 'ago') return null;
	if (
		(marker === 'before' || marker === 'after') &&
		tokens[periodIndex + 2] !== undefined &&
		!isSymbol(tokens[periodIndex + 2], ',', '.', ';')
	)
		return null;
	return { first: index, end: periodIndex + 2, iso: null, granularity: 'relative' };
}

/**
 * A bare four-digit year 1900–2099 ("in 2023", "since 2022", "the 1990s"). It is a count
 * instead when money, a percent sign or a unit goes with it, a count qualifier precedes it
 * ("more than 2000"), or a plural noun follows without a preposition before it ("2000 troops").
 */
function bareYear(tokens: readonly Token[], index: number): TokenDate | null {
	const token = tokens[index];
	if (token?.kind !== 'number' || !/^\d{4}$/.test(token.text)) return null;
	const year = Number(token.text);
	if (year < 1900 || year > 2099) return null;
	const before = tokens[index - 1];
	const next = tokens[index + 1];
	// "G2022" and "$2022" are not years; "mid-2022" is, its hyphen being a symbol.
	if (before !== undefined && !token.spaced && (before.kind === 'word' || CURRENCY_SYMBOLS.has(before.text))) return null;
	if (next !== undefined && !next.spaced && next.kind === 'word') {
		if (next.lower === 's' || next.lower === '’s' || next.lower === "'s")
			return { first: index, end: index + 2, iso: null, granularity: 'year' };
		return null;
	}
	if (next !== undefined && unitAbbreviation(next.lower, !next.spaced) !== null) return null;
	if (isWord(next, 'percent', 'per')) return null;
	const previous = before?.lower ?? '';
	const beforePrevious = tokens[index - 2]?.lower ?? '';
	if (COUNT_CONTEXT.has(previous) && !(previous === 'than' && ['later', 'earlier', 'sooner', 'before'].includes(beforePrevious)))
		return null;
	if (
		next?.kind === 'word' &&
		!isCapitalised(next) &&
		looksPlural(next.lower) &&
		!(YEAR_CONTEXT.has(previous) && !(previous === 'to' && beforePrevious === 'up'))
	)
		return null;
	// "2022-23": a season or financial year, read as the year it starts in.
	const end = isGluedHyphen(tokens, index + 1) && /^\d{2}$/.test(tokens[index + 2]?.text ?? '') ? index + 3 : index + 1;
	return { first: index, end, iso: String(year), granularity: 'year' };
}

const TOKEN_PATTERNS = [weekday, monthFirst, dayFirst, relative, ago, bareYear] as const;

/**
 * Tokens inside dates the regexes found, replaced by empty symbols: no token pattern can
 * then reach into an ISO stamp (reading "Dec. 9, 2025-12-09" as December 9, 2025).
 */
function maskClaimed(tokens: readonly Token[], claimed: readonly Span[]): Token[] {
	const masked = [...tokens];
	let index = 0;
	for (const span of claimed) {
		while (index < masked.length && (masked[index]?.end ?? 0) <= span.start) index += 1;
		for (let at = index; at < masked.length; at += 1) {
			const token = masked[at];
			if (token === undefined || token.start >= span.end) break;
			masked[at] = { ...token, kind: 'symbol', text: '', lower: '' };
		}
	}
	return masked;
}

function tokenDates(tokens: readonly Token[], claimed: readonly Span[], options: FindDatesOptions): TokenDate[] {
	const visible = maskClaimed(tokens, claimed);
	const reference = referenceDay(options.referenceDate);
	const found: TokenDate[] = [];
	for (let index = 0; index < visible.length; index += 1) {
		for (const pattern of TOKEN_PATTERNS) {
			const date = pattern(visible, index, options);
			if (date === null) continue;
			if (date.granularity === 'relative' && reference !== null) {
				date.iso = resolveRelative(
					visible.slice(date.first, date.end).map((t) => t.lower),
					reference,
				);
			}
			found.push(date);
			index = date.end - 1;
			break;
		}
	}
	return found;
}

/** Joins "December 9, 2025" and a following "at 16:32" into one timestamp. */
function joinDatesAndTimes(sentence: string, spans: Span[]): Span[] {
	const joined: Span[] = [];
	for (const span of spans) {
		const previous = joined.at(-1);
		const gap = previous === undefined ? '' : sentence.slice(previous.end, span.start);
		if (
			previous !== undefined &&
			previous.granularity === 'day' &&
			previous.iso !== null &&
			span.granularity === 'time' &&
			span.iso !== null &&
			!span.iso.includes('T') &&
			/^\s*,?\s*(?:at\s+)?$/i.test(gap)
		) {
			previous.end = span.end;
			previous.iso = `${previous.iso}T${span.iso}`;
			previous.granularity = 'time';
			continue;
		}
		joined.push(span);
	}
	return joined;
}

/** Dates in an already tokenised sentence; shared with the quantity finder so years are not counted. */
export function findDatesInTokens(sentence: string, tokens: readonly Token[], options: FindDatesOptions = {}): DateMention[] {
	const claimed = regexDates(sentence);
	const fromTokens: Span[] = [];
	for (const date of tokenDates(tokens, claimed, options)) {
		const first = tokens[date.first];
		const last = tokens[date.end - 1];
		if (first === undefined || last === undefined) continue;
		fromTokens.push({ start: first.start, end: last.end, iso: date.iso, granularity: date.granularity });
	}
	const spans = joinDatesAndTimes(
		sentence,
		[...claimed, ...fromTokens].sort((a, b) => a.start - b.start),
	);
	return spans.map((span) => ({
		start: span.start,
		end: span.end,
		text: sentence.slice(span.start, span.end),
		iso: span.iso,
		granularity: span.granularity,
	}));
}

/**
 * Dates and times in a sentence: absolute ("December 9, 2025", "2022", ISO timestamps,
 * "16:32") with an ISO string, and relative ("last month", "two weeks ago") with null.
 * Never throws; runs in time linear in the sentence length.
 */
export function findDates(sentence: string, options: FindDatesOptions = {}): DateMention[] {
	if (typeof sentence !== 'string' || sentence.length === 0) return [];
	// Untyped callers (JSON, scripts) may pass null, which the default does not replace; this never throws.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
	return findDatesInTokens(sentence, tokenize(sentence), options ?? {});
}
