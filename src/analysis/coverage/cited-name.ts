/**
 * The name in a source as the attribution patterns found it, which comes with
 * what news writes around a name: a role before or after it ("BuzzFeed
 * Editor-in-Chief Ben Smith", "the spokesman, Peter Carr"), a home state
 * ("Joaquin Castro of Texas"), a time ("Trump on Saturday"), or the body a
 * spokesman speaks for ("a BuzzFeed spokesman").
 */
import { isPersonName, nameKeys, NOT_A_NAME, ROLE_NOUN, ROLE_WORD, sourceName, TITLE } from '../claims/source-names.js';

/** The comma-separated part that names someone: "Peter Carr" of "the spokesman, Peter Carr" and of "Peter Carr, a spokesman". */
export function namePart(form: string): string {
	const parts = form.split(',').map((p) => p.trim());
	return parts.find((p) => nameKeys(p).size > 0) ?? parts[0] ?? form;
}

/** Words that bind a name after them to what comes before: "Castro of Texas", "officials in Washington". */
const BOUND = /^(?:of|from|in|at|for|to)$/u;

const POSSESSIVE = /[’']s$/u;

/** A word of a person's name: capitalised, no title, role, weekday or month; "Editor-in-Chief" is a role. */
function nameWord(word: string): boolean {
	if (/^\p{Lu}\.$/u.test(word)) return true;
	const bare = word.replace(POSSESSIVE, '');
	return (
		/^\p{Lu}[\p{L}'’.-]*$/u.test(bare) &&
		!/-\p{Ll}/u.test(bare) &&
		!TITLE.test(bare) &&
		!NOT_A_NAME.test(bare) &&
		!ROLE_WORD.test(bare) &&
		!ROLE_NOUN.test(bare.toLowerCase())
	);
}

/**
 * The person a source names, or null when it names none: the last run of
 * name words that is not bound to what precedes it ("of Texas", "the Daily
 * Planet") and not a possessive before what it owns ("Trump's team" is the team).
 */
export function personOf(part: string): string | null {
	const words = part.split(/\s+/u).filter((w) => w.length > 0);
	let found: string[] | null = null;
	for (let i = 0; i < words.length;) {
		if (!nameWord(words[i] as string)) {
			i++;
			continue;
		}
		let end = i;
		while (end + 1 < words.length && nameWord(words[end + 1] as string) && !POSSESSIVE.test(words[end] as string)) end++;
		const run = words.slice(i, end + 1);
		// "the Daily Planet": people are not written after an article.
		const bound = i > 0 && (BOUND.test(words[i - 1] as string) || /^(?:the|a|an)$/iu.test(words[i - 1] as string));
		const owns = POSSESSIVE.test(words[end] as string) && end + 1 < words.length;
		if (!bound && !owns) found = run;
		i = end + 1;
	}
	if (found === null) return null;
	const name = found.join(' ').replace(POSSESSIVE, '');
	return isPersonName(name) ? name : null;
}

/** The body a spokesman or a statement speaks for: "a BuzzFeed spokesman" → "BuzzFeed". */
export function speakerOf(part: string): string {
	const body = /^(?:(?:a|an|the)\s+)?(.+?)\s+(?:spokes(?:man|woman|person)|statement)$/iu.exec(part)?.[1];
	return body !== undefined && nameKeys(body).size > 0 ? body : part;
}

/** The name shown for an organisation or a group: without titles and the role after a comma. */
export function organisationName(part: string): string {
	return sourceName(speakerOf(part));
}
