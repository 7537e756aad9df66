export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
	readonly kind: TokenKind;
	readonly text: string;
	readonly lower: string;
	/** UTF-16 offsets into the sentence, `end` exclusive. */
	readonly start: number;
	readonly end: number;
	/**
	 * Whether whitespace separates this token from the one before. "3.5m" and "3.5 m",
	 * "twenty-five" and "twenty - five", "G7" and "G 7" mean different things.
	 */
	readonly spaced: boolean;
}

// Dotted acronyms ("U.S.", "p.m.") come first so they stay one word instead of
// dissolving into letters and full stops that would end a noun phrase.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/uy;
// Thousands separators only in groups of exactly three, so "20,30" stays two numbers.
const NUMBER = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/y;
const SPACE = /\s+/uy;
const ANY_CODE_POINT = /[^]/uy;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
	pattern.lastIndex = at;
	const match = pattern.exec(text);
	return match === null ? null : match[0];
}

/** Splits a sentence into words, numbers and single symbols in one linear pass. */
export function tokenize(sentence: string): Token[] {
	const tokens: Token[] = [];
	let at = 0;
	let spaced = true;
	while (at < sentence.length) {
		const space = matchAt(SPACE, sentence, at);
		if (space !== null) {
			at += space.length;
			spaced = true;
			continue;
		}
		let kind: TokenKind = 'symbol';
		let text = matchAt(NUMBER, sentence, at);
		if (text !== null) kind = 'number';
		else {
			text = matchAt(WORD, sentence, at);
			if (text !== null) kind = 'word';
			else text = matchAt(ANY_CODE_POINT, sentence, at) ?? sentence.charAt(at);
		}
		tokens.push({ kind, text, lower: text.toLowerCase(), start: at, end: at + text.length, spaced });
		at += text.length;
		spaced = false;
	}
	return tokens;
}

/** Parses a digit token ("1,200", "3.5") to a number. */
export function numericValue(token: Token): number {
	return Number(token.text.replaceAll(',', ''));
}

export function isWord(token: Token | undefined, ...lowers: string[]): boolean {
	return token !== undefined && token.kind === 'word' && (lowers.length === 0 || lowers.includes(token.lower));
}

export function isSymbol(token: Token | undefined, ...texts: string[]): boolean {
	return token !== undefined && token.kind === 'symbol' && texts.includes(token.text);
}

/** A hyphen or dash written without spaces around it, as in "twenty-five" or "20-30". */
export function isGluedHyphen(tokens: readonly Token[], index: number): boolean {
	const hyphen = tokens[index];
	const next = tokens[index + 1];
	return isSymbol(hyphen, '-', '‐', '‑', '–') && hyphen?.spaced === false && next !== undefined && !next.spaced;
}

export function isCapitalised(token: Token): boolean {
	const first = token.text.charAt(0);
	return first !== first.toLowerCase();
}
