/**
 * Numbers are the commonest way two otherwise identical news sentences make
 * different claims ("rose 2 percent" / "rose 3 percent"), so every way of
 * writing a quantity ("twenty-five", "25", "2.5 billion", "$2.5bn") is reduced
 * to one canonical string that compares equal across outlets.
 */

const UNITS: ReadonlyMap<string, number> = new Map([
	['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
	['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
	['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
	['eighteen', 18], ['nineteen', 19], ['dozen', 12],
]);

const TENS: ReadonlyMap<string, number> = new Map([
	['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
	['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

const SCALES: ReadonlyMap<string, number> = new Map([
	['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
	['bn', 1e9], ['mln', 1e6], ['mn', 1e6],
]);

// Suffixes glued to digits: "2.5bn", "12th", "$300m".
const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
	['bn', 1e9], ['b', 1e9], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['k', 1e3],
	['st', 1], ['nd', 1], ['rd', 1], ['th', 1],
]);

const NUMERAL = /^(\d[\d,]*(?:\.\d+)?)([a-z]*)$/;

/** Canonical text for a value: no thousands separators, no float noise, "10.0" -> "10". */
export function canonicalNumber(value: number): string {
	return String(Number(value.toPrecision(12)));
}

/** Value of a digit token such as "1,520.15", "0335", "2.5bn" or "12th"; undefined for "1990s". */
export function numeralValue(token: string): number | undefined {
	const match = NUMERAL.exec(token.toLowerCase());
	if (match === null) return undefined;
	const digits = match[1] ?? '';
	const suffix = match[2] ?? '';
	// "1,5" style groups that are not thousands separators are not numbers we can trust.
	if (/,(?!\d{3}(?:\D|$))/.test(digits)) return undefined;
	const value = Number(digits.replace(/,/g, ''));
	if (!Number.isFinite(value)) return undefined;
	if (suffix === '') return value;
	const scale = GLUED_SCALES.get(suffix);
	return scale === undefined ? undefined : value * scale;
}

export function isNumberWord(word: string): boolean {
	return UNITS.has(word) || TENS.has(word) || word === 'hundred' || SCALES.has(word);
}

export interface NumberRun {
	/** Canonical value of the run. */
	readonly value: string;
	/** How many input tokens the run consumed. */
	readonly length: number;
}

/**
 * Reads one quantity starting at `start` in a list of lower-cased tokens:
 * "two hundred and five", "twenty five", "2.5 billion", "a million" (from
 * "million"). Returns undefined when the token there does not start a number.
 */
export function readNumberRun(tokens: readonly string[], start: number): NumberRun | undefined {
	let total = 0;
	let current = 0;
	let consumed = 0;
	let sawDigits = false;
	let lastKind: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'digits' = 'none';
	for (let i = start; i < tokens.length; i++) {
		const token = tokens[i] ?? '';
		const numeral = consumed === 0 ? numeralValue(token) : undefined;
		const unit = UNITS.get(token);
		const tens = TENS.get(token);
		const scale = SCALES.get(token);
		if (numeral !== undefined) {
			current = numeral;
			sawDigits = true;
			lastKind = 'digits';
		} else if (unit !== undefined && !sawDigits && (lastKind === 'none' || lastKind === 'hundred' || lastKind === 'scale' || (lastKind === 'tens' && unit < 10))) {
			current += unit;
			lastKind = 'unit';
		} else if (tens !== undefined && !sawDigits && (lastKind === 'none' || lastKind === 'hundred' || lastKind === 'scale')) {
			current += tens;
			lastKind = 'tens';
		} else if (token === 'hundred' && !sawDigits && (lastKind === 'none' || lastKind === 'unit' || lastKind === 'tens')) {
			current = (current === 0 ? 1 : current) * 100;
			lastKind = 'hundred';
		} else if (scale !== undefined && lastKind !== 'scale') {
			total += (current === 0 ? 1 : current) * scale;
			current = 0;
			lastKind = 'scale';
		} else if (token === 'and' && lastKind === 'hundred' && i + 1 < tokens.length && (UNITS.has(tokens[i + 1] ?? '') || TENS.has(tokens[i + 1] ?? ''))) {
			// "one hundred and five": the "and" belongs to the number.
			consumed++;
			continue;
		} else {
			break;
		}
		consumed++;
	}
	if (consumed === 0) return undefined;
	return { value: canonicalNumber(total + current), length: consumed };
}
