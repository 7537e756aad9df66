/**
 * compromise's lexicon (loaded for the tagger anyway) as a dictionary of
 * common words: what a lower-case word is when it is not a name.
 */
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** compromise's tags for a given name ("Oscar", which the packages' lists lack). */
export const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** ... and for any part of a person's name. */
export const PERSON_NAME_TAGS: ReadonlySet<string> = new Set(['Person', ...FIRST_NAME_TAGS, 'LastName']);

/** The lexicon files the word, in lower case, under one of `tags` ("Adjective", "Expression", "WeekDay"). */
export function hasWordTag(word: string, tags: ReadonlySet<string>): boolean {
	const found = lexicon[word.toLowerCase()];
	if (found === undefined) return false;
	return typeof found === 'string' ? tags.has(found) : found.some((t) => tags.has(t));
}

const tagSet = (nlp.model() as { one: { tagSet: Record<string, { parents?: string[] } | undefined> } }).one.tagSet;

/** The tags the lexicon files the word under, in lower case, with their parents ("City" is a "Place"); null for a word it lacks. */
export function lexiconTags(word: string): ReadonlySet<string> | null {
	const found = lexicon[word.toLowerCase()];
	if (found === undefined) return null;
	const tags = new Set<string>();
	for (const tag of typeof found === 'string' ? [found] : found) {
		tags.add(tag);
		for (const parent of tagSet[tag]?.parents ?? []) tags.add(parent);
	}
	return tags;
}
