/**
 * The tagger's types checked against the gazetteers (gazetteer.ts): a
 * country's or US state's name is a place, not a person; a place that opens
 * with a given name and reads as a person's name ("Bruce Braley", tagged a
 * place after "Iowa Democratic Rep.") is a person. Organisations keep their
 * type: many are named after a place (a team) or a person ("Warner Bros").
 */
import { isGivenName, isKnownPlace } from './gazetteer.js';
import { nameKey } from './consistency.js';
import { wordTags } from './word-tags.js';

interface Labelled {
	label: string;
	start: number;
	end: number;
}

/** Capitalised words, the last not an organisation's head, none an acronym or a place. */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$|^\p{Lu}\.$/u;
/** Last words of organisations' and places' names, never of a person's. */
export const NOT_A_SURNAME = /^(?:Alliance|Coalition|Church|Club|League|Caucus|Register|Tribune|Herald|Gazette|Examiner|Chronicle|Department|Ministry|Agency|Office|Democrats|Republicans|Party|Group|News|Times|Post|Journal|Committee|Council|House|Senate|Street|Square|Avenue|Road|Park|Center|Centre|University|College|School|Hospital|Bank|Fund|Foundation|Institute|Society|Association|Union|City|County|River|Valley|Island|Islands|Mountains|Bay|Airport|Stadium)$/u;

export function looksLikePersonName(name: string): boolean {
	const words = name.split(/\s+/u);
	const first = words[0] ?? '';
	if (words.length < 2 || words.length > 4 || !isGivenName(first) || isKnownPlace(name)) return false;
	// The name lists hold words that open place names too ("Far East", "El Salvador", "North Caucasus").
	if (isFunctionWord(first)) return false;
	return words.every((w) => PERSON_WORD.test(w) && !isKnownPlace(w)) && !NOT_A_SURNAME.test(words.at(-1) ?? '');
}

const FUNCTION_TAGS = new Set(['Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Comparable']);

/** In lower case, the word is a common one that opens place names ("North", "Far", "El"). */
function isFunctionWord(word: string): boolean {
	return wordTags(word).some((t) => FUNCTION_TAGS.has(t));
}

export function checkTypes<S extends Labelled>(text: string, spans: readonly S[]): S[] {
	return spans.map((span) => {
		if (span.label === 'MISC') return span;
		const name = nameKey(text.slice(span.start, span.end));
		if (span.label === 'PER' && isKnownPlace(name)) return { ...span, label: 'LOC' };
		// Only places: organisations named like people are common ("Warner Bros", "Reynard Honda").
		if (span.label === 'LOC' && looksLikePersonName(name)) return { ...span, label: 'PER' };
		return span;
	});
}
