/**
 * Speed of two pure steps that unit tests once timed: the quantity and date
 * parsers on long hostile input (linear, not quadratic), and the same-claim
 * score per sentence pair. Timed here, where a figure is a measurement and not
 * a pass or fail that a busy machine can flip.
 */
import { findDates, findQuantities } from '../src/analysis/quantities/index.js';
import { profileSentence, sameClaimProbability } from '../src/analysis/similarity/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { seededRandom } from '../src/seeded-random.js';

export interface CoreTimes {
	/** Both parsers over 200,000 characters of number words and punctuation, then over five repetitive 200,000-character inputs. */
	parsersLongInputMs: number;
	quantitiesFound: number;
	sameClaimPerPairMs: number;
	pairs: number;
}

export function measureCore(corpus: Corpus): CoreTimes {
	const random = seededRandom(99);
	// prettier-ignore
	const pieces = [
		'more than', 'two', 'dozen', 'spies', '2022', 'Dec.', '9', ',', '-', 'twenty', 'one', 'hundred', 'and', 'of', '$', '3.5m', '🙂',
		'last', 'week', 'ago', 'a', 'few', '1,200', '16:32', '2025-12-09', 'between', 'to', 'US', '—',
	];
	let long = '';
	while (long.length < 200_000) long += (pieces[Math.floor(random() * pieces.length)] ?? '') + (random() < 0.8 ? ' ' : '');
	const parsersStart = performance.now();
	const found = findQuantities(long);
	findDates(long);
	for (const repeated of ['1'.repeat(200_000), 'one '.repeat(50_000), '-'.repeat(200_000), '12:12:'.repeat(30_000), 'twenty-'.repeat(30_000)]) {
		findQuantities(repeated);
		findDates(repeated);
	}
	const parsersLongInputMs = performance.now() - parsersStart;

	const profiles = corpus.articles.flatMap((a) => a.sentences).slice(0, 60).map((s) => profileSentence(s.text));
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
