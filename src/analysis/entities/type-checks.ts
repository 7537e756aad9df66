/**
 * The last pass over a sentence's names, after the consistency step has found
 * each name again in every sentence: spans that hold two names are split (a
 * person and the state they represent, a body and a person, two chambers),
 * and each name's type is checked against the context and the gazetteers
 * (gazetteer.ts): the name of a country or a US state is a place, not a
 * person. Organisations keep
 * their type: many are named after a place (a team: "Washington" in a sports
 * result). Tried and left out: a place opening with a given name is a person
 * ("Bruce Braley" after "Rep."); the lists' given names open many places
 * ("Trent Bridge", "Pembroke Pines"), and the titles the consistency step
 * reads (consistency.ts) already settle the people.
 */
import { isGivenName, isKnownPlace, isUsState, stateOfAbbreviation } from './gazetteer.js';
import { NOT_A_SURNAME, PERSONS_BODY, PLACE_HEADS, PLACE_NOT_TEAM_HEADS } from './heads.js';
import { FIRST_NAME_TAGS, hasWordTag, PERSON_NAME_TAGS } from './word-tags.js';
import { DEMONYMS } from './alias-data.js';
import { nameKey } from './consistency.js';
import { isTitleWord, onlyOpenersBefore } from './clean-span.js';
import { monthName, WEEKDAYS } from '../../corpus/calendar.js';
import { isPersonTitle } from './roles.js';
import { headKind, isCommonNoun, isCommonPlural, isPersonNoun, isTeamPlural } from './common-nouns.js';

interface Labelled {
	label: string;
	start: number;
	end: number;
}

/**
 * "Karen Finney", "Rob Nabors" tagged an organisation: two or three
 * capitalised words opening with a given name that both the name lists and
 * compromise's lexicon know as one, the last word no organisation's head and
 * no plural ("Bradford Bulls"). Teams and firms named after a person or a
 * town keep their type when the lexicon files the word otherwise.
 */
export function readsAsPerson(name: string): boolean {
	const first = name.split(' ')[0] ?? '';
	return isGivenName(first) && hasWordTag(first, FIRST_NAME_TAGS) && isNameShaped(name);
}

/** Two or three capitalised words (initials too), the last no organisation's head, no place and no common noun's plural. */
function isNameShaped(name: string): boolean {
	const words = name.split(' ');
	const last = words.at(-1) ?? '';
	if (words.length < 2 || words.length > 3) return false;
	return (
		words.every((w) => /^\p{Lu}[\p{Ll}'’-][\p{L}'’-]*$|^\p{Lu}\.$/u.test(w)) &&
		!/^\p{Lu}\.$/u.test(last) &&
		!NOT_A_SURNAME.test(last) &&
		headKind(last) === null &&
		!isCommonPlural(last) &&
		!isKnownPlace(last)
	);
}

/**
 * "Strzok attorney Aitan Goelman", "GOP presidential candidate Mitt Romney": a name-shaped run just after a
 * word for a kind of person (WordNet's commonest sense) is that person, whatever lists know its given name.
 */
function afterPersonNoun(text: string, start: number): boolean {
	const previous = /(\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
	return previous !== undefined && isPersonNoun(previous);
}

/** ", Michigan" or ", New Mexico" after a name, ending the phrase. */
const REGION_AFTER = /^,\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=[,.;:)]|\s\p{Ll}|\s*$)/u;
const ORGANISATION_TAGS = new Set(['Organization']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);

/**
 * A one-word name that compromise's lexicon files as a company ("Google",
 * "Walmart") is one, whatever 1996 Reuters made of the word; one it files
 * as a city and not as a person ("Denver") is no person.
 */
function lexiconType(name: string, label: string): string {
	if (/\s/u.test(name)) return label;
	const word = name.replace(/-/gu, '');
	if (label !== 'ORG' && hasWordTag(word, ORGANISATION_TAGS)) return 'ORG';
	if (label === 'PER' && hasWordTag(word, PLACE_TAGS) && !hasWordTag(word, PERSON_NAME_TAGS)) return 'LOC';
	return label;
}

/**
 * A word in lower case or a person's title right after the name ("Texas lawmakers", "Texas Gov. Rick
 * Perry"): the name qualifies what follows. A team ("Texas beat Oklahoma") is followed by its verb, and
 * CoNLL-2003 tags many country teams organisations; only the qualifying name is taken for the place.
 */
function modifiesNext(text: string, end: number): boolean {
	const next = /^\s(\S+)/u.exec(text.slice(end, end + 24))?.[1] ?? '';
	return /^\p{Ll}/u.test(next) || isPersonTitle(next);
}

/**
 * "Surgeon General": a title after a kind of person; or "General" alone, cut from "Attorney General" or from
 * "General Smith" by the role split (not "Major", which is a surname too).
 */
function isOffice(name: string): boolean {
	if (name === 'General') return true;
	const cut = name.indexOf(' ');
	return cut > 0 && !name.includes(' ', cut + 1) && isTitleWord(name.slice(cut + 1)) && isPersonNoun(name.slice(0, cut).toLowerCase());
}

/** "Welsh", "Tory": a nationality, or a capitalised word WordNet files first as a kind of person or thing ("Latino"). */
function isWordForPeople(word: string): boolean {
	return Object.hasOwn(DEMONYMS, word) || hasWordTag(word, DEMONYM_TAGS) || isCommonNoun(word);
}
const DEMONYM_TAGS = new Set(['Demonym']);

function isPlaceAndPeople(name: string): boolean {
	const cut = name.lastIndexOf(' ');
	return cut > 0 && isPlaceName(name.slice(0, cut)) && isWordForPeople(name.slice(cut + 1));
}

/** The next word is a noun in lower case ("factories", "leader", "co-chairman"), no verb or function word, or a title. */
function modifiesNoun(text: string, end: number): boolean {
	const next = /^\s([\p{L}-]+)/u.exec(text.slice(end, end + 24))?.[1];
	if (next === undefined) return false;
	return /^\p{Ll}/u.test(next) ? !hasWordTag(next, NOT_A_MODIFIED_WORD) : isPersonTitle(next) || ELECTED_MEMBER.test(next);
}
/** "Tory MP", "Labour MEPs", "SNP MSP": a member of a parliament, which no title list holds. */
const ELECTED_MEMBER = /^(?:MP|MEP|MSP|AM|MLA)s?$/u;
const INDEFINITE_BEFORE = /(?:^|\s)an? $/iu;

/**
 * "the Benghazi committee", "the Benghazi attacks": a town's name between "the" and a lower-case word that
 * is no verb. Not before a kind of person: "the Chicago coach" may be a team's, which CoNLL-2003 tags an
 * organisation; so is "Chicago beat Boston" (no "the").
 */
function modifiesThing(text: string, start: number, end: number): boolean {
	if (start < 4 || !text.startsWith('the ', start - 4)) return false;
	const next = /^\s(\p{Ll}+)\b/u.exec(text.slice(end, end + 24))?.[1];
	return next !== undefined && !isPersonNoun(next) && !hasWordTag(next, NOT_A_MODIFIED_WORD);
}
const NOT_A_MODIFIED_WORD = new Set([
	'Verb',
	'PastTense',
	'PresentTense',
	'Infinitive',
	'Preposition',
	'Conjunction',
	'Determiner',
	'Adverb',
	'Pronoun',
	'Copula',
	'Modal',
]);

/**
 * The capitals opening a story, before a dash or an agency's name in brackets ("HOUSTON —", "DES MOINES,
 * Iowa (AP) -"), the story going on in lower case. CoNLL-2003's headlines, all in capitals, open the same
 * way with a sport ("RUGBY UNION - LYNAGH SEALS VICTORY").
 */
function isDateline(text: string, span: Labelled): boolean {
	if (span.start > 3) return false;
	const name = text.slice(span.start, span.end);
	return (
		/^[\s"“]*$/u.test(text.slice(0, span.start)) &&
		/^\p{Lu}{2,}(?:[\s.-]\p{Lu}+)*$/u.test(name) &&
		DATELINE_AFTER.test(text.slice(span.end, span.end + 40)) &&
		/\p{Ll}{2}/u.test(text.slice(span.end)) &&
		!hasWordTag(name, ORGANISATION_TAGS)
	);
}
const DATELINE_AFTER = /^(?:,\s[\p{L}. ]+)?\s*(?:\([^)]{1,20}\)\s*)?(?:—|–|--|-\s)/u;

/** "Conference of Catholic Bishops": the word before the first "of" is an organisation's head. */
function isBodyOf(name: string): boolean {
	const of = name.indexOf(' of ');
	if (of < 0) return false;
	const head = name.slice(name.lastIndexOf(' ', of - 1) + 1, of);
	return NOT_A_SURNAME.test(head) && !PLACE_HEADS.test(head);
}

const DOMAIN_AFTER = /^\.(?:com|org|net|gov|edu)(?![\p{L}\p{N}])/u;

const AFTER_A_PREPOSITION = /(?:^|\s)(?:in|near)\s$/u;

const HONORIFIC_AND_NAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.? \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u;

/** "New Orleans Saints", "Carolina Panthers": a town and the plural of an animal or of a kind of person. */
export function isTeamName(name: string): boolean {
	const cut = name.lastIndexOf(' ');
	const town = name.slice(0, cut);
	// Towns of two words too ("New Orleans"): compromise's lexicon files them whole.
	return cut > 0 && isTeamPlural(name.slice(cut + 1)) && (isKnownPlace(town) || hasWordTag(town, PLACE_TAGS));
}

/** A country's or a state's name, or one word compromise's lexicon files as a place and not as a company. */
function isPlaceName(name: string): boolean {
	return isKnownPlace(name) || (!/\s/u.test(name) && hasWordTag(name, PLACE_TAGS) && !hasWordTag(name, ORGANISATION_TAGS));
}

/**
 * `part` occurs inside the span: asked before a pattern that seldom matches, at each position of the span
 * only (indexOf would read on to the sentence's end each time the part is missing, which is most times).
 */
function inSpan(text: string, part: string, span: Labelled): boolean {
	for (let at = span.start; at + part.length <= span.end; at++) if (text.startsWith(part, at)) return true;
	return false;
}

/**
 * "Nancy Pelosi of California", "Charles E. Schumer of New York": a person and the state they represent, two
 * names; "Bank of England" stays one (its first word is no given name). The tagger's person label is evidence
 * enough where the name list lacks the given name ("Jeb Bush of Florida"). Asked in the repairs and again of
 * the names the consistency step finds.
 */
export function splitPersonOfPlace<S extends Labelled>(text: string, span: S): S[] {
	return personAndPlace(text, span) ?? [span];
}

/** splitPersonOfPlace()'s two names, or null where the span is one. */
function personAndPlace<S extends Labelled>(text: string, span: S): S[] | null {
	if (!inSpan(text, ' of ', span)) return null;
	const at = text.slice(span.start, span.end).indexOf(' of ');
	const place = nameKey(text.slice(span.start + at + 4, span.end));
	if (!isKnownPlace(place) || (span.label !== 'PER' && !isGivenName(text.slice(span.start, span.start + at).split(' ')[0] ?? '')))
		return null;
	return [
		{ ...span, label: 'PER', end: span.start + at },
		{ ...span, label: 'LOC', start: span.start + at + 4, end: span.start + at + 4 + place.length },
	];
}

/**
 * "Speaker of the House John Boehner", "NBC News Chuck Todd": a body's name and then a person's full name,
 * tagged as one organisation, are two names.
 */
function splitBodyFromPerson<S extends Labelled>(text: string, span: S): S[] | null {
	if (span.label !== 'ORG') return null;
	// The last two words, a given name and a surname, then the word before them: found from the end, no array of words.
	const surnameAt = text.lastIndexOf(' ', span.end - 1) + 1;
	const givenAt = surnameAt > span.start + 1 ? text.lastIndexOf(' ', surnameAt - 2) + 1 : -1;
	if (givenAt <= span.start || !isGivenName(text.slice(givenAt, surnameAt - 1))) return null;
	const bodyAt = Math.max(span.start, text.lastIndexOf(' ', givenAt - 2) + 1);
	const body = text.slice(bodyAt, givenAt - 1);
	if (!(NOT_A_SURNAME.test(body) && !PLACE_HEADS.test(body)) && !/^\p{Lu}{2,}$/u.test(body)) return null;
	if (!readsAsPerson(text.slice(givenAt, span.end))) return null;
	return [
		{ ...span, end: givenAt - 1 },
		{ ...span, label: 'PER', start: givenAt },
	];
}

/**
 * "the House and Senate", "House Democrats and Senate Republicans", "a GOP Senate majority", "the Republican
 * Senate candidate", "the House GOP": the chambers, each apart; the party and its members are no part of a
 * chamber's name.
 */
function splitChambers<S extends Labelled>(text: string, span: S): S[] | null {
	if (span.label !== 'ORG' || !(inSpan(text, 'House', span) || inSpan(text, 'Senate', span) || inSpan(text, 'Congress', span))) return null;
	const name = text.slice(span.start, span.end);
	const party = PARTY_BEFORE_CHAMBER.exec(name);
	if (party !== null) return [{ ...span, start: span.start + party[0].length }];
	// "a Wyoming Senate candidate", "the Ohio Senate race", "Alabama GOP Senate nominee": a seat of Congress from the
	// state, not the state's own senate; the GOP is a body of its own, "Republican" an adjective.
	const state = STATE_BEFORE_CHAMBER.exec(name);
	if (state?.[1] && isUsState(state[1]) && RACE_AFTER.test(text.slice(span.end, span.end + 12))) {
		const chamber = name.lastIndexOf(' ') + 1;
		const gop = state[2] === 'GOP' ? [{ ...span, start: span.start + chamber - 4, end: span.start + chamber - 1 }] : [];
		return [
			{ ...span, label: 'LOC', end: span.start + state[1].length },
			...gop,
			// "U.S. Senate" is the Senate's name.
			{ ...span, start: state[2] === undefined ? span.start + state[1].length + 1 : span.start + chamber },
		];
	}
	// "the House GOP": the chamber and the party, two bodies.
	const gop = CHAMBER_PARTY.exec(name);
	if (gop !== null)
		return [
			{ ...span, end: span.start + (gop[1]?.length ?? 0) },
			{ ...span, start: span.end - 3 },
		];
	const pair = CHAMBER_AND.exec(name);
	if (pair === null) return null;
	const [whole, chamber = '', members = ''] = pair;
	const second = span.start + whole.length;
	const secondMembers = MEMBERS_AFTER.exec(name.slice(whole.length))?.[0] ?? '';
	return [
		{ ...span, end: span.start + chamber.length },
		{ ...span, start: second, end: span.end - (members === '' ? 0 : secondMembers.length) },
	];
}
const STATE_BEFORE_CHAMBER = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)??)(?: U\.S\.?)?(?: (Republican|Democratic|GOP))? (?:House|Senate)$/u;
const RACE_AFTER = /^ (?:candidate|race|seat|campaign|bid|primary|nominee|contest|hopeful)s?\b/u;
const PARTY_BEFORE_CHAMBER = /^(?:The )?(?:Republican|Democratic|Democrat|GOP) (?=(?:House|Senate|Congress)$)/u;
const CHAMBER_PARTY = /^(House|Senate) GOP$/u;
const CHAMBER_AND = /^(House|Senate)( (?:Democrats|Republicans))? and (?=\p{Lu})/u;
const MEMBERS_AFTER = / (?:Democrats|Republicans)$/u;

const TRAILING_WHEN = /\s(?:in|on)\s(\p{Lu}\p{Ll}+)(\.?)$/u;
/** A weekday or a month written in full ("Tuesday", "May"), or, `dotted`, a month's abbreviation too ("Oct."). */
function isWhen(word: string | undefined, dotted = false): boolean {
	const lower = word?.toLowerCase() ?? '';
	const month = monthName(lower);
	return WEEKDAYS.has(lower) || month?.abbreviated === false || (dotted && month?.abbreviated === true);
}
const LEADING_PARTICIPLE = /^\p{Lu}[\p{L}.]*-\p{Ll}+ed (?=\p{Lu})/u;
/** "the Trump Campaign official", "Obama Administration" in a headline: not part of the person's name. */
const BODY_AFTER_A_PERSON = new RegExp(` (?:${PERSONS_BODY})$`, 'u');

/**
 * "the Center on Budget and Policy Priorities", "Council for a Livable World": a body's head followed by
 * "on" or "for" and capitalised words is one organisation's name, which the tagger cuts at the small word.
 * Not a chamber ("the Senate on Monday") nor a day or a month.
 */
function withOrganisationTails<S extends Labelled>(text: string, spans: readonly S[]): readonly S[] {
	if (!/ (?:on|for) \p{Lu}/u.test(text)) return spans;
	let joined: S[] | null = null;
	for (const span of spans) {
		const head = /\p{L}+$/u.exec(text.slice(span.start, span.end))?.[0] ?? '';
		if (span.label === 'MISC' || !NOT_A_SURNAME.test(head) || PLACE_HEADS.test(head) || NOT_BODY_HEADS.test(head)) continue;
		const tail = ORGANISATION_TAIL.exec(text.slice(span.end, span.end + 120))?.[0];
		if (tail === undefined || isWhen(/\p{Lu}\p{Ll}+/u.exec(tail)?.[0])) continue;
		const end = span.end + tail.length;
		joined = (joined ?? [...spans]).filter((s) => s === span || s.end <= span.start || s.start >= end);
		joined[joined.indexOf(span)] = { ...span, label: 'ORG', end };
	}
	return joined ?? spans;
}
const ORGANISATION_TAIL = /^ (?:on|for) (?:a |the )?\p{Lu}[\p{L}'’.-]*(?:(?: and | of | for | on | & | the | )\p{Lu}[\p{L}'’.-]*)*/u;
const NOT_BODY_HEADS = /^(?:House|Senate|Democrats|Republicans|News|Times|Post)$/u;
/**
 * "Microsoft, Yahoo, Google, Facebook and Apple": names listed together are of one kind. A one-word name
 * whose list mates (two or more) all have another type takes theirs, unless the gazetteers know it as a
 * place or a given name.
 */
function withListTypes<S extends Labelled>(text: string, spans: S[]): S[] {
	if (spans.length < 3) return spans;
	let relabelled: S[] | null = null;
	let from = 0;
	for (let i = 1; i <= spans.length; i++) {
		const previous = spans[i - 1];
		const next = spans[i];
		if (
			previous !== undefined &&
			next !== undefined &&
			next.start - previous.end <= 6 &&
			LIST_SEPARATOR.test(text.slice(previous.end, next.start))
		)
			continue;
		const list = spans.slice(from, i);
		from = i;
		if (list.length < 3) continue;
		for (const member of list) {
			const label = listKind(list.filter((s) => s !== member));
			const name = text.slice(member.start, member.end);
			if (label === null || label === member.label || /\s/u.test(name)) continue;
			if (isKnownPlace(name) || isGivenName(name)) continue;
			relabelled ??= [...spans];
			relabelled[spans.indexOf(member)] = { ...member, label };
		}
	}
	return relabelled ?? spans;
}
/** The type of at least three quarters of a list's names, and of two or more. */
function listKind(list: readonly Labelled[]): string | null {
	const counts = new Map<string, number>();
	for (const s of list) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
	const [label, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['MISC', 0];
	return label !== 'MISC' && count >= 2 && count * 4 >= list.length * 3 ? label : null;
}
const LIST_SEPARATOR = /^(?:,|,? and|,? or) $/u;

/** The span, split into the names it holds (each split again), each name's type checked, onto `out`. */
function pushChecked<S extends Labelled>(text: string, span: S, out: S[]): void {
	const parts = personAndPlace(text, span) ?? splitBodyFromPerson(text, span) ?? splitChambers(text, span);
	if (parts === null) out.push(checkType(text, span));
	else for (const part of parts) pushChecked(text, part, out);
}

export function checkTypes<S extends Labelled>(text: string, spans: readonly S[]): S[] {
	// One loop and no array per span: this runs on every sentence of the corpus.
	const checked: S[] = [];
	for (const span of withOrganisationTails(text, spans)) pushChecked(text, span, checked);

	const listed = withListTypes(text, checked);
	for (let i = 0; i < listed.length; i++) {
		const span = listed[i];
		if (span === undefined) continue;
		// "the Democratic-controlled Senate", "a GOP-led House": the participle before the name is not part of it.
		const participle = inSpan(text, '-', span) ? LEADING_PARTICIPLE.exec(text.slice(span.start, span.end)) : null;
		// "the Senate in May": a day or a month after "in" or "on" is when, not part of the name.
		const trailing = inSpan(text, ' in ', span) || inSpan(text, ' on ', span) ? TRAILING_WHEN.exec(text.slice(span.start, span.end)) : null;
		// "Congress on Oct. 28": a month's abbreviation, with its dot, too.
		const when = isWhen(trailing?.[1], trailing?.[2] === '.' || text[span.end] === '.') ? trailing : null;
		const body = span.label === 'PER' && inSpan(text, ' ', span) ? BODY_AFTER_A_PERSON.exec(text.slice(span.start, span.end)) : null;
		if (body !== null || participle !== null || when !== null)
			listed[i] = {
				...span,
				start: span.start + (participle?.[0].length ?? 0),
				end: span.end - (body?.[0].length ?? 0) - (when?.[0].length ?? 0),
			};
	}
	return listed;
}

function checkType<S extends Labelled>(text: string, span: S): S {
	// "New Orleans Saints" read as a kind (MISC): a team, which the pane lists.
	if (span.label === 'MISC') return isTeamName(nameKey(text.slice(span.start, span.end))) ? { ...span, label: 'ORG' } : span;
	const name = nameKey(text.slice(span.start, span.end));
	// "MoveOn.org", "Politico.com": a name written as its web address is the body that runs the site.
	const domain = text.charCodeAt(span.end) === 46 ? DOMAIN_AFTER.exec(text.slice(span.end, span.end + 5))?.[0] : undefined;
	if (domain !== undefined) return { ...span, label: 'ORG', end: span.end + domain.length };
	// "ISIS", "NAFTA": four capitals or more are an acronym, no person's name (initials are three: "JFK").
	if (/^\p{Lu}{4,}$/u.test(name) && /\p{Ll}{3}/u.test(text)) {
		if (span.label === 'PER') return { ...span, label: 'ORG' };
	}
	// "Surgeon General", "Attorney General" (read as a person, or cut to "General"): an office names no one.
	if (span.label === 'PER' && isOffice(name)) return { ...span, label: 'MISC' };
	// "London Tory spin doctors", "Texas Democrat": a place and a word for people name no one.
	if (span.label === 'PER' && isPlaceAndPeople(name)) return { ...span, label: 'MISC' };
	// "two Welsh factories", "Tory MP Boris Johnson": a nationality or a kind of person (a party's member) written before
	// a noun or a title is an adjective, and after "a" or "an" a common noun ("an Oscar"): no one's name ("Welsh said"
	// may be a surname).
	if (
		span.label === 'PER' &&
		!name.includes(' ') &&
		(modifiesNoun(text, span.end) || INDEFINITE_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start))) &&
		isWordForPeople(name)
	)
		return { ...span, label: 'MISC' };
	// "the bodies of Ms McMeekin and Miss Jenkin": an honorific and a surname make a person, whatever the tagger read.
	if (span.label !== 'PER' && HONORIFIC_AND_NAME.test(name)) return { ...span, label: 'PER' };
	// "an op-ed for The Hill", "told The Atlantic": a name opening with a capital "The" is a title's, no person's.
	if (span.label === 'PER' && name.startsWith('The ')) return { ...span, label: isKnownPlace(name) ? 'LOC' : 'ORG' };
	// "Newtown, Conn.": a state's abbreviation, with its dot, whatever the tagger made of the word.
	if (stateOfAbbreviation(text[span.end] === '.' ? `${name}.` : name) !== null)
		return { ...span, label: 'LOC', end: span.end + (text[span.end] === '.' ? 1 : 0) };
	if (span.label === 'PER' && isKnownPlace(name)) return { ...span, label: 'LOC' };
	// "Roosevelt Island", "Kennedy Center": a name ending on a place's or a body's head is no person's.
	if (span.label === 'PER' && /\s/u.test(name)) {
		const last = name.slice(name.lastIndexOf(' ') + 1);
		if (NOT_A_SURNAME.test(last)) return { ...span, label: PLACE_HEADS.test(last) ? 'LOC' : 'ORG' };
		// "Troy Police", "Bruce Township", "Palmer Fire": the same for a word WordNet files as a kind of body, place or event.
		// Not "Trump Campaign": a person's body is cut from the name below.
		const kind = BODY_AFTER_A_PERSON.test(name) ? null : headKind(last);
		if (kind !== null) return { ...span, label: kind === 'place' ? 'LOC' : kind === 'event' ? 'MISC' : 'ORG' };
	}
	// "New Orleans Saints", "Miami Dolphins": a team named after its town ("Joseph Sellers" is no team).
	if ((span.label === 'PER' || span.label === 'LOC') && isTeamName(name)) return { ...span, label: 'ORG' };
	// "Lyndale Avenue", "Carlton Hotel" read as a body: a street or a building is a place (not "University of the
	// Highlands and Islands"). Not every place's head: "Manchester City", "Notts County" and "Crystal Palace" are teams.
	if (span.label === 'ORG' && /\s/u.test(name) && PLACE_NOT_TEAM_HEADS.test(name.slice(name.lastIndexOf(' ') + 1)) && !isBodyOf(name))
		return { ...span, label: 'LOC' };
	// "United States Conference of Catholic Bishops", "University of Texas": a body's head before "of" makes a body.
	if (span.label === 'LOC' && isBodyOf(name)) return { ...span, label: 'ORG' };
	// "told The Atlantic": a capital "The" where no sentence opens belongs to a title, not to a place's name.
	if (
		span.label === 'LOC' &&
		name.startsWith('The ') &&
		!onlyOpenersBefore(text, span.start) &&
		!isKnownPlace(name) &&
		!isKnownPlace(name.slice(4))
	)
		return { ...span, label: 'ORG' };
	// "the Texas governor", "the Benghazi committee", "Texas Gov. Rick Perry": a place's name before a noun or a title is the place.
	if (
		span.label === 'ORG' &&
		((isKnownPlace(name) && modifiesNext(text, span.end)) ||
			(isPlaceName(name) && modifiesThing(text, span.start, span.end)) ||
			(isPlaceName(name) && AFTER_A_PREPOSITION.test(text.slice(Math.max(0, span.start - 6), span.start))))
	)
		return { ...span, label: 'LOC' };
	// "HOUSTON — The decision ...": a dateline is the place the story was filed from.
	if (span.label !== 'LOC' && isDateline(text, span)) return { ...span, label: 'LOC' };
	// "Corpus Christi, Tex.", "Troy, Michigan": a name followed by a state's abbreviation or a state's or a
	// country's name ending the phrase is the town in it ("Perdue, Georgia Republican" is no town).
	if (
		span.label !== 'LOC' &&
		(stateOfAbbreviation(/^,\s(\S+\.)/u.exec(text.slice(span.end, span.end + 10))?.[1] ?? '') !== null ||
			isKnownPlace(REGION_AFTER.exec(text.slice(span.end, span.end + 30))?.[1] ?? ''))
	)
		return { ...span, label: 'LOC' };
	if (span.label === 'ORG' && (readsAsPerson(name) || (isNameShaped(name) && afterPersonNoun(text, span.start))))
		return { ...span, label: 'PER' };
	const label = lexiconType(name, span.label);
	return label === span.label ? span : { ...span, label };
}
