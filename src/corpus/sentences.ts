/**
 * Sentence splitting for news paragraphs.
 *
 * ICU's sentence segmenter (Intl.Segmenter, built into Node) already handles
 * quotes, decimals, ellipses and "?!"; what it lacks is knowledge of
 * abbreviations: it splits "Mr. Smith", "J. R. Brown" and "The U.S. Embassy".
 * No maintained npm splitter does clearly better on news text, so we keep ICU
 * and repair its output with the rules below.
 */

/** Abbreviations that are virtually never the end of a sentence. */
// prettier-ignore
const ALWAYS_CONTINUES = new Set(
	[
		'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr',
		'adm', 'maj', 'st', 'rev', 'hon', 'pres', 'mt', 'ft', 'vs', 'v', 'no', 'nos', 'art', 'fig', 'approx',
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf',
		'gov', 'supt', 'insp', 'det', 'cpl', 'pvt', 'brig', 'messrs', 'mme', 'mlle',
	],
);

/**
 * Words that open a new sentence after an acronym like "U.S." ("...in the U.S. It rose").
 * After any other word an acronym is read as part of a name ("The U.S. Embassy").
 */
// prettier-ignore
const SENTENCE_OPENERS = new Set(
	[
		'a', 'an', 'the', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
		'there', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'in', 'on', 'at', 'as', 'after',
		'before', 'since', 'while', 'when', 'if', 'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most',
		'officials', 'according', 'despite', 'although', 'still', 'also', 'then', 'for', 'what', 'who', 'why',
	],
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(paragraph: string): string[] {
	const pieces = [...segmenter.segment(paragraph)].map((s) => s.segment);
	const merged: string[] = [];
	for (const piece of pieces) {
		const previous = merged.at(-1);
		if (previous !== undefined && continuesPrevious(previous, piece)) {
			merged[merged.length - 1] = previous + piece;
		} else {
			merged.push(piece);
		}
	}
	return merged.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The text's last run of non-spaces. Walked back from the end: `/(\S+)\s*$/` tries every word of the text in turn. */
function lastWordOf(text: string): string {
	let end = text.length;
	while (end > 0 && /\s/u.test(text[end - 1] ?? '')) end--;
	let start = end;
	while (start > 0 && !/\s/u.test(text[start - 1] ?? '')) start--;
	return text.slice(start, end);
}

function continuesPrevious(previous: string, next: string): boolean {
	const nextTrimmed = next.trimStart();
	// A fragment that is only closing punctuation or quotes belongs to the sentence before.
	if (!/[\p{L}\p{N}]/u.test(nextTrimmed)) return true;
	// `"Is it?" she asked.` and `Jan. 5.` continue the sentence.
	if (/^[\p{Ll}\p{N}]/u.test(nextTrimmed)) return true;

	const lastWord = lastWordOf(previous);
	if (!lastWord.endsWith('.')) return false;
	const bare = lastWord.replace(/^[("'“‘[]+/u, '').slice(0, -1);
	if (ALWAYS_CONTINUES.has(bare.toLowerCase())) return true;
	// A single initial: "J. R. Brown".
	if (/^\p{Lu}$/u.test(bare)) return true;
	// A dotted acronym ("U.S.", "U.N.", "a.m."): part of a name unless a sentence opener follows.
	if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
		const nextWord = /^[("'“‘]*(\p{L}+)/u.exec(nextTrimmed)?.[1]?.toLowerCase() ?? '';
		return !SENTENCE_OPENERS.has(nextWord);
	}
	return false;
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes, dots and hyphens. */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
