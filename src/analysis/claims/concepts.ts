/**
 * A claim unit as the concepts it mentions: content words stemmed and folded
 * (concept-lexicon.ts), two-word verbs as one concept. Numerals are left out:
 * counts are compared as quantities (quantity-evidence.ts), so that "20" and
 * "more than two dozen" neither match nor split a claim as words would.
 */
import { normaliseText } from '../similarity/normalise-text.js';
import { isStopword, NEGATIONS } from '../similarity/stopwords.js';
import { tokenise } from '../similarity/tokenise.js';
import { phrasalConcept, wordConcept } from './concept-lexicon.js';

export interface ConceptProfile {
	/** Content concepts in text order, repeats kept. */
	readonly concepts: readonly string[];
	readonly conceptSet: ReadonlySet<string>;
}

export function profileConcepts(text: string): ConceptProfile {
	const tokens = tokenise(normaliseText(text));
	const concepts: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token === undefined || token.isNumber || NEGATIONS.has(token.lower)) continue;
		const next = tokens[i + 1];
		const phrasal = next === undefined ? undefined : phrasalConcept(token.lower, next.lower);
		if (phrasal !== undefined) {
			concepts.push(phrasal);
			i++;
			continue;
		}
		if (isStopword(token.lower)) continue;
		concepts.push(wordConcept(token.lower, startsUpper(token.surface)));
	}
	return { concepts, conceptSet: new Set(concepts) };
}

function startsUpper(surface: string): boolean {
	const first = surface.charAt(0);
	return first !== first.toLowerCase();
}
