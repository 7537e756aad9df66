/**
 * How a reported number relates to the true count. News copy rarely states an exact
 * figure, and two outlets only contradict each other when their bounds cannot overlap.
 */
export type Bound = 'exact' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'about' | 'range';

export interface QuantityValue {
	/** The normalised number; for ranges the low end. */
	value: number;
	/** The high end, for ranges only. */
	high?: number;
	bound: Bound;
	/** "dozens", "hundreds", "several", "a few": an order of magnitude, not a count. */
	vague: boolean;
	/** The thing counted or the unit, lemmatised and lowercase ("spy", "person", "year", "percent", "usd", "km"). */
	unit: string | null;
}

/** UTF-16 offsets into the sentence, `end` exclusive; `text === sentence.slice(start, end)`. */
export interface QuantityMention {
	start: number;
	end: number;
	text: string;
	quantity: QuantityValue;
	/** In "15 of the 19 hijackers", the 15 is a part and the 19 its whole; absent for a plain count. */
	part?: 'part' | 'whole';
}

export type DateGranularity = 'year' | 'month' | 'day' | 'time' | 'relative';

export interface DateMention {
	start: number;
	end: number;
	text: string;
	/**
	 * `2025-12-09`, `2025-12`, `2022`, `2025-12-09T16:32:40+00:00`, `16:32`; null when it cannot be pinned
	 * down. A relative date ("yesterday", "last year") has one only when the reference date resolves it.
	 */
	iso: string | null;
	granularity: DateGranularity;
}

export interface FindDatesOptions {
	/**
	 * The article's own date (`YYYY-MM-DD`), used to supply the year of dates written
	 * without one ("Dec. 9") and to resolve relative ones ("yesterday", "last month",
	 * `relative-dates.ts`); those naming a stretch ("last week") stay null.
	 */
	referenceDate?: string | null;
}

export type QuantityComparison = 'same' | 'compatible' | 'conflict' | 'unrelated';
