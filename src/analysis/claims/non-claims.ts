/**
 * Sentences that state no claim: the furniture news text carries between its
 * claims (bylines, "Mr. Steele wrote.", "Read the full statement via ...:",
 * links, print-edition and newsletter notes, photo credits). Listed as claims
 * they crowd the single-source list and, grouped, they join whatever shares
 * their few words. No library knows this furniture (readability-style
 * extractors drop it from HTML by its markup, which plain text has lost),
 * so it is recognised by its fixed wording here.
 */
import { alternation } from '../../word-lists.js';

/** At most this many words around a bare speech verb ("Mr. Steele wrote.") is a tag, not a claim. */
const TAG_WORDS = 5;

const FURNITURE_OPENINGS = alternation([
	'read (?:the |more|full|it)',
	'click here',
	'sign up',
	'subscribe',
	'follow (?:us|him|her|the)',
	'watch(?: the)?(?: video)?:',
	'listen:',
	'photo(?:graph)?s?:',
	'image:',
	'credit:',
	'related:',
	'see also',
	"editor'?s note",
	'correction:',
	'this (?:article|story) (?:was|has been) (?:updated|corrected)',
	'a version of this (?:article|story)',
]);
const FURNITURE_START = new RegExp(`^(?:${FURNITURE_OPENINGS})`, 'iu');
const FURNITURE_ANYWHERE = /(?:https?:\/\/|www\.\S|\(ap photo|getty images\)|appears in print on|follow us on)/iu;
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s+and\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?[.,]?$/u;
const BARE_TAG = /\b(?:said|says|wrote|writes|added|adds|told|tweeted|reported|reports|explained|continued)\.?$/iu;
const LEAD_IN = /\b(?:via|below|here)\s*:$/iu;

export function isNonClaim(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed === '') return true;
	if (FURNITURE_START.test(trimmed) || FURNITURE_ANYWHERE.test(trimmed) || BYLINE.test(trimmed) || LEAD_IN.test(trimmed)) return true;
	const words = trimmed.split(/\s+/u).length;
	return words <= TAG_WORDS && BARE_TAG.test(trimmed);
}
