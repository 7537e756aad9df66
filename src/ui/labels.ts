import type { Article, Corpus } from '../corpus/index.js';
import { articleNumber } from '../corpus/source.js';

/**
 * How each article is named in narrow places (rows, column headers): its
 * outlet, numbered when one outlet has several articles, or "#N" (its place
 * in the Articles list) when the text names no outlet.
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
