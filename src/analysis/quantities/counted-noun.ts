import { isCollective, looksPlural, singularNoun } from './lemma.js';
import { isCapitalised, isGluedHyphen, type Token } from './tokens.js';
import { canonicalUnit } from './units.js';

/**
 * Words that end a noun phrase: a counted noun never lies past a preposition, conjunction,
 * relative pronoun, auxiliary or determiner ("more than 20 people working under cover",
 * "dozens of agents from Russian military intelligence").
 */
// prettier-ignore
const PHRASE_ENDERS = new Set([
	'in', 'on', 'at', 'from', 'to', 'for', 'with', 'by', 'under', 'over', 'into', 'onto', 'across', 'after', 'before',
	'since', 'during', 'about', 'against', 'between', 'through', 'throughout', 'without', 'within', 'among', 'amid',
	'per', 'via', 'toward', 'towards', 'upon', 'around', 'near', 'outside', 'inside', 'beyond', 'behind', 'despite',
	'including', 'like', 'than', 'as', 'of', 'off', 'out', 'up', 'down', 'ago', 'later', 'earlier',
	'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'because', 'although', 'though', 'if', 'unless', 'until',
	'when', 'where', 'whether', 'who', 'whom', 'whose', 'which', 'that', 'what', 'how', 'why',
	'the', 'a', 'an', 'this', 'these', 'those', 'each', 'every', 'any', 'some', 'no', 'all', 'both', 'either', 'neither',
	'its', 'their', 'his', 'her', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'them', 'him', 'us', 'me',
	'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would',
	'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'also', 'said', 'says', 'say', 'told', 'there', 'here',
	'more', 'less', 'fewer', 'most', 'least', 'only', 'even', 'just', 'still', 'then', 'now', 'too', 'very',
]);

/** Determiners allowed between a partitive "of" and the noun: "five of his accomplices". */
const PARTITIVE_DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * Attributive words in front of a singular counted noun ("one senior official"). Plural
 * counts do not need this list: the first plural-looking word is the noun.
 */
// prettier-ignore
const ADJECTIVES = new Set([
	'senior', 'junior', 'former', 'current', 'new', 'old', 'young', 'other', 'additional', 'further', 'top', 'foreign',
	'local', 'military', 'armed', 'unarmed', 'key', 'alleged', 'undercover', 'covert', 'secret', 'high', 'low', 'single',
	'unnamed', 'unidentified', 'anonymous', 'active', 'retired', 'known', 'private', 'public', 'federal', 'national',
	'international', 'diplomatic', 'big', 'small', 'large', 'major', 'minor', 'whole', 'full', 'entire', 'separate',
	'different', 'similar', 'same', 'extra', 'long', 'short', 'recent', 'first', 'last', 'next', 'previous', 'another',
	'experienced', 'professional', 'elite', 'leading', 'prominent', 'possible', 'potential', 'suspected', 'real', 'total',
]);

/** Glued hyphen words that qualify the number rather than name what it counts ("40-odd", "three-fold"). */
const NOT_A_HYPHEN_UNIT = new Set(['odd', 'plus', 'strong', 'fold', 'some', 'something', 'ish']);

const MAX_MODIFIERS = 4;

export interface CountedNoun {
	unit: string;
	/** Token index just past the noun. */
	end: number;
}

function isModifier(token: Token): boolean {
	const lower = token.lower;
	return (
		isCapitalised(token) ||
		ADJECTIVES.has(lower) ||
		lower.endsWith('ly') ||
		lower.endsWith('ed') ||
		lower.endsWith('ing') ||
		lower.includes('.')
	);
}

function isAcronym(token: Token): boolean {
	return token.text.length > 1 && token.text === token.text.toUpperCase();
}

function lemmaOf(token: Token, modifiers: readonly Token[]): string {
	const lemma = canonicalUnit(singularNoun(token.lower));
	// A bare "dollars" means US dollars only when no other nationality qualifies it.
	if (lemma === 'dollar') {
		const foreign = modifiers.some((modifier) => isCapitalised(modifier) && !['us', 'u.s.', 'american'].includes(modifier.lower));
		return foreign ? 'dollar' : 'usd';
	}
	return lemma;
}

/** "largest", "most": in "one of the largest" the noun counted is left unsaid. */
export function isSuperlative(token: Token | undefined): boolean {
	if (token === undefined || token.kind !== 'word') return false;
	return (
		token.lower === 'most' || token.lower === 'best' || token.lower === 'worst' || (token.lower.length > 5 && token.lower.endsWith('est'))
	);
}

const MAX_COMPOUND = 3;

/**
 * After a count of one the noun is singular, and English compounds put the head last:
 * "one intelligence source" counts a source. The run stops at a word that reads as a verb
 * or plural ("one spy operates", "one official warned").
 */
function singularHead(tokens: readonly Token[], from: number, modifiers: readonly Token[]): CountedNoun {
	let last = from;
	for (let at = from + 1; at < tokens.length && at < from + MAX_COMPOUND; at += 1) {
		const token = tokens[at];
		if (
			token === undefined ||
			token.kind !== 'word' ||
			PHRASE_ENDERS.has(token.lower) ||
			isModifier(token) ||
			isAcronym(token) ||
			looksPlural(token.lower)
		)
			break;
		last = at;
	}
	const head = tokens[last] as Token;
	return { unit: lemmaOf(head, modifiers), end: last + 1 };
}

/**
 * The noun a number counts, starting right after the number: "20 Russian spies" → spy,
 * "five senior US officials" → official, "dozens of agents from…" → agent, "a 40-year-old"
 * → year. Looks at most a few words ahead, so the whole scan stays linear.
 */
export function findCountedNoun(tokens: readonly Token[], index: number, countIsOne: boolean): CountedNoun | null {
	// "a 40-year-old man", "a 10-day visit": the unit is glued on with a hyphen.
	const glued = tokens[index + 1];
	if (isGluedHyphen(tokens, index) && glued?.kind === 'word' && !NOT_A_HYPHEN_UNIT.has(glued.lower)) {
		return { unit: lemmaOf(glued, []), end: index + 2 };
	}

	let at = index;
	// Partitive: "five of his accomplices", "dozens of agents".
	if (tokens[at]?.lower === 'of') {
		at += 1;
		if (PARTITIVE_DETERMINERS.has(tokens[at]?.lower ?? '')) at += 1;
	}

	if (tokens[at - 1]?.lower === 'the' && tokens[at - 2]?.lower === 'of' && isSuperlative(tokens[at])) return null;

	const modifiers: Token[] = [];
	while (modifiers.length <= MAX_MODIFIERS) {
		const token = tokens[at];
		if (token === undefined || token.kind !== 'word') return null;
		// Compound modifiers like "Russian-speaking" or "high-ranking" continue past the hyphen.
		if (isGluedHyphen(tokens, at + 1) && tokens[at + 2]?.kind === 'word') {
			modifiers.push(token);
			at += 2;
			continue;
		}
		// Checked first: "US" in "five senior US officials" is an acronym, not the pronoun.
		if (isAcronym(token)) {
			modifiers.push(token);
			at += 1;
			continue;
		}
		if (PHRASE_ENDERS.has(token.lower)) return null;
		if (countIsOne && !isModifier(token)) return singularHead(tokens, at, modifiers);
		if (!countIsOne && looksPlural(token.lower)) {
			// "20 police officers", "30 crew members": a collective noun used as a modifier.
			const following = tokens[at + 1];
			if (isCollective(token.lower) && following?.kind === 'word' && !PHRASE_ENDERS.has(following.lower) && looksPlural(following.lower)) {
				return { unit: lemmaOf(following, [...modifiers, token]), end: at + 2 };
			}
			return { unit: lemmaOf(token, modifiers), end: at + 1 };
		}
		modifiers.push(token);
		at += 1;
	}
	return null;
}
