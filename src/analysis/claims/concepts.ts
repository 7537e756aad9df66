/**
 * A claim unit as the concepts it mentions: content words stemmed and folded
 * (concept-lexicon.ts), numbers in canonical form, two-word verbs as one
 * concept. Claim affinity, blocking and the name check all read this, so a
 * unit is tokenised once.
 */
import { normaliseText } from '../similarity/normalise-text.js';
import { NEGATIONS, isStopword } from '../similarity/stopwords.js';
import { tokenise } from '../similarity/tokenise.js';
import { isWorldName, phrasalConcept, wordConcept } from './concept-lexicon.js';

export interface ConceptProfile {
	/** Content concepts in text order, repeats kept. */
	readonly concepts: readonly string[];
	readonly conceptSet: ReadonlySet<string>;
	/** Adjacent content concepts, "a b", for phrase evidence. */
	readonly bigrams: ReadonlySet<string>;
	/** Concepts written with a capital where a capital is informative (not the first word) or that name a country. */
	readonly capitalised: ReadonlySet<string>;
	/** Concepts written in lower case somewhere in the unit. */
	readonly lowercase: ReadonlySet<string>;
	readonly negations: number;
}

export function profileConcepts(text: string): ConceptProfile {
	const tokens = tokenise(normaliseText(text));
	const concepts: string[] = [];
	const capitalised = new Set<string>();
	const lowercase = new Set<string>();
	let negations = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token === undefined) continue;
		if (token.isNumber) {
			concepts.push(token.lower);
			continue;
		}
		if (NEGATIONS.has(token.lower)) {
			negations++;
			continue;
		}
		const next = tokens[i + 1];
		const phrasal = next === undefined ? undefined : phrasalConcept(token.lower, next.lower);
		if (phrasal !== undefined) {
			concepts.push(phrasal);
			i++;
			continue;
		}
		if (isStopword(token.lower)) continue;
		const hasCapital = startsUpper(token.surface);
		const concept = wordConcept(token.lower, hasCapital);
		concepts.push(concept);
		// A first word's capital says nothing, unless the word names a country or is all capitals ("NATO").
		if (hasCapital && (i > 0 || isWorldName(token.lower) || isInitialism(token.surface))) capitalised.add(concept);
		else if (!hasCapital) lowercase.add(concept);
	}
	const bigrams = new Set<string>();
	for (let i = 1; i < concepts.length; i++) bigrams.add(`${concepts[i - 1]} ${concepts[i]}`);
	return { concepts, conceptSet: new Set(concepts), bigrams, capitalised, lowercase, negations };
}

function startsUpper(surface: string): boolean {
	const first = surface.charAt(0);
	return first !== first.toLowerCase();
}

function isInitialism(surface: string): boolean {
	return surface.length > 1 && surface === surface.toUpperCase() && /\p{L}/u.test(surface);
}
