/**
 * Relative dates pinned to the article's own date: "yesterday", "Tuesday",
 * "last year", "earlier this month". Only what one day, month or year names
 * is resolved; "last week", "two weeks ago" and "this spring" name stretches
 * no ISO date holds, and stay null.
 */
import { WEEKDAYS, isValidDay, isoDay, isoMonth } from '../../corpus/calendar.js';

export interface Day {
	year: number;
	month: number;
	day: number;
}

/** The day a reference date (`2025-12-09`, with or without a time) names, or null. */
export function referenceDay(reference: string | null | undefined): Day | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(reference ?? '');
	if (match === null) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return isValidDay(year, month, day) ? { year, month, day } : null;
}

const DAY_SHIFT: ReadonlyMap<string, number> = new Map([
	['today', 0],
	['tonight', 0],
	['yesterday', -1],
	['tomorrow', 1],
]);
const STEP: ReadonlyMap<string, number> = new Map([
	['this', 0],
	['last', -1],
	['next', 1],
]);
const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map([...WEEKDAYS].map((name, i) => [name, (i + 1) % 7]));

function shifted(day: Day, days: number): string {
	// Date.UTC only does the day arithmetic (month and year ends); no time zone is involved.
	const at = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
	return isoDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/**
 * `words` are the relative date's words, lower-case ("earlier", "this", "year").
 * A weekday alone is the latest such day up to the article's (news reports what
 * happened: "said on Tuesday" in Thursday's paper is two days before).
 */
export function resolveRelative(words: readonly string[], reference: Day): string | null {
	const [first = '', ...rest] = words;
	const shift = DAY_SHIFT.get(first);
	if (shift !== undefined && rest.length === 0) return shifted(reference, shift);
	const weekday = WEEKDAY_INDEX.get(first);
	if (weekday !== undefined && rest.length === 0) {
		const today = new Date(Date.UTC(reference.year, reference.month - 1, reference.day)).getUTCDay();
		return shifted(reference, -((today - weekday + 7) % 7));
	}
	// "earlier this year", "later this month": the same year or month as "this year".
	const [modifier = '', period = '', ...more] = first === 'earlier' || first === 'later' ? rest : words;
	const step = STEP.get(modifier);
	if (step === undefined || more.length > 0) return null;
	if (period === 'year') return String(reference.year + step);
	if (period !== 'month') return null;
	const months = reference.year * 12 + reference.month - 1 + step;
	return isoMonth(Math.floor(months / 12), (months % 12) + 1);
}
