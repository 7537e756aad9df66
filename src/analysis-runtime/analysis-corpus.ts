/**
 * The part of a corpus the analysis reads: each article's id, title and
 * sentences. A worker thread gets its own copy of whatever it is sent, and
 * the dashboard starts two, so the paragraphs (the whole text a second time)
 * stay in the main thread, which draws the Reader from them.
 */
import type { Corpus } from '../corpus/index.js';

export function analysisCorpus(corpus: Corpus): Corpus {
	return { articles: corpus.articles.map((article) => ({ ...article, paragraphs: [] })), skipped: [] };
}
