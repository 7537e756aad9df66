/**
 * Whether two versions say the same thing, leaving aside who says it: the
 * share of the smaller one's content words (as concepts, src/analysis/claims
 * concept-lexicon) that the other has too. A claim may hold a sentence that
 * carries it among other things; "unattributed" against a quote means
 * nothing when the sentences say different things. Set on the development
 * part of the BASIL flags (eval/basil-differences).
 */
import { isStopword } from '../similarity/stopwords.js';
import { wordConcept } from './concept-lexicon.js';

const SAME_CONTENT = 0.5;

/**
 * Word concepts (stems with news folds) looked up once per claim: stemming
 * is most of what comparing versions costs, and its versions share words.
 */
export class Concepts {
	private readonly known = new Map<string, string>();

	of(lower: string, capitalised = false): string {
		const key = capitalised ? `^${lower}` : lower;
		let concept = this.known.get(key);
		if (concept === undefined) {
			concept = wordConcept(lower, capitalised);
			this.known.set(key, concept);
		}
		return concept;
	}
}

const CONTENT_WORD = /[\p{L}][\p{L}'’-]*|\d[\d,.]*/gu;

/** A version's content words as concepts, leaving out the words inside `ranges` (its sources). */
export function contentOf(text: string, ranges: readonly [number, number][], concepts: Concepts): Set<string> {
	const words = new Set<string>();
	for (const m of text.matchAll(CONTENT_WORD)) {
		if (ranges.some(([start, end]) => m.index < end && start < m.index + m[0].length)) continue;
		const lower = m[0].toLowerCase();
		if (isStopword(lower) || lower.length < 3) continue;
		words.add(concepts.of(lower, /^\p{Lu}/u.test(m[0])));
	}
	return words;
}

export function sharesContent(a: ReadonlySet<string>, b: ReadonlySet<string>, share = SAME_CONTENT): boolean {
	const smaller = Math.min(a.size, b.size);
	if (smaller === 0) return false;
	return [...a].filter((w) => b.has(w)).length / smaller >= share;
}

/** Versions this close say one thing, whatever verb the hedge governs ("allegedly destroyed", "wrecked"). */
export const CLOSE_CONTENT = 0.7;
