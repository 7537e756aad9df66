/**
 * Splits normalised text into word and number tokens and merges spelled-out
 * quantities ("two hundred", "2.5 billion") into single canonical numbers.
 * Punctuation is dropped; currency and percent signs become words so that
 * "$5" and "5 dollars" share a token.
 */
import { asQuantityTokens, isNumberWord, readNumberRun } from './numbers.js';

export interface Token {
	/** As written (after normalisation), used for capitalisation cues. */
	readonly surface: string;
	/** Lower-case form, or the canonical value for numbers. */
	readonly lower: string;
	readonly isNumber: boolean;
}

const RAW_TOKEN = /[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*|[$%€£¥]/gu;

const SYMBOL_WORDS: ReadonlyMap<string, string> = new Map([
	['$', 'dollar'],
	['%', 'percent'],
	['€', 'euro'],
	['£', 'pound'],
	['¥', 'yen'],
]);

// Initialisms that collide with ordinary words once lower-cased ("US" / "us").
const CASE_SENSITIVE_NAMES: ReadonlyMap<string, string> = new Map([
	['US', 'usa'],
	['USA', 'usa'],
	['UK', 'uk'],
	['UN', 'un'],
]);

function startsNumber(lower: string): boolean {
	// "a" and "half" start "a dozen" and "half a dozen".
	return /^\d/.test(lower) || isNumberWord(lower) || lower === 'a' || lower === 'an' || lower === 'half';
}

export function tokenise(normalisedText: string): Token[] {
	const raw: { surface: string; lower: string }[] = [];
	for (const match of normalisedText.matchAll(RAW_TOKEN)) {
		const surface = match[0];
		const lower = SYMBOL_WORDS.get(surface) ?? CASE_SENSITIVE_NAMES.get(surface) ?? surface.toLowerCase();
		raw.push({ surface, lower });
	}
	const lowers = raw.map((token) => token.lower);
	const words = asQuantityTokens(lowers);
	const tokens: Token[] = [];
	for (let i = 0; i < raw.length;) {
		const current = raw[i];
		if (current === undefined) break;
		const run = startsNumber(current.lower) ? readNumberRun(lowers, i, words) : undefined;
		if (run !== undefined) {
			tokens.push({ surface: current.surface, lower: run.value, isNumber: true });
			i += run.length;
		} else {
			tokens.push({ surface: current.surface, lower: current.lower, isNumber: false });
			i++;
		}
	}
	return tokens;
}
