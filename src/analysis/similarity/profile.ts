/**
 * Everything about one sentence that pair features need, computed once. In
 * storylens a sentence takes part in many candidate pairs, so all per-sentence
 * work (normalising, stemming, n-gram tables) lives here and pair scoring only
 * compares prepared tables.
 */
import { charTrigramCodes, hashTokens, ngramHashes } from './hashing.js';
import { wordStem } from './lexicon.js';
import { normaliseText } from './normalise-text.js';
import { NEGATIONS, isStopword } from './stopwords.js';
import { tokenise } from './tokenise.js';

export interface SentenceProfile {
	readonly text: string;
	/** Stems of every word and number, in order (numbers as canonical values). */
	readonly stems: readonly string[];
	/** Stems of the words that carry content: no stopwords, no negations. */
	readonly contentStems: readonly string[];
	readonly contentStemSet: ReadonlySet<string>;
	/** Every stem, for "does this word occur anywhere in the other sentence". */
	readonly stemSet: ReadonlySet<string>;
	/** Sorted n-gram hashes over `stems` with repeats, index 0 holding unigrams up to index 3 for 4-grams. */
	readonly ngramHashes: readonly Float64Array[];
	/** Sorted distinct hashes of adjacent content-word pairs. */
	readonly contentBigramHashes: Float64Array;
	/** Canonical numbers mentioned. */
	readonly numbers: ReadonlySet<string>;
	/** Stems of capitalised words that are probably names. */
	readonly names: ReadonlySet<string>;
	/** Sorted distinct hashes of the character trigrams of the lower-cased content words. */
	readonly charTrigramHashes: Float64Array;
	readonly negationCount: number;
}

export const MAX_NGRAM = 4;

/**
 * A capitalised word is taken as part of a name unless it opens the sentence,
 * where capitals say nothing (all-capital initialisms such as "NASA" still count).
 */
function looksLikeName(surface: string, position: number): boolean {
	const first = surface.charAt(0);
	if (first === first.toLowerCase()) return false;
	if (position > 0) return true;
	return surface.length > 1 && surface === surface.toUpperCase();
}

export function profileSentence(text: string): SentenceProfile {
	const tokens = tokenise(normaliseText(text));
	const stems: string[] = [];
	const contentStems: string[] = [];
	const contentWords: string[] = [];
	const numbers = new Set<string>();
	const names = new Set<string>();
	let negationCount = 0;
	tokens.forEach((token, position) => {
		if (token.isNumber) {
			stems.push(token.lower);
			contentStems.push(token.lower);
			contentWords.push(token.lower);
			numbers.add(token.lower);
			return;
		}
		const stem = wordStem(token.lower);
		stems.push(stem);
		if (NEGATIONS.has(token.lower)) {
			negationCount++;
			return;
		}
		if (isStopword(token.lower)) return;
		contentStems.push(stem);
		contentWords.push(token.lower);
		if (looksLikeName(token.surface, position)) names.add(stem);
	});
	const stemHashes = hashTokens(stems);
	const ngrams: Float64Array[] = [];
	for (let order = 1; order <= MAX_NGRAM; order++) ngrams.push(ngramHashes(stemHashes, order, false));
	return {
		text,
		stems,
		contentStems,
		contentStemSet: new Set(contentStems),
		stemSet: new Set(stems),
		ngramHashes: ngrams,
		contentBigramHashes: ngramHashes(hashTokens(contentStems), 2, true),
		numbers,
		names,
		charTrigramHashes: charTrigramCodes(contentWords),
		negationCount,
	};
}
