/**
 * One name, one type, everywhere in an article. A tagger decides each
 * occurrence from its few neighbouring words, so "Mr. Strzok" is missed after
 * "Peter Strzok" was found, and "Trump" is a person in one sentence and a
 * company (as in 1996's Reuters) in the next. A reader settles it from the
 * whole article; so does this, in three steps:
 * - votes: each tagged name votes for its label; a person's title just before
 *   it ("Mr.", "Sen.", "President") is strong evidence of a person, and so is a
 *   full name for its surname ("Tony Blair" for "Blair") and a titled surname
 *   for the full name ending in it ("Mr. Romney" for "Mitt Romney");
 * - every occurrence of a name takes the label with most votes;
 * - occurrences the tagger left untagged are tagged, written exactly as the
 *   tagged ones (case included, so "Page" the person is not "page").
 */

import { isPersonTitle } from './roles.js';
import { isTeamPlural } from './common-nouns.js';

export interface LabelledSpan {
	label: string;
	start: number;
	end: number;
}

/** The word just before `start`, one space away, is a person's title ("Mr. Strzok", "Sen. Akin", "President Obama"). */
function isTitled(text: string, start: number): boolean {
	if (start < 3 || text[start - 1] !== ' ') return false;
	const from = text.lastIndexOf(' ', start - 2) + 1;
	return isPersonTitle(text.slice(from, start - 1).replace(/^["“‘(]/u, ''));
}

/** Evidence a title or a full name gives, against one tagged occurrence's one vote. */
const STRONG = 3;

/** A tagged name as compared across the article: no possessive. */
export function nameKey(text: string): string {
	return text.replace(/['’]s?$/u, '');
}

/** `spans[i]` are the names of `texts[i]`; returns them made consistent (new arrays, same order of sentences). */
export function consistentNames<S extends LabelledSpan>(
	texts: readonly string[],
	spans: readonly (readonly S[])[],
	make: (label: string, start: number, end: number) => S,
): S[][] {
	const votes = new Map<string, Map<string, number>>();
	const vote = (key: string, label: string, weight: number): void => {
		if (!isPropagatable(key)) return;
		const byLabel = votes.get(key) ?? new Map<string, number>();
		byLabel.set(label, (byLabel.get(label) ?? 0) + weight);
		votes.set(key, byLabel);
	};
	const titledNames = new Set<string>();
	spans.forEach((list, i) => {
		const text = texts[i] ?? '';
		for (const span of list) {
			const key = nameKey(text.slice(span.start, span.end));
			const titled = isTitled(text, span.start);
			vote(key, titled ? 'PER' : span.label, titled ? STRONG : 1);
			const words = key.split(/\s+/u);
			if ((span.label === 'PER' || titled) && words.length >= 2) vote(words.at(-1) ?? '', 'PER', STRONG);
			// "the New Orleans Saints", then "the Saints": a team's plural alone is the team.
			else if (span.label === 'ORG' && words.length >= 2 && isTeamPlural(words.at(-1) ?? '')) vote(words.at(-1) ?? '', 'ORG', 1);
			// "The AARP" tagged once: the acronym written without "The" is that body wherever the tagger left it.
			if (words.length === 2 && words[0] === 'The' && /^\p{Lu}{2,}$/u.test(words[1] ?? '')) vote(words[1] ?? '', span.label, 1);
			if (titled) titledNames.add(key);
			// A run the tagger opened on the title ("Bishop Jenky", "President Trump"): the rest is titled.
			if (words.length >= 2 && isPersonTitle(words[0] ?? '')) titledNames.add(words.slice(1).join(' '));
		}
	});
	// The tagger may leave a titled name untagged ("President Trump stood firm"): the title still counts, found
	// where the untagged occurrences are looked up anyway, and the article is labelled again with it.
	const titledLate = new Set<string>();
	const label = (winner: ReadonlyMap<string, string>): S[][] => {
		const index = nameIndex([...winner.keys()]);
		return spans.map((list, i) => {
			const text = texts[i] ?? '';
			const out = list.map((span) => {
				const label = winner.get(nameKey(text.slice(span.start, span.end)));
				return label && label !== span.label ? { ...span, label } : span;
			});
			let added = false;
			for (const { start, end, key } of occurrences(text, index)) {
				if (out.some((s) => s.start < end && start < s.end)) continue;
				const label = winner.get(key);
				if (label === undefined) continue;
				if (label !== 'PER' && isTitled(text, start)) titledLate.add(key);
				if (label === 'MISC') continue;
				out.push(make(label, start, end));
				added = true;
			}
			return added ? out.sort((a, b) => a.start - b.start) : out;
		});
	};
	const labelled = label(winners(votes, titledNames));
	return titledLate.size === 0 ? labelled : label(winners(votes, new Set([...titledNames, ...titledLate])));
}

/**
 * Each name's label: the one with most votes, or a person's when a title
 * stands before it or before the surname it ends in ("Mr. Romney" makes a
 * person of "Mitt Romney", which a tagger may take for an organisation).
 */
function winners(votes: ReadonlyMap<string, ReadonlyMap<string, number>>, titledNames: ReadonlySet<string>): Map<string, string> {
	const winner = new Map<string, string>();
	for (const [key, byLabel] of votes) {
		const titled = titledNames.has(key) || (titledNames.size > 0 && endsInTitledSurname(key, titledNames));
		const [best, second] = [...byLabel.entries()].sort((a, b) => b[1] - a[1]);
		// A title settles it: "President Trump" once, and "Trump" is no company (as in 1996's Reuters) however often he is named bare.
		if (titled) winner.set(key, 'PER');
		else if (best && (!second || best[1] > second[1])) winner.set(key, best[0]);
	}
	return winner;
}

/** "Mitt Romney" where "Mr. Romney" is titled: two or three capitalised words or initials, the last titled. */
function endsInTitledSurname(key: string, titledNames: ReadonlySet<string>): boolean {
	const space = key.lastIndexOf(' ');
	if (space < 0 || !titledNames.has(key.slice(space + 1))) return false;
	const words = key.split(' ');
	return words.length <= 3 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]|^\p{Lu}\.$/u.test(w));
}

/** The names by their first run of letters and digits ("U" for "U.S.", "Strzok" for "Strzok"), longest first. */
function nameIndex(keys: readonly string[]): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const key of [...keys].sort((a, b) => b.length - a.length)) {
		const head = LEADING_RUN.exec(key)?.[0];
		if (head === undefined) continue;
		const list = index.get(head);
		if (list) list.push(key);
		else index.set(head, [key]);
	}
	return index;
}

const LEADING_RUN = /^[\p{L}\p{N}]+/u;
/** LEADING_RUN read in place (sticky), without cutting the text. */
const RUN_AT = /[\p{L}\p{N}]+/uy;
/** Where a word starts with a capital or a digit, not glued by a hyphen ("anti-Trump" is an adjective). */
const WORD_START = /(?<![\p{L}\p{N}-])[\p{Lu}\p{N}]/gu;
const GLUED_AFTER = /^(?:[\p{L}\p{N}]|-\p{L})/u;

/**
 * Every whole-word occurrence of a name in `text`, the longest name at each
 * place. Looked up by each capitalised word's first run of letters, so the
 * cost grows with the words of the text, not with the number of names (an
 * alternation of every name in one regular expression cost more than the
 * tagger itself).
 */
function* occurrences(text: string, index: ReadonlyMap<string, readonly string[]>): Generator<{ start: number; end: number; key: string }> {
	if (index.size === 0) return;
	let from = 0;
	for (const m of text.matchAll(WORD_START)) {
		const start = m.index;
		if (start < from) continue;
		RUN_AT.lastIndex = start;
		const keys = index.get(RUN_AT.exec(text)?.[0] ?? '');
		if (keys === undefined) continue;
		for (const key of keys) {
			const end = start + key.length;
			if (!text.startsWith(key, start) || GLUED_AFTER.test(text.slice(end, end + 2))) continue;
			yield { start, end, key };
			from = end;
			break;
		}
	}
}

/** A name worth looking for elsewhere: written with a capital, more than one letter. */
function isPropagatable(key: string): boolean {
	return key.length >= 2 && /^[\p{Lu}\p{N}]/u.test(key) && /\p{L}/u.test(key);
}
