import type { Corpus } from '../corpus/index.js';
import type { SearchDoc } from './types.js';

/** Named things to search by name; structurally what the entity analysis gives. */
export interface NamedThing {
	name: string;
	aliases: string[];
	mentions: { article: string; sentence: number | null }[];
}

export function searchDocuments(corpus: Corpus, entities: readonly NamedThing[] = []): SearchDoc[] {
	const docs: SearchDoc[] = [];
	for (const article of corpus.articles) {
		docs.push({ kind: 'title', article: article.id, sentence: null, text: article.title });
		for (const sentence of article.sentences)
			docs.push({ kind: 'sentence', article: article.id, sentence: sentence.index, text: sentence.text });
	}
	for (const entity of entities) {
		const first = entity.mentions[0];
		if (first) docs.push({ kind: 'entity', article: first.article, sentence: first.sentence, text: entity.name });
	}
	return docs;
}
