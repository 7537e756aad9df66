/**
 * "Oscar", "Emmy", "Brit", "Cesar" alone where the corpus writes "the Oscars", "the Emmys", "the Brits": a given
 * name read as a person on its own, which the corpus also writes in the plural with a capital and never inside a
 * person's fuller name, is an award's or a thing's name, no one's. A family is written in the plural by its
 * surname ("the Clintons"), not by a given name, and its members in full. So is such a given name that WordNet files
 * first, with its capital, as a kind of thing or person ("Oscar", an award).
 */
import type { Article } from '../../corpus/index.js';
import { linesWithHeadline } from './extract.js';
import { isGivenName } from './gazetteer.js';
import { isCommonNoun } from './common-nouns.js';
import { FIRST_NAME_TAGS, hasWordTag } from './word-tags.js';
import type { RawMention } from './types.js';

export function withoutNamesWrittenAsPlurals(articles: readonly Article[], mentions: RawMention[]): RawMention[] {
	const alone = new Set<string>();
	const inFullNames = new Set<string>();
	for (const m of mentions) {
		if (m.type !== 'person') continue;
		if (!m.text.includes(' ')) alone.add(m.text);
		else for (const word of m.text.split(' ')) inFullNames.add(word);
	}
	const candidates = new Set(
		[...alone].filter((word) => !inFullNames.has(word) && (isGivenName(word) || hasWordTag(word, FIRST_NAME_TAGS))),
	);
	if (candidates.size === 0) return mentions;
	// "Oscar": WordNet's commonest sense of the word with its capital is a kind of thing or person, not a name.
	const notNames = new Set([...candidates].filter((word) => isCommonNoun(word)));
	for (const article of articles) {
		for (const { text } of linesWithHeadline(article)) {
			for (const m of text.matchAll(CAPITALISED_PLURAL)) if (candidates.has(m[1] ?? '')) notNames.add(m[1] ?? '');
		}
	}
	return notNames.size === 0 ? mentions : mentions.filter((m) => !(m.type === 'person' && notNames.has(m.text)));
}

const CAPITALISED_PLURAL = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)s(?![\p{L}'’-])/gu;
