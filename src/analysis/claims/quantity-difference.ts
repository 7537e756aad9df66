/**
 * Quantities the versions give for the same kind of thing (quantity-evidence.ts):
 * a difference when they are not all the same, a conflict when two cannot
 * both be right ("20" against "more than two dozen"), merely less precise
 * when they can ("more than 20" against "more than two dozen").
 */
import type { QuantityMention } from '../quantities/index.js';
import { compareMentions, describeQuantity, findUnitQuantities } from './quantity-evidence.js';
import type { ClaimVersion, Difference } from './types.js';

export function quantityDifference(versions: readonly ClaimVersion[]): Difference | null {
	const found = versions.map((v) => ({ article: v.article, quantities: findUnitQuantities(v.text) }));
	// Only quantities that count the same kind as one in another version are compared and shown.
	const linked = found.map(() => new Set<QuantityMention>());
	let conflict = false;
	let differs = false;
	for (let a = 0; a < found.length; a++) {
		for (let b = a + 1; b < found.length; b++) {
			for (const x of found[a]?.quantities ?? []) {
				for (const y of found[b]?.quantities ?? []) {
					const verdict = compareMentions(x, y);
					if (verdict === 'unrelated') continue;
					linked[a]?.add(x);
					linked[b]?.add(y);
					if (verdict === 'conflict') conflict = true;
					if (verdict !== 'same') differs = true;
				}
			}
		}
	}
	if (!differs) return null;
	const values: Record<string, string> = {};
	const ranges: Record<string, [number, number][]> = {};
	found.forEach(({ article, quantities }, index) => {
		const shown = quantities.filter((q) => linked[index]?.has(q));
		if (shown.length === 0) return;
		values[article] = shown.map(describeQuantity).join('; ');
		ranges[article] = shown.map((q): [number, number] => [q.start, q.end]);
	});
	return { kind: 'quantity', values, conflict, ranges };
}
