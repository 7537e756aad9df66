/**
 * Tidies a tagged span into the name a reader expects: no surrounding quotes or
 * punctuation, no possessive, no leading honorific or job title for people.
 */

import { isGivenName, stateOfAbbreviation } from './gazetteer.js';
import { isPersonNoun } from './common-nouns.js';

export interface Span {
	start: number;
	end: number;
}

const EDGE_JUNK = /[\s"'“”‘’«»()[\]{},.;:!?–—-]/u;

/** Shrinks [start, end) of `text` past quotes, punctuation and a trailing possessive. */
export function cleanSpan(text: string, span: Span): Span | null {
	let { start, end } = span;
	for (;;) {
		const before = { start, end };
		while (start < end && EDGE_JUNK.test(text[start] ?? '')) start++;
		// Keep a final dot that belongs to an abbreviation ("U.S.", "Corp."), drop a sentence's full stop.
		while (start < end && EDGE_JUNK.test(text[end - 1] ?? '') && !endsWithAbbreviation(text.slice(start, end))) end--;
		const possessive = /['’]s?$/u.exec(text.slice(start, end));
		if (possessive && end - possessive[0].length > start) end -= possessive[0].length;
		if (before.start === start && before.end === end) break;
	}
	return end > start ? { start, end } : null;
}

function endsWithAbbreviation(value: string): boolean {
	return (
		/(?:^|[\s])(?:\p{L}\.){2,}$/u.test(value) || /\b(?:Corp|Inc|Ltd|Co|Jr|Sr|St)\.$/u.test(value) || stateOfAbbreviation(value) !== null
	);
}

/**
 * Words that precede a name without being part of it. Lowercase; matched case-insensitively.
 * Not "St." or "Saint": news writes them before places ("St. Louis County"), seldom before a saint.
 */
// prettier-ignore
const TITLES = new Set([
	'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister',
	'secretary', 'senator', 'senators', 'sen', 'sens', 'rep', 'reps', 'representative', 'governor', 'gov', 'mayor', 'judge', 'justice',
	'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt', 'captain', 'capt', 'sergeant', 'sgt', 'admiral', 'adm', 'major',
	'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'ambassador', 'director', 'chairman', 'chairwoman',
	'chair', 'ceo', 'former', 'late', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'head', 'officer',
	'agent', 'commissioner', 'attorney', 'foreign', 'defense', 'defence', 'interior', 'state', 'rev',
	'reverend', 'father', 'sheikh', 'emir', 'sultan', 'premier', 'speaker', 'leader', 'analyst', 'expert', 'correspondent',
	'counsel', 'adviser', 'advisor', 'host', 'bishop', 'cardinal', 'rabbi', 'imam', 'pastor',
]);

/** An honorific or job title ("Mr", "Dr.", "minister"): never a name on its own. */
export function isTitleWord(word: string): boolean {
	return TITLES.has(word.toLowerCase().replace(/\.$/u, ''));
}

/** Drops leading titles from a person's span: "President Trump" is Trump, "former CIA head Duane Norman" is Duane Norman. */
export function stripTitles(text: string, span: Span): Span {
	let { start } = span;
	for (;;) {
		const word = /^(\S+?)\.?\s+/u.exec(text.slice(start, span.end));
		if (!word) break;
		const bare = (word[1] ?? '').toLowerCase();
		// Acronyms inside a title ("CIA head") also go when what follows is still a title or a name.
		const rest = text.slice(start + word[0].length, span.end);
		const isTitle =
			TITLES.has(bare) || (/^\p{Lu}{2,}$/u.test(word[1] ?? '') && isFollowedByTitle(rest)) || isJobBeforeFullName(word[1] ?? '', rest);
		if (!isTitle) break;
		start += word[0].length;
	}
	return { start, end: span.end };
}

/** A job written as a title before a given name and a surname: isJobTitle() with a surname after the given name. */
function isJobBeforeFullName(word: string, rest: string): boolean {
	const next = /^(\S+)\s+\p{Lu}/u.exec(rest)?.[1];
	return isJobTitle(word, next);
}

/**
 * "Inspector Dave Gaskin", "Coach Maurice Cheeks", "Detectives Charlie Beck": a capitalised word WordNet files
 * first as a kind of person, no given name itself ("Hunter Biden", "Guy Fieri"), before a given name (`next`),
 * is a job written as a title, which no list of titles holds every one of.
 */
export function isJobTitle(word: string, next: string | undefined): boolean {
	// "Manager A. J. Smith": an initial stands for the given name.
	if (next === undefined || !/^\p{Lu}\p{Ll}+$/u.test(word) || isGivenName(word) || !(isGivenName(next) || INITIAL.test(next))) return false;
	const job = word.toLowerCase();
	return isPersonNoun(job) || (job.endsWith('s') && isPersonNoun(job.slice(0, -1)));
}

const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;

function isFollowedByTitle(rest: string): boolean {
	const next = /^(\S+)/u.exec(rest)?.[1]?.toLowerCase().replace(/\.$/u, '') ?? '';
	return TITLES.has(next);
}

/** Nothing but spaces, quotes and brackets before `end` in `text`: a name there opens its sentence. */
export function onlyOpenersBefore(text: string, end: number): boolean {
	for (let i = end - 1; i >= 0; i--) if (!SENTENCE_OPENERS.has(text[i] ?? '')) return false;
	return true;
}
const SENTENCE_OPENERS = new Set([' ', '\t', '\n', '"', "'", '“', '‘', '(']);
