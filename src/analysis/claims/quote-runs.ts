/**
 * Quotes across an article's sentences: which sentences are someone's
 * words, and where each quote opens and closes. A quote runs over several
 * sentences, and over paragraphs in news style (quotes.ts quoteDepthBefore),
 * so whether a sentence without a mark is quoted depends on every sentence
 * before it; the depths are computed once per article, front to back.
 */
import { maskQuoted, quoteDepthAfter, quoteDepthBefore } from './quotes.js';

/** The article's sentences as the caller has them; `sentence(i)` is undefined past either end. */
export type SentenceAt = (index: number) => string | undefined;

/** An article as the reading of its sources needs it: its sentences, and the paragraph of each where known. */
export interface ArticleText {
	sentence: SentenceAt;
	paragraph?: (index: number) => number | undefined;
	/** The outlet that published it, where known: a source it is itself ("The New York Times reported") in another outlet's version. */
	outlet?: string | null;
}

/** How far a quote is followed: a long quote runs over a few sentences, a quote left open by mistake no further. */
export const QUOTE_RUN = 6;

const MARK = /["“”]/u;

export class QuoteRuns {
	readonly #article: ArticleText;
	/** Quotes open before and after each sentence, filled front to back. */
	readonly #before: number[] = [];
	readonly #after: number[] = [];
	/** The last sentence holding a quote mark, for a quote left open. */
	#lastMark = -1;

	constructor(article: ArticleText) {
		this.#article = article;
	}

	text(index: number): string | undefined {
		return this.#article.sentence(index);
	}

	get knowsParagraphs(): boolean {
		return this.#article.paragraph !== undefined;
	}

	/** Whether the sentence opens a paragraph; false when paragraphs are unknown. */
	paragraphStart(index: number): boolean {
		const paragraph = this.#article.paragraph;
		if (!paragraph || index === 0) return false;
		const here = paragraph(index);
		return here !== undefined && here !== paragraph(index - 1);
	}

	/** Whether two sentences stand in one paragraph or in two that follow each other; true when paragraphs are unknown. */
	near(a: number, b: number): boolean {
		const paragraph = this.#article.paragraph;
		if (!paragraph) return true;
		const pa = paragraph(a);
		const pb = paragraph(b);
		return pa === undefined || pb === undefined || Math.abs(pa - pb) <= 1;
	}

	#fill(index: number): void {
		for (let i = this.#after.length; i <= index; i++) {
			const text = this.text(i) ?? '';
			let before = quoteDepthBefore(text, this.#after[i - 1] ?? 0, this.paragraphStart(i));
			if (MARK.test(text)) this.#lastMark = i;
			// A quote open longer than any quote runs was left open by mistake (a stray mark, a text without paragraphs).
			else if (before > 0 && i - this.#lastMark > QUOTE_RUN) before = 0;
			this.#before.push(before);
			this.#after.push(quoteDepthAfter(text, before));
		}
	}

	/** Quotes open after the sentence. */
	depthAfter(index: number): number {
		if (index < 0 || this.text(index) === undefined) return 0;
		this.#fill(index);
		return this.#after[index] ?? 0;
	}

	/** Whether the sentence begins inside a quote opened before it. */
	openAtStart(index: number): boolean {
		if (index < 0 || this.text(index) === undefined) return false;
		this.#fill(index);
		return (this.#before[index] ?? 0) > 0;
	}

	/** Whether the sentence holds someone's words: a quote mark, or a quote still open from before. */
	quoted(index: number): boolean {
		const text = this.text(index);
		return text !== undefined && (MARK.test(text) || this.openAtStart(index));
	}

	/** The sentence with its quoted words blanked, offsets kept. */
	unquoted(index: number): string | undefined {
		const text = this.text(index);
		return text === undefined ? undefined : maskQuoted(text, this.openAtStart(index));
	}

	/** [first, last] sentences of the quote the sentence is part of: where it opened, where it closes. */
	run(index: number): [number, number] {
		let first = index;
		while (first > 0 && index - first < QUOTE_RUN && this.openAtStart(first)) first--;
		let last = index;
		while (last - index < QUOTE_RUN && this.depthAfter(last) > 0 && this.openAtStart(last + 1)) last++;
		return [first, last];
	}
}
