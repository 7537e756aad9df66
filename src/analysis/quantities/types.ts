export type Bound = 'exact' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'about' | 'range';

export interface QuantityValue {
	/** The normalised number; for ranges the low end. */
	value: number;
	/** For ranges, the high end. */
	high?: number;
	bound: Bound;
	/** "dozens", "hundreds", "several": an order of magnitude, not a count. */
	vague: boolean;
	/** The thing counted or the unit, singular and lower case ("spy", "year", "percent", "usd"); null when none follows. */
	unit: string | null;
}

/** `start`/`end` are UTF-16 offsets into the sentence, end exclusive; `text` is the slice. */
export interface QuantityMention {
	start: number;
	end: number;
	text: string;
	quantity: QuantityValue;
}

export interface DateMention {
	start: number;
	end: number;
	text: string;
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` where the text determines it; null for relative dates. */
	iso: string | null;
	granularity: 'year' | 'month' | 'day' | 'time' | 'relative';
}
