/**
 * Long inputs that once made the quantity and date parsers quadratic: shared by the
 * test that they finish (test/quantities.test.ts) and the bench that times them
 * (bench/core.ts), so both read the same text.
 */
import { seededRandom } from '../../src/seeded-random.js';

/** 200,000 characters of number words, dates and punctuation in a seeded order. */
export function mixedNumberText(): string {
	const random = seededRandom(99);
	// prettier-ignore
	const pieces = [
		'more than', 'two', 'dozen', 'spies', '2022', 'Dec.', '9', ',', '-', 'twenty', 'one', 'hundred', 'and', 'of', '$', '3.5m', '🙂',
		'last', 'week', 'ago', 'a', 'few', '1,200', '16:32', '2025-12-09', 'between', 'to', 'US', '—',
	];
	let long = '';
	while (long.length < 200_000) long += (pieces[Math.floor(random() * pieces.length)] ?? '') + (random() < 0.8 ? ' ' : '');
	return long;
}

/** Five repetitive 200,000-character inputs. */
export const REPEATED_TEXTS: readonly string[] = [
	'1'.repeat(200_000),
	'one '.repeat(50_000),
	'-'.repeat(200_000),
	'12:12:'.repeat(30_000),
	'twenty-'.repeat(30_000),
];
