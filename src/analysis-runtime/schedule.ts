/**
 * Whether the dashboard runs entities and claims at once (two workers) or
 * one after the other. At once, both panes fill sooner, but the two workers'
 * heaps add up: at 185,000 sentences (10,000 BBC articles) that peaked at
 * about 570 MB, against 480 MB one after the other (bench/dashboard-child.ts).
 * Peak memory grows by about 1.25 KB a sentence at once, from about 340 MB,
 * so below this size two heaps stay well under 500 MB.
 */
import type { Corpus } from '../corpus/index.js';

export const PARTS_TOGETHER_MAX_SENTENCES = 100_000;

export function runPartsTogether(corpus: Corpus): boolean {
	let sentences = 0;
	for (const article of corpus.articles) sentences += article.sentences.length;
	return sentences <= PARTS_TOGETHER_MAX_SENTENCES;
}
