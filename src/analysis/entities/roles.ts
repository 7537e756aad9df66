/**
 * Roles around a person's name. News writes "House Minority Leader Nancy
 * Pelosi", "FBI Special Agent Peter Strzok", "Missouri Rep. Todd Akin" and
 * "Sen. Jim DeMint, R-S.C.": a tagger takes the whole run for one name, often
 * an organisation's. A reader sees an organisation or a place, a role, and
 * a person: the run is split into those, and the role is kept for the person.
 */
import { isGivenName, isKnownPlace, isSurnameWord } from './gazetteer.js';
import { isJobTitle, isTitleWord } from './clean-span.js';
import { isBodysHead, NOT_A_SURNAME } from './heads.js';
import { isKnownName } from './alias-data.js';
import { headKind } from './common-nouns.js';

interface Labelled {
	label: string;
	start: number;
	end: number;
}

/** Words that qualify a title inside a role ("Minority Leader", "Special Agent", "Independent Sen."). */
// prettier-ignore
const ROLE_MODIFIERS = new Set([
	'minority', 'majority', 'special', 'press', 'executive', 'assistant', 'acting', 'senior', 'republican', 'democratic', 'independent',
	'whip', 'top', 'ranking',
]);

/** Titles that are followed by a person's name ("Speaker", "Agent", "Sen."): the rest of TITLES qualify them. Lower case. */
// prettier-ignore
const PERSON_TITLES = new Set([
	'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'sens', 'gov', 'governor', 'rep', 'representative', 'reps', 'president', 'speaker', 'leader',
	'whip', 'director', 'agent', 'chair', 'chairman', 'chairwoman', 'secretary', 'minister', 'ambassador', 'mayor', 'judge', 'justice',
	'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'congressman', 'congresswoman', 'general', 'gen', 'attorney', 'chief', 'prof', 'professor',
	'counsel', 'adviser', 'advisor',
	'lt', 'col', 'sgt', 'capt', 'adm', 'lieutenant', 'colonel', 'sergeant', 'captain', 'admiral', 'sir', 'dame', 'lord', 'lady', 'pope', 'prince',
	'princess', 'king', 'queen', 'chancellor',
]);

/** Titles written short, which a tagger cuts from the name after them ("Missouri Sen" of "Missouri Sen. Roy Blunt"). */
// prettier-ignore
const ABBREVIATED = new Set([
	'mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'gov', 'rep', 'reps', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'prof',
]);

/** Titles that are never the first word of an organisation's name ("General Motors", "Justice Department", "Agent Orange" are). */
// prettier-ignore
const HONORIFICS = new Set([
	'senator', 'governor', 'representative', 'congressman', 'congresswoman', 'president', 'speaker', 'professor', 'mayor', 'judge', 'sir',
	'dame', 'lord', 'lady', 'pope', 'secretary', 'minister', 'chancellor', 'ambassador', 'bishop', 'cardinal', 'rabbi', 'imam', 'pastor',
]);

/** A capitalised honorific that puts a person's name right after it ("Mr.", "Sen.", "President"). */
export function isPersonTitle(word: string): boolean {
	return /^\p{Lu}/u.test(word) && (ABBREVIATED.has(bare(word)) || HONORIFICS.has(bare(word)));
}

const TITLE_INSIDE = new RegExp(`(?:^|\\s)(?:${[...PERSON_TITLES].join('|')})(?:\\.|-(?:to-be|elect|designate))?(?:\\s|$)`, 'iu');
/** A title in lower case, without its dot or a time suffix ("Speaker-to-be", "President-elect"). */
function bare(word: string): string {
	return word
		.toLowerCase()
		.replace(/\.$/u, '')
		.replace(/-(?:to-be|elect|designate)$/u, '');
}
const isRoleWord = (word: string): boolean => isTitleWord(word) || ROLE_MODIFIERS.has(bare(word));

/**
 * Splits a tagged run at a title inside it: what follows the last title is
 * a person; what precedes the role (an acronym, a chamber, a state) keeps
 * its own type, a place if the gazetteer knows it. A run ending on a title
 * ("Missouri Sen") keeps only what precedes it.
 */
export function splitAtRoles<S extends Labelled>(text: string, span: S): S[] {
	// Most names are one or two words with no title among them: look no further.
	const name = text.slice(span.start, span.end);
	// Jobs no list holds ("Police Sergeant Shayne La Croix") are looked for in runs of three words or more.
	if (!name.includes(' ') || (!TITLE_INSIDE.test(name) && !/\S\s\S+\s\S/u.test(name))) return [span];
	const words = [...text.slice(span.start, span.end).matchAll(/\S+/gu)].map((m) => ({
		text: m[0],
		start: span.start + m.index,
		end: span.start + m.index + m[0].length,
	}));
	if (words.length < 2) return [span];
	let last = -1;
	words.forEach((w, i) => {
		if (PERSON_TITLES.has(bare(w.text)) || (i > 0 && i < words.length - 2 && isJobTitle(w.text, words[i + 1]?.text))) last = i;
	});
	if (last < 0) return [span];
	let first = last;
	while (first > 0 && isRoleWord(words[first - 1]?.text ?? '')) first--;
	// "Secretary of State John Kerry", "Director of National Intelligence James Clapper": the role runs on
	// past "of" and its word to a given name followed by a surname, else to the last two words ("Chief of Staff Rahm Emanuel").
	let from = last + 1;
	if (words[from]?.text === 'of') {
		if (words.length - from < 4) return [span];
		from += 2;
		while (from < words.length - 2 && !isGivenName(words[from]?.text ?? '')) from++;
	}
	let person = words.slice(from);
	const prefix = words.slice(0, first);
	// "Representative Nancy Pelosi of California": the place after the name is a place of its own.
	const of = person.findIndex((w) => w.text === 'of');
	const place = of > 0 ? person.slice(of + 1) : [];
	const placeName = place[0] && place.at(-1) ? text.slice(place[0].start, place.at(-1)?.end) : '';
	if (of > 0 && isKnownPlace(placeName)) person = person.slice(0, of);
	// "Justice Department": what follows the title is no person. Nor, in a run the tagger read as a body, one word
	// after "General" that is no surname: "General Motors", "General Dynamics" (not "Mr Straw", whose name is a noun too).
	if (person.length > 0 && NOT_A_SURNAME.test(person.at(-1)?.text ?? '')) return [span];
	if (span.label === 'ORG' && last === 0 && words[0]?.text === 'General' && person.length === 1 && !isSurnameWord(person[0]?.text ?? ''))
		return [span];
	// "Martin Luther King", "Larry King": a run ends on a title only when it is cut short ("Missouri Sen").
	if (person.length === 0 && text[span.end] !== '.' && !ABBREVIATED.has(bare(words[last]?.text ?? ''))) return [span];
	if (person.some((w) => !/^\p{Lu}/u.test(w.text))) return [span];
	if (prefix.some((w) => !/^\p{Lu}/u.test(w.text))) return [span];
	const parts: S[] = [];
	const head = prefix.at(-1);
	// "National Security Adviser Susan Rice": words of the role that name no body are no name of their own.
	const namesABody = (name: string): boolean =>
		!name.includes(' ') ||
		isKnownPlace(name) ||
		isKnownName(name) ||
		NOT_A_SURNAME.test(head?.text ?? '') ||
		headKind(head?.text ?? '') === 'organization' ||
		/\p{Lu}{2,}/u.test(name);
	if (prefix[0] && head && namesABody(text.slice(prefix[0].start, head.end))) {
		const name = text.slice(prefix[0].start, head.end);
		parts.push({
			...span,
			label: isKnownPlace(name) ? 'LOC' : span.label === 'PER' ? 'ORG' : span.label,
			start: prefix[0].start,
			end: head.end,
		});
	}
	const tail = person.at(-1);
	if (person[0] && tail) parts.push({ ...span, label: 'PER', start: person[0].start, end: tail.end });
	if (of > 0 && place[0] && isKnownPlace(placeName))
		parts.push({ ...span, label: 'LOC', start: place[0].start, end: place[0].start + placeName.length });
	return parts;
}

/**
 * "House Majority Whip", "Iowa Senator", "Senate Minority" (before "Leader") tagged as a name, the person after them left out: what a title
 * is of, without the role. Only when what is left is a role's qualifier (an acronym, a place, a chamber) or ends
 * on a body's head ("Supreme Court Justice"):
 * "Department of Justice" and "Secretary of State" end on a title word and keep it.
 */
export function withoutTrailingRole<S extends { start: number; end: number }>(text: string, span: S): S {
	const lastSpace = text.lastIndexOf(' ', span.end - 1);
	if (lastSpace < span.start || !isRoleWord(text.slice(lastSpace + 1, span.end))) return span;
	const words = [...text.slice(span.start, span.end).matchAll(/\S+/gu)];
	let keep = words.length;
	while (keep > 1 && isRoleWord(words[keep - 1]?.[0] ?? '')) keep--;
	const last = words[keep - 1];
	// The title may be in the span ("House Majority Whip") or right after it ("Senate Minority" + "Leader Chuck Schumer").
	const next = /^\s(\S+)/u.exec(text.slice(span.end, span.end + 30))?.[1] ?? '';
	const titled = words.slice(keep).some((w) => PERSON_TITLES.has(bare(w[0]))) || PERSON_TITLES.has(bare(next));
	if (keep === words.length || last === undefined || !titled) return span;
	if (!words.slice(0, keep).every((w) => isRoleQualifier(w[0])) && !isBodysHead(last[0])) return span;
	return { ...span, end: span.start + last.index + last[0].length };
}

/** What a title may be of: an acronym ("CIA head"), a state ("Ohio Sen."), a chamber ("House Speaker"). */
function isRoleQualifier(word: string): boolean {
	return /^\p{Lu}{2,}$/u.test(word) || isKnownPlace(word) || /^(?:House|Senate|Congress|White|Justice|State)$/u.test(word);
}

/**
 * A word of a role without the quote or bracket opening it ("“President") and with a time prefix
 * as its own word ("then-Senator" is "then Senator", the office a senator's).
 */
function asWritten(word: string): string {
	if (!/^["“‘'([]|-/u.test(word)) return word;
	return word.replace(/^["“‘'([]+/u, '').replace(/^(then|ex)-(?=\p{Lu})/iu, '$1 ');
}

/** The title of a word asWritten() gave ("Senator" of "then Senator"). */
function core(word: string): string {
	return word.slice(word.lastIndexOf(' ') + 1);
}

/**
 * The role written before a person's name in `text` (`start` is where the
 * name begins): "House Speaker", "Missouri Rep.", "former CIA head"; and a
 * party tag after it (", R-S.C.", " (D-Iowa)"). Null when there is none.
 */
export function roleOf(text: string, start: number, end: number): string | null {
	const party = /^,?\s*\(?([RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)\)?/u.exec(text.slice(end, end + 24))?.[1];
	const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
	if (party === undefined && (previous === undefined || !isTitleWord(core(asWritten(previous))))) return null;
	const before = [...text.slice(Math.max(0, start - 80), start).matchAll(/\S+/gu)].map((m) => m[0]);
	const role: string[] = [];
	for (let i = before.length - 1; i >= 0 && role.length < 5; i--) {
		const written = before[i] ?? '';
		if (/[,;:"“”()]$/u.test(written)) break;
		const word = asWritten(written);
		if (isRoleWord(core(word)) || (role.length > 0 && isRoleQualifier(word))) role.unshift(word);
		else break;
		// A quote or a bracket opened before the role ("“President Obama ...") ends it.
		if (word !== written && !/^(?:then|ex) /u.test(word)) break;
	}
	while (role.length > 0 && !isTitleWord(core(role.at(-1) ?? ''))) role.pop();
	const parts = [role.join(' '), party ?? ''].filter((p) => p.length > 0);
	return parts.length > 0 ? parts.join(', ') : null;
}
