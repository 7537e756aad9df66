/**
 * FNV-1a, split so a hash can be continued: hash(a + b) is
 * bucket(mix(mix(FNV_OFFSET, a), b)). Features such as "w-1w=<previous>|<word>"
 * then get their bucket from a state kept per word, with no string built for
 * every token (building and hashing those strings was most of the tagger's time).
 */

export const HASH_BITS = 19;
const MASK = (1 << HASH_BITS) - 1;
export const FNV_OFFSET = 0x811c9dc5;

/** The FNV-1a state after `text`, starting from `state`; not yet reduced to a bucket. */
export function mix(state: number, text: string): number {
	let h = state;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h;
}

/** A state reduced to one of the 2^HASH_BITS buckets of the weight table. */
export function bucket(state: number): number {
	return (state >>> 0) & MASK;
}

export function hash(text: string): number {
	return bucket(mix(FNV_OFFSET, text));
}
