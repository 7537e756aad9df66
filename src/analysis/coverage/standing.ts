/**
 * Who stands apart when versions are compared two by two: an article whose
 * version disagrees with more of the others than agree with it. Of two
 * versions that disagree, both stand apart (nothing tells which is right); of
 * three where two agree, only the third. So a marked cell says "this outlet
 * is the odd one out", not merely "the claim has a difference somewhere".
 */
import type { ClaimCluster, ClaimVersion } from '../claims/types.js';
import { quantityDifference } from '../claims/quantity-difference.js';

/**
 * Articles grouped by what they say (`values`: article → value, as a
 * difference gives them); articles with the same value agree, and two groups
 * disagree unless `disagree`, asked of an article of each, says otherwise. The
 * cost is the number of distinct values squared, not of articles.
 */
export function standingApart(
	values: Readonly<Record<string, string>>,
	disagree: (a: string, b: string) => boolean = () => true,
): Set<string> {
	const groups = new Map<string, string[]>();
	for (const [article, value] of Object.entries(values)) {
		const group = groups.get(value);
		if (group) group.push(article);
		else groups.set(value, [article]);
	}
	const entries = [...groups];
	const apart = new Set<string>();
	for (const [value, members] of entries) {
		// The others of the same value agree with each member.
		let agree = members.length - 1;
		let against = 0;
		for (const [other, theirs] of entries) {
			if (other === value) continue;
			if (disagree(members[0] as string, theirs[0] as string)) against += theirs.length;
			else agree += theirs.length;
		}
		if (against > agree) for (const m of members) apart.add(m);
	}
	return apart;
}

/**
 * In a claim whose numbers conflict, the articles whose numbers stand apart
 * (none in any other claim): the claim's quantity step run on two versions
 * at a time, each pair of distinct values once. It reads the claim alone,
 * and only the few claims whose numbers conflict.
 */
export function numbersApart(claim: ClaimCluster): Set<string> {
	const numbers = claim.differences.find((d) => d.kind === 'quantity' && d.conflict);
	if (!numbers) return new Set();
	const best = new Map<string, ClaimVersion>(claim.versions.filter((v) => v.best).map((v) => [v.article, v]));
	const conflict = (a: string, b: string): boolean => {
		const x = best.get(a);
		const y = best.get(b);
		return x !== undefined && y !== undefined && quantityDifference([x, y])?.conflict === true;
	};
	return standingApart(numbers.values, conflict);
}
