import type { Corpus } from '../../corpus/index.js';
import { extractMentions } from './extract.js';
import { mergeMentions } from './merge.js';
import type { Entity } from './types.js';

export { ENTITY_TYPES, type Entity, type EntityType, type Mention, type Demonym } from './types.js';
export { aliasKey } from './alias-key.js';

/** Every entity the corpus names, merged across articles, most widely reported first. */
export function analyseEntities(corpus: Corpus, onProgress?: (done: number, total: number) => void): Entity[] {
	const order = new Map(corpus.articles.map((a, i) => [a.id, i]));
	const mentions = corpus.articles.flatMap((article, i) => {
		if (onProgress && i % 25 === 0) onProgress(i, corpus.articles.length);
		return extractMentions(article);
	});
	return mergeMentions(mentions, order);
}
