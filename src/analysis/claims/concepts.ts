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
import type { CasingCounts } from './participants.js';

/**
 * A unit whose every longer word is capitalised ("Mexico Refuses to Expel
 * Russian Spies") is in headline case, which says nothing of names; a
 * sentence full of names still writes its verbs in lower case. Too few
 * longer words cannot tell the two apart.
 */
const HEADLINE_CASE_MIN_WORDS = 3;

export interface ConceptProfile {
	/** Content concepts in text order, repeats kept. */
	readonly concepts: readonly string[];
	readonly conceptSet: ReadonlySet<string>;
}

/**
 * The unit's concepts. When `casing` is given, also records how the unit
 * writes each word (participants.ts); when `forms` is given, it receives each
 * concept's word as written, lower-cased, so that a name is told apart from
 * the common word it stems to ("Times", "time").
 */
export function profileConcepts(text: string, casing?: CasingCounts, forms?: string[]): ConceptProfile {
	const tokens = tokenise(joinCompounds(normaliseText(text)));
	const concepts: string[] = [];
	const capitalised = new Map<string, string>();
	const lowercase = new Set<string>();
	// Pairs of capitalised words side by side, candidates for parts of one name.
	const runs: [string, string][] = [];
	let previousName: { index: number; form: string } | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token === undefined || token.isNumber || NEGATIONS.has(token.lower)) continue;
		const next = tokens[i + 1];
		const phrasal = next === undefined ? undefined : phrasalConcept(token.lower, next.lower);
		if (phrasal !== undefined) {
			concepts.push(phrasal);
			// WordNet writes two-word verbs with an underscore ("step_up"): synonyms.ts looks them up so.
			forms?.push(`${token.lower}_${next?.lower ?? ''}`);
			i++;
			continue;
		}
		if (isStopword(token.lower)) continue;
		const upper = startsUpper(token.surface);
		const concept = wordConcept(token.lower, upper);
		concepts.push(concept);
		forms?.push(token.lower);
		if (!upper) lowercase.add(token.lower);
		else if (i > 0) capitalised.set(token.lower, concept);
		if (!upper) continue;
		if (previousName !== undefined && previousName.index === i - 1) runs.push([previousName.form, token.lower]);
		previousName = { index: i, form: token.lower };
	}
	if (casing !== undefined && !inHeadlineCase(tokens)) {
		casing.add(capitalised, lowercase);
		for (const [first, second] of runs) casing.addMates(first, second);
	}
	return { concepts, conceptSet: new Set(concepts) };
}

/**
 * A lower-case hyphenated compound is one word: "full-scale invasion" would
 * otherwise count as two concepts shared, and two sentences that share only
 * a background phrase would look like one claim. Capitalised compounds
 * ("Russia-Ukraine", "Al-Fallujah") keep their names apart.
 */
function joinCompounds(text: string): string {
	return text.replace(/(\p{Ll})-(?=\p{Ll})/gu, '$1');
}

function inHeadlineCase(tokens: readonly { surface: string; isNumber: boolean }[]): boolean {
	let words = 0;
	for (const token of tokens) {
		if (token.isNumber || token.surface.length < 4) continue;
		if (!startsUpper(token.surface)) return false;
		words++;
	}
	return words >= HEADLINE_CASE_MIN_WORDS;
}

function startsUpper(surface: string): boolean {
	const first = surface.charAt(0);
	return first !== first.toLowerCase();
}
