/**
 * Mentions → entities: one entity per thing named, whichever way each outlet
 * writes it. The rules are general (known aliases, acronym = initials of a
 * longer name in the corpus, surname = the full name ending in it that the
 * same article gives, else the corpus's one or clearly dominant such name),
 * cheap (linear in mentions, plus a pass over distinct names) and applied in
 * that order, so an acronym joins its expansion before surnames are matched.
 */
import { distance } from 'fastest-levenshtein';
import { knownCanonical } from './alias-data.js';
import { aliasKey, firstWord, initials, isAcronym, lastWord } from './alias-key.js';
import { givenNameGender, isGivenName, isKnownPlace, isSurnameWord, stateOfAbbreviation } from './gazetteer.js';
import { hasWordTag, PERSON_NAME_TAGS } from './word-tags.js';
import { isNicknameOf } from './nicknames.js';
import { CHAMBERS, isBodysHead, NOT_A_SURNAME, PERSONS_BODY, PLACE_HEADS } from './heads.js';
import {
	headKind,
	isCommonNoun,
	isLocationNoun,
	isLowerCaseNoun,
	isNamedBody,
	isNamedHappening,
	isNamedPlace,
	isPersonNoun,
	isPlaceKindNoun,
} from './common-nouns.js';
import { monthName } from '../../corpus/calendar.js';
import { isName, type Demonym, type Entity, type EntityType, type Mention, type RawMention } from './types.js';

/** aliasKey() of the texts one merge meets, each computed once: the steps below ask for the same few thousand names again and again. */
const keys = new Map<string, string>();
function keyOf(text: string): string {
	let key = keys.get(text);
	if (key === undefined) {
		key = aliasKey(text);
		keys.set(text, key);
	}
	return key;
}

interface Group {
	key: string;
	/** Set when a general alias table names this thing. */
	canonical: string | null;
	mentions: RawMention[];
	/** Set when this group was reached through an acronym of its name. */
	expanded: boolean;
	/** surface() and dominantType() of the group as it is; reset by absorb(). Each is asked for several times per group. */
	known: { surface?: string; type?: EntityType };
}

/** Moves another group's mentions into this one. */
function absorb(target: Group, source: Group, expanded: boolean): void {
	target.mentions.push(...source.mentions);
	if (expanded) target.expanded = true;
	target.known = {};
}

/** `articleOrder` gives each article id its place in the corpus, for ordering mentions. */
export function mergeMentions(mentions: RawMention[], articleOrder: ReadonlyMap<string, number>): Entity[] {
	juniors = juniorsOf(mentions);
	const byPosition = (a: Mention, b: Mention): number =>
		(articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0) || (a.sentence ?? -1) - (b.sentence ?? -1) || a.start - b.start;
	const named = mentions.filter(isName);
	const names = named.filter((m) => m.demonymOf === undefined);
	byCorpusMajority(names);
	const { resolved, usage } = fullNamesInArticle(names);
	resolveQuotedNicknames(names, resolved);
	const groups = groupNames(names, resolved);
	mergeAcronyms(groups);
	mergeMiddleNames(groups);
	mergeOfficeHolders(groups);
	mergeSurnames(groups, usage);
	mergeSpellingVariants(groups);
	mergeQualifiedNames(groups);
	mergeShortenedNames(groups);
	mergeNamesWithoutTheirChamber(groups);
	mergeTownsIntoTeams(groups);
	mergeShortOrganisationNames(groups);
	mergeOutletNames(groups);
	mergeHeadsAlone(groups);
	mergePlacesWithTheirState(groups);
	splitJoinedNames(groups);
	typeFamilies(groups);
	// "Latino voters", "the Bible": a kind of person or thing written with a capital is no name (people are never
	// asked of WordNet: "Mason"; a one-word "person" the lexicon files as a kind of person is none: "God").
	const entities = [...groups.values()]
		.filter((g) => (groupType(g) === 'person' ? !isKindOfPerson(g) : g.canonical !== null || !isCommonNoun(surface(g))))
		.filter((g) => !isNamedHappening(surface(g), isGivenName))
		// "Jr" cut from "Arcade Joseph Comeaux Jr": a generational suffix alone names no one.
		.filter((g) => !GENERATION.test(surface(g)))
		// "in April": a month alone is a date, whatever a given-name list holds; "May" the surname joined Theresa May above.
		.filter((g) => groupType(g) !== 'person' || monthName(surface(g).toLowerCase()) === null)
		.map(toNamedEntity);
	attachDemonyms(
		entities,
		named.filter((m) => m.demonymOf !== undefined),
	);
	entities.push(
		...groupBy(
			mentions.filter((m) => m.type === 'quantity'),
			quantityKey,
		).map((g) => toValueEntity('quantity', g)),
	);
	entities.push(
		...groupBy(
			mentions.filter((m) => m.type === 'date'),
			(m) => m.iso ?? keyOf(m.text),
		).map((g) => toValueEntity('date', g)),
	);
	for (const entity of entities) {
		entity.mentions.sort(byPosition);
		entity.demonym?.mentions.sort(byPosition);
	}
	keys.clear();
	offices.clear();
	juniors = new Set();
	return sortEntities(entities);
}

/**
 * One name, one type across the corpus: each mention takes the type most of
 * the corpus's mentions of the same name have ("Mitt Romney" tagged a place in
 * one article is the person the other articles name), so the steps below see
 * the person's surname in every article. A tie keeps each mention's own.
 */
function byCorpusMajority(mentions: RawMention[]): void {
	const votes = new Map<string, Map<EntityType, number>>();
	for (const m of mentions) {
		const key = keyOf(m.text);
		const byType = votes.get(key) ?? new Map<EntityType, number>();
		byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
		votes.set(key, byType);
	}
	const winner = new Map<string, EntityType>();
	for (const [key, byType] of votes) {
		if (byType.size < 2) continue;
		const [first, second] = [...byType.entries()].sort((a, b) => b[1] - a[1]);
		if (first && second && first[1] > second[1]) winner.set(key, first[0]);
	}
	for (const m of mentions) m.type = winner.get(keyOf(m.text)) ?? m.type;
}

/**
 * News copy names a person in full once ("Tony Blair") and then by surname
 * ("Mr Blair"): within one article, a surname alone is the one person of
 * that article whose full name ends in it, whatever other Blairs the corpus
 * holds. Returns, for each such mention, the full name it stands for.
 */
function fullNamesInArticle(mentions: readonly RawMention[]): { resolved: Map<RawMention, string>; usage: SurnameUsage } {
	const byArticle = new Map<string, RawMention[]>();
	for (const m of mentions) pushTo(byArticle, m.article, m);
	const resolved = new Map<RawMention, string>();
	const usage: SurnameUsage = new Map();
	for (const named of byArticle.values()) {
		const people = named.filter((m) => m.type === 'person');
		// Surname key -> the article's full names ending in it (by alias key, with one spelling of each).
		const fullNames = new Map<string, Map<string, string>>();
		// Given name key -> the article's full names opening with it ("Hillary" is Hillary Clinton).
		const byGivenName = new Map<string, Map<string, string>>();
		const add = (index: Map<string, Map<string, string>>, word: string, text: string): void => {
			const names = index.get(word) ?? new Map<string, string>();
			names.set(keyOf(groupedName(text)), text);
			index.set(word, names);
		};
		// "Wasserman Schultz", "Trump Jr." after "Debbie Wasserman Schultz", "Donald Trump Jr.": a full name that
		// ends the article's one longer full name is that person, and no second person of the surname.
		const full = people.filter((m) => isFullName(m.text));
		const texts = [...new Set(full.map((m) => m.text))];
		if (texts.length > 1) {
			const written = texts.map((t) => ` ${keyOf(personName(t, true))}`);
			const endsLonger = new Map<string, string>();
			written.forEach((tail, i) => {
				let only = -1;
				for (let j = 0; j < written.length; j++) {
					if (j === i || (written[j]?.length ?? 0) <= tail.length || !written[j]?.endsWith(tail)) continue;
					only = only === -1 ? j : -2;
				}
				const longer = texts[only];
				if (only < 0 || longer === undefined) return;
				// "Notorious Bettie Page" (a film's title) after "Bettie Page": words before a full name that open with
				// no given name are an epithet or a title, and the longer form is the person the shorter names.
				if (opensWithGivenName(longer)) endsLonger.set(texts[i] ?? '', longer);
				else endsLonger.set(longer, texts[i] ?? '');
			});
			for (const m of full) {
				const longer = endsLonger.get(m.text);
				if (longer !== undefined) resolved.set(m, longer);
			}
		}
		for (const m of full) {
			if (resolved.has(m)) continue;
			add(fullNames, keyOf(surname(m.text)), m.text);
			add(byGivenName, keyOf(firstWord(m.text)), m.text);
		}
		// "Kathina" read as a place where the article names Kathina Thomas: a given name no list holds is the person's
		// where no gazetteer or lexicon knows the word as a place ("Paris" of "Paris Hilton" stays) and the full name
		// ends on a surname, no common noun ("Godzilla Day", "Entropia Dollars" are no people).
		const givenNameOf = (word: string): Map<string, string> | undefined => {
			if (isKnownPlace(word) || hasWordTag(word, PLACE_TAGS)) return undefined;
			const names = byGivenName.get(keyOf(word));
			return names && [...names.values()].every((name) => isSurnameWord(lastWord(name))) ? names : undefined;
		};
		const lone = named.filter((m) => !isFullName(m.text));
		// "Mrs. Clinton" in an article that names Bill and Hillary Clinton is Hillary.
		const choices = (m: RawMention, gender: Gender | null): string[] =>
			fitGender(
				gender,
				[
					...(
						fullNames.get(keyOf(m.text)) ??
						(isGivenName(m.text) || m.type === 'person'
							? byGivenName.get(keyOf(m.text))
							: m.type === 'place'
								? givenNameOf(m.text)
								: undefined) ??
						new Map<string, string>()
					).values(),
				],
				(name) => name,
			);
		// An honorific no full name of the article fits ("Mr. Trump" where only Melania Trump is named in
		// full) shows a second person of that name: its untitled mentions are left to the corpus.
		const unfitted = new Set<string>();
		for (const m of lone) {
			const gender = honorificGender(m.role);
			if (gender !== null && fullNames.has(keyOf(m.text)) && choices(m, gender).length === 0) unfitted.add(keyOf(m.text));
		}
		// The surname alone is that person whatever one sentence tagged it ("Blair" as a place).
		for (const m of lone) {
			const gender = honorificGender(m.role);
			if (gender === null && unfitted.has(keyOf(m.text))) continue;
			// A state's or a country's name tagged the place stays it: "Alaska" where "Palmer Alaska" was read as a person.
			if (m.type === 'place' && gender === null && isKnownPlace(m.text)) continue;
			const fitting = choices(m, gender);
			const [only] = fitting.length === 1 ? fitting : [];
			if (only === undefined) continue;
			resolved.set(m, only);
			const key = usageKey(keyOf(m.text), gender);
			const targets = usage.get(key) ?? new Map<string, number>();
			targets.set(keyOf(groupedName(only)), (targets.get(keyOf(groupedName(only))) ?? 0) + 1);
			usage.set(key, targets);
			m.type = 'person';
		}
	}
	return { resolved, usage };
}

/**
 * How the articles that settle it read a surname alone, by the honorific's gender: "Trump" (no
 * honorific) → Donald Trump 9 times; "Mrs. Trump" → Melania Trump 2. Keys: usageKey(); values:
 * the full name's group key → count.
 */
type SurnameUsage = Map<string, Map<string, number>>;

function usageKey(surname: string, gender: Gender | null): string {
	return `${surname}|${gender ?? ''}`;
}

function opensWithGivenName(name: string): boolean {
	return isNameWord(firstWord(name));
}

function isFullName(text: string): boolean {
	return /\s/u.test(text.trim());
}

type Gender = 'male' | 'female';

/** The gender an honorific gives ("Mr." a man, "Mrs." or "Ms." a woman), from a mention's role. */
function honorificGender(role: string | undefined): Gender | null {
	const first = role
		?.split(/[\s,]+/u)[0]
		?.toLowerCase()
		.replace(/\.$/u, '');
	return first === 'mr' ? 'male' : first === 'mrs' || first === 'ms' || first === 'miss' ? 'female' : null;
}

/**
 * The full names an honorific of `gender` may stand for: those whose given name is of that gender,
 * else those whose given name tells none ("Bill" is in both name lists).
 */
function fitGender<T>(gender: Gender | null, candidates: readonly T[], name: (candidate: T) => string): T[] {
	if (gender === null) return [...candidates];
	const genders = candidates.map((c) => givenNameGender(firstWord(name(c))));
	const same = candidates.filter((_, i) => genders[i] === gender);
	return same.length > 0 ? same : candidates.filter((_, i) => genders[i] === null);
}

/** The words of a role that tell one office from another ("vice president"), without honorifics, "former" or a party tag. */
function office(role: string): string {
	let found = offices.get(role);
	if (found === undefined) {
		found =
			role
				.split(',')[0]
				?.toLowerCase()
				.split(/\s+/u)
				.map((w) => w.replace(/\.$/u, ''))
				.filter((w) => w.length > 0 && !/^(?:mr|mrs|ms|miss|dr|former|then|the)$/u.test(w))
				.join(' ') ?? '';
		offices.set(role, found);
	}
	return found;
}

/** office() of each role written, for one merge: a surname's candidates are asked about every mention's role. */
const offices = new Map<string, string>();

/**
 * A person's name without middle initials or a generational suffix: "Robert
 * S. Mueller III" and "Robert Mueller", "John A. Boehner" and "John Boehner"
 * are written for one person. `keepGeneration` keeps "Jr." and "Sr.", for a
 * son whose father the corpus names too (juniorsOf()).
 */
export function personName(written: string, keepGeneration = false): string {
	const name = written.includes('"') || written.includes('“') || written.includes('‘') ? written.replace(QUOTED_NICKNAME, ' ') : written;
	if (!/\s\S+\s/u.test(name.trim()) && !/\.$/u.test(name)) return name;
	const words = name.trim().split(/\s+/u);
	if (words.length < 2) return name;
	const kept = words.filter((w, i) => !(i > 0 && i < words.length - 1 && /^\p{Lu}\.?$/u.test(w)));
	while (kept.length > 2 && (keepGeneration ? /^(?:II|III|IV)$/u : GENERATION).test(kept.at(-1) ?? '')) kept.pop();
	if (kept.length > 2 && /,$/u.test(kept.at(-1) ?? '')) kept[kept.length - 1] = (kept.at(-1) ?? '').replace(/,$/u, '');
	return kept.join(' ');
}

/** William "Mo" Cowan: a nickname in quotes inside a person's name. */
const QUOTED_NICKNAME = /\s["“‘](\p{Lu}[^"”’]*)["”’]\s/u;

/**
 * "Mo" and "Mo Cowan" where the corpus writes William "Mo" Cowan: the nickname alone, or before the surname, is
 * that person, whatever the tagger read it as ("Mo", Missouri).
 */
function resolveQuotedNicknames(mentions: readonly RawMention[], resolved: Map<RawMention, string>): void {
	const fullNames = new Map<string, string>();
	for (const m of mentions) {
		const quoted = m.type === 'person' && m.text.includes(' ') ? QUOTED_NICKNAME.exec(m.text) : null;
		if (!quoted?.[1]) continue;
		const full = personName(m.text);
		// Antonio "LA" Reid: a nickname that also names a place or is an acronym stays that alone.
		if (!isAcronym(quoted[1]) && !isKnownPlace(quoted[1]) && knownCanonical(quoted[1]) === null) fullNames.set(quoted[1], full);
		fullNames.set(`${quoted[1]} ${surname(full)}`, full);
	}
	if (fullNames.size === 0) return;
	for (const m of mentions) {
		// "nothing on Mo.": a state's abbreviation keeps its dot, a nickname ending the sentence does not.
		const dotted = m.text.endsWith('.') ? fullNames.get(m.text.slice(0, -1)) : undefined;
		const full = fullNames.get(m.text) ?? dotted;
		if (full === undefined) continue;
		if (dotted !== undefined) {
			m.text = m.text.slice(0, -1);
			m.end -= 1;
		}
		m.type = 'person';
		resolved.set(m, full);
	}
}

/**
 * "Donald Trump Jr." in an article that also names "Donald Trump": a son and his father, two people,
 * where "Joseph R. Biden Jr." in one article and "Joseph Biden" in another are one. The keys (as
 * personName() gives them) of the names some article writes both with and without "Jr." or "Sr.".
 */
function juniorsOf(mentions: readonly RawMention[]): Set<string> {
	const found = new Set<string>();
	const suffixed = mentions.filter((m) => m.type === 'person' && SUFFIXED.test(m.text) && /\s\S+\s/u.test(m.text.trim()));
	if (suffixed.length === 0) return found;
	const articles = new Set(suffixed.map((m) => m.article));
	const plain = new Set(
		mentions
			.filter((m) => articles.has(m.article) && m.type === 'person' && isFullName(m.text) && !SUFFIXED.test(m.text))
			.map((m) => `${m.article}|${keyOf(personName(m.text))}`),
	);
	for (const m of suffixed) if (plain.has(`${m.article}|${keyOf(personName(m.text))}`)) found.add(keyOf(personName(m.text)));
	return found;
}

let juniors = new Set<string>();

/** A person's name as grouped: personName(), with "Jr." kept for a son whose father the corpus names too. */
function groupedName(text: string): string {
	return juniors.size > 0 && SUFFIXED.test(text) && juniors.has(keyOf(personName(text))) ? personName(text, true) : personName(text);
}

/** The surname of a full name: its last word before a generational suffix ("Trump" of "Donald Trump Jr."). */
function surname(name: string): string {
	const words = name.trim().split(/\s+/u);
	while (words.length > 2 && GENERATION.test(words.at(-1) ?? '')) words.pop();
	return words.at(-1) ?? name;
}
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV),?$/u;
/** A name ending on a generational suffix, tested without splitting it into words. */
const SUFFIXED = /\s(?:Jr\.?|Sr\.?|II|III|IV),?$/u;

function groupNames(mentions: RawMention[], standsFor: ReadonlyMap<RawMention, string>): Map<string, Group> {
	const groups = new Map<string, Group>();
	for (const mention of mentions) {
		const written = standsFor.get(mention) ?? mention.text;
		const name = mention.type === 'person' ? groupedName(written) : written;
		// "Tex." is Texas, as "U.S." is the United States.
		const canonical = knownCanonical(name) ?? (mention.type === 'place' ? stateOfAbbreviation(mention.text) : null);
		const key = keyOf(canonical ?? name);
		const group = groups.get(key) ?? { key, canonical, mentions: [], expanded: false, known: {} };
		group.mentions.push(mention);
		groups.set(key, group);
	}
	return groups;
}

/**
 * The acronyms a name may be written as: its initials ("TNA" of "Total News Agency"), with "of" counted
 * ("DOJ" of "Department of Justice"), also for a department written with its kind first ("Justice Department").
 */
function acronymsOf(name: string): string[] {
	const department = /(?:Department|Ministry)$/u.test(name) ? /^(.+) (Department|Ministry)$/u.exec(name) : null;
	const forms = department ? [name, `${department[2]} of ${department[1]}`] : [name];
	const found: string[] = [];
	for (const form of forms) {
		const letters = initials(form);
		const counted = form.includes(' of ') ? initials(form, true) : null;
		for (const acronym of [letters, counted]) if (acronym !== null && !found.includes(acronym)) found.push(acronym);
	}
	return found;
}

/** "TNA" joins "Total News Agency" when the corpus uses both. */
function mergeAcronyms(groups: Map<string, Group>): void {
	const byInitials = new Map<string, Group[]>();
	for (const group of groups.values()) {
		const name = surface(group);
		if (name.includes(' ')) for (const letters of acronymsOf(name)) pushTo(byInitials, letters, group);
	}
	for (const group of [...groups.values()]) {
		const name = surface(group);
		if (!isAcronym(name)) continue;
		const expansions = byInitials.get(name.replace(/\./gu, '').toUpperCase()) ?? [];
		const target = expansions.length === 1 ? expansions[0] : undefined;
		// "D.C." is no "Dick Cheney": news does not write a person by initials the text never spells out.
		if (target && target !== group && groupType(target) !== 'person') {
			absorb(target, group, true);
			groups.delete(group.key);
		}
	}
}

/** "Hillary Rodham Clinton" joins "Hillary Clinton": a middle name between the same first and last names. */
function mergeMiddleNames(groups: Map<string, Group>): void {
	const shortNames = new Map<string, Group>();
	for (const group of groups.values()) {
		if (groupType(group) === 'person' && surface(group).split(/\s+/u).length === 2) shortNames.set(group.key, group);
	}
	for (const group of [...groups.values()]) {
		const words = surface(group).split(/\s+/u);
		if (groupType(group) !== 'person' || words.length !== 3) continue;
		const target = shortNames.get(keyOf(`${words[0]} ${words[2]}`));
		if (target && target !== group) {
			absorb(target, group, false);
			groups.delete(group.key);
		}
	}
}

/**
 * "Sen. Chuck Grassley" in two articles, "Senator Charles E. Grassley" in the
 * third: one surname, one office, never two of them in one article, and no
 * given name of the other gender is one person under a formal name and a
 * familiar one ("Mike", "Michael"; "Liz", "Elizabeth": nicknames.ts). Two senators
 * of one surname who are never in the same article would be joined too; in
 * one story's coverage that is rarer than a nickname.
 */
function mergeOfficeHolders(groups: Map<string, Group>): void {
	const bySurname = new Map<string, Group[]>();
	for (const group of groups.values()) {
		if (groupType(group) === 'person' && surface(group).includes(' ')) pushTo(bySurname, keyOf(surname(surface(group))), group);
	}
	for (const people of bySurname.values()) {
		if (people.length < 2) continue;
		// Most reported first: the others join it.
		people.sort(
			(a, b) => distinctArticles(b.mentions).length - distinctArticles(a.mentions).length || b.mentions.length - a.mentions.length,
		);
		for (let i = 0; i < people.length; i++) {
			const target = people[i];
			if (target === undefined || !groups.has(target.key)) continue;
			for (const other of people.slice(i + 1)) {
				if (!groups.has(other.key) || !sameHolder(target, other)) continue;
				absorb(target, other, false);
				groups.delete(other.key);
			}
		}
	}
}

function sameHolder(a: Group, b: Group): boolean {
	const given = [firstWord(surface(a)), firstWord(surface(b))] as const;
	// "Elizabeth Cheney" and "Liz Cheney" may share an article ("Ms. Cheney" joined one of them there).
	const articles = new Set(a.mentions.map((m) => m.article));
	if (b.mentions.some((m) => articles.has(m.article)) && !isNicknameOf(...given)) return false;
	// A son is not his father: "Donald Trump Jr." and "Donald Trump", where an article names both (juniorsOf()).
	// "Joseph R. Biden Jr." and "Joe Biden" are one man.
	const [suffixed] = [a, b].filter((g) => GENERATION.test(lastWord(surface(g))));
	if (suffixed !== undefined && juniors.has(keyOf(personName(surface(suffixed))))) return false;
	const genders = [a, b].map((g) => givenNameGender(firstWord(surface(g))));
	// The nickname table knows better than the name lists ("Bibi" is listed as a woman's name).
	if (genders[0] !== null && genders[1] !== null && genders[0] !== genders[1] && !isNicknameOf(...given)) return false;
	if (familiarForm(...given) || isNicknameOf(...given)) return true;
	const titles = new Set(a.mentions.map((m) => titleOf(m.role)).filter((t) => t !== ''));
	return b.mentions.some((m) => titles.has(titleOf(m.role)));
}

/**
 * "Joe" and "Joseph", "Chuck" and "Charles", "Mike" and "Michael": a short given name that opens with the
 * first two letters of a longer one is, for one surname in one story, its familiar form ("Ron" and "Rand",
 * "Jon" and "John" are not). Nicknames that share no opening ("Dick", "Richard") need the office.
 */
function familiarForm(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return (
		long.length >= 5 &&
		short.length <= 5 &&
		short.length < long.length &&
		/^\p{Lu}\p{Ll}+$/u.test(short) &&
		short.slice(0, 2) === long.slice(0, 2)
	);
}

/** The title a role names, written out ("Sen., R-Iowa" and "Senator" are "senator"; "former Vice President" is "vice president"). */
function titleOf(role: string | undefined): string {
	const words = office(role ?? '').split(' ');
	const last = words.at(-1) ?? '';
	const title = TITLES_WRITTEN_OUT[last] ?? last;
	return words.at(-2) === 'vice' ? `vice ${title}` : title;
}

const TITLES_WRITTEN_OUT: Readonly<Record<string, string>> = {
	sen: 'senator',
	sens: 'senator',
	rep: 'representative',
	reps: 'representative',
	congressman: 'representative',
	congresswoman: 'representative',
	gov: 'governor',
	gen: 'general',
	lt: 'lieutenant',
	col: 'colonel',
	sgt: 'sergeant',
	capt: 'captain',
	adm: 'admiral',
	prof: 'professor',
};

/**
 * "House of Representatives", "U.S. Senate", "GOP Senate", "U.S. Supreme Court", "Treasury Department": an
 * organisation's name qualified by "of ...", a country or state or a party, or written with its kind
 * ("X Department", "Department of the X"), joins the same name alone when the corpus uses it.
 */
function mergeQualifiedNames(groups: Map<string, Group>): void {
	const places = new Set<string>();
	// "Bank of England" and "Bank of America" in one corpus: "the Bank" may be either, so neither joins it.
	const ofHeads = new Map<string, number>();
	for (const group of groups.values()) {
		if (groupType(group) === 'place') places.add(group.key);
		const of = groupType(group) === 'organization' ? OF_HEAD.exec(surface(group))?.[1] : undefined;
		if (of !== undefined) ofHeads.set(keyOf(of), (ofHeads.get(keyOf(of)) ?? 0) + 1);
	}
	const isCorpusPlace = (name: string): boolean => places.has(keyOf(name)) || hasWordTag(name, PLACE_TAGS);
	const headsOneName = (head: string): boolean => (ofHeads.get(keyOf(head)) ?? 0) < 2;
	for (const group of [...groups.values()]) {
		if (groupType(group) !== 'organization') continue;
		const target = qualifiedNames(surface(group), isCorpusPlace, headsOneName)
			.map((head) => groups.get(keyOf(head)))
			.find((found) => found !== undefined && found !== group && groupType(found) === 'organization');
		if (!target) continue;
		absorb(target, group, false);
		groups.delete(group.key);
	}
}

const OF_HEAD = /^(.+?) of \S/u;

/**
 * The shorter names an organisation's name may stand for, likeliest first. `headsOneName`: no other organisation's
 * name opens with that head and "of" ("Bank of England", "Bank of America"). `isCorpusPlace`: the corpus
 * names that place, or compromise's lexicon knows the word as one ("Boston Red Sox" and "Red Sox",
 * "Chicago Bears" and "Bears").
 */
function qualifiedNames(name: string, isCorpusPlace: (name: string) => boolean, headsOneName: (head: string) => boolean): string[] {
	const heads: string[] = [];
	const department = /^(?:Department|Ministry) of (?:the )?(.+)$|^(.+?) (?:Department|Ministry|Dept\.?)$/u.exec(name);
	if (department) heads.push(department[1] ?? department[2] ?? '');
	const of = OF_HEAD.exec(name)?.[1];
	if (of !== undefined && headsOneName(of)) heads.push(of);
	// "U.S. Conference of Catholic Bishops" and "United States Conference of Catholic Bishops": one body.
	const [qualifier = '', ...others] = name.split(' ');
	const spelled = others.length > 0 ? knownCanonical(qualifier) : null;
	if (spelled !== null && spelled !== qualifier) heads.push(`${spelled} ${others.join(' ')}`);
	const words = name.split(' ');
	for (const length of [1, 2, 3]) {
		const qualifier = words.slice(0, length).join(' ');
		const rest = words.slice(length).join(' ');
		if (rest === '') continue;
		const country = knownCanonical(qualifier);
		const known = length < 3 && (isKnownPlace(qualifier) || country !== null || /^(?:GOP|Republican|Democratic)$/u.test(qualifier));
		// The rest is one word, an institution ("Senate"), not the rest of another name ("Texas Instruments"); after a
		// country's name, any national institution ("U.S. Supreme Court"); after a town (no state: "Texas Rangers
		// Club") the corpus names, a team's or a paper's name of one or two words ("Red Sox", "Daily News").
		if (known && (!rest.includes(' ') || (country !== null && isKnownPlace(country)))) heads.push(rest);
		else if (!isKnownPlace(qualifier) && country === null && isCorpusPlace(qualifier) && rest.split(' ').length <= 2) heads.push(rest);
	}
	return heads;
}

/**
 * "the House Intelligence panel" where the corpus names the House Intelligence Committee: an organisation's
 * name of two words or more that is the one longer organisation's name without its last word, a body's head
 * ("Committee", "Department": heads.ts), is that organisation.
 */
function mergeShortenedNames(groups: Map<string, Group>): void {
	const byShortened = new Map<string, Group[]>();
	for (const group of groups.values()) {
		const name = surface(group);
		const cut = name.lastIndexOf(' ');
		if (groupType(group) !== 'organization' || cut < 0 || !name.slice(0, cut).includes(' ')) continue;
		const head = name.slice(cut + 1);
		if (NOT_A_SURNAME.test(head) && !PLACE_HEADS.test(head)) pushTo(byShortened, keyOf(name.slice(0, cut)), group);
	}
	joinTheOnlyMatch(groups, byShortened, (group) => groupType(group) === 'organization');
}

/**
 * "the Intelligence Committee" where the corpus names the House Intelligence Committee: a body's name of two
 * words or more, ending on a body's head, is the one organisation named so after a chamber's ("House",
 * "Senate"). Where the corpus names both chambers' committees, neither. Not a party after a state's name
 * ("Wyoming Democratic Party" is a body of its own).
 */
function mergeNamesWithoutTheirChamber(groups: Map<string, Group>): void {
	const byRest = organisationsBy(groups, (text) => {
		const cut = text.indexOf(' ');
		return cut > 0 && CHAMBERS.test(text.slice(0, cut)) && text.slice(cut + 1).includes(' ') ? text.slice(cut + 1) : null;
	});
	if (byRest.size === 0) return;
	joinTheOnlyMatch(groups, byRest, (group) => {
		const name = surface(group);
		return groupType(group) === 'organization' && name.includes(' ') && NOT_A_SURNAME.test(lastWord(name));
	});
}

/**
 * "with Fox affiliate KTVI" where the corpus names Fox News, "Goldman" and Goldman Sachs: a word the tagger
 * took for a person, which no full name ends or opens with, no title stands before and no name list
 * knows as a given name, is the one organisation of the corpus whose name opens with it. So is a word
 * taken for a place that no gazetteer knows ("Georgetown" and Georgetown University).
 */
function mergeShortOrganisationNames(groups: Map<string, Group>): void {
	const byFirstWord = new Map<string, Group[]>();
	for (const group of groups.values()) {
		if (groupType(group) === 'organization' && surface(group).includes(' ')) pushTo(byFirstWord, keyOf(firstWord(surface(group))), group);
	}
	if (byFirstWord.size === 0) return;
	joinTheOnlyMatch(groups, byFirstWord, (group) => {
		const name = surface(group);
		if (name.includes(' ') || group.canonical !== null) return false;
		// "at Georgetown" where the corpus names Georgetown University: a place no gazetteer or lexicon knows as one.
		if (groupType(group) === 'place') return !isKnownPlace(name) && !hasWordTag(name, PLACE_TAGS) && !isNamedPlace(name);
		return groupType(group) === 'person' && !isGivenName(name) && group.mentions.every((m) => m.role === undefined);
	});
}

/**
 * "Detroit" read as a body in a sports corpus ("Detroit beat Chicago") is the one team the corpus names after
 * the town ("Detroit Lions", in a group that may be shown as "Lions"; not "Detroit Free Press").
 */
function mergeTownsIntoTeams(groups: Map<string, Group>): void {
	const teams = organisationsBy(groups, (text) => {
		const cut = text.lastIndexOf(' ');
		// Any plural that heads no body's name ("Times", "News"), not only those WordNet knows (isTeamPlural): a
		// second team of the town ("Leeds Tykes" beside "Leeds Rhinos") must keep the town from either.
		const last = text.slice(cut + 1);
		return cut > 0 && /\p{Ll}[^s]s$/u.test(last) && !NOT_A_SURNAME.test(last) ? text.slice(0, cut) : null;
	});
	if (teams.size === 0) return;
	joinTheOnlyMatch(
		groups,
		teams,
		(group) => groupType(group) === 'organization' && group.canonical === null && hasWordTag(surface(group), PLACE_TAGS),
	);
}

/** "ABC" and "ABC News", "Yahoo" and "Yahoo News": a network's name and its news division's, one outlet; "PayPal.com" and PayPal one company. */
function mergeOutletNames(groups: Map<string, Group>): void {
	// The news divisions first, by their network's key: few groups end on " News", and no name is built per group.
	const divisions = new Map<string, Group>();
	for (const group of groups.values()) {
		const name = surface(group);
		if (name.endsWith(' News') && groupType(group) === 'organization') divisions.set(keyOf(name.slice(0, -5)), group);
	}
	for (const [network, division] of divisions) {
		const group = groups.get(network);
		if (group === undefined || group === division || groupType(group) !== 'organization' || surface(group).includes(' ')) continue;
		absorb(division, group, false);
		groups.delete(group.key);
	}
	// "PayPal.com" where the corpus names PayPal: the site is its company.
	for (const group of [...groups.values()]) {
		const site = surface(group).includes('.') ? WEB_ADDRESS.exec(surface(group)) : null;
		const company = site === null ? undefined : groups.get(keyOf(site[1] ?? ''));
		if (company === undefined || company === group || groupType(company) !== 'organization') continue;
		absorb(company, group, false);
		groups.delete(group.key);
	}
}
const WEB_ADDRESS = /^(\S+)\.(?:com|org|net)$/u;

/**
 * "the Journal" after The Wall Street Journal, "the Center" after the Center on Budget and Policy Priorities:
 * a common noun written with a capital, which no alias table knows, is the one organisation of the corpus whose
 * head it is (its last word, or the word before "of", "on" or "for"). Not a chamber, which news names by its head
 * alone ("the House" where the corpus names the White House). So is a place's kind, read as a place, the one
 * place it heads ("the Gulf" after the Gulf of Aden).
 */
function mergeHeadsAlone(groups: Map<string, Group>): void {
	const organisations = new Map<string, Group[]>();
	const places = new Map<string, Group[]>();
	for (const group of groups.values()) {
		const name = surface(group);
		const type = groupType(group);
		if ((type !== 'organization' && type !== 'place') || !name.includes(' ')) continue;
		const qualified = / (?:of|on|for) /u.exec(name);
		pushTo(type === 'place' ? places : organisations, keyOf(lastWord(qualified === null ? name : name.slice(0, qualified.index))), group);
	}
	joinTheOnlyMatch(groups, organisations, (group) => {
		const name = surface(group);
		return group.canonical === null && groupType(group) !== 'person' && !CHAMBERS.test(name) && isLowerCaseNoun(name);
	});
	joinTheOnlyMatch(groups, places, (group) => group.canonical === null && groupType(group) === 'place' && isPlaceKindNoun(surface(group)));
}

/** "Washington, D.C." where the corpus names Washington, "Newtown, Conn." and Newtown: one place. */
function mergePlacesWithTheirState(groups: Map<string, Group>): void {
	for (const group of [...groups.values()]) {
		// "D.C." alone is filed under its canonical name, Washington, D.C.
		const name = group.canonical ?? surface(group);
		if (groupType(group) !== 'place' || !name.includes(',')) continue;
		const qualified = /^([^,]+),\s*(.+)$/u.exec(name);
		if (qualified === null) continue;
		const [, town = '', state = ''] = qualified;
		if (!/^D\.?C\.?$/u.test(state) && stateOfAbbreviation(state) === null && !isKnownPlace(state)) continue;
		const target = groups.get(keyOf(town));
		if (target === undefined || target === group || groupType(target) !== 'place') continue;
		absorb(target, group, false);
		groups.delete(group.key);
	}
}

/**
 * "the House and Senate", "Trump and Mattis", "Trump-Russia" tagged as one name where the corpus names each alone: two names,
 * each mention cut in two at the conjunction. "the Obama Administration", "the Trump Presidency" tagged as a
 * body's name: the person's, the rest cut off.
 */
function splitJoinedNames(groups: Map<string, Group>): void {
	const joined = [...groups.values()].filter((g) => {
		const name = surface(g);
		return (name.includes(' ') || name.includes('-')) && (JOINED.test(name) || PERSON_BEFORE_BODY.test(name));
	});
	if (joined.length === 0) return;
	const people = new Map<string, Group | null>();
	for (const group of groups.values()) {
		if (groupType(group) !== 'person') continue;
		const last = keyOf(lastWord(surface(group)));
		people.set(last, people.has(last) && people.get(last) !== group ? null : group);
	}
	// A name the corpus uses alone, or the one person of the corpus with that surname.
	// Not a joined name itself, whose mentions are cut in turn.
	const named = (part: string): Group | undefined => {
		const found = groups.get(keyOf(part)) ?? people.get(keyOf(part)) ?? undefined;
		return found === undefined || joined.includes(found) ? undefined : found;
	};
	// Each part's mention takes its group's type, asked once per joined name (moving mentions resets it).
	const cutInto = (group: Group, parts: readonly Group[], cuts: (text: string) => readonly (readonly [number, number])[] | null): void => {
		const types = parts.map((part) => groupType(part));
		const kept: RawMention[] = [];
		for (const m of group.mentions) {
			const spans = cuts(m.text);
			if (spans === null) kept.push(m);
			else
				spans.forEach(([from, to], i) =>
					parts[i]?.mentions.push({
						...m,
						text: m.text.slice(from, to),
						start: m.start + from,
						end: m.start + to,
						type: types[i] ?? m.type,
					}),
				);
		}
		for (const part of parts) part.known = {};
		// A mention written otherwise (absorbed by an earlier step) stays where it was.
		if (kept.length > 0) {
			group.mentions = kept;
			group.known = {};
		} else groups.delete(group.key);
	};
	for (const group of joined) {
		const name = surface(group);
		const pair = JOINED.exec(name);
		const body = pair === null && groupType(group) === 'organization' ? PERSON_BEFORE_BODY.exec(name) : null;
		if (pair !== null) {
			const first = named(name.slice(0, pair.index));
			const second = named(name.slice(pair.index + pair[0].length));
			if (first === undefined || second === undefined || first === second || first === group || second === group) continue;
			// A hyphen joins two of a kind ("Romney-Ryan", "Scotland-England", "Manchester United-Arsenal") or a person named in
			// full and a place ("Trump-Russia"); not the halves of one name ("Herald-Sun", "Spider-Man").
			if (pair[0] === '-' && !isPairOfNames(first, second) && !isPairOfNames(second, first)) continue;
			cutInto(group, [first, second], (text) => {
				const cut = JOINED.exec(text);
				return cut === null
					? null
					: [
							[0, cut.index],
							[cut.index + cut[0].length, text.length],
						];
			});
		} else if (body !== null) {
			const person = named(body[1] ?? '');
			if (person === undefined || person === group || groupType(person) !== 'person') continue;
			cutInto(group, [person], (text) => {
				const length = PERSON_BEFORE_BODY.exec(text)?.[1]?.length;
				return length === undefined ? null : [[0, length]];
			});
		}
	}
}
const PERSON_BEFORE_BODY = new RegExp(`^(.+) (?:${PERSONS_BODY})$`, 'u');

/** Two names a hyphen may join: of one type, or a person the corpus names in full and a place. */
function isPairOfNames(a: Group, b: Group): boolean {
	return groupType(a) === groupType(b) || (groupType(a) === 'person' && isFullName(surface(a)) && groupType(b) === 'place');
}
/** "and", "&" between words, or a hyphen between two capitalised words ("Trump-Russia", not "Wal-Mart" unless both are named alone). */
const JOINED = / (?:and|&) |(?<=\p{L})-(?=\p{Lu})/u;

/**
 * "the Clintons" where the corpus names Hillary and Bill Clinton: a family named by its surname in the
 * plural is people, whatever the tagger made of the word.
 */
function typeFamilies(groups: Map<string, Group>): void {
	const plurals = [...groups.values()].filter(
		(g) => g.key.endsWith('s') && groupType(g) !== 'person' && /^\p{Lu}\p{Ll}+s$/u.test(surface(g)),
	);
	if (plurals.length === 0) return;
	const surnames = new Set<string>();
	for (const group of groups.values())
		if (groupType(group) === 'person' && isFullName(surface(group))) surnames.add(surname(surface(group)));
	for (const group of plurals) {
		const name = surface(group);
		if (!surnames.has(name.slice(0, -1)) && !(name.endsWith('es') && surnames.has(name.slice(0, -2)))) continue;
		for (const m of group.mentions) m.type = 'person';
		group.known = {};
	}
}

/** The organisations filed under the key of each part `partOf` takes from one of their written forms (null: none). */
function organisationsBy(groups: Map<string, Group>, partOf: (text: string) => string | null): Map<string, Group[]> {
	const index = new Map<string, Group[]>();
	for (const group of groups.values()) {
		if (groupType(group) !== 'organization') continue;
		const keys = new Set<string>();
		for (const text of distinctTexts(group.mentions)) {
			const part = partOf(text);
			if (part !== null) keys.add(keyOf(part));
		}
		for (const key of keys) pushTo(index, key, group);
	}
	return index;
}

/** Each group `joins` accepts, whose key `index` files exactly one other group under, joins that group. */
function joinTheOnlyMatch(
	groups: Map<string, Group>,
	index: ReadonlyMap<string, readonly Group[]>,
	joins: (group: Group) => boolean,
): void {
	for (const group of [...groups.values()]) {
		const [only, other] = index.get(group.key) ?? [];
		if (only === undefined || other !== undefined || only === group || !joins(group)) continue;
		absorb(only, group, false);
		groups.delete(group.key);
	}
}

/**
 * "God" tagged a person: one word, never titled, that compromise's lexicon files as a kind of person
 * (its Actor tag: "prophet", "carpenter") or as an adjective only ("Marine"), and not as a name, and that
 * no name list knows as a given name. A surname of that kind ("Carpenter", "Brown") joined its full name
 * before this is asked.
 */
function isKindOfPerson(group: Group): boolean {
	const name = surface(group);
	return (
		!name.includes(' ') &&
		!group.mentions.some((m) => m.role !== undefined) &&
		!isGivenName(name) &&
		(hasWordTag(name, ACTOR_TAGS) || (hasWordTag(name, ADJECTIVE_TAGS) && !hasWordTag(name, NOUN_TAGS)) || isKindInWordNet(name)) &&
		!hasWordTag(name, PERSON_NAME_TAGS)
	);
}
/** "Police said", "the Fire", "Sheriff": a word WordNet files first as a kind of body, of event or of person. */
function isKindInWordNet(name: string): boolean {
	const kind = headKind(name);
	// "Hindus", "Hindi": WordNet writes some kinds of person, and languages, with a capital.
	return kind === 'organization' || kind === 'event' || isPersonNoun(name.toLowerCase()) || isCommonNoun(name);
}
const ACTOR_TAGS = new Set(['Actor']);
/** "a retired Marine general": a word the lexicon files as an adjective only names no one. */
const ADJECTIVE_TAGS = new Set(['Adjective']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural']);

/**
 * One person spelled two ways across outlets: "Alexis Kouyias" and "Alexis Kougias", "Vincent DelGiudice" and
 * "Vincent Del Giudice", "Jerymayne" and "Jermayne Timmons". Two full names that share one part and differ by one
 * letter in the other, or only in their spaces, are one person: the more mentioned keeps its spelling. The part
 * that differs has five letters or more and the same first letter ("John Terry" is not John Kerry), and the
 * lexicon and the name lists do not know both spellings as names ("David Davis" and "David Davies", "Maria"
 * and "Marie" Smith are two people). A surname alone is left as it is: on 2,000 BBC articles, one letter apart
 * joined "Barot" to Jacques Barrot but also "Goldman" to Phil Godman and "Ghazi" to Subhash Ghai.
 */
function mergeSpellingVariants(groups: Map<string, Group>): void {
	const fullNames = [...groups.values()].filter((g) => groupType(g) === 'person' && g.canonical === null && surface(g).includes(' '));
	const joined = new Set<Group>();
	const join = (a: Group, b: Group): void => {
		if (a === b || joined.has(a) || joined.has(b)) return;
		// On a tie, the spelling the lexicon knows ("Aretha Franklin", not "Frankin").
		const [target, source] = a.mentions.length - b.mentions.length + (knownWords(a) - knownWords(b)) / 10 >= 0 ? [a, b] : [b, a];
		absorb(target, source, false);
		groups.delete(source.key);
		joined.add(source);
	};
	const byLetters = new Map<string, Group[]>();
	const byGivenName = new Map<string, Group[]>();
	const bySurname = new Map<string, Group[]>();
	const wordsOf = new Map<Group, string[]>();
	for (const group of fullNames) {
		const words = keyOf(surface(group)).split(' ');
		wordsOf.set(group, words);
		pushTo(byLetters, words.join(''), group);
		pushTo(byGivenName, words[0] ?? '', group);
		pushTo(bySurname, words.at(-1) ?? '', group);
	}
	for (const [first, ...others] of byLetters.values()) for (const other of others) if (first) join(first, other);
	const lastOf = (g: Group): string => wordsOf.get(g)?.at(-1) ?? '';
	const firstOf = (g: Group): string => wordsOf.get(g)?.[0] ?? '';
	// Lengths first: most pairs of a bucket differ by more than a letter in length.
	const oneLetterApart = (a: string, b: string): boolean =>
		a !== b &&
		Math.abs(a.length - b.length) <= 1 &&
		Math.min(a.length, b.length) >= 5 &&
		a[0] === b[0] &&
		distance(a, b) === 1 &&
		!(isNameWord(a) && isNameWord(b));
	for (const bucket of byGivenName.values()) joinPairs(bucket, (a, b) => oneLetterApart(lastOf(a), lastOf(b)), join);
	for (const bucket of bySurname.values()) joinPairs(bucket, (a, b) => oneLetterApart(firstOf(a), firstOf(b)), join);
}

/** How many of a name's words the lexicon or the name lists know as names. */
function knownWords(group: Group): number {
	return surface(group)
		.split(' ')
		.filter((word) => isNameWord(word)).length;
}

/** "Rodríguez", "Smith": a word the lexicon or the name lists know as a person's name. */
function isNameWord(word: string): boolean {
	return isGivenName(word) || hasWordTag(word, PERSON_NAME_TAGS);
}

/** Calls `join` on each pair of a bucket that `alike` accepts. Buckets are a given name's or a surname's people: a few. */
function joinPairs(bucket: readonly Group[], alike: (a: Group, b: Group) => boolean, join: (a: Group, b: Group) => void): void {
	for (let i = 0; i < bucket.length; i++) {
		for (let j = i + 1; j < bucket.length; j++) {
			const a = bucket[i];
			const b = bucket[j];
			if (a !== undefined && b !== undefined && alike(a, b)) join(a, b);
		}
	}
}

/**
 * A surname left alone (its article never gives the full name) joins the
 * full name ending in it that the corpus uses: the only one, or the one that
 * at least DOMINANCE times as many articles use as any other ("Trump" is
 * Donald Trump in a corpus that also names Melania Trump once or twice).
 */
function mergeSurnames(groups: Map<string, Group>, usage: SurnameUsage): void {
	const fullNames = new Map<string, Group[]>();
	const byGivenName = new Map<string, Group[]>();
	for (const group of groups.values()) {
		if (groupType(group) !== 'person' || !surface(group).includes(' ')) continue;
		pushTo(fullNames, keyOf(surname(surface(group))), group);
		pushTo(byGivenName, keyOf(firstWord(surface(group))), group);
	}
	for (const group of [...groups.values()]) {
		if (surface(group).includes(' ')) continue;
		// "Romney" tagged a place in every article that names him so: a surname no list or lexicon knows as a
		// place or a company is the person's, as a reader takes it ("Washington" and "Jordan" stay places).
		if (
			groupType(group) !== 'person' &&
			(group.canonical !== null || !fullNames.has(group.key) || isKnownPlace(surface(group)) || hasWordTag(surface(group), NOT_SURNAMES))
		)
			continue;
		// A given name alone ("Hillary") is the one person the corpus names in full with it; so is a word tagged a
		// person that no list knows as a given name and no full name ends in ("Barack").
		const named =
			fullNames.get(group.key) ?? (isGivenName(surface(group)) || groupType(group) === 'person' ? byGivenName.get(group.key) : undefined);
		// "Mr. Trump" is not Melania Trump; "former Vice President Cheney" is the Cheney with that office.
		const roles = group.mentions.map((m) => m.role).filter((r): r is string => r !== undefined);
		const gender = mostFrequent(roles.map((r) => honorificGender(r) ?? '').filter((g) => g !== '')) as Gender | undefined;
		const candidates = fitGender(gender ?? null, named ?? [], surface);
		const offices = new Set(roles.map(office).filter((o) => o.length > 0));
		const sameOffice = candidates.filter((g) => g.mentions.some((m) => m.role !== undefined && offices.has(office(m.role))));
		// "President Trump", "Mr. Trump" where the corpus names only Ivanka Trump in full, a name the lists do
		// not give a gender: an office the full name never holds keeps them apart.
		const unsure = gender !== undefined && !candidates.some((g) => givenNameGender(firstWord(surface(g))) === gender);
		if (unsure && offices.size > 0 && sameOffice.length === 0) continue;
		// Else as the articles that name the candidates read the surname, else the most reported.
		const read = [...(usage.get(usageKey(group.key, gender ?? null)) ?? [])].sort((a, b) => b[1] - a[1]);
		const usual =
			read[0] !== undefined && (read[1] === undefined || read[0][1] >= DOMINANCE * read[1][1])
				? candidates.find((g) => g.key === read[0]?.[0])
				: undefined;
		const target = sameOffice.length === 1 ? sameOffice[0] : (usual ?? dominant(candidates));
		if (target) {
			absorb(target, group, false);
			groups.delete(group.key);
		}
	}
}

const DOMINANCE = 3;

function dominant(candidates: readonly Group[]): Group | undefined {
	const ranked = candidates.map((g) => ({ g, reach: distinctArticles(g.mentions).length })).sort((a, b) => b.reach - a.reach);
	const [first, second] = ranked;
	if (first === undefined) return undefined;
	return second === undefined || first.reach >= DOMINANCE * second.reach ? first.g : undefined;
}

/**
 * The form to show: the general canonical name if the corpus uses it, an
 * acronym's expansion, a person's most used full name ("Tony Blair", not the
 * "Blair" of later paragraphs), else the most used form.
 */
function surface(group: Group): string {
	group.known.surface ??= computeSurface(group);
	return group.known.surface;
}

function computeSurface(group: Group): string {
	const counts = new Map<string, number>();
	for (const m of group.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
	if (group.canonical !== null && [...counts.keys()].some((t) => keyOf(t) === keyOf(group.canonical ?? ''))) return group.canonical;
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (group.expanded ? b[0].length - a[0].length : 0));
	if (group.expanded) {
		const expansion = ranked.find(([text]) => !isAcronym(text));
		if (expansion) return expansion[0];
	}
	if (groupType(group) === 'person') {
		const fullName = ranked.find(([text]) => isFullName(text));
		if (fullName) return fullName[0];
	}
	return ranked[0]?.[0] ?? group.key;
}

function groupType(group: Group): EntityType {
	group.known.type ??= placeOrOrganisation(group, dominantType(group.mentions));
	return group.known.type;
}

/**
 * A body WordNet knows by its name is one, whatever the mentions were tagged ("Mafia" as a place).
 * A place's name written before a noun ("the Texas lawmaker", "the Philadelphia convention") is
 * often tagged an organisation, as a team is in sports results: a country or a state (the
 * gazetteers) is always the place; a name compromise's lexicon knows as a place is one unless its
 * organisation mentions outnumber its place mentions more than twice (a club named after its
 * town, in a sports corpus).
 */
function placeOrOrganisation(group: Group, type: EntityType): EntityType {
	if (type !== 'organization' && type !== 'place' && type !== 'person') return type;
	// Not surface(), which asks for the type.
	const name = group.canonical ?? mostFrequent(group.mentions.map((m) => m.text)) ?? '';
	// "Mafia" read as a place, "Cosa Nostra" as a person: a body WordNet knows by that name is one.
	if (type !== 'organization') {
		if (group.canonical === null && isNamedBody(name)) return 'organization';
		// "Veritas" read as a person 30 times, where the corpus also writes "Veritas Party": the body's name, cut short.
		if (type === 'person' && group.mentions.some((m) => isBodyNamedFrom(m.text, name))) return 'organization';
		// "Ground Zero" read as a person: a kind of place WordNet knows, written with capitals, opened by no given name.
		if (type === 'person' && group.canonical === null && name.includes(' ') && !isGivenName(firstWord(name)) && isLocationNoun(name))
			return 'place';
		return type;
	}
	let organisation = 0;
	let place = 0;
	for (const m of group.mentions) {
		if (m.type === 'organization') organisation++;
		else if (m.type === 'place') place++;
	}
	// A country's or a state's name is the place even where every mention reads as a body ("Texas sued"); so is
	// a place or a natural thing WordNet knows by that name and compromise's lexicon not as a company ("Earth").
	// Places compromise's lexicon knows are left to the votes below (a club named after its town).
	// So is a kind of place written with capitals ("Ground Zero").
	if (isKnownPlace(name) || (group.canonical === null && !hasWordTag(name, NOT_SURNAMES) && (isNamedPlace(name) || isLocationNoun(name))))
		return 'place';
	if (place === 0 || organisation > 2 * place) return type;
	return hasWordTag(name, PLACE_TAGS) ? 'place' : type;
}

/** "Veritas Party" of "Veritas": the name and then a body's head. */
function isBodyNamedFrom(text: string, name: string): boolean {
	return text.length > name.length + 1 && text.startsWith(name) && text[name.length] === ' ' && isBodysHead(lastWord(text));
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const NOT_SURNAMES = new Set([...PLACE_TAGS, 'Organization']);

/** Taggers disagree from sentence to sentence; the name's most frequent type wins. */
function dominantType(mentions: RawMention[]): EntityType {
	const votes = new Map<EntityType, number>();
	for (const m of mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
	return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'organization';
}

function toNamedEntity(group: Group): Entity {
	const name = surface(group);
	const type = groupType(group);
	const entity: Entity = {
		id: entityId(type, name),
		name,
		type,
		aliases: distinctTexts(group.mentions).filter((t) => t !== name),
		articles: distinctArticles(group.mentions),
		mentions: group.mentions.map(toMention),
	};
	const role = type === 'person' ? mostFrequent(group.mentions.map((m) => m.role).filter((r): r is string => r !== undefined)) : undefined;
	if (role !== undefined) entity.role = role;
	return entity;
}

function mostFrequent(values: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Each nationality adjective goes to its place's row ("American" to the United States, whichever of
 * "U.S." or "United States" the row is shown as). A place the corpus names only by its adjective gets
 * no row: a row is a thing named, with at least one mention of its own.
 */
function attachDemonyms(entities: Entity[], demonyms: RawMention[]): void {
	const places = new Map<string, Entity>();
	for (const place of entities.filter((e) => e.type === 'place')) {
		for (const name of [place.name, ...place.aliases]) {
			const key = keyOf(knownCanonical(name) ?? name);
			if (!places.has(key)) places.set(key, place);
		}
	}
	for (const group of groupBy(demonyms, (m) => m.demonymOf ?? '')) {
		const placeName = group[0]?.demonymOf ?? '';
		const place = places.get(keyOf(knownCanonical(placeName) ?? placeName));
		if (!place) continue;
		const demonym: Demonym = place.demonym ?? { name: group[0]?.text ?? '', articles: [], mentions: [] };
		demonym.mentions.push(...group.map(toMention));
		demonym.articles = distinctArticles(demonym.mentions);
		place.demonym = demonym;
	}
}

function quantityKey(m: RawMention): string {
	const v = m.value;
	return v ? `${v.bound}|${v.value}|${v.high ?? ''}|${v.unit ?? ''}|${v.vague}` : keyOf(m.text);
}

function toValueEntity(type: 'quantity' | 'date', mentions: RawMention[]): Entity {
	const texts = distinctTexts(mentions);
	const first = mentions[0];
	const name = valueEntityName(mentions, type === 'date' ? (first?.iso ?? null) : null);
	const entity: Entity = {
		id: entityId(type, type === 'date' && first?.iso ? first.iso : quantityKey(first ?? mentionless(name))),
		name,
		type,
		aliases: texts.filter((t) => t !== name),
		articles: distinctArticles(mentions),
		mentions: mentions.map(toMention),
	};
	if (type === 'quantity' && first?.value) entity.value = first.value;
	if (type === 'date') entity.iso = first?.iso ?? null;
	if (type === 'date' && entity.iso === null && mentions.every((m) => m.relative === true)) entity.unresolved = true;
	return entity;
}

/**
 * The most used text; for a date, the most used one written out in full: "yesterday" in one
 * article and "Tuesday" in another are folded into the day they name, which reads best as
 * "8 February 2005", or as its ISO form when every article wrote it relative to its own date.
 */
function valueEntityName(mentions: readonly RawMention[], iso: string | null): string {
	const counts = new Map<string, number>();
	for (const m of mentions) if (iso === null || m.relative !== true) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
	const most = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
	return most ?? iso ?? mentions[0]?.text ?? '';
}

function mentionless(text: string): RawMention {
	return { article: '', sentence: 0, text, start: 0, end: 0, type: 'quantity' };
}

function sortEntities(entities: Entity[]): Entity[] {
	const reach = (e: Entity): number => e.articles.length + (e.demonym?.articles.length ?? 0) / 100;
	return entities.sort((a, b) => reach(b) - reach(a) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

function groupBy(mentions: RawMention[], key: (m: RawMention) => string): RawMention[][] {
	const groups = new Map<string, RawMention[]>();
	for (const m of mentions) pushTo(groups, key(m), m);
	return [...groups.values()];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function toMention({ article, sentence, text, start, end }: RawMention): Mention {
	return { article, sentence, text, start, end };
}

function distinctTexts(mentions: RawMention[]): string[] {
	return [...new Set(mentions.map((m) => m.text))];
}

function distinctArticles(mentions: Mention[]): string[] {
	return [...new Set(mentions.map((m) => m.article))];
}

function entityId(type: EntityType, name: string): string {
	const slug = name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/gu, '');
	return `${type}:${slug || 'x'}`;
}
