/**
 * The sources a corpus cites, each once however the articles write it: "the
 * NYT" and "The New York Times" (the general alias table), "Mr. Gonzalez" and
 * "Juan Gonzalez" (a surname and the one full name ending in it), "TNA" and
 * "Total News Agency" (initials), "BuzzFeed" and "BuzzFeed News" (a word and
 * the one name opening with it), "the president" and "President Trump" (a
 * title alone and the one person cited with it), "American officials" and "five senior US
 * officials" (an unnamed group: its words without numbers and seniority, a
 * nationality read as its country). Linear in the distinct forms.
 */
import { aliasKey, initials, isAcronym, lastWord } from '../entities/alias-key.js';
import { DEMONYMS, knownCanonical } from '../entities/alias-data.js';
import { nameKeys, ROLE_NOUN, sourceName, TITLE } from '../claims/source-names.js';
import { namePart, organisationName, personOf } from './cited-name.js';
import type { CitedSource, SourceKind } from './types.js';
import { anyWordOf, oneWordOf } from '../../word-lists.js';

/** Words that say how many or how senior, not who: dropped from an unnamed group's key. */
const QUALIFIER = oneWordOf(
	'a an the and or some several many few one two three four five six seven eight nine ten dozen dozens \\d+',
	'senior junior former current top other anonymous unnamed high-ranking ranking certain',
);

/** Head nouns of a source that is a text rather than people. */
const DOCUMENT = oneWordOf(
	'report reports statement statements letter memo filing indictment complaint lawsuit document documents',
	'data study survey poll polls figures records transcript ruling',
);

/** Head nouns of an unnamed source that is a body rather than people: "the Mexican Foreign Ministry", "the police". */
const BODY = oneWordOf(
	'ministry department agency embassy government police court committee council company firm office administration',
	'army military navy union party board bank hospital university network channel airline club team campaign commission service prosecution',
);

/** Words that make a name a news outlet's. */
const MEDIA = anyWordOf(
	'Times Post News Journal Press Herald Tribune Gazette Telegraph Guardian Reuters Bloomberg Politico Axios Agence Radio',
	'Television TV Magazine Daily Chronicle Observer Newsweek Broadcasting CNN BBC NPR AFP NYT WSJ',
);

/**
 * Whether what the attribution patterns found can be listed as a source: it
 * holds a name or a noun of role. A stray qualifier ("according to current
 * and former officials" read as "current") names no one.
 */
export function isCitable(form: string): boolean {
	return (
		nameKeys(form).size > 0 ||
		form.split(/\s+/u).some((w) => ROLE_NOUN.test(w.toLowerCase()) || BODY.test(w.toLowerCase()) || DOCUMENT.test(w.toLowerCase()))
	);
}

interface Group {
	key: string;
	unnamed: boolean;
	person: boolean;
	/** The name without role or title, as first written. */
	name: string;
	known: string | null;
	forms: Map<string, number>;
	/** Where the group now lives, once merged into another. */
	into: Group | null;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const resolve = (g: Group): Group => {
	let at = g;
	while (at.into) at = at.into;
	return at;
};

/** "five senior US officials" and "American officials" → "united states officials". */
function groupKey(name: string): string {
	const words = name
		.split(/\s+/u)
		.filter((w) => w.length > 0)
		.map((w) => {
			const bare = w.replace(/[’']s$/u, '');
			const place = DEMONYMS[bare] ?? knownCanonical(bare);
			return place !== null && /^\p{Lu}/u.test(bare) ? aliasKey(place) : aliasKey(bare);
		})
		.filter((w) => !QUALIFIER.test(w));
	return words.length > 0 ? words.join(' ') : aliasKey(name);
}

/** A person's key without middle initials: "Robert S. Mueller" = "Robert Mueller". */
function personKey(name: string): string {
	return aliasKey(name)
		.split(' ')
		.filter((w, i, all) => i === 0 || i === all.length - 1 || w.replace(/\.$/u, '').length > 1)
		.join(' ');
}

export class SourceBook {
	private readonly byForm = new Map<string, Group>();
	private readonly byKey = new Map<string, Group>();
	private readonly outletKeys: ReadonlySet<string>;

	/** `outlets`: the corpus's own outlets, which are news outlets when another article cites them. */
	constructor(outlets: Iterable<string>) {
		this.outletKeys = new Set([...outlets].map(outletKey));
	}

	/** The group a source as written belongs to, made on first sight. */
	add(form: string): void {
		const seen = this.byForm.get(form);
		if (seen) {
			seen.forms.set(form, (seen.forms.get(form) ?? 0) + 1);
			return;
		}
		const part = namePart(form);
		const unnamed = nameKeys(part).size === 0;
		const found = unnamed ? null : personOf(part);
		const known = unnamed ? null : knownCanonical(found ?? organisationName(part));
		// A known name is an organisation or a place, never a person ("Pentagon").
		const person = known === null && found !== null;
		const name = unnamed ? sourceName(part) : (known ?? found ?? organisationName(part));
		const key = unnamed ? `unnamed:${groupKey(name)}` : person ? `person:${personKey(name)}` : `name:${aliasKey(name)}`;
		let group = this.byKey.get(key);
		if (!group) {
			group = { key, unnamed, person, name, known, forms: new Map(), into: null };
			this.byKey.set(key, group);
		}
		group.forms.set(form, 1);
		this.byForm.set(form, group);
	}

	/** The sources, merged, and the index of each form's source. */
	finish(): { sources: CitedSource[]; sourceOf: (form: string) => number } {
		const groups = [...this.byKey.values()];
		this.mergeSurnames(groups);
		this.mergeOpeningWords(groups);
		this.mergeInitials(groups);
		this.mergeTitles(groups);
		const members = new Map<Group, Group[]>();
		for (const g of groups) pushTo(members, resolve(g), g);
		const live = [...members.keys()];
		const index = new Map(live.map((g, i) => [g, i]));
		const sources = live.map((g) => this.describe(g, members.get(g) ?? [g]));
		return { sources, sourceOf: (form) => index.get(resolve(this.byForm.get(form) as Group)) ?? -1 };
	}

	/** Whether a source is one of the corpus's own outlets ("reports UNN" in UNN's article is its byline, not a source). */
	isOutlet(form: string, outlet: string | null): boolean {
		return outlet !== null && outletKey(organisationName(namePart(form))) === outletKey(outlet);
	}

	/** "Gonzalez" joins "Juan Gonzalez" when the corpus cites one full name ending in it. */
	private mergeSurnames(groups: readonly Group[]): void {
		const full = new Map<string, Group[]>();
		for (const g of groups) if (g.person && g.name.includes(' ')) pushTo(full, aliasKey(lastWord(g.name)), g);
		for (const g of groups) {
			if (!g.person || g.name.includes(' ')) continue;
			const [only, ...others] = full.get(aliasKey(g.name)) ?? [];
			if (only && others.length === 0) g.into = only;
		}
	}

	/** "BuzzFeed", left alone by the surnames, joins "BuzzFeed News" when the corpus cites one name of something opening with it. */
	private mergeOpeningWords(groups: readonly Group[]): void {
		const opening = new Map<string, Group[]>();
		for (const g of groups)
			if (!g.unnamed && !g.person && g.name.includes(' ')) pushTo(opening, aliasKey(g.name.split(/\s+/u)[0] ?? ''), g);
		for (const g of groups) {
			if (g.unnamed || g.into || g.name.includes(' ')) continue;
			const [only, ...others] = opening.get(aliasKey(g.name)) ?? [];
			if (only && others.length === 0) g.into = only;
		}
	}

	/** "TNA" joins "Total News Agency" when the corpus cites one name with those initials. */
	private mergeInitials(groups: readonly Group[]): void {
		const byInitials = new Map<string, Group[]>();
		for (const g of groups) {
			const letters = g.unnamed || g.into ? null : initials(g.known ?? g.name);
			if (letters) pushTo(byInitials, letters, g);
		}
		for (const g of groups) {
			if (g.unnamed || g.into || !isAcronym(g.name)) continue;
			const [only, ...others] = byInitials.get(g.name.replace(/\./gu, '').toUpperCase()) ?? [];
			if (only && only !== g && others.length === 0) g.into = only;
		}
	}

	/** "The president" joins "President Trump" when one person is cited with that title (news names the president once, then by title). */
	private mergeTitles(groups: readonly Group[]): void {
		const titled = new Map<string, Set<Group>>();
		for (const g of groups) {
			if (!g.person) continue;
			for (const form of g.forms.keys()) {
				const first = namePart(form).split(/\s+/u)[0] ?? '';
				if (TITLE.test(first)) {
					const key = first.toLowerCase().replace(/\.$/u, '');
					const set = titled.get(key) ?? new Set<Group>();
					set.add(resolve(g));
					titled.set(key, set);
				}
			}
		}
		for (const g of groups) {
			if (!g.unnamed || g.into) continue;
			const word = g.key.slice('unnamed:'.length);
			if (word.includes(' ')) continue;
			const [only, ...others] = titled.get(word) ?? [];
			if (only && others.length === 0) g.into = only;
		}
	}

	private describe(group: Group, members: readonly Group[]): CitedSource {
		const forms = new Map<string, number>();
		for (const g of members) for (const [form, n] of g.forms) forms.set(form, (forms.get(form) ?? 0) + n);
		const names = members.filter((g) => g.person).map((g) => g.name);
		const commonest = [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? group.name;
		const person = group.person ? names.reduce((a, b) => (b.length > a.length ? b : a), group.name) : null;
		const name = group.known ?? person ?? (group.unnamed ? sourceName(namePart(commonest)) : organisationName(namePart(commonest)));
		// An outlet's name among the members ("BuzzFeed News" beside "a BuzzFeed spokesman") makes the whole an outlet.
		const kind = members.some((g) => !g.unnamed && !g.person && this.isMedia(g.name)) ? 'outlet' : this.kindOf(group, name);
		return { name, kind, forms: [...forms.keys()] };
	}

	private kindOf(group: Group, name: string): SourceKind {
		if (group.unnamed) {
			const head = lastWord(name).toLowerCase();
			return DOCUMENT.test(head) ? 'document' : BODY.test(head) ? 'organisation' : 'unnamed';
		}
		if (group.person) return 'person';
		return this.isMedia(name) ? 'outlet' : 'organisation';
	}

	private isMedia(name: string): boolean {
		return this.outletKeys.has(outletKey(name)) || MEDIA.test(name);
	}
}

function outletKey(name: string): string {
	return aliasKey(knownCanonical(name) ?? name);
}
