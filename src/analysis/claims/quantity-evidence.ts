/**
 * Quantities as claim evidence. The only module of the claims analysis that
 * reads src/analysis/quantities, so the rest compiles and is testable on its
 * own.
 *
 * A number alone says little ("2022", "two"); what makes two quantities
 * comparable is that they count the same kind of thing. The kind is the
 * quantity's unit when it has one ("percent", "dollar"), or else the concepts
 * of the words right after it ("more than 20 people working ..." counts
 * person). Two units that give compatible or even conflicting counts of the
 * same kind are very likely stating the same claim, and their disagreement is
 * exactly what the claims view must show.
 */
import { compareQuantities, findQuantities, type QuantityMention } from '../quantities/index.js';
import type { QuantityEvidence } from './affinity-features.js';
import { profileConcepts } from './concepts.js';

export type QuantityVerdict = 'same' | 'compatible' | 'conflict' | 'unrelated';

export interface CountedQuantity {
	readonly mention: QuantityMention;
	/** What is counted: the unit, or the concepts of the next content words. */
	readonly kind: ReadonlySet<string>;
}

/** How many content words after a number describe what it counts ("two dozen Russian spies"). */
const KIND_WORDS = 2;
/** Enough text after a number to hold KIND_WORDS words. */
const KIND_WINDOW = 60;

export function countedQuantities(text: string): CountedQuantity[] {
	return findQuantities(text).map((mention) => ({ mention, kind: kindOf(text, mention) }));
}

function kindOf(text: string, mention: QuantityMention): ReadonlySet<string> {
	if (mention.quantity.unit !== null) return new Set([`unit:${mention.quantity.unit}`]);
	// The kind stops at the end of the clause: "in 2022, Moscow ..." counts no Moscow.
	const after = text.slice(mention.end, mention.end + KIND_WINDOW).split(/[,;:.()"“”]/u)[0] ?? '';
	return new Set(profileConcepts(after).concepts.filter((c) => !/^\d/u.test(c)).slice(0, KIND_WORDS));
}

function sameKind(a: CountedQuantity, b: CountedQuantity): boolean {
	for (const k of a.kind) if (b.kind.has(k)) return true;
	return false;
}

const RANK: Readonly<Record<QuantityVerdict, number>> = { unrelated: 0, same: 1, compatible: 2, conflict: 3 };

/** The verdict of two quantities counting the same kind of thing; 'unrelated' when they count different things. */
export function compareCounted(a: CountedQuantity, b: CountedQuantity): QuantityVerdict {
	if (!sameKind(a, b)) return 'unrelated';
	return compareQuantities(a.mention.quantity, b.mention.quantity);
}

/** Two units' quantities: the most serious verdict among the pairs that count the same kind of thing. */
export function compareQuantitySets(a: readonly CountedQuantity[], b: readonly CountedQuantity[]): QuantityVerdict {
	let verdict: QuantityVerdict = 'unrelated';
	for (const x of a) {
		for (const y of b) {
			const v = compareCounted(x, y);
			if (RANK[v] > RANK[verdict]) verdict = v;
		}
	}
	return verdict;
}

const BOUND_SYMBOL: Readonly<Record<string, string>> = { exact: '', 'more-than': '>', 'at-least': '≥', 'less-than': '<', 'at-most': '≤', about: '~', range: '' };

/** "more than two dozen (>24)": the words as written, then the value as read. */
export function describeQuantity(q: QuantityMention): string {
	const { bound, value, high, unit, vague } = q.quantity;
	const number = high === undefined ? String(value) : `${value}-${high}`;
	return `${q.text} (${BOUND_SYMBOL[bound] ?? ''}${number}${unit ? ` ${unit}` : ''}${vague ? ', vague' : ''})`;
}

/** A unit's quantities, as the affinity features ask about them. */
export class UnitQuantities implements QuantityEvidence {
	constructor(readonly counted: readonly CountedQuantity[]) {}

	static of(text: string): UnitQuantities {
		return new UnitQuantities(countedQuantities(text));
	}

	/** True when some quantity of each counts the same kind of thing, whether the counts agree or not. */
	linkedWith(other: QuantityEvidence): boolean {
		if (!(other instanceof UnitQuantities) || this.counted.length === 0 || other.counted.length === 0) return false;
		return compareQuantitySets(this.counted, other.counted) !== 'unrelated';
	}
}
