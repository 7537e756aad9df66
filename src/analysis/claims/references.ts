/**
 * Whom "he", "she", "they" or "the president" stands for, as a reader of
 * news takes it: the person last in view who fits. Walking back from the
 * reference, sentence by sentence, each sentence offers first the speaker
 * it names, then its subject, then the other people it names, latest
 * first; a pronoun takes the first that fits its gender (person-gender.ts,
 * and what the article itself says: "Ms. Rice" elsewhere makes "Susan E.
 * Rice" a woman), a role the first person written with that title
 * ("President Obama" for "the president"). Words inside quotes are what
 * someone said, never who is in view.
 */
import { lastWord } from '../entities/alias-key.js';
import { genderOf, isGivenName, type Gender } from './person-gender.js';
import { isPersonName, NOT_A_NAME, sourceName } from './source-names.js';
import { alternation } from '../../word-lists.js';

export type Pronoun = 'he' | 'she' | 'they';

/** Titles written before a name, abbreviated ("Sen.") and in full ("President"). */
const ABBREVIATED_TITLES = alternation('Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Adm Prof Rev Atty');
const TITLES = alternation(
	'President Senator Governor Secretary Speaker Mayor Judge Justice Representative Congressman Congresswoman',
	'Chairman Chairwoman Leader Minister Ambassador Director Sheriff Father',
);

/** Offices news refers back to their holder by: "the president", "the senator". */
const OFFICES = alternation(
	'president senator governor secretary speaker mayor judge justice congressman congresswoman chairman chairwoman',
	'minister ambassador sheriff prime\\s+minister',
);

/** A run of capitalised words ("Republican Whip Steve Scalise", "Florida Sen. Marco Rubio", "Susan E. Rice"). */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?)*/gu;

const TITLE_WORD = new RegExp(`^(?:(?:${ABBREVIATED_TITLES})\\.?|${TITLES}|Vice)$`, 'u');

/**
 * The person a run of capitalised words names, and where: from its title
 * ("Sen. Marco Rubio" in "Florida Sen. Marco Rubio") or its given name
 * ("Steve Scalise" in "Republican Whip Steve Scalise"), else the run itself
 * when it is short enough to be a name. A possessive is the person's.
 */
function nameIn(run: string, at: number): { name: string; start: number } | null {
	const words = [...run.matchAll(/\S+/gu)];
	let first = words.findIndex((w) => TITLE_WORD.test(w[0]));
	if (first < 0) first = words.findIndex((w, i) => i < words.length - 1 && isGivenName(w[0]));
	if (first < 0) {
		if (words.length > 3) return null;
		first = words.findIndex((w) => !NOT_A_NAME.test(w[0]));
		if (first < 0) return null;
	}
	const start = words[first]?.index ?? 0;
	const name = run
		.slice(start)
		.replace(/[’']s$/u, '')
		.replace(/\.$/u, (dot) => (/\b(?:Jr|Sr|[A-Z])\.$/u.test(run) ? dot : ''));
	return { name, start: at + start };
}

/** The people a stretch of text names by name, as written, with where each starts. */
function namesIn(text: string): { name: string; start: number }[] {
	const found: { name: string; start: number }[] = [];
	for (const m of text.matchAll(CAPITALISED_RUN)) {
		const person = nameIn(m[0], m.index);
		if (person && isPersonName(person.name)) found.push(person);
	}
	return found;
}

/** A name written with a title ("Sen. Durbin", "President Obama") is a person's. */
const TITLED = new RegExp(`^(?:${ABBREVIATED_TITLES}|Vice|${TITLES})\\b`, 'u');

/** A dateline ("WASHINGTON —", "DENVER, Colo. —") opens a sentence without naming anyone. */
const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu}\s.,]*?(?:,\s*[\p{L}.\s]+)?\s*[—–-]{1,2}\s+/u;

/** Where a sentence's subject stands: after a dateline, a conjunction, or an opening phrase ("According to the Times, Mary Cheney ..."). */
function subjectStarts(text: string): number[] {
	const dateline = DATELINE.exec(text)?.[0].length ?? 0;
	const rest = text.slice(dateline);
	const conjunction = /^\s*(?:And|But|So|Yet|Still)\s+/u.exec(rest)?.[0].length ?? 0;
	const opening = /^[^,]{3,80},\s+/u.exec(rest)?.[0].length;
	return [dateline, dateline + conjunction, ...(opening === undefined ? [] : [dateline + opening])];
}

/** Who or what a sentence has in view: people by name, a role standing for one ("The president opted"), a pronoun. */
export interface Mention {
	kind: 'name' | 'role' | 'pronoun';
	text: string;
	start: number;
	/** Whether it stands where the sentence's subject does. */
	subject: boolean;
}

/** "The president", "the former vice president", not "the president of the company". */
const ROLE_MENTION = new RegExp(
	`\\b[Tt]he\\s+(?:(?:former|then|late|current|outgoing|incoming)\\s+)?(?:vice\\s+)?(?:${OFFICES})\\b(?!\\s+(?:of|for)\\b)`,
	'gu',
);
const PRONOUN_MENTION = /\b(?:[Hh]e|[Ss]he)\b/gu;

/**
 * The people a stretch of unquoted text has in view, in order. A name counts
 * when it is surely a person's (`people`: a title, a given name, or a surname
 * the article gives one of those elsewhere), not "Texas" or "New York".
 */
export function mentions(unquoted: string, people: ReadonlySet<string>): Mention[] {
	const starts = subjectStarts(unquoted);
	const found: Mention[] = [];
	for (const m of unquoted.matchAll(CAPITALISED_RUN)) {
		const person = nameIn(m[0], m.index);
		// A name opening a run that stands where the subject does is the subject: "Republican Whip Steve Scalise called".
		if (person && surelyPerson(person.name, people))
			found.push({ kind: 'name', text: person.name, start: person.start, subject: starts.includes(m.index) });
	}
	for (const m of unquoted.matchAll(ROLE_MENTION))
		found.push({ kind: 'role', text: m[0], start: m.index, subject: starts.includes(m.index) });
	for (const m of unquoted.matchAll(PRONOUN_MENTION))
		found.push({ kind: 'pronoun', text: m[0].toLowerCase(), start: m.index, subject: starts.includes(m.index) });
	return found.sort((a, b) => a.start - b.start);
}

/** A title, a given name, or a surname the article writes with one of those. */
function surelyPerson(name: string, people: ReadonlySet<string>): boolean {
	if (!isPersonName(name)) return false;
	const words = name.split(/\s+/u);
	return TITLED.test(name) || (words.length > 1 && isGivenName(words[0] ?? '')) || people.has(lastWord(sourceName(name)));
}

/**
 * What the article says of its people, read once from all its sentences:
 * the surnames it writes with a title or a given name (so "Clinton" alone is
 * a person), and each one's gender ("Ms. Rice", "Susan E. Rice"). A surname
 * two people of different genders share ("Bill" and "Hillary Clinton") tells
 * no gender.
 */
export function articlePeople(sentences: Iterable<string>): { people: Set<string>; genders: Map<string, Gender | null> } {
	const people = new Set<string>();
	const genders = new Map<string, Gender | null>();
	const full = new Set<string>();
	const alone = new Set<string>();
	for (const text of sentences) {
		for (const { name } of namesIn(text)) {
			const key = lastWord(sourceName(name));
			if (surelyPerson(name, people)) people.add(key);
			// News names a person in full once, then by surname alone: "Donald Trump" ... "Trump".
			if (name.split(/\s+/u).length === 1) alone.add(key);
			else full.add(key);
			const gender = genderOf(name);
			if (gender === null) continue;
			const known = genders.get(key);
			genders.set(key, known === undefined || known === gender ? gender : null);
		}
	}
	for (const key of full) if (alone.has(key)) people.add(key);
	return { people, genders };
}

/** Whether a person can be "he" or "she": unless the name or the article says otherwise. */
export function fitsPronoun(name: string, pronoun: Pronoun, genders: ReadonlyMap<string, Gender | null>): boolean {
	const person = isPersonName(name);
	if (pronoun === 'they') return !person;
	if (!person) return false;
	const gender = genderOf(name) ?? genders.get(lastWord(sourceName(name))) ?? null;
	return gender === null || gender === (pronoun === 'he' ? 'male' : 'female');
}

/** A role alone, as a source: "the president", "the former vice president", "the Republican senator". */
const ROLE_REFERENCE = new RegExp(
	`^(?:the\\s+)?(?:(?:former|then|late|current|outgoing|incoming)\\s+)?(?:(?!vice\\b)[\\p{L}.-]+\\s+){0,2}?(vice\\s+)?(${OFFICES})$`,
	'iu',
);

/**
 * Roles a campaign story refers back to its protagonist by, which no title
 * writes ("the presumptive Republican nominee said"): they stand for the
 * person in view, as "he" or "she" would.
 */
const CAMPAIGN_ROLE = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:nominee|candidate|front-?runner|incumbent|challenger)$/iu;

/** Whether a source is a role that stands for the person in view ("the presumptive Republican nominee"). */
export function campaignRole(source: string): boolean {
	// "a Democratic candidate" is someone new.
	return !/^an?\s/iu.test(source.trim()) && CAMPAIGN_ROLE.test(source.trim().replace(/\s+/gu, ' '));
}

/** Abbreviated titles and the roles they write. */
const TITLE_ROLE: Readonly<Record<string, string>> = { sen: 'senator', gov: 'governor', rep: 'congressman', representative: 'congressman' };

/** For a source that is a role alone ("The president"), the title that names it and whether it is a vice's; null for any other source. */
export function roleReference(source: string): { title: string; vice: boolean } | null {
	const m = ROLE_REFERENCE.exec(source.trim().replace(/\s+/gu, ' '));
	if (!m) return null;
	return { title: (m[2] ?? '').toLowerCase().replace(/\s+/gu, ' '), vice: m[1] !== undefined };
}

/** Whether a name as written carries the role's title: "President Obama" for "the president", "Sen. Durbin" for "the senator". */
export function carriesTitle(name: string, role: { title: string; vice: boolean }): boolean {
	const words = name.toLowerCase().replace(/\./gu, '').split(/\s+/u);
	const at = words.findIndex(
		(w, i) => (TITLE_ROLE[w] ?? w) === role.title || (role.title === 'prime minister' && w === 'prime' && words[i + 1] === 'minister'),
	);
	if (at < 0) return false;
	return (words[at - 1] === 'vice') === role.vice;
}
