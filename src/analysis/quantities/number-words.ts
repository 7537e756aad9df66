/** Spelled-out English numbers: "twenty-five", "one hundred and five", "two dozen", "3.5 million". */

const UNITS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, bn: 1e9, m: 1e6, k: 1e3 };

export function isNumberWord(word: string): boolean {
	const w = word.toLowerCase();
	return w in UNITS || w in TENS || w in SCALES || /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+$/u.test(w);
}

export function scaleOf(word: string): number | undefined {
	return SCALES[word.toLowerCase()];
}

/**
 * The value of a run of number words and digits ("two dozen" = 24,
 * "3.5 million" = 3,500,000), or null if the words are not a number.
 * "a" counts as one before a scale ("a dozen", "a hundred").
 */
export function numberFromWords(words: readonly string[]): number | null {
	let total = 0;
	let current = 0;
	let seen = false;
	for (const raw of words) {
		const word = raw.toLowerCase();
		if (word === 'and') continue;
		if ((word === 'a' || word === 'an') && !seen) {
			current = 1;
			seen = true;
			continue;
		}
		if (/^\d+(?:,\d{3})*(?:\.\d+)?$/u.test(word)) {
			current += Number(word.replace(/,/gu, ''));
			seen = true;
			continue;
		}
		const hyphenated = /^(\w+)-(\w+)$/u.exec(word);
		if (hyphenated && TENS[hyphenated[1] ?? ''] !== undefined && UNITS[hyphenated[2] ?? ''] !== undefined) {
			current += (TENS[hyphenated[1] ?? ''] ?? 0) + (UNITS[hyphenated[2] ?? ''] ?? 0);
			seen = true;
			continue;
		}
		if (UNITS[word] !== undefined) {
			current += UNITS[word] ?? 0;
			seen = true;
		} else if (TENS[word] !== undefined) {
			current += TENS[word] ?? 0;
			seen = true;
		} else if (word === 'hundred' || word === 'dozen') {
			current = (current === 0 ? 1 : current) * (SCALES[word] ?? 1);
			seen = true;
		} else if (SCALES[word] !== undefined) {
			total += (current === 0 ? 1 : current) * (SCALES[word] ?? 1);
			current = 0;
			seen = true;
		} else {
			return null;
		}
	}
	return seen ? Math.round((total + current) * 1e6) / 1e6 : null;
}
