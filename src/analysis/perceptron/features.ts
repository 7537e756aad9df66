/**
 * Features of one token for the averaged perceptron: the word, its shape and
 * affixes, its neighbours, the tags just given, a gazetteer of names seen in
 * training, and what the rest of the document says about the word (is it
 * written with a capital where a capital means a name?). Hashed to a fixed
 * table so the model is a flat array.
 */

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const HASH_BITS = 19;
const MASK = (1 << HASH_BITS) - 1;

export function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0) & MASK;
}

export function shape(word: string): string {
	const full = word.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x').replace(/\p{N}/gu, 'd');
	return full.replace(/(.)\1{2,}/gu, '$1$1');
}

/** Per document: words seen capitalised away from a sentence's start, and words seen in lower case. */
export interface DocumentFacts {
	capitalised: Set<string>;
	lowercase: Set<string>;
}

export function documentFacts(sentences: readonly (readonly string[])[]): DocumentFacts {
	const capitalised = new Set<string>();
	const lowercase = new Set<string>();
	for (const words of sentences) {
		const headline = isHeadline(words);
		words.forEach((w, i) => {
			if (/^\p{Ll}/u.test(w)) lowercase.add(w.toLowerCase());
			else if (i > 0 && !headline && /^\p{Lu}\p{Ll}/u.test(w)) capitalised.add(w.toLowerCase());
		});
	}
	return { capitalised, lowercase };
}

/** ALL-CAPS or Title Case lines, where capitals say little. */
export function isHeadline(words: readonly string[]): boolean {
	const letters = words.filter((w) => /\p{L}{2,}/u.test(w));
	if (letters.length < 3) return false;
	return letters.every((w) => w === w.toUpperCase());
}

export type Gazetteer = Map<string, string>;

/** The features that do not depend on the tags chosen so far, computed once per sentence. */
export interface SentenceFeatures {
	/** Hashed static features per token. */
	static: number[][];
	lower: string[];
}

export function sentenceFeatures(words: readonly string[], facts: DocumentFacts, gazetteer: Gazetteer): SentenceFeatures {
	const headline = isHeadline(words);
	const lower = words.map((w) => w.toLowerCase());
	const shapes = words.map(shape);
	const at = (i: number): string => lower[i] ?? (i < 0 ? '<s>' : '</s>');
	const shapeAt = (i: number): string => shapes[i] ?? '<s>';
	const features = words.map((w, i) => {
		const l = lower[i] ?? '';
		return [
			'b',
			`w=${l}`,
			`s=${shapes[i]}`,
			`p1=${l.slice(0, 1)}`,
			`p2=${l.slice(0, 2)}`,
			`p3=${l.slice(0, 3)}`,
			`x1=${l.slice(-1)}`,
			`x2=${l.slice(-2)}`,
			`x3=${l.slice(-3)}`,
			`x4=${l.slice(-4)}`,
			`w-1=${at(i - 1)}`,
			`w+1=${at(i + 1)}`,
			`w-2=${at(i - 2)}`,
			`w+2=${at(i + 2)}`,
			`s-1=${shapeAt(i - 1)}`,
			`s+1=${shapeAt(i + 1)}`,
			`s-1s=${shapeAt(i - 1)}|${shapes[i]}|${shapeAt(i + 1)}`,
			`w-1w=${at(i - 1)}|${l}`,
			`ww+1=${l}|${at(i + 1)}`,
			`first=${i === 0}`,
			`head=${headline}|${shapes[i]}`,
			`g=${gazetteer.get(l) ?? '-'}`,
			`g-1=${gazetteer.get(at(i - 1)) ?? '-'}`,
			`g+1=${gazetteer.get(at(i + 1)) ?? '-'}`,
			`dc=${facts.capitalised.has(l)}|${facts.lowercase.has(l)}|${/^\p{Lu}/u.test(w)}`,
		].map(hash);
	});
	return { static: features, lower };
}

/** The features of token i given the two tags before it. */
export function tokenFeatures(sentence: SentenceFeatures, i: number, previous: string, previous2: string): number[] {
	return [...(sentence.static[i] ?? []), hash(`t-1=${previous}`), hash(`t-2=${previous2}|${previous}`), hash(`t-1w=${previous}|${sentence.lower[i] ?? ''}`)];
}
