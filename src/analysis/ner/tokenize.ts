import type { Token } from './types.js';

/**
 * A news-oriented tokenizer whose output resembles the Penn-Treebank-style
 * tokens of the Reuters text the tagger was trained on: possessives and "n't"
 * are split off ("Clinton" "'s", "do" "n't") so entity spans end where the name
 * ends, while dotted acronyms ("U.S.", "U.S.-Mexican"), decimals ("3.5"),
 * hyphenated compounds and titles ("Mr.") stay whole.
 */

/** Words that keep a following period because they are abbreviations, not sentence ends. */
const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
	'maj', 'pvt', 'cpl', 'supt', 'det', 'insp', 'rev', 'hon', 'messrs', 'st', 'mt', 'ft', 'jr', 'sr',
	'inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'vs', 'dept', 'univ', 'ave', 'blvd',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{M}\p{N}]`;
/** An apostrophe that starts a clitic ('s, 're, ...) rather than sitting inside a name like O'Brien. */
const CLITIC_TAIL = String.raw`['’](?:[sdmSDM]|re|RE|ve|VE|ll|LL)(?!${LETTER_OR_DIGIT})`;

const TOKEN_PATTERNS: readonly string[] = [
	// URLs and e-mail addresses, minus trailing sentence punctuation.
	String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]`,
	String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
	// Dotted acronyms, optionally heading a compound: U.S., a.m., U.S.-Mexican.
	String.raw`(?:\p{L}\.){2,}(?:-${LETTER_OR_DIGIT}+)*`,
	// Numbers with thousands separators: 1,000 and 12,500.50.
	String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?`,
	// Words, decimals, dates and compounds: 3.5, 1996-08-22, well-known, AT&T, O'Brien, don't.
	`${LETTER_OR_DIGIT}+(?:(?:[-&/.·]|['’](?!(?:[sdmSDM]|re|RE|ve|VE|ll|LL)(?!${LETTER_OR_DIGIT})))${LETTER_OR_DIGIT}+)*`,
	CLITIC_TAIL,
	// Ellipses and dashes written with several characters.
	String.raw`\.{2,}|-{2,}`,
	// Anything else is one symbol or punctuation mark per token.
	String.raw`\S`,
];

const TOKEN_RE = new RegExp(TOKEN_PATTERNS.map((p) => `(?:${p})`).join('|'), 'gu');

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	TOKEN_RE.lastIndex = 0;
	for (let match = TOKEN_RE.exec(text); match !== null; match = TOKEN_RE.exec(text)) {
		let start = match.index;
		let end = start + match[0].length;
		if (takesAbbreviationPeriod(match[0], text, end)) {
			end += 1;
			TOKEN_RE.lastIndex = end;
		}
		const negation = negationSplit(text.slice(start, end));
		if (negation > 0) {
			tokens.push({ text: text.slice(start, start + negation), start, end: start + negation });
			start += negation;
		}
		tokens.push({ text: text.slice(start, end), start, end });
	}
	return tokens;
}

function takesAbbreviationPeriod(word: string, text: string, end: number): boolean {
	if (text[end] !== '.' || text[end + 1] === '.') return false;
	if (/^\p{Lu}$/u.test(word)) return true; // an initial, as in "J. Smith"
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Length of the stem before "n't" ("do" in "don't"), or 0 when the word has no such ending. */
function negationSplit(word: string): number {
	if (word.length <= 3 || !/^\p{L}+n['’]t$/iu.test(word)) return 0;
	return word.length - 3;
}
