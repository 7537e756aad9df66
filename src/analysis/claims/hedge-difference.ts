/**
 * How sure each version of a claim sounds, and where one hedges what another
 * states as fact.
 */
import { findAttributions, reportsSpeech, type Found } from './attribution.js';
import { findHedges } from './hedges.js';
import { maskQuoted } from './quotes.js';
import { CLOSE_CONTENT, Concepts, contentOf, sharesContent } from './same-content.js';
import type { ArticleSentences } from './source-difference.js';
import type { ClaimVersion, Difference } from './types.js';
import { anyWordOf } from '../../word-lists.js';

/** A modal often hedges a detail of its own ("a challenge that could stall it"); a reporting hedge hedges the whole statement. */
const MODAL_HEDGE = /^(?:may|might|could)$/u;

/** Words between a hedge and the verb it hedges: "may have been", "reportedly also". */
const AUXILIARY = /^(?:be|been|being|have|has|had|not|also|still|well|even|soon|was|were|is|are)$/iu;

/**
 * Whether a hedge bears on what the other version states: the verb it
 * governs ("may resign", "reportedly posted") is one the other version uses
 * ("will resign", "Posting on Facebook"). "a challenge that could stall the
 * attempt" hedges a detail, not the claim "the move will be challenged".
 */
function governs(text: string, hedge: Found, other: string, concepts: Concepts): boolean {
	const after = text.slice(hedge.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	const verb = after.find((w) => !AUXILIARY.test(w));
	if (verb === undefined) return false;
	const concept = concepts.of(verb.toLowerCase());
	return (other.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).some((w) => concepts.of(w.toLowerCase()) === concept);
}

/** "X said", "X has said", "the report says": the version attributes the claim itself. */
const attributed = (text: string): boolean => findAttributions(text).length > 0 || reportsSpeech(text.toLowerCase());

/** Fewer words than this outside quote marks, and a version is a quote: "“For the country, it could be four years." */
const QUOTE_WORDS_OUTSIDE = 3;

/**
 * Words that weigh a claim's likelihood without a hedge's grammar: "the
 * possibility that she violated", "a 1-in-3 chance", "is expected to",
 * "indicted on charges of" (a charge, not a fact). A
 * version holding one does not state the claim as fact, though it hedges
 * nothing a flag could name.
 */
const WEIGHED = new RegExp(
	anyWordOf(
		'possib(?:le|ly|ility|ilities) potential(?:ly)? (?:un)?likely probabl[ey] perhaps apparent(?:ly)?',
		'expected expects? chances? odds risks? whether',
		'charged charges indicted indictment accused accusations? allegations?',
	),
	'iu',
);

/**
 * "according to tax returns" against "released her tax returns": the other
 * version names what is cited, so it hands the claim to it as well.
 */
function namesTheCited(hedged: string, hedge: Found, fact: string): boolean {
	const phrase: string[] = [];
	for (const word of hedged.slice(hedge.end).match(/[\p{L}\d'’-]+/gu) ?? []) {
		// The cited noun phrase ends where a verb or a preposition begins: "tax returns | released Friday", "a report | in The Atlantic".
		if (/(?:ed|ing)$/u.test(word) || /^(?:in|on|at|of|by|from|to|for|with|that|which|who|and|but|as)$/iu.test(word)) break;
		phrase.push(word);
	}
	const head = phrase.at(-1);
	return (
		head !== undefined &&
		/^\p{Ll}/u.test(head) &&
		head.length > 3 &&
		new RegExp(`\\b${head.replace(/[^\p{L}\d]/gu, '')}\\b`, 'iu').test(fact)
	);
}

/**
 * A difference only where one version hedges the claim and another states it
 * as fact. "X said Y" states as fact that X said it; against "according to
 * X" it attributes just as much, so only a version naming no one counts there.
 */
export function hedgeDifference(
	versions: readonly ClaimVersion[],
	around?: ArticleSentences,
	concepts = new Concepts(),
): Difference | null {
	const found = versions.map((v) => {
		// A version that is someone's words (a quote, or inside one) hedges nothing of the outlet's, nor states anything as its fact.
		const speech =
			maskQuoted(v.text)
				.split(/\s+/u)
				.filter((w) => /\p{L}/u.test(w)).length < QUOTE_WORDS_OUTSIDE ||
			(v.sentence !== null && around?.(v)?.openAtStart(v.sentence) === true);
		const hedges = speech ? [] : findHedges(v.text);
		const weighed = speech || hedges.length > 0 ? undefined : WEIGHED.exec(maskQuoted(v.text))?.[0].toLowerCase();
		return { article: v.article, text: v.text, hedges, speech, weighed, fact: hedges.length === 0 && !speech && weighed === undefined };
	});
	if (found.every((f) => f.hedges.length === 0)) return null;
	const content = versions.map((v) => contentOf(v.text, [], concepts));
	// "according to X" hedges only against a version that names no one: "X said", "X has said" attribute the claim just as well.
	const against = (hedged: (typeof found)[number], fact: (typeof found)[number], a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
		fact.fact &&
		sharesContent(a, b) &&
		hedged.hedges.some((h) => {
			if (h.text === 'according to') return !attributed(fact.text) && !namesTheCited(hedged.text, h, fact.text);
			// A modal often hedges a detail of its own; a reporting hedge ("allegedly") hedges the whole statement.
			return governs(hedged.text, h, fact.text, concepts) || (!MODAL_HEDGE.test(h.text) && sharesContent(a, b, CLOSE_CONTENT));
		});
	if (
		!found.some((f, i) => f.hedges.length > 0 && found.some((g, j) => against(f, g, content[i] as Set<string>, content[j] as Set<string>)))
	)
		return null;
	return {
		kind: 'hedge',
		values: Object.fromEntries(
			found.map((f) => [
				f.article,
				f.hedges.length > 0 ? [...new Set(f.hedges.map((h) => h.text))].join('; ') : f.speech ? 'quoted' : (f.weighed ?? 'stated as fact'),
			]),
		),
		conflict: false,
		ranges: Object.fromEntries(
			found.filter((f) => f.hedges.length > 0).map((f) => [f.article, f.hedges.map((h): [number, number] => [h.start, h.end])]),
		),
	};
}
