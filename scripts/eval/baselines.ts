/**
 * Reference points for the same-claim scorer: what you get with no model at
 * all (always the majority answer) and with the plainest lexical signal
 * (word overlap with a tuned cut). A scorer that does not beat both clearly
 * is not worth its complexity.
 */

function plainWords(text: string): Set<string> {
	return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Harmonic mean of the share of each sentence's distinct words found in the other: no stemming, no stopwords. */
export function wordOverlap(first: string, second: string): number {
	const a = plainWords(first);
	const b = plainWords(second);
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	if (shared === 0) return 0;
	const coverageA = shared / a.size;
	const coverageB = shared / b.size;
	return (2 * coverageA * coverageB) / (coverageA + coverageB);
}
