/** `storylens articles`: the parsed corpus, as JSON for scripts or a plain table for people. */
import type { Article, Corpus } from '../corpus/index.js';
import { articleSource } from '../corpus/source.js';
import { table } from './plain-table.js';

/** An article as scripts see it: its metadata, and its sentences with their ids, without paragraphs. */
export type ArticleJson = Pick<Article, 'id' | 'file' | 'title' | 'outlet' | 'author' | 'date' | 'place' | 'url' | 'wordCount'> & {
	sentences: { id: number; paragraph: number; text: string }[];
};

export function articlesJson(corpus: Corpus): { articles: ArticleJson[]; skipped: Corpus['skipped'] } {
	return {
		articles: corpus.articles.map((article) => ({
			id: article.id,
			file: article.file,
			title: article.title,
			outlet: article.outlet,
			author: article.author,
			date: article.date,
			place: article.place,
			url: article.url,
			wordCount: article.wordCount,
			sentences: article.sentences.map((s) => ({ id: s.index, paragraph: s.paragraph, text: s.text })),
		})),
		skipped: corpus.skipped,
	};
}

export function articlesTable(articles: Article[], width: number): string {
	return table(
		['#', 'Outlet', 'Date', 'Words', 'Sentences', 'Title'],
		articles.map((a, i) => [
			String(i + 1),
			articleSource(a) ?? '-',
			a.date ?? '-',
			String(a.wordCount),
			String(a.sentences.length),
			a.title,
		]),
		{ width, alignRight: [0, 3, 4] },
	);
}
