/**
 * Whether the sources two outlets give are one source or can be told apart.
 * A flag says they differ, so two sources differ only when they surely
 * cannot be the same: a role alone ("the spokesman") may be the person the
 * other names, a document ("the letter") is someone's words, and a group
 * ("GOP committee members") may count the person the other names.
 */
import { initials, lastWord } from '../entities/alias-key.js';
import { comparableSource, isPersonName, nameKeys, sourceName } from './source-names.js';

/** Two names of one source: "Mr. Trump" and "Donald Trump", "The New York Times" and "the NYT", "Carr" and "Peter Carr, a spokesman". */
export function sameSource(a: string, b: string): boolean {
	const x = comparableSource(sourceName(a));
	const y = comparableSource(sourceName(b));
	if (x === y) return true;
	if (isPersonName(a) && isPersonName(b)) return lastWord(x) === lastWord(y);
	const short = x.length < y.length ? x : y;
	const long = short === x ? y : x;
	if (initials(long)?.toLowerCase() === short.replace(/\s+/gu, '')) return true;
	const keysA = nameKeys(a);
	const keysB = nameKeys(b);
	return [...keysA].some((k) => keysB.has(k));
}

/** A document named by what it is, in lower case (not "The Washington Post"): whoever wrote it may be the source the other version names. */
const DOCUMENT = /\b(?:statement|letter|report|memo|memorandum|filing|document|complaint|lawsuit|suit|indictment|release|projection|ad|video|tweet)s?$/u;

/** People in the plural: one of them may be the person the other version names. */
const GROUP = /\b(?:members|officials|lawmakers|legislators|aides|advisers|advisors|leaders|senators|congressmen|representatives|democrats|republicans|people|sources|staffers|allies|critics|supporters|colleagues|prosecutors|investigators|lawyers|attorneys)$/iu;

const head = (source: string): string => (source.split(',')[0] ?? source).trim();

/** Whether two sources can be told apart, and so make a difference worth a flag. */
export function distinctSources(a: string, b: string): boolean {
	if (sameSource(a, b)) return false;
	if (DOCUMENT.test(head(a)) || DOCUMENT.test(head(b))) return false;
	if ((GROUP.test(head(a)) && isPersonName(b)) || (GROUP.test(head(b)) && isPersonName(a))) return false;
	const roleA = nameKeys(a).size === 0;
	const roleB = nameKeys(b).size === 0;
	if (roleA && roleB) return false;
	// A role alone may be the person the other names; it is told apart from an organisation only ("UNN").
	if (roleA || roleB) return !isPersonName(roleA ? b : a);
	return true;
}
