/** One sentence of an article; `index` is its position in `Article.sentences`. */
export interface Sentence {
	index: number;
	/** Index into `Article.paragraphs` of the paragraph holding this sentence. */
	paragraph: number;
	text: string;
}

export type ParagraphKind = 'text' | 'heading';

export interface Paragraph {
	kind: ParagraphKind;
	text: string;
}

/** What a parser reads from one file or record, before it becomes an article. */
export interface ArticleFields {
	title: string | null;
	outlet: string | null;
	/** The byline, as the page's metadata or the record gives it. */
	author: string | null;
	/** ISO 8601 date (`YYYY-MM-DD`) or null when the article does not say. */
	date: string | null;
	/** Where the article was filed from, as its dateline says. */
	place: string | null;
	url: string | null;
	paragraphs: Paragraph[];
}

export interface Article extends Omit<ArticleFields, 'title'> {
	/** Stable across runs: derived from the file's path under the corpus root. */
	id: string;
	/** The path as the user can find it (relative to the working directory when possible). */
	file: string;
	title: string;
	sentences: Sentence[];
	wordCount: number;
}

/** A file the loader could not use, with the one-line reason shown to the user. */
export interface SkippedFile {
	file: string;
	reason: string;
	/** Plainly not an article (a README, a hidden file): reported, but no article was missed (--strict). */
	ignored?: boolean;
}

export interface Corpus {
	articles: Article[];
	skipped: SkippedFile[];
}
