/**
 * Words that outlets swap when they restate one another's claims, folded to
 * one concept. The similarity lexicon (src/analysis/similarity/lexicon.ts)
 * already folds everyday near-synonyms and irregular forms; this adds the
 * vocabulary of reported action in news English (stepping up, refusing,
 * expelling), which a paraphrase model trained on MSRP barely sees.
 *
 * Folds are listed as word forms rather than stems so that a form with
 * another sense keeps it: "doubled its efforts" folds, "a double agent" does
 * not; "operatives" folds, "operations" does not.
 */
import { wordStem } from '../similarity/lexicon.js';
import { WORLD_FOLDS } from './world-names.js';
import { words } from '../../word-lists.js';

/** Each group folds to the stem of its first word. */
const WORD_GROUPS: readonly string[] = [
	'increase intensify intensifies intensified intensifying intensification escalate escalates escalated escalating escalation ' +
		'boost boosts boosted boosting doubled doubling',
	'refuse refuses refused refusing refusal reject rejects rejected rejecting rejection rebuff rebuffs rebuffed spurn spurned',
	'expel expels expelled expelling expulsion expulsions deport deports deported deporting deportation deportations',
	'spy spies spied spying espionage agent agents operative operatives',
	'person persons people individual individuals',
	'die dies died dying death deaths dead',
	'earthquake earthquakes quake quakes tremor tremors',
	'resign resigns resigned resigning resignation quit quits quitting',
];

/** Two-word verbs: the verb's forms, the particle, and the word whose concept the pair takes. */
const PHRASAL_GROUPS: readonly { verbs: string; particle: string; concept: string }[] = [
	{ verbs: 'step steps stepped stepping ramp ramps ramped ramping', particle: 'up', concept: 'increase' },
	{ verbs: 'step steps stepped stepping', particle: 'down', concept: 'resign' },
	{ verbs: 'kick kicks kicked kicking throw throws threw thrown throwing', particle: 'out', concept: 'expel' },
];

const WORD_CONCEPTS: ReadonlyMap<string, string> = (() => {
	const folds = new Map<string, string>();
	for (const group of WORD_GROUPS) {
		const [first = '', ...rest] = words(group);
		const concept = wordStem(first);
		for (const word of [first, ...rest]) folds.set(word, concept);
	}
	return folds;
})();

const PHRASAL_CONCEPTS: ReadonlyMap<string, string> = (() => {
	const folds = new Map<string, string>();
	for (const { verbs, particle, concept } of PHRASAL_GROUPS) {
		const folded = WORD_CONCEPTS.get(concept) ?? wordStem(concept);
		for (const verb of words(verbs)) folds.set(`${verb} ${particle}`, folded);
	}
	return folds;
})();

/**
 * Capitalised word → concept of the country it stands for. Keys are the
 * lower-cased forms; the caller checks capitalisation. The concept is what
 * the country's own name becomes, so "Russia" and "Russian" meet.
 */
const WORLD_CONCEPTS: ReadonlyMap<string, string> = (() => {
	const folds = new Map<string, string>();
	for (const { country, forms } of WORLD_FOLDS) {
		const concept = countryConcept(country);
		folds.set(country.toLowerCase(), concept);
		for (const form of forms) folds.set(form.toLowerCase(), concept);
	}
	return folds;
})();

/** "US", "USA" and "United States" all reach "usa" through the similarity tokeniser; the table uses the same key. */
function countryConcept(country: string): string {
	const lower = country.toLowerCase();
	return lower === 'usa' || lower === 'us' ? 'usa' : wordStem(lower);
}

/** The concept of one word: its capitalised world fold, its word fold, or its stem. */
export function wordConcept(lower: string, capitalised: boolean): string {
	if (capitalised) {
		const place = WORLD_CONCEPTS.get(lower);
		if (place !== undefined) return place;
	}
	return WORD_CONCEPTS.get(lower) ?? wordStem(lower);
}

/** The concept of a two-word verb ("stepped up"), or undefined. */
export function phrasalConcept(lowerVerb: string, lowerParticle: string): string | undefined {
	return PHRASAL_CONCEPTS.get(`${lowerVerb} ${lowerParticle}`);
}
