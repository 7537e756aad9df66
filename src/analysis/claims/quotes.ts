/**
 * Quoted words in a sentence, told apart from the words of the outlet that
 * quotes them. What a quote says is not who the sentence quotes ("...with
 * Donald Trump as our president," she said), and a hedge inside it is the
 * speaker's: the quoted words become spaces, the marks stay.
 */
export function maskQuoted(text: string): string {
	const blank = (m: string): string => m.charAt(0) + ' '.repeat(Math.max(0, m.length - 2)) + (m.length > 1 ? m.charAt(m.length - 1) : '');
	// A straight quote opens where a word follows it after a space or the start, and closes elsewhere.
	const curly = text.replace(/"/gu, (_mark, at: number) => (/[\s([—–-]/u.test(text[at - 1] ?? ' ') && /\S/u.test(text[at + 1] ?? '') ? '“' : '”'));
	let masked = curly.replace(/“[^“”]*(?:”|$)/gu, blank);
	// A sentence that closes a quote opened before it: its words up to the mark are quoted too.
	const close = masked.indexOf('”');
	if (close > 0 && !masked.slice(0, close).includes('“')) masked = ' '.repeat(close) + masked.slice(close);
	return masked;
}
