/**
 * Whether the sources two outlets give are one source or can be told apart.
 * A flag says they differ, so two sources differ only when they surely
 * cannot be the same: a role alone ("the spokesman") may be the person the
 * other names, a document ("the letter") is someone's words, and a group
 * ("GOP committee members") may count the person the other names.
 */
import { initials, lastWord } from '../entities/alias-key.js';
import { comparableSource, isPersonName, nameKeys, ROLE_NOUN, sourceName } from './source-names.js';
import { alternation } from '../../word-lists.js';

/** Two names of one source: "Mr. Trump" and "Donald Trump", "The New York Times" and "the NYT", "Carr" and "Peter Carr, a spokesman". */
export function sameSource(a: string, b: string): boolean {
	const x = comparableSource(sourceName(a));
	const y = comparableSource(sourceName(b));
	if (x === y) return true;
	if (isPersonName(a) && isPersonName(b)) return lastWord(x) === lastWord(y);
	const short = x.length < y.length ? x : y;
	const long = short === x ? y : x;
	if (initials(long)?.toLowerCase() === short.replace(/\s+/gu, '')) return true;
	if (shortened(short, long) || namesItsHead(a, y) || namesItsHead(b, x)) return true;
	const keysA = nameKeys(a);
	const keysB = nameKeys(b);
	return [...keysA].some((k) => keysB.has(k));
}

/** "Lib Dems" for "Liberal Democrats": as many words, each the start of the other's. */
function shortened(short: string, long: string): boolean {
	const x = short.split(' ');
	const y = long.split(' ');
	return x.length === y.length && x.length > 1 && x.every((w, i) => w.length >= 3 && (y[i] ?? '').startsWith(w.slice(0, 3)));
}

/**
 * "the alliance" for "the Countryside Alliance", "the agency" for "the
 * National Security Agency": a role, in lower case, naming the other's head noun.
 */
function namesItsHead(role: string, other: string): boolean {
	const noun = /^(?:[Tt]he\s+)?(\p{Ll}+)$/u.exec(role.trim())?.[1];
	return noun !== undefined && other.endsWith(` ${noun}`);
}

/**
 * A document named by what it is, in lower case (not "The Washington Post"):
 * whoever wrote it may be the source the other version names.
 */
const DOCUMENTS = alternation(
	'statement letter report memo memorandum filing document complaint lawsuit suit indictment release projection',
	'ad video tweet book article',
);
const DOCUMENT = new RegExp(`\\b(?:${DOCUMENTS})s?$`, 'u');

/** People in the plural: one of them may be the person the other version names. */
const GROUPS = alternation(
	'members officials lawmakers legislators aides advisers advisors leaders senators congressmen representatives',
	'democrats republicans tories conservatives liberals people sources staffers allies critics supporters colleagues',
	'prosecutors investigators lawyers attorneys',
);
const GROUP = new RegExp(`\\b(?:${GROUPS})$`, 'iu');

const head = (source: string): string => (source.split(',')[0] ?? source).trim();

/**
 * A source that names a role, not who holds it: "the spokesman", "five
 * senior US officials", and "The Tory leader" or "The Metropolitan police
 * chief", whose capitals say whose role it is, not who.
 */
function roleOnly(source: string): boolean {
	if (nameKeys(source).size === 0) return true;
	const words =
		head(source)
			.split(/\s+(?:of|for|at|to)\s+/u)[0]
			?.split(/\s+/u) ?? [];
	const last = words.at(-1) ?? '';
	return /^\p{Ll}/u.test(last) && ROLE_NOUN.test(last);
}

/** Whether two sources can be told apart, and so make a difference worth a flag. */
export function distinctSources(a: string, b: string): boolean {
	if (sameSource(a, b)) return false;
	if (DOCUMENT.test(head(a)) || DOCUMENT.test(head(b))) return false;
	if ((GROUP.test(head(a)) && isPersonName(b)) || (GROUP.test(head(b)) && isPersonName(a))) return false;
	const roleA = roleOnly(a);
	const roleB = roleOnly(b);
	if (roleA && roleB) return false;
	// A role alone may be the person the other names; it is told apart from an organisation only ("UNN").
	if (roleA || roleB) return !isPersonName(roleA ? b : a);
	return true;
}
