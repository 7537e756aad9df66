/**
 * Whether two reported quantities can both be true. Each is read as the interval of true
 * values it allows (exactly 20 is [20, 20], more than 24 is (24, ∞), about 40 is 40 ± 10%,
 * dozens [24, 120)); overlapping intervals are compatible, disjoint ones conflict.
 */
import { conversionFactor, isPersonNoun } from './units.js';
import type { QuantityComparison, QuantityValue } from './types.js';

/** How far "about" reaches either side: a tenth, but at least one for small counts ("about 5" allows 6). */
const ABOUT_SHARE = 0.1;
/** Vague "about" counts ("a few", "a handful") are looser still. */
const VAGUE_ABOUT_SHARE = 0.5;

/**
 * How far a plural of magnitude reaches: "dozens" (read as at least 24) stops
 * short of 120, "hundreds" (200) of 1,000, "thousands" (2,000) of 10,000,
 * where a writer would have used the next magnitude.
 */
const VAGUE_REACH = 5;

/** How far a round figure reaches either side: it was rounded to its last non-zero digit, or near it. */
const ROUND_SHARE = 0.05;

/** 100 and up, ending in two zeros or more: 800,000 or 5e9, not 20, 137 or 2,345. */
function isRound(value: number): boolean {
	return Number.isInteger(value) && value >= 100 && value % 100 === 0;
}

interface Interval {
	low: number;
	high: number;
	lowOpen: boolean;
	highOpen: boolean;
}

function closed(low: number, high: number): Interval {
	return { low, high, lowOpen: false, highOpen: false };
}

function interval(quantity: QuantityValue, factor: number): Interval {
	const value = quantity.value * factor;
	switch (quantity.bound) {
		case 'exact': {
			// "800,000 workers", "$5 billion": a round figure is rounded, so "more than 800,000" does not contradict it.
			if (!quantity.vague && isRound(quantity.value)) return closed(value * (1 - ROUND_SHARE), value * (1 + ROUND_SHARE));
			return closed(value, value);
		}
		case 'more-than':
			return { low: value, high: Number.POSITIVE_INFINITY, lowOpen: true, highOpen: false };
		case 'at-least':
			// "dozens", "hundreds", "several": an order of magnitude, not an open end; 200 arrests are not "dozens".
			return quantity.vague
				? { low: value, high: value * VAGUE_REACH, lowOpen: false, highOpen: true }
				: closed(value, Number.POSITIVE_INFINITY);
		case 'less-than':
			return { low: 0, high: value, lowOpen: false, highOpen: true };
		case 'at-most':
			return closed(0, value);
		case 'about': {
			const share = quantity.vague ? VAGUE_ABOUT_SHARE : ABOUT_SHARE;
			const reach = Math.max(Math.abs(value) * share, Number.isInteger(quantity.value) && Math.abs(quantity.value) >= 1 ? factor : 0);
			return closed(value - reach, value + reach);
		}
		case 'range':
			return closed(value, (quantity.high ?? quantity.value) * factor);
	}
}

/** Relative tolerance for equality after unit conversion (132 months against 11 years). */
const EPSILON = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
	if (a === b) return true;
	if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
	return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether some value lies in both intervals; an open end excludes its own endpoint. */
function overlaps(a: Interval, b: Interval): boolean {
	const low = Math.max(a.low, b.low);
	const high = Math.min(a.high, b.high);
	if (nearlyEqual(low, high)) {
		const lowOpen = (nearlyEqual(a.low, low) && a.lowOpen) || (nearlyEqual(b.low, low) && b.lowOpen);
		const highOpen = (nearlyEqual(a.high, high) && a.highOpen) || (nearlyEqual(b.high, high) && b.highOpen);
		return !lowOpen && !highOpen;
	}
	return low < high;
}

/**
 * Whether two units may count the same thing: equal, either unknown, both people ("spies"
 * and "people" may be the same group), or convertible (months and years).
 */
export function unitsRelated(a: string | null, b: string | null): boolean {
	if (a === null || b === null || a === b) return true;
	if (isPersonNoun(a) && isPersonNoun(b)) return true;
	return conversionFactor(b, a) !== null;
}

function sameClaim(a: QuantityValue, b: QuantityValue, factor: number): boolean {
	const equal = (x: number | undefined, y: number | undefined): boolean =>
		x === y || (x !== undefined && y !== undefined && nearlyEqual(x, y * factor));
	return a.bound === b.bound && a.vague === b.vague && equal(a.value, b.value) && equal(a.high, b.high);
}

/**
 * 'same' for identical claims, 'compatible' when both can be true (one may just be less
 * precise), 'conflict' when they cannot, 'unrelated' when they count different things.
 * With no unit on either side only the numbers are compared.
 */
export function compareQuantities(a: QuantityValue, b: QuantityValue): QuantityComparison {
	if (!unitsRelated(a.unit, b.unit)) return 'unrelated';
	// b is expressed in a's unit: 132 months against 11 years compares 11 against 11.
	const factor = a.unit !== null && b.unit !== null && a.unit !== b.unit ? (conversionFactor(b.unit, a.unit) ?? 1) : 1;
	if (sameClaim(a, b, factor)) return 'same';
	return overlaps(interval(a, 1), interval(b, factor)) ? 'compatible' : 'conflict';
}
