/**
 * Where an article comes from, the unit the panes and commands count by: its
 * outlet when the text names one; otherwise the folder its file sits in
 * ("business/"), since a publisher's export sorted into sections reads by
 * section; otherwise its place in the list ("#12"), the only name left.
 */
import type { Article, Corpus } from './types.js';

/** The article's place in the Articles list, as rows and headers show it. */
export function articleNumber(index: number): string {
	return `#${index + 1}`;
}

/** The outlet, else the folder under the named path (ids keep it: "business/001"), else null. */
export function articleSource(article: Pick<Article, 'outlet' | 'id'>): string | null {
	if (article.outlet) return article.outlet;
	const slash = article.id.lastIndexOf('/');
	return slash > 0 ? article.id.slice(0, slash + 1) : null;
}

/** Each article's source by id, "#N" for an article with neither outlet nor folder. */
export function sourceLabels(corpus: Pick<Corpus, 'articles'>): Map<string, string> {
	return new Map(corpus.articles.map((a, i) => [a.id, articleSource(a) ?? articleNumber(i)]));
}

/** How many outlets the corpus names: below two, "several outlets" is not true of any claim. */
export function outletCount(corpus: Pick<Corpus, 'articles'>): number {
	return new Set(corpus.articles.map((a) => a.outlet).filter((o) => o !== null)).size;
}

/** Who tells a claim, in words: outlets when the corpus names two or more, else articles (one publisher's sections). */
export function claimTellers(corpus: Pick<Corpus, 'articles'>): { one: 'outlet' | 'article'; several: 'outlets' | 'articles' } {
	return outletCount(corpus) >= 2 ? { one: 'outlet', several: 'outlets' } : { one: 'article', several: 'articles' };
}

export interface SourceCount {
	source: string;
	count: number;
}

/**
 * Articles (or hits, one id each) counted by source, most first, ties in the
 * order first met: an entity named in 400 BBC articles reads "business/ 310,
 * politics/ 90", not 400 article numbers.
 */
export function countBySource(articleIds: Iterable<string>, sources: ReadonlyMap<string, string>): SourceCount[] {
	const counts = new Map<string, number>();
	for (const id of articleIds) {
		const source = sources.get(id) ?? id;
		counts.set(source, (counts.get(source) ?? 0) + 1);
	}
	return [...counts].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count);
}

/** "business/ 310", or "Reuters" alone: a count only where a source has more than one. */
export function sourceText({ source, count }: SourceCount): string {
	return count > 1 ? `${source} ${count}` : source;
}

export function sourcesText(counts: readonly SourceCount[]): string {
	return counts.map(sourceText).join(', ');
}
