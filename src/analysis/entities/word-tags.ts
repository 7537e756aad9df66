/**
 * compromise's lexicon (loaded for the tagger anyway) as a dictionary of
 * common words: what a lower-case word is when it is not a name.
 */
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The lexicon files the word, in lower case, under one of `tags` ("Adjective", "Expression", "WeekDay"). */
export function hasWordTag(word: string, tags: ReadonlySet<string>): boolean {
	const found = lexicon[word.toLowerCase()];
	if (found === undefined) return false;
	return typeof found === 'string' ? tags.has(found) : found.some((t) => tags.has(t));
}
