/**
 * n-grams are compared as sorted arrays of numeric hashes rather than maps of
 * strings: merging two short sorted arrays is several times faster than
 * string-keyed lookups, and pair scoring is the hot path. Two independent
 * 32-bit multiplicative hashes are combined into a 53-bit value, so a
 * collision between two different n-grams of one pair is practically
 * impossible. n-gram hashes are built from per-token hashes, never by joining
 * strings, which kept profiling a sentence cheap.
 */

const LOW_PRIME = 0x01000193;
const HIGH_PRIME = 0x5bd1e995;

/** Two independent 32-bit hashes of each token, computed once per token. */
export interface TokenHashes {
	readonly low: Int32Array;
	readonly high: Int32Array;
}

export function hashTokens(tokens: readonly string[]): TokenHashes {
	const low = new Int32Array(tokens.length);
	const high = new Int32Array(tokens.length);
	tokens.forEach((token, index) => {
		let l = 0x811c9dc5;
		let h = HIGH_PRIME ^ token.length;
		for (let i = 0; i < token.length; i++) {
			const code = token.charCodeAt(i);
			l = Math.imul(l ^ code, LOW_PRIME);
			h = Math.imul(h ^ code, HIGH_PRIME);
			h ^= h >>> 15;
		}
		low[index] = l;
		high[index] = h;
	});
	return { low, high };
}

/** Sorted 53-bit hashes of the n-grams of one order, repeats kept unless `unique`. */
export function ngramHashes(tokens: TokenHashes, order: number, unique: boolean): Float64Array {
	const count = Math.max(tokens.low.length - order + 1, 0);
	const hashes = new Float64Array(count);
	for (let start = 0; start < count; start++) {
		let l = 0x811c9dc5 ^ order;
		let h = 0x2545f491 ^ order;
		for (let k = start; k < start + order; k++) {
			l = Math.imul(l ^ (tokens.low[k] as number), LOW_PRIME);
			h = Math.imul(h ^ (tokens.high[k] as number), HIGH_PRIME);
			h ^= h >>> 13;
		}
		hashes[start] = (h >>> 0) * 0x200000 + ((l >>> 0) >>> 11);
	}
	hashes.sort();
	return unique ? dropRepeats(hashes) : hashes;
}

/**
 * Sorted distinct character trigrams of space-padded words. Three UTF-16 code
 * units fit exactly in 48 bits, so these codes are collision-free.
 */
export function charTrigramCodes(words: readonly string[]): Float64Array {
	let total = 0;
	for (const word of words) total += word.length;
	const codes = new Float64Array(total);
	let next = 0;
	const space = 0x20;
	for (const word of words) {
		// Padding with a space on each side gives word-boundary trigrams without building a padded string.
		let first = space;
		let second = word.charCodeAt(0);
		for (let i = 1; i <= word.length; i++) {
			const third = i < word.length ? word.charCodeAt(i) : space;
			codes[next++] = first * 0x100000000 + second * 0x10000 + third;
			first = second;
			second = third;
		}
	}
	return dropRepeats(codes.subarray(0, next).sort());
}

function dropRepeats(sorted: Float64Array): Float64Array {
	let kept = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i] as number;
	return sorted.subarray(0, kept);
}

/**
 * Items the two sorted arrays have in common, each matched at most once per
 * occurrence on both sides (BLEU-style clipping for arrays with duplicates).
 */
export function sortedMatches(a: Float64Array, b: Float64Array): number {
	let i = 0;
	let j = 0;
	let matches = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] ?? 0;
		const y = b[j] ?? 0;
		if (x === y) {
			matches++;
			i++;
			j++;
		} else if (x < y) {
			i++;
		} else {
			j++;
		}
	}
	return matches;
}
