/**
 * Where one sentence carries two claims. Two joints are trusted:
 *
 * - a semicolon: "The embassy denied it; officials insisted";
 * - a colon between two long sides: "The culmination was a list compiled by
 *   the CIA: it contained the names of more than 20 people". A colon after a
 *   short lead-in ("He said: ...", "Update: ...") or before a short list is
 *   not a joint between claims, hence the length rule on both sides.
 *
 * - a comma before a participle that adds a consequence or a means: "Russia
 *   stepped up its intelligence work, leveraging its proximity to the US";
 *   "Moscow doubled its efforts, making Mexico its preferred base". Words in
 *   -ing that introduce a source or a circumstance ("according to", "citing",
 *   "including", "following") are prepositions here, not a second claim.
 *
 * A colon inside digits ("10:30") or right after an opening quote is never a joint.
 */
import { words } from '../../word-lists.js';

/** A clause needs this many words to stand as a claim of its own. */
export const MIN_CLAUSE_WORDS = 6;

/** Colon joints introduce quotes ("said: ...") as often as claims, so the lead-in must be longer. */
const MIN_COLON_LEAD_WORDS = 6;

/** Verbs after which a colon opens a quotation, not a second claim. */
const QUOTE_LEAD = /\b(?:said|says|say|told|added|wrote|writes|noted|stated|declared|explained|asked|tweeted|posted)\s*$/iu;

const JOINT = /(?<!\d)([;:])(?!\d)\s+|(,)\s+(?=\p{Ll}+ing\s)/gu;

/**
 * -ing words that open a phrase of source, scope or time rather than a second
 * claim, and words in -ing that are not verbs ("king", "thing").
 */
const NOT_PARTICIPLES = new Set(
	words(
		'according adding alleging citing concerning considering during excluding following including involving',
		'noting notwithstanding pending preceding quoting regarding saying',
		'bring king nothing something spring string thing wing',
	),
);

export function clauseRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	let start = 0;
	for (const match of text.matchAll(JOINT)) {
		const end = match.index;
		const lead = text.slice(start, end);
		const rest = text.slice(end + match[0].length);
		const minLead = match[1] === ':' ? MIN_COLON_LEAD_WORDS : MIN_CLAUSE_WORDS;
		if (match[1] === ':' && (QUOTE_LEAD.test(lead) || /^["“”'‘’]/u.test(rest))) continue;
		if (match[2] === ',' && NOT_PARTICIPLES.has(/^\p{Ll}+/u.exec(rest)?.[0] ?? '')) continue;
		if (wordCount(lead) < minLead || wordCount(rest) < MIN_CLAUSE_WORDS) continue;
		ranges.push([start, end + 1]);
		start = end + match[0].length;
	}
	ranges.push([start, text.length]);
	return ranges;
}

export function wordCount(text: string): number {
	return text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}
