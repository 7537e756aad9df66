import type { Corpus } from '../../corpus/index.js';
import { extractMentions, headlineToTag } from './extract.js';
import { forgetWordCaches, tagLines } from './name-tagger.js';
import { mergeMentions } from './merge.js';
import type { Entity, RawMention } from './types.js';

export { ENTITY_TYPES, type Entity, type EntityType, type Mention, type Demonym } from './types.js';
export { aliasKey } from './alias-key.js';

/** Every entity the corpus names, merged across articles, most widely reported first. */
export function analyseEntities(corpus: Corpus, onProgress?: (done: number, total: number) => void): Entity[] {
	const { articles } = corpus;
	const order = new Map(articles.map((a, i) => [a.id, i]));
	const mentions: RawMention[] = [];
	for (let from = 0; from < articles.length; from += HEADLINE_BATCH) {
		const batch = articles.slice(from, from + HEADLINE_BATCH);
		const headlines = batch.map(headlineToTag);
		const tagged = tagLines(headlines.map((h) => h ?? ''));
		batch.forEach((article, k) => {
			const i = from + k;
			if (onProgress && i % 25 === 0) onProgress(i, articles.length);
			for (const mention of extractMentions(article, tagged[k] ?? [])) mentions.push(mention);
		});
	}
	forgetWordCaches();
	return mergeMentions(mentions, order);
}

/** Headlines tagged together (see tagLines): enough to share compromise's cost per document, few enough to keep its parse small. */
const HEADLINE_BATCH = 50;
