/**
 * A METEOR-style word alignment: content words are matched one-to-one, and
 * the matched words are grouped into chunks that are contiguous and in the
 * same order in both sentences. Few, long chunks mean the sentences share
 * whole phrases; many short chunks mean shared words used in other roles.
 */
import type { SentenceProfile } from './profile.js';
import { harmonic, safeRatio } from './overlap.js';

export interface AlignmentScore {
	readonly matches: number;
	readonly chunks: number;
	/** Harmonic mean of both directions' coverage, scaled down for fragmentation as in METEOR. */
	readonly score: number;
}

// Reused between calls for speed; alignment positions into the second sentence.
let usedInB = new Uint8Array(64);

/**
 * Greedy left-to-right alignment: each content word of `a` takes the unused
 * occurrence in `b` nearest to just after the previous match, which keeps
 * in-order runs together the way METEOR's minimum-chunk search would in the
 * common case, at a fraction of the cost.
 */
export function alignContent(a: SentenceProfile, b: SentenceProfile): AlignmentScore {
	const left = a.contentStems;
	const right = b.contentStems;
	if (usedInB.length < right.length) usedInB = new Uint8Array(right.length * 2);
	usedInB.fill(0, 0, right.length);
	let matches = 0;
	let chunks = 0;
	let previousLeft = -2;
	let previousRight = -2;
	for (let i = 0; i < left.length; i++) {
		const stem = left[i];
		if (!b.contentStemSet.has(stem ?? '')) continue;
		let best = -1;
		let bestDistance = Infinity;
		for (let j = 0; j < right.length; j++) {
			if (usedInB[j] === 1 || right[j] !== stem) continue;
			const distance = Math.abs(j - (previousRight + 1));
			if (distance < bestDistance) {
				best = j;
				bestDistance = distance;
			}
		}
		if (best < 0) continue;
		usedInB[best] = 1;
		matches++;
		if (!(i === previousLeft + 1 && best === previousRight + 1)) chunks++;
		previousLeft = i;
		previousRight = best;
	}
	if (matches === 0) return { matches, chunks, score: 0 };
	const f = harmonic(safeRatio(matches, left.length), safeRatio(matches, right.length));
	const fragmentation = chunks / matches;
	const penalty = 0.5 * fragmentation * fragmentation * fragmentation;
	return { matches, chunks, score: f * (1 - penalty) };
}
