/** Dates in a news sentence: ISO stamps, written dates, bare years, clock times and relative days. */
import type { DateMention } from './types.js';

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

interface Pattern {
	regex: RegExp;
	read: (m: RegExpExecArray) => Pick<DateMention, 'iso' | 'granularity'>;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (name: string | undefined): number => MONTH_NUMBERS[(name ?? '').slice(0, 3).toLowerCase()] ?? 0;

/** In priority order: a longer, more precise form wins over the parts it contains. */
const PATTERNS: Pattern[] = [
	{
		regex: /\b(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/gu,
		read: (m) => ({ iso: `${m[1]}-${m[2]}-${m[3]}`, granularity: m[4] ? 'time' : 'day' }),
	},
	{
		regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gu'),
		read: (m) => ({ iso: `${m[3]}-${pad(month(m[1]))}-${pad(Number(m[2]))}`, granularity: 'day' }),
	},
	{
		regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gu'),
		read: (m) => ({ iso: `${m[3]}-${pad(month(m[2]))}-${pad(Number(m[1]))}`, granularity: 'day' }),
	},
	{
		regex: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gu'),
		read: (m) => ({ iso: `${m[2]}-${pad(month(m[1]))}`, granularity: 'month' }),
	},
	{
		regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)`, 'gu'),
		read: () => ({ iso: null, granularity: 'day' }),
	},
	{ regex: /\b([01]?\d|2[0-3]):([0-5]\d)\b/gu, read: () => ({ iso: null, granularity: 'time' }) },
	{ regex: /(?<![$€£\d,.])\b(19\d{2}|20\d{2})\b(?![,.]?\d)/gu, read: (m) => ({ iso: m[1] ?? null, granularity: 'year' }) },
	{
		regex: /\b(?:today|yesterday|tomorrow|tonight|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:this|last|next|past)\s+(?:week|weekend|month|year|night|morning|spring|summer|autumn|fall|winter)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/giu,
		read: () => ({ iso: null, granularity: 'relative' }),
	},
];

export function findDates(sentence: string): DateMention[] {
	const found: DateMention[] = [];
	for (const { regex, read } of PATTERNS) {
		for (const m of sentence.matchAll(regex)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((f) => f.start < end && start < f.end)) continue;
			found.push({ start, end, text: m[0], ...read(m as RegExpExecArray) });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
