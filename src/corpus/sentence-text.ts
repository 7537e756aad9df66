import type { Article } from './types.js';

/**
 * What a sentence index points to: the sentence's text, or the title for
 * null (entities and claims found in a headline carry `sentence: null`).
 */
export function sentenceText(article: Article, sentence: number | null): string {
	return sentence === null ? article.title : (article.sentences[sentence]?.text ?? '');
}
