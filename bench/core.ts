/**
 * Speed of two pure steps that unit tests once timed: the quantity and date
 * parsers on long hostile input (linear, not quadratic), and the same-claim
 * score per sentence pair. Timed here, where a figure is a measurement and not
 * a pass or fail that a busy machine can flip.
 */
import { findDates, findQuantities } from '../src/analysis/quantities/index.js';
import { profileSentence, sameClaimProbability } from '../src/analysis/similarity/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { mixedNumberText, REPEATED_TEXTS } from '../test/helpers/hostile-text.js';

export interface CoreTimes {
	/** Both parsers over 200,000 characters of number words and punctuation, then over five repetitive 200,000-character inputs. */
	parsersLongInputMs: number;
	quantitiesFound: number;
	sameClaimPerPairMs: number;
	pairs: number;
}

export function measureCore(corpus: Corpus): CoreTimes {
	const long = mixedNumberText();
	const parsersStart = performance.now();
	const found = findQuantities(long);
	findDates(long);
	for (const repeated of REPEATED_TEXTS) {
		findQuantities(repeated);
		findDates(repeated);
	}
	const parsersLongInputMs = performance.now() - parsersStart;

	const profiles = corpus.articles
		.flatMap((a) => a.sentences)
		.slice(0, 60)
		.map((s) => profileSentence(s.text));
	let pairs = 0;
	const pairStart = performance.now();
	for (let round = 0; round < 2000 && profiles.length > 1; round++) {
		for (let i = 0; i < profiles.length; i++) {
			const a = profiles[i];
			const b = profiles[(i + round + 1) % profiles.length];
			if (a !== undefined && b !== undefined) sameClaimProbability(a, b);
			pairs++;
		}
	}
	const sameClaimPerPairMs = pairs === 0 ? 0 : (performance.now() - pairStart) / pairs;
	return { parsersLongInputMs, quantitiesFound: found.length, sameClaimPerPairMs, pairs };
}
