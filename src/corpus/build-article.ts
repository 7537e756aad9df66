import { countWords, splitSentences } from './sentences.js';
import type { ArticleFields } from './types.js';
import type { Article, Sentence } from './types.js';

/** Turns parsed fields into an Article: sentences, word count, and a title for untitled text. */
export function buildArticle(id: string, file: string, fields: ArticleFields): Article {
	const sentences: Sentence[] = [];
	let wordCount = 0;
	fields.paragraphs.forEach((paragraph, index) => {
		if (paragraph.kind !== 'text') return;
		wordCount += countWords(paragraph.text);
		for (const text of splitSentences(paragraph.text)) {
			sentences.push({ index: sentences.length, paragraph: index, text });
		}
	});
	return {
		id,
		file,
		// An untitled article (a summary paragraph straight away) is known by its first sentence.
		title: fields.title ?? sentences[0]?.text ?? '(untitled)',
		outlet: fields.outlet,
		author: fields.author,
		date: fields.date,
		place: fields.place,
		url: fields.url,
		paragraphs: fields.paragraphs,
		sentences,
		wordCount,
	};
}
