/**
 * The one calendar of the code: month names, the days a month has, ISO forms.
 * Article metadata (corpus/dates.ts), dates in sentences (analysis/quantities)
 * and word folding (analysis/similarity) all read it, so they agree on what a
 * date is (no 31 February anywhere).
 */

/** Month names as written in English news, in order, with the abbreviations wire styles use. */
// prettier-ignore
export const MONTH_NAMES: readonly string[] = [
	'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, index) => [name, index + 1]));
// prettier-ignore
const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
	['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
	['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words naming a stretch of time, for "last month", "this spring", "two weeks ago". */
// prettier-ignore
export const PERIOD_WORDS = new Set([
	'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
	'weekend', 'weekends', 'fortnight', 'month', 'months', 'quarter', 'year', 'years', 'decade', 'decades',
	'century', 'centuries', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);

export interface MonthName {
	month: number;
	abbreviated: boolean;
}

/** Each abbreviation with the full name it stands for ("sept" -> "september"). */
export function monthAbbreviations(): [string, string][] {
	return [...MONTH_ABBREVIATIONS].map(([short, month]) => [short, MONTH_NAMES[month - 1] ?? short]);
}

export function monthName(lower: string): MonthName | null {
	const full = MONTHS.get(lower);
	if (full !== undefined) return { month: full, abbreviated: false };
	const short = MONTH_ABBREVIATIONS.get(lower);
	return short === undefined ? null : { month: short, abbreviated: true };
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number | null, month: number): number {
	if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(year: number | null, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

export function isoDay(year: number, month: number, day: number): string {
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
	return `${pad(year, 4)}-${pad(month)}`;
}

export function isoTime(hour: number, minute: number, second: number | null): string {
	return second === null ? `${pad(hour)}:${pad(minute)}` : `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}
