/**
 * Who a sentence says its claim comes from. Patterns cover the reporting
 * forms of English news ("according to X", "citing X", "X said",
 * `..." said X`, "X, a former director of ..., told"); they are grammar, not
 * knowledge of any story. A source is a name (kept with its title and the
 * role written beside it), a role ("five senior US officials"), or a
 * pronoun that sources.ts resolves from the sentences before; never a
 * fragment of a clause ("She went on to").
 */
import { maskQuoted } from './quotes.js';
import { isPersonName, NOT_A_NAME, ROLE_NOUN, ROLE_WORD, TITLE } from './source-names.js';
import { alternation, oneWordOf } from '../../word-lists.js';

export { findHedges } from './hedges.js';

export interface Found {
	text: string;
	start: number;
	end: number;
}

/** How a source was found; the eval reports its figures per kind. */
export type SourceForm = 'speaker-verb' | 'verb-speaker' | 'according-to' | 'pronoun' | 'role' | 'neighbour';

export interface SentenceSource extends Found {
	form: SourceForm;
	/** For a pronoun ("he said"): which one, for sources.ts to resolve. */
	pronoun?: 'he' | 'she' | 'they';
}

// Base forms that are also common nouns ("the report", "a quote", "the state") are left out.
const SPEECH_VERBS = alternation(
	'said say says told tells tell wrote writes added adds claim claims claimed note notes noted warn warns warned',
	'maintain maintains maintained reported reports reporting insist insists insisted states stated',
	'confirm confirms confirmed deny denies denied allege alleges alleged argued argues explained explains',
	'declared announced announces acknowledged acknowledges testified tweeted tweets recalled responded replied',
	'continued complained predicted conceded concluded countered suggested suggests charged contended contends',
	'emphasized stressed observed remarked cautioned vowed pledged promised admitted accused',
	'indicate indicates indicated show shows showed estimated estimates believes believe thinks think thought',
);

const VERB_AT = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'gu');
const ANY_SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'u');
/** Verbs that need a person or a role in front to be speech ("the storm claimed 12 lives", "prices reported"). */
const NEEDS_PERSON = oneWordOf(
	'claim claims claimed reported reports reporting continued charged accused observed estimated estimates',
	'believes believe thinks think thought',
);

const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they'>> = { he: 'he', she: 'she', they: 'they' };

/** Dots inside abbreviations ("U.S.", "Sen.") are not sentence ends; hide them from the patterns, keeping offsets. */
function maskAbbreviations(text: string, openAtStart: boolean): string {
	return maskQuoted(text, openAtStart)
		.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./gu, '\u2024'))
		.replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Prof|Rev|Atty|St|Jr|Sr|Sept|Jan|Feb|Aug|Oct|Nov|Dec)\./gu, '$1\u2024')
		.replace(/\b(\p{Lu})\.(?=\s+\p{Lu})/gu, '$1\u2024');
}

interface Token {
	text: string;
	start: number;
	end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’\u2024.-]*[\p{L}\p{N}\u2024]|[\p{L}\p{N}]|[,;:"“”()—–]/gu;

function tokenize(masked: string): Token[] {
	return [...masked.matchAll(TOKEN)].map((m) => ({ text: m[0].replace(/\u2024/gu, '.'), start: m.index, end: m.index + m[0].length }));
}

const isPunctuation = (t: Token): boolean => /^[,;:"“”()—–]$/u.test(t.text);
const isCapital = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && !NOT_A_NAME.test(t.text);
const isConnector = (t: Token): boolean => /^(?:of|for|from|at|the|de|del|la|van|von|bin|al|and|on|'s|’s)$/u.test(t.text);
const isRoleNoun = (t: Token): boolean => ROLE_NOUN.test(t.text.toLowerCase());
const isNameWord = (t: Token): boolean => isCapital(t) || TITLE.test(t.text);

/** A noun phrase ending at token `last` (a name, a role, or both), walking left; null when there is none. */
function phraseEndingAt(tokens: readonly Token[], last: number): [number, number] | null {
	const end = tokens[last];
	if (!end) return null;
	if (!(isNameWord(end) || isRoleNoun(end))) return null;
	let first = last;
	for (let i = last - 1; i >= 0 && last - i < 9; i--) {
		const t = tokens[i] as Token;
		if (isPunctuation(t)) break;
		if (isNameWord(t) || isRoleNoun(t) || ROLE_WORD.test(t.text)) {
			first = i;
			continue;
		}
		// "spokesman for the White House": a connector joins only what a phrase word precedes.
		if (isConnector(t) && i > 0) {
			const before = tokens[i - 1] as Token;
			if (isNameWord(before) || isRoleNoun(before) || ROLE_WORD.test(before.text) || isConnector(before)) continue;
		}
		break;
	}
	while (first < last && isConnector(tokens[first] as Token)) first++;
	return [first, last];
}

/** A noun phrase starting at token `first`, walking right: a name or a role, then its connectors ("of the CIA"). */
function phraseStartingAt(tokens: readonly Token[], first: number): [number, number] | null {
	let last = -1;
	for (let i = first; i < tokens.length && i - first < 10; i++) {
		const t = tokens[i] as Token;
		if (isPunctuation(t)) break;
		if (isNameWord(t) || isRoleNoun(t)) {
			last = i;
			continue;
		}
		if (ROLE_WORD.test(t.text) || (isConnector(t) && last >= 0)) continue;
		break;
	}
	return last < 0 ? null : [first, last];
}

/** What "according to" introduces, named or not ("the fire brigade"): up to the clause it runs into. */
function citedPhrase(tokens: readonly Token[], first: number): [number, number] | null {
	let last = -1;
	for (let i = first; i < tokens.length && i - first < 8; i++) {
		const t = tokens[i] as Token;
		if (
			isPunctuation(t) ||
			/^(?:that|which|who|when|while|after|before|because|in|on|at|as|and|but|is|was|are|were|has|had|will|would)$/iu.test(t.text)
		)
			break;
		last = i;
	}
	if (last < 0 || NOT_IN_SUBJECT.test((tokens[last] as Token).text)) return null;
	cited.add(tokens[last] as Token);
	return [first, last];
}

/** Phrase ends "according to" gave, which name a source whatever their words. */
const cited = new WeakSet<Token>();

/** A phrase names a source when it holds a name or a role noun, not only adjectives; a sentence's whole subject does too. */
function namesSource(tokens: readonly Token[], [first, last]: [number, number]): boolean {
	const words = tokens.slice(first, last + 1);
	return (first === 0 && subjects.has(tokens)) || cited.has(tokens[last] as Token) || words.some((t) => isCapital(t) || isRoleNoun(t));
}

/** Token lists whose opening words were taken as the sentence's subject ("Fire crews said"). */
const subjects = new WeakSet<readonly Token[]>();

const PLAIN_SPEECH = /^(?:said|says|say|told|tells|wrote|writes|added|stated|noted|warned)$/u;
const NOT_IN_SUBJECT = new RegExp(
	oneWordOf(
		'it he she they we i you this that these those there here not no what who which when if as to and but or',
		'is was are were has had have been be will would can could may might',
	),
	'iu',
);

/**
 * The few plain words that open a sentence before a plain verb of speech are
 * its speaker: "Fire crews said ...", "Local residents told ...".
 */
function sentenceSubject(tokens: readonly Token[], last: number, verb: string): [number, number] | null {
	if (!PLAIN_SPEECH.test(verb) || last < 0 || last > 4) return null;
	const words = tokens.slice(0, last + 1);
	if (words.some((t) => isPunctuation(t) || NOT_IN_SUBJECT.test(t.text))) return null;
	subjects.add(tokens);
	return [0, last];
}

/**
 * The role written beside a name: "Juan Gonzalez, former director for the
 * Western Hemisphere at the US National Security Council, said". The
 * apposition runs to the next comma and holds no verb of speech.
 */
function appositionAfter(masked: string, tokens: readonly Token[], last: number, until: number): number {
	const comma = tokens[last + 1];
	if (comma?.text !== ',') return (tokens[last] as Token).end;
	const closing = tokens.findIndex((t, i) => i > last + 1 && i <= until && (t.text === ',' || t.text === ';'));
	const stop = closing < 0 ? Math.min(until, tokens.length - 1) : closing - 1;
	const words = tokens.slice(last + 2, stop + 1);
	if (words.length === 0 || words.length > 18) return (tokens[last] as Token).end;
	// An apposition opens with a role, not a new clause ("Smith, who ..."; "Smith, and then").
	const opener = words[0] as Token;
	if (!(ROLE_WORD.test(opener.text) || isRoleNoun(opener) || isCapital(opener) || TITLE.test(opener.text)))
		return (tokens[last] as Token).end;
	if (words.some((w) => ANY_SPEECH_VERB.test(masked.slice(w.start, w.end)) && !ROLE_WORD.test(w.text))) return (tokens[last] as Token).end;
	// "cited by The New York Times, agents of the network were presented as ...": a clause, not a role.
	if (words.some((w) => FINITE.test(w.text))) return (tokens[last] as Token).end;
	return (words.at(-1) as Token).end;
}

const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should|needs?|wants?)$/iu;

function addFound(
	found: SentenceSource[],
	text: string,
	start: number,
	end: number,
	form: SourceForm,
	pronoun?: 'he' | 'she' | 'they',
): void {
	const raw = text.slice(start, end);
	const trimmed = raw.replace(/^[\s,]+|[\s.,]+$/gu, '');
	if (trimmed.length < 2) return;
	const offset = start + raw.indexOf(trimmed);
	if (found.some((f) => f.start < offset + trimmed.length && offset < f.end)) return;
	found.push({ text: trimmed, start: offset, end: offset + trimmed.length, form, ...(pronoun ? { pronoun } : {}) });
}

const INTRODUCED = /\b(?:according to|citing|cited by|quoting|as reported by|reported by|in the words of|in a statement from)\s+/giu;

/**
 * Every source one sentence names by itself, in order; pronouns and roles
 * are left for the caller to resolve. `openAtStart`: the sentence begins
 * inside a quote opened before it (quotes.ts).
 */
export function findSentenceSources(text: string, openAtStart = false): SentenceSource[] {
	const masked = maskAbbreviations(text, openAtStart);
	const tokens = tokenize(masked);
	const found: SentenceSource[] = [];
	for (const m of masked.matchAll(INTRODUCED)) {
		const at = tokens.findIndex((t) => t.start >= m.index + m[0].length);
		const phrase = at < 0 ? null : (phraseStartingAt(tokens, at) ?? citedPhrase(tokens, at));
		if (!phrase || !namesSource(tokens, phrase)) continue;
		// Only a person's name takes a role after it: "according to messages obtained by X, Y messaged ..." is a clause.
		const named = isPersonName(
			tokens
				.slice(phrase[0], phrase[1] + 1)
				.map((t) => t.text)
				.join(' '),
		);
		addFound(
			found,
			text,
			(tokens[phrase[0]] as Token).start,
			named ? appositionAfter(masked, tokens, phrase[1], tokens.length) : (tokens[phrase[1]] as Token).end,
			'according-to',
		);
	}
	if (!ANY_SPEECH_VERB.test(masked)) {
		if (found.length === 0) participleSpeaker(text, masked, tokens, found);
		return found.sort((a, b) => a.start - b.start);
	}
	for (const m of masked.matchAll(VERB_AT)) {
		const verb = tokens.findIndex((t) => t.start === m.index);
		if (verb < 0) continue;
		const before = tokens[verb - 1];
		const after = tokens[verb + 1];
		// "declined to say", "did not say", "would say": not a report of what was said.
		if (before && /^(?:to|not|never|n't|will|would|could|should|might|may|can|did|does|do)$/iu.test(before.text)) continue;
		// "continued to hold his ground": going on doing something, not speaking.
		if (m[0] === 'continued' && after?.text === 'to') continue;
		const needsPerson = NEEDS_PERSON.test(m[0]);
		// Inverted: `..." said Juan Gonzalez`, `, reports UNN`, `, says he`; after "told" or "warned" comes the listener, not the speaker.
		if (before && /^[,"”]$/u.test(before.text) && after && !LISTENER_AFTER.test(m[0])) {
			const pronoun = PRONOUNS[after.text.toLowerCase()];
			if (pronoun) {
				addFound(found, text, after.start, after.end, 'pronoun', pronoun);
				continue;
			}
			const phrase = phraseStartingAt(tokens, verb + 1);
			// "Edward Leigh, chairman of the committee, said Britain had to ...": what follows is the report's subject, not its speaker.
			if (phrase && namesSource(tokens, phrase) && !FINITE.test(tokens[phrase[1] + 1]?.text ?? '')) {
				addFound(
					found,
					text,
					(tokens[phrase[0]] as Token).start,
					appositionAfter(masked, tokens, phrase[1], tokens.length),
					'verb-speaker',
				);
				continue;
			}
		}
		if (!before) continue;
		// "Pelosi later said", "Trump has said": an adverb or auxiliary between the speaker and the verb.
		let gap = verb - 1;
		while (gap > verb - 3 && gap > 0 && BETWEEN_SPEAKER_AND_VERB.test((tokens[gap] as Token).text)) gap--;
		// "The New York Times is reporting": a progressive's auxiliary, never a passive's ("is said to").
		if (/ing$/u.test(m[0]) && /^(?:is|are|was|were)$/u.test(tokens[gap]?.text ?? '')) gap--;
		// "Trustees of the fund last week warned", "McConnell on Thursday told": when, between the speaker and the verb.
		while (gap > verb - 5 && gap > 0 && WHEN.test((tokens[gap] as Token).text)) gap--;
		const subjectEnd = tokens[gap] as Token;
		// "at what Hutchinson said would be a cost": a detail someone gave, not the source of the sentence's claim.
		if (tokens[gap - 1]?.text.toLowerCase() === 'what') continue;
		// "Justice Antonin Scalia, who said ...", "Scalia who said": the name the relative pronoun stands for.
		if (subjectEnd.text === 'who' && gap > 0) {
			let end = gap - 1;
			if (tokens[end]?.text === ',') end--;
			const named = phraseEndingAt(tokens, end);
			if (named && tokens.slice(named[0], named[1] + 1).some(isCapital)) {
				addFound(found, text, (tokens[named[0]] as Token).start, (tokens[named[1]] as Token).end, 'speaker-verb');
				continue;
			}
		}
		const pronoun = PRONOUNS[subjectEnd.text.toLowerCase()];
		if (pronoun) {
			addFound(found, text, subjectEnd.start, subjectEnd.end, 'pronoun', pronoun);
			continue;
		}
		// "Grimm stormed back, leaned into him and said": the verb shares the sentence's subject.
		if (subjectEnd.text === 'and' && !needsPerson) {
			openingSubject(text, masked, tokens, subjectEnd.start, found);
			continue;
		}
		// "X, former director ..., said": skip back over the apposition to the name.
		let last = gap;
		let appositionEnd = -1;
		if (subjectEnd.text === ',') {
			const open = lastIndexBefore(tokens, verb - 2, (t) => t.text === ',' || isPunctuation(t));
			if (open > 0 && (tokens[open] as Token).text === ',' && verb - 2 - open <= 18) {
				last = open - 1;
				appositionEnd = (tokens[verb - 2] as Token).end;
			} else continue;
		}
		// "Sen. Dianne Feinstein, D-Calif., the top Democrat on the committee, said": a second apposition before the first.
		// "Michael Elliott, the executive director of the group, a trade group, said": up to two appositions back to the name.
		for (let extra = 0; extra < 2 && appositionEnd >= 0; extra++) {
			const segment = lastIndexBefore(tokens, last, (t) => isPunctuation(t));
			const words = tokens.slice(segment + 1, last + 1);
			// "D-Calif." is a party and a state, not a name.
			const isName =
				words.some((t) => isCapital(t)) && !/^[DRI]-/u.test(words[0]?.text ?? '') && isPersonName(words.map((t) => t.text).join(' '));
			if (isName || segment <= 0 || (tokens[segment] as Token).text !== ',' || last - segment > 12) break;
			last = segment - 1;
		}
		const phrase = phraseEndingAt(tokens, last) ?? sentenceSubject(tokens, last, m[0]);
		if (!phrase || !namesSource(tokens, phrase)) continue;
		if (needsPerson && !tokens.slice(phrase[0], phrase[1] + 1).some((t) => isNameWord(t) || isRoleNoun(t))) continue;
		// "The projections indicate", "figures show": a document or data speaks; a person "shows" no claim.
		if (DATA_VERB.test(m[0]) && !tokens.slice(phrase[0], phrase[1] + 1).some((t) => DATA_NOUN.test(t.text))) continue;
		const start = (tokens[phrase[0]] as Token).start;
		const end = appositionEnd >= 0 ? appositionEnd : (tokens[phrase[1]] as Token).end;
		addFound(found, text, start, end, 'speaker-verb');
	}
	if (found.length === 0) participleSpeaker(text, masked, tokens, found);
	return found.sort((a, b) => a.start - b.start);
}

/** Verbs by which data and documents, not people, state a claim. */
const DATA_VERB = /^(?:indicate|indicates|indicated|show|shows|showed)$/u;
const DATA_NOUN = oneWordOf(
	'reports? study studies surveys? polls? data figures records documents? projections? estimates statistics',
	'analysis returns filings? review',
);

const LISTENER_AFTER = /^(?:told|tells|tell|warned|warns|warn|accused)$/u;

/** Words that may stand between a speaker and the verb: "Pelosi later said", "Trump has said". */
const BETWEEN_SPEAKER_AND_VERB = oneWordOf(
	'once also later then long has had have previously repeatedly recently again further initially first',
	'publicly privately simply just often always even flatly quickly subsequently earlier angrily bluntly famously',
	'reportedly himself herself themselves itself',
);

const PARTICIPLES = alternation(
	'saying telling adding writing noting arguing declaring claiming insisting warning calling accusing tweeting posting stating',
);
const PARTICIPLE = new RegExp(`(?:,\\s*|\\b)(?:${PARTICIPLES})\\b`, 'u');

/** Words that say when, between a speaker and the verb. */
const WHEN = oneWordOf(
	'on last this late early earlier',
	'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
	'morning afternoon evening night week month year weekend',
);

/**
 * "Romney released a statement saying: ...", "She doubled down, telling CNN: ...":
 * the sentence's subject is the speaker when it opens the sentence.
 */
function participleSpeaker(text: string, masked: string, tokens: readonly Token[], found: SentenceSource[]): void {
	const at = PARTICIPLE.exec(masked);
	if (at) openingSubject(text, masked, tokens, at.index, found);
}

/**
 * The subject opening a sentence, when it ends before `limit` (the verb it
 * governs): after a dateline ("WASHINGTON —"), a conjunction ("And Trump
 * lashed out, saying:") or an opening clause ("Trying to quell the furor,
 * Steele issued a statement saying").
 */
function openingSubject(text: string, masked: string, tokens: readonly Token[], limit: number, found: SentenceSource[]): void {
	let opening =
		/^\p{Lu}{2,}$/u.test(tokens[0]?.text ?? '') && /^[—–]$/u.test(tokens[1]?.text ?? '')
			? 2
			: /^(?:And|But|So|Yet)$/u.test(tokens[0]?.text ?? '')
				? 1
				: 0;
	if (/ing$|ed$/u.test(tokens[opening]?.text ?? '') || /^(?:After|When|While|As|Before|Since|Although)$/u.test(tokens[opening]?.text ?? ''))
		opening = tokens.findIndex((t, i) => i > opening && t.text === ',') + 1;
	if (opening <= 0 && !/^\p{Lu}{2,}$/u.test(tokens[0]?.text ?? '')) opening = 0;
	const first = tokens[opening];
	if (!first || first.start >= limit) return;
	const pronoun = PRONOUNS[first.text.toLowerCase()];
	if (pronoun) {
		addFound(found, text, first.start, first.end, 'pronoun', pronoun);
		return;
	}
	const phrase = phraseStartingAt(tokens, opening);
	if (!phrase || !namesSource(tokens, phrase) || (tokens[phrase[1]] as Token).end > limit) return;
	addFound(found, text, first.start, appositionAfter(masked, tokens, phrase[1], tokens.length), 'speaker-verb');
}

function lastIndexBefore(tokens: readonly Token[], from: number, test: (t: Token) => boolean): number {
	for (let i = from; i >= 0; i--) if (test(tokens[i] as Token)) return i;
	return -1;
}

/** Whether a sentence reports speech at all (a verb of speech, a quote): one with no source found is then unclear, not unattributed. */
export function reportsSpeech(text: string): boolean {
	return /["“”]/u.test(text) || ANY_SPEECH_VERB.test(maskQuoted(text)) || PARTICIPLE.test(text);
}

/** Who speaks in a sentence, of the sources it names: one named by a verb of speech before one it merely cites. */
export function speakerOf<T extends { form: SourceForm }>(sources: readonly T[]): T | undefined {
	return sources.find((s) => s.form !== 'according-to') ?? sources[0];
}

/** The sources a sentence names by itself, pronouns left out (they name no one until resolved). */
export function findAttributions(text: string): Found[] {
	return findSentenceSources(text)
		.filter((s) => s.form !== 'pronoun')
		.map(({ text: t, start, end }) => ({ text: t, start, end }));
}
