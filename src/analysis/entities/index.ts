import type { Corpus } from '../../corpus/index.js';
import { extractMentions, withoutAcronymsOfNonNames } from './extract.js';
import { forgetWordCaches } from './name-tagger.js';
import { forgetCommonNouns } from './common-nouns.js';
import { mergeMentions } from './merge.js';
import { withTeamsAlone } from './teams.js';
import { withoutNamesWrittenAsPlurals } from './awards.js';
import { withoutVessels } from './vessels.js';
import type { Entity, RawMention } from './types.js';

export { ENTITY_TYPES, type Entity, type EntityType, type Mention, type Demonym } from './types.js';
export { aliasKey } from './alias-key.js';

/** Every entity the corpus names, merged across articles, most widely reported first. */
export function analyseEntities(corpus: Corpus, onProgress?: (done: number, total: number) => void): Entity[] {
	const { articles } = corpus;
	const order = new Map(articles.map((a, i) => [a.id, i]));
	const mentions: RawMention[] = [];
	articles.forEach((article, i) => {
		if (onProgress && i % 25 === 0) onProgress(i, articles.length);
		for (const mention of extractMentions(article)) mentions.push(mention);
	});
	forgetWordCaches();
	const found = withTeamsAlone(
		articles,
		withoutNamesWrittenAsPlurals(articles, withoutVessels(articles, withoutAcronymsOfNonNames(articles, mentions))),
	);
	const entities = mergeMentions(found, order);
	forgetCommonNouns();
	return entities;
}
