import type { Corpus } from '../../corpus/index.js';
import { extractMentions } from './extract.js';
import { mergeMentions } from './merge.js';
import type { Entity } from './types.js';

export { ENTITY_TYPES, type Entity, type EntityType, type Mention, type Demonym } from './types.js';
export { aliasKey } from './alias-key.js';

/** Every entity the corpus names, merged across articles, most widely reported first. */
export function analyseEntities(corpus: Corpus): Entity[] {
	const order = new Map(corpus.articles.map((a, i) => [a.id, i]));
	return mergeMentions(corpus.articles.flatMap(extractMentions), order);
}
