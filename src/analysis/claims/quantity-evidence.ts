/**
 * Quantities as claim evidence. The only module of the claims analysis that
 * reads src/analysis/quantities, so the rest does not depend on how
 * quantities are parsed.
 *
 * A number alone says little; what makes two quantities comparable is that
 * they count or measure the same kind of thing, which the quantities module
 * gives as the unit ("spy", "person", "percent"; people nouns are related to
 * each other). A quantity with no unit ("rose to 5") is never compared: it
 * could be anything. Two units that give compatible or even conflicting
 * counts of the same kind are likely stating the same claim, and their
 * disagreement is exactly what the claims view must show.
 */
import { compareQuantities, findDates, findQuantities, quantityValueText, type QuantityMention } from '../quantities/index.js';
import type { QuantityEvidence } from './affinity.js';
import { wordConcept } from './concept-lexicon.js';

export type QuantityVerdict = 'same' | 'compatible' | 'conflict' | 'unrelated';

export function findUnitQuantities(text: string): QuantityMention[] {
	return findQuantities(text).filter((q) => q.quantity.unit !== null);
}

/** The times a text names ("2014", "from 2007 through 2014", "last year"), as dates where known, else as written. */
export function timesNamed(text: string): Set<string> {
	return new Set(findDates(text).map((d) => d.iso ?? d.text.toLowerCase()));
}

/** The verdict for two quantities; 'unrelated' when they count different things or either says not what. */
export function compareMentions(a: QuantityMention, b: QuantityMention): QuantityVerdict {
	if (a.quantity.unit === null || b.quantity.unit === null) return 'unrelated';
	// "15 of the 19 hijackers": a part is compared with parts only, never with a whole or a plain count.
	if ((a.part === 'part') !== (b.part === 'part')) return 'unrelated';
	return compareQuantities(a.quantity, b.quantity);
}

/** "more than two dozen Russian spies (>24 spy)": the words as written, then the value as read. */
export function describeQuantity(q: QuantityMention): string {
	return `${q.text} (${quantityValueText(q.quantity, q.part ?? null)})`;
}

const NO_QUANTITIES: { mentions: QuantityMention[]; kinds: (string | null)[] } = { mentions: [], kinds: [] };

/**
 * A unit's quantities, as the claim affinity asks about them. Read on first
 * use: only units that blocking pairs with another are ever asked, and
 * parsing quantities costs more than everything else about a unit.
 */
export class UnitQuantities implements QuantityEvidence {
	private read: { mentions: QuantityMention[]; kinds: (string | null)[] } | undefined;

	/** `holdsConcept` asks the unit's own concepts: a unit the text does not spell out ("$" read as "usd") is no evidence. */
	constructor(
		private readonly text: string,
		private readonly holdsConcept: (concept: string) => boolean,
	) {}

	private parsed(): { mentions: QuantityMention[]; kinds: (string | null)[] } {
		if (this.read === undefined) {
			const mentions = findUnitQuantities(this.text);
			// Most units count nothing; they share one empty result.
			if (mentions.length === 0) {
				this.read = NO_QUANTITIES;
				return this.read;
			}
			const kinds = mentions.map((m) => {
				const kind = wordConcept(m.quantity.unit ?? '', false);
				return this.holdsConcept(kind) ? kind : null;
			});
			this.read = { mentions, kinds };
		}
		return this.read;
	}

	/** Kind concepts of the quantities both count, whether the counts agree or not. */
	sharedKinds(other: QuantityEvidence): readonly string[] {
		if (!(other instanceof UnitQuantities)) return [];
		const mine = this.parsed();
		const theirs = other.parsed();
		const kinds = new Set<string>();
		mine.mentions.forEach((x, i) => {
			theirs.mentions.forEach((y, j) => {
				const a = mine.kinds[i];
				const b = theirs.kinds[j];
				if (a == null || b == null || compareMentions(x, y) === 'unrelated') return;
				kinds.add(a);
				kinds.add(b);
			});
		});
		return [...kinds];
	}
}
