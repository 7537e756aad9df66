/** Date parsing for article metadata: only the forms that datelines and feeds use. */
import { isoDay, isValidDay, monthName } from './calendar.js';
import { alternation } from '../word-lists.js';

const MONTHS = alternation(
	'Jan(?:uary)? Feb(?:ruary)? Mar(?:ch)? Apr(?:il)? May June? July? Aug(?:ust)? Sept?(?:ember)? Oct(?:ober)? Nov(?:ember)? Dec(?:ember)?',
);
const MONTH_NAME = `(${MONTHS})\\.?`;

/** An ISO date or date-time anywhere in a string: `2025-12-09`, `2025-12-09T16:32:40+00:00`. */
export const ISO_DATE_PATTERN = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/u;
/** `December 9, 2025` or `Dec. 9 2025`. */
export const MONTH_DAY_YEAR_PATTERN = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu');
/** `9 December 2025`. */
export const DAY_MONTH_YEAR_PATTERN = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'iu');

export interface FoundDate {
	iso: string;
	index: number;
	length: number;
}

/** The first date written in `text`, as `YYYY-MM-DD`, or null. */
export function findDate(text: string): FoundDate | null {
	const iso = ISO_DATE_PATTERN.exec(text);
	if (iso) {
		const found = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
		if (found) return { iso: found, index: iso.index, length: iso[0].length };
	}
	const mdy = MONTH_DAY_YEAR_PATTERN.exec(text);
	if (mdy) {
		const found = isoDate(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
		if (found) return { iso: found, index: mdy.index, length: mdy[0].length };
	}
	const dmy = DAY_MONTH_YEAR_PATTERN.exec(text);
	if (dmy) {
		const found = isoDate(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
		if (found) return { iso: found, index: dmy.index, length: dmy[0].length };
	}
	return null;
}

/** Normalises a metadata date (ISO, RFC 2822, `December 9, 2025`...) to `YYYY-MM-DD`. */
export function normaliseDate(value: string): string | null {
	const found = findDate(value);
	if (found) return found.iso;
	// A date written in one of our forms but impossible ("31 February 2025") is no date;
	// Date.parse would roll it over into March.
	if ([ISO_DATE_PATTERN, MONTH_DAY_YEAR_PATTERN, DAY_MONTH_YEAR_PATTERN].some((pattern) => pattern.test(value))) return null;
	const parsed = Date.parse(value);
	if (Number.isNaN(parsed)) return null;
	return new Date(parsed).toISOString().slice(0, 10);
}

function monthNumber(name: string | undefined): number {
	return monthName((name ?? '').toLowerCase().replace(/\.$/u, ''))?.month ?? 0;
}

function isoDate(year: number, month: number, day: number): string | null {
	if (year < 1000 || !isValidDay(year, month, day)) return null;
	return isoDay(year, month, day);
}
