/**
 * One article's mentions: names from the name tagger, cleaned; quantities and
 * dates from the quantity parser; nationality adjectives from the demonym table.
 */
import type { Article } from '../../corpus/index.js';
import { findQuantitiesAndDates } from '../quantities/index.js';
import { DEMONYMS, isKnownName, KNOWN_ALIASES, KNOWN_ORGANISATIONS } from './alias-data.js';
import { monthName, WEEKDAYS } from '../../corpus/calendar.js';
import { cleanSpan, isTitleWord, onlyOpenersBefore, stripTitles, type Span } from './clean-span.js';
import { roleOf, withoutTrailingRole } from './roles.js';
import { isGivenName } from './gazetteer.js';
import { NOT_A_SURNAME } from './heads.js';
import { hasWordTag } from './word-tags.js';
import { matchesAtWordStarts } from './word-start-matches.js';
import { isAbbreviatedNoun, isCommonPlural } from './common-nouns.js';
import { quotedTitles, tagNamesInSentences, type NameLabel, type NameSpan } from './name-tagger.js';
import { isName, type EntityType, type RawMention } from './types.js';

const TYPE_OF_LABEL: Record<NameLabel, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

const DEMONYM_PATTERN = new RegExp(
	`(?<![\\p{L}\\p{N}])(${Object.keys(DEMONYMS)
		.sort((a, b) => b.length - a.length)
		.join('|')})(?![\\p{L}\\p{N}])`,
	'uy',
);

/** Every well-known name and its variants, longest first, as written (case matters: "US" is not "us"). */
const KNOWN_NAMES: { pattern: RegExp; typeOf: Map<string, EntityType> } = (() => {
	const typeOf = new Map<string, EntityType>();
	for (const [canonical, variants] of Object.entries(KNOWN_ALIASES)) {
		for (const name of [canonical, ...variants]) {
			if (!/\p{Lu}/u.test(name) || name.length < 2) continue;
			typeOf.set(name, KNOWN_ORGANISATIONS.has(canonical) ? 'organization' : 'place');
		}
	}
	const escaped = [...typeOf.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
	return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'uy'), typeOf };
})();

/**
 * The line to tag for an article's headline, or null when it has none of its
 * own (an untitled article's title is its first sentence, counted once).
 * Headline case capitalises every word ("Expel Russian Spies Despite CIA
 * Warning"); this is a sentence-case copy (same offsets), keeping capitals on
 * the words the body writes with them (`written`).
 */
function headlineToTag(article: Article, written: ReadonlySet<string>): string | null {
	if (article.title === article.sentences[0]?.text) return null;
	return sentenceCase(article.title, written);
}

/**
 * How much of the body's first sentences is a headline, sentence by sentence: the title repeated ("Glenn Beck
 * Rips Progressivism at CPAC  Fox News host ...", also where the splitter cut it at an abbreviation: "Donald
 * Trump Jr." and "Communicated With WikiLeaks During Campaign ..."), or a print headline above the dateline
 * ("Obama Willing to Use Executive Orders on Guns", not the article's title: a line of its own, with no
 * sentence's closing mark, in headline case); else none. Its capitals are the headline's, not names'.
 */
function headlineInBody(article: Article): number[] {
	const title = article.title;
	if (title.length > 0) {
		const parts: number[] = [];
		let rest = title;
		for (const { text } of article.sentences.slice(0, 3)) {
			if (text.startsWith(rest)) return [...parts, rest.length];
			if (text.length === 0 || !rest.startsWith(text)) break;
			parts.push(text.length);
			rest = rest.slice(text.length).trimStart();
		}
	}
	const first = article.sentences[0]?.text ?? '';
	// The splitter may have ended the first sentence at the line's end, or run on past it.
	const line = article.sentences.length > 1 ? /^[^\n]+/u.exec(first)?.[0] : /^[^\n]+(?=\n)/u.exec(first)?.[0];
	if (line === undefined || /[.!?:"”’)]\s*$/u.test(line) || !isHeadlineCase(line)) return [];
	return [line.length];
}

/**
 * Headlines pile names together ("Clinton Benghazi Hearings Show ..."), and the tagger reads the pile as one
 * name. A headline's name that its body never writes whole, made of names the body writes on their own, is
 * those names; the article's types settle theirs later (consistency.ts).
 */
function splitHeadlinePile<S extends Span>(text: string, span: S, body: string): S[] {
	const words = [...text.slice(span.start, span.end).matchAll(/\S+/gu)];
	if (words.length < 2 || containsWords(body, text.slice(span.start, span.end))) return [span];
	const pieces: S[] = [];
	for (let from = 0; from < words.length;) {
		let to = words.length;
		const startOf = (k: number): number => span.start + (words[k]?.index ?? 0);
		const endOf = (k: number): number => startOf(k) + (words[k]?.[0].length ?? 0);
		while (to > from && !containsWords(body, text.slice(startOf(from), endOf(to - 1)))) to--;
		if (to === from) return [span];
		pieces.push({ ...span, start: startOf(from), end: endOf(to - 1) });
		from = to;
	}
	return pieces;
}

/** Whether text writes the words as a whole, not inside longer words. */
function containsWords(text: string, words: string): boolean {
	for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
		if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? '')) return true;
	}
	return false;
}

/**
 * What the name tagger reads of an article: its headline in sentence case (null when it has none of its own),
 * then each sentence, the headline part of the first ones in sentence case too (`headlineParts`: how much of
 * each); offsets as in the article's own lines.
 */
export function linesToTag(article: Article): { headline: string | null; bodies: string[]; headlineParts: number[]; body: string } {
	const bodies = article.sentences.map((s) => s.text);
	const headlineParts = headlineInBody(article);
	const afterHeadline = bodies.map((text, i) => text.slice(headlineParts[i] ?? 0));
	const written = capitalisedWords(afterHeadline);
	const headline = headlineToTag(article, written);
	// Cased as one line, so a headline the splitter cut is cased as a headline in each piece.
	const cased = sentenceCase(headlineParts.map((n, i) => bodies[i]?.slice(0, n) ?? '').join(' '), written);
	let from = 0;
	headlineParts.forEach((n, i) => {
		bodies[i] = cased.slice(from, from + n) + (bodies[i] ?? '').slice(n);
		from += n + 1;
	});
	return { headline, bodies, headlineParts, body: afterHeadline.join(' ') };
}

/** An article's sentences, its headline first (index null) where it is no sentence of the text: a headline makes claims too ("expel 20 Russian spies"). */
export function* linesWithHeadline(article: Article): Generator<{ index: number | null; text: string }> {
	if (article.title !== article.sentences[0]?.text) yield { index: null, text: article.title };
	yield* article.sentences;
}

type MentionExtras = Pick<RawMention, 'demonymOf' | 'value' | 'iso' | 'relative' | 'role'>;

/**
 * A mention of `text`'s span, with all the fields in one order. Built by spreading a partial object and adding
 * fields, each mention got a hidden class of its own in V8: 20 MB per 2,000 articles.
 */
export function newMention(
	article: string,
	sentence: number | null,
	text: string,
	span: Span,
	type: EntityType,
	extra: MentionExtras = {},
): RawMention {
	return {
		article,
		sentence,
		text: text.slice(span.start, span.end),
		start: span.start,
		end: span.end,
		type,
		demonymOf: extra.demonymOf,
		value: extra.value,
		iso: extra.iso,
		relative: extra.relative,
		role: extra.role,
	};
}

/** An article's mentions: names (its headline tagged with its body), nationality adjectives, quantities and dates. */
export function extractMentions(article: Article): RawMention[] {
	const mentions: RawMention[] = [];
	// The headline, in sentence case, is tagged with the body: one document, one name one type (consistency.ts).
	const { headline, bodies, headlineParts, body } = linesToTag(article);
	const tagged = tagNamesInSentences(headline === null ? bodies : [headline, ...bodies]);
	const unpiled = (spans: readonly NameSpan[], line: string, end: number): NameSpan[] =>
		spans.flatMap((s) => (s.end <= end ? splitHeadlinePile(line, s, body) : [s]));
	const titleNames = headline === null ? [] : unpiled(tagged[0] ?? [], article.title, article.title.length);
	const bodyNames = headline === null ? tagged : tagged.slice(1);
	headlineParts.forEach((n, i) => (bodyNames[i] = unpiled(bodyNames[i] ?? [], article.sentences[i]?.text ?? '', n)));
	for (const sentence of linesWithHeadline(article)) {
		const text = sentence.text;
		const at = (span: Span, type: EntityType, extra: MentionExtras = {}): RawMention =>
			newMention(article.id, sentence.index, text, span, type, extra);
		const names: Span[] = [];
		// A well-known name takes the place of the tagger's pieces of it ("USA" of "USA Today", "D.C." of "Washington, D.C.").
		// Not inside a quoted title ("Fox News Sunday"), as the tagger's names are not.
		const titles = quotedTitles(text);
		// "the Times": a lower-case "the" is no part of the name.
		const known = [...matchesAtWordStarts(text, KNOWN_NAMES.pattern)]
			.map((m) => ({ start: m[0].startsWith('the ') ? m.index + 4 : m.index, end: m.index + m[0].length }))
			.filter((k) => !titles.some((t) => t.start <= k.start && k.end <= t.end));
		const tagged = sentence.index === null ? titleNames : (bodyNames[sentence.index] ?? []);
		const spans = tagged.filter((s) => !known.some((k) => k.start <= s.start && s.end <= k.end && k.end - k.start > s.end - s.start));
		for (const span of spans) {
			let cleaned = cleanSpan(text, span);
			if (cleaned && span.label === 'PER') cleaned = cleanSpan(text, stripTitles(text, cleaned));
			else if (cleaned) cleaned = withoutTrailingRole(text, cleaned);
			if (!cleaned) continue;
			// "Dear Members, please join me": a letter's salutation is no part of a name.
			if (text.startsWith('Dear ', cleaned.start)) cleaned = { start: cleaned.start + 5, end: cleaned.end };
			const opensSentence = onlyOpenersBefore(text, cleaned.start);
			// "Every Senate Republican": a sentence's capitalised first word is no part of the name when it is a function word.
			const first = opensSentence ? /^(\S+)\s+/u.exec(text.slice(cleaned.start, cleaned.end)) : null;
			if (first && first[1] !== 'The' && isFunctionWord(first[1] ?? ''))
				cleaned = { start: cleaned.start + first[0].length, end: cleaned.end };
			const name = text.slice(cleaned.start, cleaned.end);
			if (!isNameLike(name) || (isFunctionWord(name) && opensSentence) || isGrammarWord(name)) continue;
			// "#MorningJoe", "non-State Department": a hashtag is no mention, nor a name made an adjective by "non-".
			if (text[cleaned.start - 1] === '#' || /^non-/iu.test(name)) continue;
			// "“Nice to see all of you,”", "“Like Governor Romney, ...": an adjective or a verb opening a sentence
			// is that word, unless the article writes it with a capital where no sentence opens.
			// So is a plural noun ("Couples with similar incomes ...").
			if (opensSentence && (isCommonWord(name) || isCommonPlural(name)) && !bodies.some((b) => capitalisedInside(b, name))) continue;
			// "Jan." of a date: a month's abbreviation, not a name.
			if (text[cleaned.end] === '.' && monthName(name.toLowerCase())?.abbreviated === true) continue;
			// A well-known name has its known type, whatever one sentence made of it ("the White House said").
			const type = KNOWN_NAMES.typeOf.get(name) ?? TYPE_OF_LABEL[span.label];
			// "Sen. John Cornyn, R-Texas": the state of a party tag is part of the senator's role (roleOf), not a mention.
			if (type === 'place' && PARTY_TAG_BEFORE.test(text.slice(Math.max(0, cleaned.start - 3), cleaned.start))) continue;
			names.push(cleaned);
			mentions.push(at(cleaned, type, type === 'person' ? { role: roleOf(text, cleaned.start, cleaned.end) ?? undefined } : {}));
		}
		// The tagger misses some well-known names ("U.S.", "the Kremlin"); the general alias table finds them.
		for (const span of known) {
			const type = KNOWN_NAMES.typeOf.get(text.slice(span.start, span.end));
			if (!type || names.some((n) => n.start < span.end && span.start < n.end)) continue;
			names.push(span);
			mentions.push(at(span, type));
		}
		for (const match of matchesAtWordStarts(text, DEMONYM_PATTERN)) {
			const span = { start: match.index, end: match.index + match[0].length };
			// "Russian Embassy" is an organisation's name; its adjective is not counted again.
			if (names.some((n) => n.start < span.end && span.start < n.end)) continue;
			mentions.push(at(span, 'place', { demonymOf: DEMONYMS[match[0]] ?? match[0] }));
		}
		// The article's date pins "yesterday", "Tuesday", "last year" to the dates they name.
		const { quantities, dates } = findQuantitiesAndDates(text, { referenceDate: article.date });
		for (const quantity of quantities) {
			// Only a number that says what it counts ("20 Russian spies", "10%", "£9.4m"), as claims read them
			// (quantity-evidence.ts): a bare one is a pronoun ("one of"), a score ("2-1") or a rank ("number two").
			if (quantity.quantity.unit === null) continue;
			// A number inside a name belongs to the name ("Six Nations", "BBC Radio 4").
			if (names.some((n) => n.start < quantity.end && quantity.start < n.end)) continue;
			mentions.push(at(quantity, 'quantity', { value: quantity.quantity }));
		}
		for (const date of dates) mentions.push(at(date, 'date', { iso: date.iso, relative: date.granularity === 'relative' }));
	}
	return mentions;
}

/**
 * "the ACA" where an article spells out "Affordable Care Act": an acronym stands for what its spelled-out
 * form is, and a law, a programme or an event (a form the tagger leaves untagged, ending on no
 * organisation's head) is no name, in every article of the corpus: "a deal on DACA" where another article
 * writes "Deferred Action for Childhood Arrivals, or DACA". An acronym the corpus never spells out stays.
 */
export function withoutAcronymsOfNonNames(articles: readonly Article[], mentions: RawMention[]): RawMention[] {
	// Three letters or more (two spell out too much by chance), of whatever type the tagger read it as; not a
	// well-known body's ("CIA") nor one compromise's lexicon files as one ("NBC").
	const acronyms = new Set(
		mentions
			.filter((m) => isName(m) && /^\p{Lu}{3,6}$/u.test(m.text) && !isKnownName(m.text) && !hasWordTag(m.text, ORGANISATION))
			.map((m) => m.text),
	);
	if (acronyms.size === 0) return mentions;
	const dropped = new Set<string>();
	const decided = new Set<string>();
	const named = namedAt(mentions);
	// One pass over the runs of capitalised words (small words between them), each window of them compared by
	// its initials: no pattern per acronym.
	for (const article of articles) {
		for (const sentence of article.sentences) {
			if (decided.size === acronyms.size) break;
			for (const run of sentence.text.matchAll(CAPITALISED_RUN)) {
				const words = [...run[0].matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
				if (words.length < 3) continue;
				const initials = words.map((w) => w[0][0]).join('');
				// Each window of three to six initials looked up in the set: the corpus may hold hundreds of acronyms.
				for (let at = 0; at + 3 <= initials.length; at++) {
					for (let length = 3; length <= 6 && at + length <= initials.length; length++) {
						const acronym = initials.slice(at, at + length);
						if (!acronyms.has(acronym) || decided.has(acronym)) continue;
						const first = words[at];
						const last = words[at + length - 1];
						if (first === undefined || last === undefined) continue;
						decided.add(acronym);
						const start = run.index + first.index;
						const end = run.index + last.index + last[0].length;
						if (!named(article.id, sentence.index, start, end) && !NOT_A_SURNAME.test(last[0])) dropped.add(acronym);
					}
				}
			}
		}
	}
	return dropped.size === 0 ? mentions : mentions.filter((m) => !(dropped.has(m.text) && isName(m)));
}

/**
 * Whether a mention, other than a nationality's adjective, overlaps [start, end) of an article's sentence (null: its
 * headline). Each article's mentions are found as the range of `mentions` they fill: extraction keeps them together,
 * and the corpus steps only filter or append. The ranges are found at the first question.
 */
export function namedAt(
	mentions: readonly RawMention[],
): (article: string, sentence: number | null, start: number, end: number) => boolean {
	let ranges: Map<string, [number, number]> | null = null;
	return (article, sentence, start, end) => {
		if (ranges === null) {
			ranges = new Map();
			let current: [number, number] = [0, 0];
			let currentArticle: string | null = null;
			for (let i = 0; i < mentions.length; i++) {
				const id = mentions[i]?.article;
				if (id === undefined) continue;
				if (id !== currentArticle) {
					currentArticle = id;
					current = ranges.get(id) ?? [i, i];
					ranges.set(id, current);
				}
				current[1] = i + 1;
			}
		}
		const [from, to] = ranges.get(article) ?? [0, 0];
		for (let i = from; i < to; i++) {
			const m = mentions[i];
			if (m !== undefined && m.sentence === sentence && m.start < end && start < m.end && m.demonymOf === undefined) return true;
		}
		return false;
	};
}

/** Capitalised words, with small words between them ("Affordable Care Act", "Department of the Treasury"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:(?:\s+|-)(?:(?:of|the|and|for|on|to)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
const ORGANISATION = new Set(['Organization']);

/** `word`, with its capital, somewhere in `sentence` after a space and before no other letter. */
function capitalisedInside(sentence: string, word: string): boolean {
	for (let at = sentence.indexOf(` ${word}`); at >= 0; at = sentence.indexOf(` ${word}`, at + 1)) {
		if (!/[\p{L}'’-]/u.test(sentence[at + word.length + 1] ?? '')) return true;
	}
	return false;
}

/** Words written with a capital somewhere other than at the start of a sentence: names. */
function capitalisedWords(sentences: readonly string[]): Set<string> {
	const words = new Set<string>();
	for (const sentence of sentences) {
		for (const m of sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu)) words.add(m[0]);
	}
	return words;
}

/** Most of the line's longer words open with a capital: "Expel Russian Spies Despite CIA Warning". */
function isHeadlineCase(line: string): boolean {
	const long = [...line.matchAll(/\p{L}[\p{L}'’-]*/gu)].filter((w) => w[0].length >= 4);
	return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w[0])).length / long.length >= 0.6;
}

/** Lower-cases headline-case words that are not names elsewhere in the article. */
function sentenceCase(title: string, names: ReadonlySet<string>): string {
	if (!isHeadlineCase(title)) return title;
	const words = [...title.matchAll(/\p{L}[\p{L}'’-]*/gu)];
	let out = title;
	for (const [i, w] of words.entries()) {
		const word = w[0];
		if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(word) || names.has(word)) continue;
		out = out.slice(0, w.index) + word.charAt(0).toLowerCase() + word.slice(1) + out.slice(w.index + word.length);
	}
	return out;
}

const FUNCTION_TAGS = new Set(['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun']);
const INTERJECTION = new Set(['Expression']);

const WORD_TAGS = new Set(['Adjective', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Comparative', 'Superlative']);
const NAME_TAGS = new Set([
	'Person',
	'FirstName',
	'MaleName',
	'FemaleName',
	'LastName',
	'Place',
	'City',
	'Country',
	'Region',
	'Organization',
]);

/** One word compromise's lexicon files as an adjective or a verb and not as a name, nor the name lists as a given name. */
function isCommonWord(name: string): boolean {
	return !/\s/u.test(name) && hasWordTag(name, WORD_TAGS) && !hasWordTag(name, NAME_TAGS) && !isGivenName(name);
}

/** "Alongside", "However" opening a sentence: a common word with its capital, not a name. */
function isFunctionWord(name: string): boolean {
	return !/\s/u.test(name) && hasWordTag(name, FUNCTION_TAGS);
}

const PARTY_TAG_BEFORE = /(?:^|[\s(])[RDI]-$/u;

/** "The", "For" of "The For The People Act", "She" after a colon: an article, a preposition, a conjunction or a pronoun alone is never a name, wherever it stands. */
function isGrammarWord(name: string): boolean {
	return /^\p{Lu}\p{Ll}+$/u.test(name) && hasWordTag(name, GRAMMAR_TAGS);
}
const GRAMMAR_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun']);

/**
 * A name has a capital or a digit; a lone lowercase word the tagger caught is
 * noise, and so is a title alone ("Sen."), a party tag ("R-Iowa"), a weekday,
 * a greeting or interjection ("Hi", "Hey" opening a quote), or a contraction.
 */
function isNameLike(text: string): boolean {
	if (text.length < 2 || !/[\p{Lu}\p{N}]/u.test(text)) return false;
	if (/^[RDI]-\p{Lu}/u.test(text)) return false;
	// "You've", "Don't Ask": a contraction is a clause's verb, never part of a name ("O'Malley" is no contraction).
	if (/\p{L}(?:n['’]t|['’](?:ve|ll|re|m|d))(?!\p{L})/u.test(text)) return false;
	if (/\s/u.test(text)) return true;
	// "a new TV ad", "the CEO": an abbreviation compromise's lexicon files as a common noun and WordNet writes so.
	if (/^\p{Lu}{2,5}$/u.test(text) && hasWordTag(text, COMMON_NOUN) && isAbbreviatedNoun(text)) return false;
	return !isTitleWord(text) && !WEEKDAYS.has(text.toLowerCase()) && !hasWordTag(text, INTERJECTION);
}
const COMMON_NOUN = new Set(['Singular', 'Plural', 'Noun', 'Actor']);
