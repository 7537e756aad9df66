/**
 * Whether two quantities can both be true. Each is read as an interval
 * (exactly 20 is [20, 20], more than 24 is (24, ∞), about 40 is 40 ± 10%);
 * overlapping intervals are compatible, disjoint ones conflict.
 */
import type { QuantityValue } from './types.js';

export type Comparison = 'same' | 'compatible' | 'conflict' | 'unrelated';

/** "about" allows this much either way. */
const ABOUT = 0.1;

/** Nouns for people; counts of spies, officials and "people" may count the same group. */
const PERSON_NOUNS = new Set([
	'person', 'people', 'individual', 'man', 'woman', 'child', 'adult', 'spy', 'agent', 'operative', 'diplomat', 'official', 'officer',
	'soldier', 'troop', 'civilian', 'worker', 'employee', 'member', 'citizen', 'resident', 'national', 'suspect', 'victim', 'student',
	'staff', 'journalist', 'accomplice', 'migrant', 'refugee', 'prisoner', 'detainee', 'protester', 'voter', 'patient', 'passenger',
]);
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

interface Interval {
	low: number;
	high: number;
	lowOpen: boolean;
	highOpen: boolean;
}

function interval(q: QuantityValue): Interval {
	switch (q.bound) {
		case 'exact':
			return { low: q.value, high: q.value, lowOpen: false, highOpen: false };
		case 'more-than':
			return { low: q.value, high: Infinity, lowOpen: true, highOpen: false };
		case 'at-least':
			return { low: q.value, high: Infinity, lowOpen: false, highOpen: false };
		case 'less-than':
			return { low: 0, high: q.value, lowOpen: false, highOpen: true };
		case 'at-most':
			return { low: 0, high: q.value, lowOpen: false, highOpen: false };
		case 'about':
			return { low: q.value * (1 - ABOUT), high: q.value * (1 + ABOUT), lowOpen: false, highOpen: false };
		case 'range':
			return { low: q.value, high: q.high ?? q.value, lowOpen: false, highOpen: false };
	}
}

function overlaps(a: Interval, b: Interval): boolean {
	if (a.high < b.low || b.high < a.low) return false;
	if (a.high === b.low) return !a.highOpen && !b.lowOpen;
	if (b.high === a.low) return !b.highOpen && !a.lowOpen;
	return true;
}

export function unitsRelated(a: string | null, b: string | null): boolean {
	if (a === null || b === null || a === b) return true;
	if (PERSON_NOUNS.has(a) && PERSON_NOUNS.has(b)) return true;
	return false;
}

export function compareQuantities(a: QuantityValue, b: QuantityValue): Comparison {
	if (!unitsRelated(a.unit, b.unit)) return 'unrelated';
	if (a.unit !== null && b.unit !== null && TIME_UNITS.has(a.unit) !== TIME_UNITS.has(b.unit)) return 'unrelated';
	if (a.bound === b.bound && a.value === b.value && a.high === b.high) return 'same';
	return overlaps(interval(a), interval(b)) ? 'compatible' : 'conflict';
}
