/**
 * Entities travel without their mentions' texts, as claims do
 * (claims/transfer.ts): every mention's text is its sentence (or title) cut
 * at [start, end), and the receiver holds the corpus. At 10,000 articles
 * that is 360,000 short strings neither copied between threads nor written
 * to the cache. Both steps work in place.
 */
import type { Article, Corpus } from '../../corpus/index.js';
import { sentenceText } from '../../corpus/sentence-text.js';
import type { Entity, Mention } from './types.js';

function eachMention(entities: readonly Entity[], visit: (mention: Mention) => void): void {
	for (const entity of entities) {
		for (const mention of entity.mentions) visit(mention);
		for (const mention of entity.demonym?.mentions ?? []) visit(mention);
	}
}

/** Empties every mention's text; restoreMentionTexts puts them back. */
export function dropMentionTexts(entities: Entity[]): Entity[] {
	eachMention(entities, (mention) => {
		mention.text = '';
	});
	return entities;
}

/** Each mention's text again, cut from the corpus the entities were found in. */
export function restoreMentionTexts(entities: Entity[], corpus: Corpus): Entity[] {
	const articles = new Map<string, Article>(corpus.articles.map((a) => [a.id, a]));
	eachMention(entities, (mention) => {
		const article = articles.get(mention.article);
		mention.text = article === undefined ? '' : sentenceText(article, mention.sentence).slice(mention.start, mention.end);
	});
	return entities;
}
