/**
 * Quantities the versions give for the same thing (quantity-evidence.ts): a
 * difference when they are not all the same, a conflict only when two
 * cannot both be right and count the same thing in the same role ("expel
 * 20 spies" against "expel more than two dozen spies"). Different numbers
 * in different roles ("demanded $5 billion", "offered $2.5 billion") are
 * details the reader sees, never a conflict.
 */
import { compareQuantities, isPersonNoun, type QuantityMention } from '../quantities/index.js';
import { isStopword } from '../similarity/stopwords.js';
import { Concepts } from './same-content.js';
import { compareMentions, describeQuantity, findUnitQuantities, timesNamed, type QuantityVerdict } from './quantity-evidence.js';
import type { ClaimVersion, Difference } from './types.js';

/**
 * What happens to what a number counts is said by the words just before it
 * ("to expel 20 spies", "demanded $5 billion") or, in the passive, just after
 * ("20 spies were expelled"). Names are left out: who says it is attribution.
 */
const ROLE_WINDOW = 3;
const WORD = /[\p{L}][\p{L}'’-]*|[,;:()"“”—–]/gu;
const PASSIVE = /^(?:is|are|was|were|been|be|being|have|has|had)$/u;
/** How many words after a quantity its verb's auxiliary may come: "20 spies working under cover were expelled". */
const PASSIVE_REACH = 5;

interface Read {
	mention: QuantityMention;
	/** Concepts of the content words that say what happens to what the quantity counts. */
	role: Set<string>;
}

function roleOf(text: string, mention: QuantityMention, concepts: Concepts): Set<string> {
	const role = new Set<string>();
	const add = (word: string): void => {
		const lower = word.toLowerCase();
		if (!/^\p{Lu}/u.test(word) && !isStopword(lower) && lower.length > 2) role.add(concepts.of(lower));
	};
	const before = [...text.slice(0, mention.start).matchAll(WORD)].map((m) => m[0]).reverse();
	for (const word of before.slice(0, ROLE_WINDOW + 2)) {
		if (!/\p{L}/u.test(word)) break;
		add(word);
	}
	// "600 agents suspected of espionage were deported": the verb after an auxiliary a few words on.
	const after = [...text.slice(mention.end).matchAll(WORD)].map((m) => m[0]).slice(0, PASSIVE_REACH);
	const auxiliary = after.findIndex((w) => PASSIVE.test(w.toLowerCase()));
	if (auxiliary >= 0 && after.slice(0, auxiliary).every((w) => /\p{L}/u.test(w))) {
		const verb = [...text.slice(mention.end).matchAll(WORD)]
			.map((m) => m[0])
			.slice(auxiliary)
			.find((w) => !PASSIVE.test(w.toLowerCase()));
		if (verb) add(verb);
	}
	return role;
}

const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));

/**
 * The verdict for two quantities in their versions. "more than 200 arrests"
 * and "arrested dozens of protesters" count one thing: the noun of one is the
 * verb around the other, which counts people.
 */
function verdictInContext(x: Read, y: Read, concepts: Concepts): QuantityVerdict | 'detail' {
	let verdict = compareMentions(x.mention, y.mention);
	let sameRole = x.role.size === 0 || y.role.size === 0 || shares(x.role, y.role);
	if (verdict === 'unrelated') {
		const eventOf = (a: Read, b: Read): boolean =>
			a.mention.quantity.unit !== null && isPersonNoun(b.mention.quantity.unit ?? '') && b.role.has(concepts.of(a.mention.quantity.unit));
		if (!(eventOf(x, y) || eventOf(y, x)) || x.mention.part !== y.mention.part) return 'unrelated';
		verdict = compareQuantities({ ...x.mention.quantity, unit: null }, { ...y.mention.quantity, unit: null });
		sameRole = true;
	}
	return verdict === 'conflict' && !sameRole ? 'detail' : verdict;
}

export function quantityDifference(versions: readonly ClaimVersion[], concepts = new Concepts()): Difference | null {
	const found = versions.map((v) => ({
		article: v.article,
		quantities: findUnitQuantities(v.text).map((mention): Read => ({ mention, role: roleOf(v.text, mention, concepts) })),
	}));
	// A rate for 2014 and one for 2007 through 2014 are both right: numbers of times named differently never conflict.
	const times = versions.map((v) => timesNamed(v.text));
	const sameTime = (a: number, b: number): boolean => {
		const x = times[a] as Set<string>;
		const y = times[b] as Set<string>;
		return x.size === 0 || y.size === 0 || (x.size === y.size && [...x].every((t) => y.has(t)));
	};
	// Only quantities that count the same kind as one in another version are compared and shown.
	const linked = found.map(() => new Set<Read>());
	let conflict = false;
	let differs = false;
	for (let a = 0; a < found.length; a++) {
		for (let b = a + 1; b < found.length; b++) {
			const pairs: { x: Read; y: Read; verdict: QuantityVerdict | 'detail' }[] = [];
			for (const x of found[a]?.quantities ?? [])
				for (const y of found[b]?.quantities ?? []) pairs.push({ x, y, verdict: verdictInContext(x, y, concepts) });
			// A number the other version agrees with somewhere is accounted for: "35.7 percent federal,
			// 45.8 percent in all" against "45.8 percent" is no conflict.
			const agreed = new Set(pairs.filter((p) => p.verdict === 'same' || p.verdict === 'compatible').flatMap((p) => [p.x, p.y]));
			for (const { x, y, verdict } of pairs) {
				if (verdict === 'unrelated') continue;
				linked[a]?.add(x);
				linked[b]?.add(y);
				if (verdict === 'conflict' && !agreed.has(x) && !agreed.has(y) && sameTime(a, b)) conflict = true;
				if (verdict !== 'same') differs = true;
			}
		}
	}
	if (!differs) return null;
	const values: Record<string, string> = {};
	const ranges: Record<string, [number, number][]> = {};
	found.forEach(({ article, quantities }, index) => {
		const shown = quantities.filter((q) => linked[index]?.has(q)).map((q) => q.mention);
		if (shown.length === 0) return;
		values[article] = shown.map(describeQuantity).join('; ');
		ranges[article] = shown.map((q): [number, number] => [q.start, q.end]);
	});
	return { kind: 'quantity', values, conflict, ranges };
}
