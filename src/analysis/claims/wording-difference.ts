/**
 * The words of each version that the central version (which buildCluster
 * puts first, and the columns show first) does not have, from a word diff
 * (jsdiff) against it. The columns mark them, so the eye finds what a
 * version adds without reading a list. Speech tags ("said", "according
 * to"), titles ("Mr") and function words never count: outlets word those
 * differently without saying anything different, and who is cited is the
 * attribution difference's business.
 */
import { diffArrays } from 'diff';
import { isStopword } from '../similarity/stopwords.js';
import { findAttributions } from './attribution.js';
import { Concepts } from './same-content.js';
import type { ClaimVersion, Difference } from './types.js';
import { oneWordOf } from '../../word-lists.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Speech tags and titles beyond the stopword list's ("said", "told", "according", "mr"): words that only say who speaks. */
const SPEECH_TAG = oneWordOf(
	'reported reports reportedly adds wrote writes states noted notes claimed claims explained announced tweeted quoted citing cited',
	'spokesman spokeswoman spokesperson sen rep gov gen president senator governor secretary',
);

export function wordingDifference(versions: readonly ClaimVersion[], concepts = new Concepts()): Difference | null {
	const [central, ...others] = versions;
	if (!central) return null;
	const values: Record<string, string> = {};
	const ranges: Record<string, [number, number][]> = {};
	// The first version's words once, not once per other version.
	const reference = words(central.text, concepts);
	for (const other of others) {
		const added = addedWords(reference, other.text, concepts);
		if (added.length === 0) continue;
		ranges[other.article] = added;
		values[other.article] = `${added.length} word${added.length === 1 ? '' : 's'} not in the first version`;
	}
	if (Object.keys(ranges).length === 0) return null;
	values[central.article] = 'the first version';
	return { kind: 'wording', values, conflict: false, ranges };
}

interface Word {
	text: string;
	start: number;
	/** The word's concept (stem with news folds): "refused" and "Refuses" are one word to a reader comparing. */
	concept: string;
}

function words(text: string, concepts: Concepts): Word[] {
	return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, concept: concepts.of(m[0].toLowerCase()) }));
}

/**
 * [start, end) of each word of `text` the diff finds missing from the `reference` words, content words only.
 * The diff runs over words compared by concept (jsdiff's diffArrays with a comparator; its
 * diffWords compares spellings only), so an inflection is not a difference.
 */
function addedWords(reference: Word[], text: string, concepts: Concepts): [number, number][] {
	const sources = findAttributions(text);
	const inSource = (at: number): boolean => sources.some((s) => s.start <= at && at < s.end);
	const mine = words(text, concepts);
	const added: [number, number][] = [];
	let index = 0;
	for (const part of diffArrays(reference, mine, { comparator: (a, b) => a.concept === b.concept })) {
		if (part.removed) continue;
		const count = part.count;
		if (part.added) {
			for (const word of mine.slice(index, index + count)) {
				const lower = word.text.toLowerCase();
				if (isStopword(lower) || SPEECH_TAG.test(lower) || inSource(word.start)) continue;
				added.push([word.start, word.start + word.text.length]);
			}
		}
		index += count;
	}
	return added;
}
