/**
 * How sure a version sounds: only words used as hedges. A modal is a hedge
 * as an auxiliary before a verb ("may have", "could face"), not as a month
 * ("May 10"), a name ("Theresa May") or a past of ability ("could not
 * attend"); "suspected of" and "is said to" hedge, the noun "suspect" does
 * not; "according to" hands the claim to someone else, which hedges it too.
 */
import type { Found } from './attribution.js';
import { maskQuoted } from './quotes.js';
import { anyWordOf, oneWordOf, words } from '../../word-lists.js';

/** Words that may stand between a modal and its verb: "may not", "could well be", "might eventually". */
const BEFORE_THE_VERB = words('not also well still have be soon eventually even')
	.map((word) => `${word}\\s+`)
	.join('|');

/** A modal, but not one before a number or a mark: "May 10", "in May, when". */
const MODAL_WORD = '\\b(?:may|might|could|May|Might|Could)\\b(?!\\s*[\\d.,;:)—–-])';

/**
 * Lower-case only: a capitalised "May" mid-sentence is a month or a name, and
 * one opening a sentence is followed by a verb when it is the modal.
 */
const MODAL = new RegExp(`${MODAL_WORD}\\s+(?:${BEFORE_THE_VERB})?([\\p{L}’']+)`, 'gu');

/** What follows a modal that is not a verb: "the May elections", "May's". */
const NOT_A_VERB = oneWordOf(
	'the a an of and or in on at to for by with from \\d.*',
	'January February March April June July August September October November December',
	'\\p{Lu}.*',
);

const REPORTING = new RegExp(
	anyWordOf(
		'reportedly allegedly purportedly ostensibly supposedly',
		'(?:is|are|was|were)\\s+(?:said|believed|thought|reported|alleged)\\s+to',
		'(?:appears?|appeared|seems?|seemed)\\s+to',
		'(?:suspected|accused)\\s+of',
		'according\\s+to',
	),
	'giu',
);

const REPORTED_SPEECH = new RegExp(
	anyWordOf(
		'said says say reported reports told tells warned warns warning joked joking saying argued arguing',
		'suggested suggesting claimed claiming predicted feared fears believes believed thinks thought',
		'added noted wrote tweeted insisted asked',
	),
	'iu',
);

export function findHedges(unmasked: string): Found[] {
	// A hedge inside a quote is the speaker's, not the outlet's ("you might have a farmer from Iowa ...").
	const text = maskQuoted(unmasked);
	const found: Found[] = [];
	for (const m of text.matchAll(MODAL)) {
		const word = m[0].split(/\s+/u)[0] ?? '';
		const next = m[1] ?? '';
		// "May" opening a sentence is the modal only before a verb in lower case; elsewhere a capital is a month or a name.
		if (/^\p{Lu}/u.test(word) && m.index !== 0) continue;
		if (NOT_A_VERB.test(next)) continue;
		// "could not attend" reports an inability in the past, not doubt.
		if (/^could$/iu.test(word) && /^could\s+not\b|^could\s+never\b/iu.test(m[0])) continue;
		// "joking that she might move", "warned that it could": the speaker's doubt, reported, not the outlet's.
		if (REPORTED_SPEECH.test(text.slice(0, m.index))) continue;
		found.push({ text: word.toLowerCase(), start: m.index, end: m.index + word.length });
	}
	for (const m of text.matchAll(REPORTING))
		found.push({ text: m[0].toLowerCase().replace(/\s+/gu, ' '), start: m.index, end: m.index + m[0].length });
	return found.sort((a, b) => a.start - b.start);
}
