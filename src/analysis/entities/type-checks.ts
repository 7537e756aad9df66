/**
 * The tagger's types checked against the gazetteers (gazetteer.ts): the name
 * of a country or a US state is a place, not a person. Organisations keep
 * their type: many are named after a place (a team: "Washington" in a sports
 * result). Tried and left out: a place opening with a given name is a person
 * ("Bruce Braley" after "Rep."); the lists' given names open many places
 * ("Trent Bridge", "Pembroke Pines"), and the titles the consistency step
 * reads (consistency.ts) already settle the people.
 */
import { isGivenName, isKnownPlace, stateOfAbbreviation } from './gazetteer.js';
import { NOT_A_SURNAME } from './heads.js';
import { hasWordTag } from './word-tags.js';
import { nameKey } from './consistency.js';

interface Labelled {
	label: string;
	start: number;
	end: number;
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/**
 * "Karen Finney", "Rob Nabors" tagged an organisation: two or three
 * capitalised words opening with a given name that both the name lists and
 * compromise's lexicon know as one, the last word no organisation's head and
 * no plural ("Bradford Bulls"). Teams and firms named after a person or a
 * town keep their type when the lexicon files the word otherwise.
 */
export function readsAsPerson(name: string): boolean {
	const words = name.split(' ');
	const first = words[0] ?? '';
	const last = words.at(-1) ?? '';
	if (words.length < 2 || words.length > 3 || !isGivenName(first) || !hasWordTag(first, FIRST_NAME_TAGS)) return false;
	return (
		words.every((w) => /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$|^\p{Lu}\.$/u.test(w)) &&
		!NOT_A_SURNAME.test(last) &&
		!/[^s]s$/u.test(last) &&
		!isKnownPlace(last)
	);
}

const ORGANISATION_TAGS = new Set(['Organization']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);

/**
 * A one-word name that compromise's lexicon files as a company ("Google",
 * "Walmart") is one, whatever 1996 Reuters made of the word; one it files
 * as a city and not as a person ("Denver") is no person.
 */
function lexiconType(name: string, label: string): string {
	if (/\s/u.test(name)) return label;
	const word = name.replace(/-/gu, '');
	if (label !== 'ORG' && hasWordTag(word, ORGANISATION_TAGS)) return 'ORG';
	if (label === 'PER' && hasWordTag(word, PLACE_TAGS) && !hasWordTag(word, PERSON_TAGS)) return 'LOC';
	return label;
}

export function checkTypes<S extends Labelled>(text: string, spans: readonly S[]): S[] {
	return spans.map((span) => {
		if (span.label === 'MISC') return span;
		const name = nameKey(text.slice(span.start, span.end));
		// "Newtown, Conn.": a state's abbreviation, with its dot, whatever the tagger made of the word.
		if (stateOfAbbreviation(text[span.end] === '.' ? `${name}.` : name) !== null)
			return { ...span, label: 'LOC', end: span.end + (text[span.end] === '.' ? 1 : 0) };
		if (span.label === 'PER' && isKnownPlace(name)) return { ...span, label: 'LOC' };
		// "Corpus Christi, Tex.": a name followed by a state's abbreviation is the town in it.
		if (span.label !== 'LOC' && stateOfAbbreviation(/^,\s(\S+\.)/u.exec(text.slice(span.end, span.end + 10))?.[1] ?? '') !== null)
			return { ...span, label: 'LOC' };
		if (span.label === 'ORG' && readsAsPerson(name)) return { ...span, label: 'PER' };
		const label = lexiconType(name, span.label);
		return label === span.label ? span : { ...span, label };
	});
}
