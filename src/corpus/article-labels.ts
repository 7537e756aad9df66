import { articleNumber } from './source.js';
import type { Article, Corpus } from './types.js';

/**
 * How each article is named wherever it is named short (the dashboard's rows
 * and column headers, the plain commands, the Markdown report): its outlet,
 * numbered when one outlet has several articles, or "#N" (its place in the
 * Articles list) when the text names no outlet. One rule, so an article is
 * called the same on screen, in a terminal's output and in a report.
 */
export function articleLabels(corpus: Corpus): Map<string, string> {
	const perOutlet = new Map<string, number>();
	for (const a of corpus.articles) if (a.outlet) perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
	const seen = new Map<string, number>();
	return new Map(
		corpus.articles.map((a, i) => {
			if (!a.outlet) return [a.id, articleNumber(i)];
			const n = (seen.get(a.outlet) ?? 0) + 1;
			seen.set(a.outlet, n);
			return [a.id, (perOutlet.get(a.outlet) ?? 0) > 1 ? `${a.outlet} ${n}` : a.outlet];
		}),
	);
}

export function labelOf(labels: ReadonlyMap<string, string>, article: Article | string): string {
	const id = typeof article === 'string' ? article : article.id;
	return labels.get(id) ?? id;
}
