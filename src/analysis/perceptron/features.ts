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

export function tokenFeatures(words: readonly string[], i: number, previous: string, previous2: string, facts: DocumentFacts, gazetteer: Gazetteer, headline: boolean): number[] {
	const w = words[i] ?? '';
	const lower = w.toLowerCase();
	const at = (k: number): string => (words[i + k] ?? (k < 0 ? '<s>' : '</s>')).toLowerCase();
	const shapeAt = (k: number): string => (words[i + k] === undefined ? '<s>' : shape(words[i + k] ?? ''));
	const features = [
		'b',
		`w=${lower}`,
		`s=${shape(w)}`,
		`p1=${lower.slice(0, 1)}`,
		`p2=${lower.slice(0, 2)}`,
		`p3=${lower.slice(0, 3)}`,
		`x1=${lower.slice(-1)}`,
		`x2=${lower.slice(-2)}`,
		`x3=${lower.slice(-3)}`,
		`x4=${lower.slice(-4)}`,
		`w-1=${at(-1)}`,
		`w+1=${at(1)}`,
		`w-2=${at(-2)}`,
		`w+2=${at(2)}`,
		`s-1=${shapeAt(-1)}`,
		`s+1=${shapeAt(1)}`,
		`s-1s=${shapeAt(-1)}|${shape(w)}|${shapeAt(1)}`,
		`t-1=${previous}`,
		`t-2=${previous2}|${previous}`,
		`t-1w=${previous}|${lower}`,
		`w-1w=${at(-1)}|${lower}`,
		`ww+1=${lower}|${at(1)}`,
		`first=${i === 0}`,
		`head=${headline}|${shape(w)}`,
		`g=${gazetteer.get(lower) ?? '-'}`,
		`g-1=${gazetteer.get(at(-1)) ?? '-'}`,
		`g+1=${gazetteer.get(at(1)) ?? '-'}`,
		`dc=${facts.capitalised.has(lower)}|${facts.lowercase.has(lower)}|${/^\p{Lu}/u.test(w)}`,
	];
	return features.map(hash);
}
