/**
 * Quoted words in a sentence, told apart from the words of the outlet that
 * quotes them. What a quote says is not who the sentence quotes ("...with
 * Donald Trump as our president," she said), and a hedge inside it is the
 * speaker's: the quoted words become spaces, the marks stay.
 */

/**
 * Straight quotes as the curly marks they stand for: one opens where a word
 * follows it after a space or the start, and closes elsewhere. Offsets are kept.
 */
export function curlyQuotes(text: string): string {
	const opens = (at: number): boolean => /[\s([—–-]/u.test(text[at - 1] ?? ' ') && /\S/u.test(text[at + 1] ?? '');
	return text.replace(/"/gu, (_mark, at: number) => (opens(at) ? '“' : '”'));
}

/**
 * `openAtStart`: the sentence begins inside a quote opened in a sentence
 * before it (quote-runs.ts), so its words up to the first closing mark, or
 * all of them, are quoted too. Without it, a sentence that closes a quote
 * it never opened is read the same way.
 */
export function maskQuoted(text: string, openAtStart = false): string {
	const blank = (m: string): string => m.charAt(0) + ' '.repeat(Math.max(0, m.length - 2)) + (m.length > 1 ? m.charAt(m.length - 1) : '');
	const curly = curlyQuotes(text);
	if (openAtStart && !/[“”]/u.test(curly)) return ' '.repeat(text.length);
	let masked = curly.replace(/“[^“”]*(?:”|$)/gu, blank);
	const close = masked.indexOf('”');
	if (close > 0 && (openAtStart || !masked.slice(0, close).includes('“'))) masked = ' '.repeat(close) + masked.slice(close);
	return masked;
}

/** A quote inside a quote is a second level; news nests no deeper. */
const MAX_DEPTH = 2;

/**
 * Quotes open as a sentence begins: those left open before it. News style
 * leaves a quote that runs on into the next paragraph unclosed and opens
 * that paragraph with a mark again; a paragraph that opens without one ends
 * a quote left open by mistake (`paragraphStart`, when paragraphs are known).
 */
export function quoteDepthBefore(text: string, previous: number, paragraphStart = false): number {
	return paragraphStart && previous > 0 && !/^\s*["“]/u.test(text) ? 0 : previous;
}

/** How many quotes are open after a sentence that begins with `before` open; a mark opening a sentence inside a quote continues it. */
export function quoteDepthAfter(text: string, before: number): number {
	const curly = curlyQuotes(text);
	const lead = curly.search(/\S/u);
	let depth = before;
	for (const m of curly.matchAll(/[“”]/gu)) {
		if (m[0] === '”') depth = Math.max(0, depth - 1);
		else depth = m.index === lead && depth > 0 ? 1 : Math.min(MAX_DEPTH, depth + 1);
	}
	return depth;
}
