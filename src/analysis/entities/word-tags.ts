/**
 * compromise's lexicon (loaded for the tagger anyway) as a dictionary of
 * common words: what a lower-case word is when it is not a name.
 */
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The lexicon's tags for the word in lower case ("Adjective", "Expression", "WeekDay"), none when it does not know it. */
export function wordTags(word: string): readonly string[] {
	const tags = lexicon[word.toLowerCase()];
	return tags === undefined ? [] : [tags].flat();
}
