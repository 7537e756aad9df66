/**
 * The words each version adds to the central version, and the central
 * version's words it leaves out, from a word diff (jsdiff) against the
 * central version, which buildCluster puts first.
 */
import { diffWords } from 'diff';
import type { ClaimVersion, Difference } from './types.js';

/** Words too common to count as a wording difference. */
const FUNCTION_WORDS = new Set(
	'a an the of to in on at by for with from and or but as is are was were be been being has have had it its this that these those their his her they them which who whom whose than then there here also even such so not no'.split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Enough words to see what a version adds without filling the screen. */
const LISTED_WORDS = 8;

export function wordingDifference(versions: readonly ClaimVersion[]): Difference | null {
	const [central, ...others] = versions;
	if (!central) return null;
	const values: Record<string, string> = {};
	const ranges: Record<string, [number, number][]> = {};
	const droppedBy = new Map<string, number>();
	for (const other of others) {
		const added: string[] = [];
		const dropped: string[] = [];
		const otherRanges: [number, number][] = [];
		let cursor = 0;
		for (const part of diffWords(central.text, other.text, { ignoreCase: true })) {
			if (part.removed) {
				const words = contentWords(part.value);
				dropped.push(...words);
				for (const w of new Set(words)) droppedBy.set(w, (droppedBy.get(w) ?? 0) + 1);
				continue;
			}
			if (part.added) {
				for (const m of part.value.matchAll(WORD)) {
					if (FUNCTION_WORDS.has(m[0].toLowerCase())) continue;
					added.push(m[0].toLowerCase());
					otherRanges.push([cursor + m.index, cursor + m.index + m[0].length]);
				}
			}
			cursor += part.value.length;
		}
		if (added.length === 0 && dropped.length === 0) continue;
		values[other.article] = describe(added, dropped);
		ranges[other.article] = otherRanges;
	}
	if (Object.keys(values).length === 0) return null;
	// Words of the central version that every other version leaves out.
	const onlyCentral = new Set([...droppedBy].filter(([, n]) => n === others.length).map(([w]) => w));
	ranges[central.article] = [...central.text.matchAll(WORD)]
		.filter((m) => onlyCentral.has(m[0].toLowerCase()))
		.map((m): [number, number] => [m.index, m.index + m[0].length]);
	values[central.article] = onlyCentral.size > 0 ? `only here: ${[...onlyCentral].slice(0, LISTED_WORDS).join(', ')}` : 'the reference wording';
	return { kind: 'wording', values, conflict: false, ranges };
}

function contentWords(text: string): string[] {
	return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => !FUNCTION_WORDS.has(w));
}

function describe(added: readonly string[], dropped: readonly string[]): string {
	const parts: string[] = [];
	if (added.length > 0) parts.push(`adds ${[...new Set(added)].slice(0, LISTED_WORDS).join(', ')}`);
	if (dropped.length > 0) parts.push(`drops ${[...new Set(dropped)].slice(0, LISTED_WORDS).join(', ')}`);
	return parts.join('; ');
}
