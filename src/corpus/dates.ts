/** Date parsing for article metadata: only the forms that datelines and feeds use. */

const MONTHS: Record<string, number> = {
	jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
	january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
	november: 11, december: 12,
};

const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

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
	const parsed = Date.parse(value);
	if (Number.isNaN(parsed)) return null;
	return new Date(parsed).toISOString().slice(0, 10);
}

function monthNumber(name: string | undefined): number {
	return MONTHS[(name ?? '').toLowerCase().replace(/\.$/u, '')] ?? 0;
}

function isoDate(year: number, month: number, day: number): string | null {
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
