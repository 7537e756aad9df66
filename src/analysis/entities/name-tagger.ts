/**
 * People, organisations and places in a sentence. Articles go through the
 * trained perceptron (tagNamesInSentences); a lone line such as a headline
 * goes through compromise (a small, maintained English NLP library that runs
 * offline), which needs no document around it. Both get repairs for what
 * news text needs:
 * a place name before an organisation's is part of it ("US National Security
 * Council"), names ending in Ministry, Department, Agency... are
 * organisations, and a capitalised "The" opening a title stays with it
 * ("The New York Times").
 */
import nlp from 'compromise';
import { lexiconTags } from './word-tags.js';
import { forgetWords, tagDocument } from '../perceptron/index.js';
import { isTitleWord } from './clean-span.js';
import { consistentNames } from './consistency.js';
import { checkTypes, splitPersonOfPlace } from './type-checks.js';
import { CHAMBERS, NOT_A_SURNAME, STREET_HEADS } from './heads.js';
import { firstWord, isAcronym, lastWord } from './alias-key.js';
import { splitAtRoles } from './roles.js';
import { isGivenName, isKnownPlace, isSurnameWord } from './gazetteer.js';
import { monthName, WEEKDAYS } from '../../corpus/calendar.js';
import { isKnownName } from './alias-data.js';
import { headKind, isBuildingOrPlaceNoun, isCommonPlural, isLowerCaseNoun, isPersonNoun, isPlaceKindNoun } from './common-nouns.js';
import { alternation, oneWordOf } from '../../word-lists.js';

export type NameLabel = 'PER' | 'ORG' | 'LOC';

export interface NameSpan {
	label: NameLabel;
	start: number;
	end: number;
}

/** During repairs a span may still be MISC (a nationality before an organisation's name). */
type AnySpan = { label: NameLabel | 'MISC'; start: number; end: number };

const ORGANISATION_HEAD_WORDS = alternation(
	'Ministry Department Agency Council Committee Commission Bureau Office Service Services Embassy Consulate',
	'Parliament Congress Senate Court Party Army Navy Police Union Bank Fund Institute University Corporation Company Group',
	'News Times Post Journal Press Network Register Tribune Herald Gazette Examiner Chronicle',
	'Caucus Alliance Coalition Organization Organisation Administration Authority Enforcement Government Legislature Assembly',
	'Kremlin Pentagon',
);
const ORGANISATION_HEADS = new RegExp(`\\b(?:${ORGANISATION_HEAD_WORDS})$`, 'u');
/** "Bureau of Alcohol, Tobacco, Firearms and Explosives": a body's head, "of", and a list that closes with "and". */
const HEAD_OF_A_LIST = new RegExp(`^(?:The )?(?:${ORGANISATION_HEAD_WORDS}) of [^,]+(?:, [^,]+)+,? and \\p{Lu}`, 'u');

interface CompromiseMatch {
	offset: { start: number; length: number };
}

/**
 * Names in each of an article's sentences, from the perceptron trained on
 * CoNLL-2003 (src/analysis/perceptron), which sees the whole article at once
 * (a word written with a capital elsewhere is a name here too), then the
 * same news repairs as tagNames.
 */
export function tagNamesInSentences(sentences: readonly string[]): NameSpan[][] {
	const titled = sentences.map((text) => quotedTitles(text));
	const repaired = tagDocument(sentences).map((spans, i) => {
		const text = sentences[i] ?? '';
		const found = withCompromiseForGaps(
			text,
			spans.map((s) => ({ ...s })),
		);
		return findAppositives(text, repair(text, found, titled[i]));
	});
	// The gazetteers have the last word: a vote cannot make a person of a country. A name found again in a
	// quoted title ("Fox" of “Fox News Sunday” once "Fox" was tagged elsewhere) is still part of the title.
	return consistentNames(sentences, repaired, (label, start, end) => ({ label: label as AnySpan['label'], start, end })).map((spans, i) => {
		const text = sentences[i] ?? '';
		const titles = titled[i] ?? [];
		return checkTypes(text, spans).filter(
			(s): s is NameSpan => s.label !== 'MISC' && !titles.some((t) => t.start <= s.start && s.end <= t.end),
		);
	});
}

/**
 * The perceptron knows the names of 1996 Reuters news; a capitalised word it
 * leaves untagged mid-sentence ("resorts such as Cancun") is looked up in
 * compromise's lexicon, which is broader. One word at a time, cached per
 * word, so the cost grows with the vocabulary, not the corpus.
 */
function withCompromiseForGaps(text: string, spans: AnySpan[]): AnySpan[] {
	const extra: AnySpan[] = [];
	for (const m of text.matchAll(/(?<=\s)\p{Lu}\p{Ll}+/gu)) {
		if (spans.some((s) => s.start <= m.index && m.index < s.end)) continue;
		// compromise files honorifics under #Person: "Mr" before "Eddington" is no one on its own.
		if (isTitleWord(m[0])) continue;
		const label = lexiconLabel(m[0]);
		if (label) extra.push({ label, start: m.index, end: m.index + m[0].length });
	}
	return extra.length === 0 ? spans : [...spans, ...extra].sort((a, b) => a.start - b.start);
}

const lexiconCache = new Map<string, NameLabel | null>();
const LEXICON_CACHE_LIMIT = 50_000;

/** Empties the per-word caches once a corpus is done, so the memory goes to the next step (claims, search). */
export function forgetWordCaches(): void {
	lexiconCache.clear();
	forgetWords();
}

/**
 * compromise's steps up to its first tagging pass (lexicon, suffixes,
 * capitals), without nlp()'s later pattern passes: those match phrases, and
 * a lone word gets the same Place/Person/Organization tags without them (the
 * same on every capitalised word of CoNLL-2003 and of 2,000 BBC articles,
 * 19,000 words) at a sixth of the cost.
 */
const SINGLE_WORD_STEPS = ['index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger'];

export function lexiconLabel(word: string): NameLabel | null {
	let label = lexiconCache.get(word);
	if (label === undefined) {
		// A word the lexicon files is labelled from its tags and their parents, as the tagging pass would (the same
		// on every such word of 2,000 BBC articles and of CoNLL-2003's training set, 6,600 words), at a fraction of
		// the cost; the pass is run for the others, whose tags come from their shape ("Brownsville" a place).
		const filed = lexiconTags(word);
		if (filed !== null) label = filed.has('Place') ? 'LOC' : filed.has('Person') ? 'PER' : filed.has('Organization') ? 'ORG' : null;
		else {
			const doc = nlp.tokenize(word).compute(SINGLE_WORD_STEPS);
			label = doc.has('#Place') ? 'LOC' : doc.has('#Person') ? 'PER' : doc.has('#Organization') ? 'ORG' : null;
		}
		if (lexiconCache.size >= LEXICON_CACHE_LIMIT) lexiconCache.clear();
		lexiconCache.set(word, label);
	}
	return label;
}

/** Names in a lone line (a headline), from compromise, with the news repairs. */
export function tagNames(text: string): NameSpan[] {
	return tagLines([text])[0] ?? [];
}

/** Separates lines in one compromise document: it ends a sentence there, as at the end of the text. */
const LINE_BREAK = '\n\n';

/**
 * Names in each of several lone lines. compromise pays a large cost per
 * document (setting up its pattern passes) and a small one per sentence, so
 * the lines go in as one document, a blank line between them, and the names
 * are given back to their lines by offset. It tags sentence by sentence, so
 * this matches tagging each line alone: on 2,000 BBC headlines exactly, on
 * the 3,250 CoNLL-2003 validation sentences in all but 5 (quotes opened in
 * one sentence are matched across the break), at a third of the time.
 */
export function tagLines(lines: readonly string[]): NameSpan[][] {
	const found: AnySpan[][] = lines.map(() => []);
	// A line that could blur the breaks between lines (line ends, edge spaces) goes alone.
	const together: number[] = [];
	lines.forEach((line, i) => {
		if (line.length > 0 && line === line.trim() && !/[\n\r]/u.test(line)) together.push(i);
		else if (line.length > 0) found[i] = compromiseNames(line);
	});
	const starts: number[] = [];
	let text = '';
	for (const i of together) {
		if (text.length > 0) text += LINE_BREAK;
		starts.push(text.length);
		text += lines[i] ?? '';
	}
	for (const span of text.length > 0 ? compromiseNames(text) : []) {
		// The last line starting at or before the span holds it.
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] as number) <= span.start) low = middle;
			else high = middle - 1;
		}
		const i = together[low] as number;
		const offset = starts[low] as number;
		const end = Math.min(span.end - offset, (lines[i] ?? '').length);
		if (end > span.start - offset) found[i]?.push({ label: span.label, start: span.start - offset, end });
	}
	return lines.map((line, i) =>
		checkTypes(line, findAppositives(line, repair(line, found[i] ?? []))).filter((s): s is NameSpan => s.label !== 'MISC'),
	);
}

function compromiseNames(text: string): AnySpan[] {
	const doc = nlp(text);
	const spans: AnySpan[] = [];
	const collect = (label: NameLabel, matches: CompromiseMatch[]): void => {
		for (const m of matches) spans.push({ label, start: m.offset.start, end: m.offset.start + m.offset.length });
	};
	collect('PER', doc.people().json({ offset: true }) as CompromiseMatch[]);
	collect('ORG', doc.organizations().json({ offset: true }) as CompromiseMatch[]);
	collect('LOC', doc.places().json({ offset: true }) as CompromiseMatch[]);
	return spans;
}

/** One to three capitalised words ending in an institution's head noun, then "for" or "of", just before a name. */
const INSTITUTION_HEADS = alternation(
	'Center Centers Centre University Bank Department Ministry Office Bureau Institute Foundation Society Association',
	'Council Committee Commission Agency Alliance Coalition Fund League Federation Union Board College School Academy',
	'Corporation Company Movement Network Project',
);
const INSTITUTION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}'’-]*\\s){0,2}(?:${INSTITUTION_HEADS})\\s(?:for|of)\\s$`, 'u');

/** Heads that end places' names too ("West Bank", "Soviet Union"): a place so tagged stays one. */
const PLACE_HEADS = /\b(?:Bank|Union|Office)$/u;

/** One word with a capital inside ("WikiLeaks"), not a Scottish or Irish surname ("McDonald", "MacArthur"). */
const CAMEL_CASE = /^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** The half of the day, after a time ("9:01 AM"). */
const HALF_DAY = /^(?:AM|PM|A\.M\.|P\.M\.)$/u;
/** An ordinal before a street's head ("117th Street"), which names the street with it. */
const NUMBERED_BEFORE = /\b\d+(?:st|nd|rd|th) $/u;
/** Generic heads that are not a name on their own ("Department" cut from "State Department"). */
const GENERIC_ALONE =
	/^(?:Ministry|Department|Agency|Council|Committee|Commission|Bureau|Office|Service|Government|Embassy|Court|Party|Army|Police|Union)$/u;

/**
 * "Trump, known for his tough rhetoric": a capitalised word that a comma and
 * a his/her phrase describe is a person. English grammar, not a name list.
 */
export function findAppositives<S extends AnySpan>(text: string, spans: S[]): (S | NameSpan)[] {
	// "think tank Third Way", "the publication The Hill": a name right after the noun for its kind is of that kind.
	// Asked of each person's span, not by a pattern over the sentence: most sentences have no such noun.
	for (const span of spans) {
		if (span.label !== 'PER') continue;
		const kind = KIND_BEFORE_NAME.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[1];
		if (kind !== undefined) span.label = PLACE_NOUNS.test(kind) ? 'LOC' : 'ORG';
	}
	// The patterns below read a comma: most sentences have none.
	if (!text.includes(',')) return spans;
	const found: (S | NameSpan)[] = [...spans];
	for (const m of text.matchAll(/(?<=[\s(:;–—-]|^)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s(?:[^,.;]{0,40}?\s)?(?:his|her)\s/gu)) {
		const start = m.index;
		const end = start + (m[1] ?? '').length;
		// A capital at the start of a sentence says nothing ("However, his ...").
		if (/(?:^|[.!?"”]\s*)$/u.test(text.slice(0, start))) continue;
		// "his" settles it: a name the tagger took for an organisation is a person.
		const same = found.find((s) => s.start === start && s.end === end);
		if (same) same.label = 'PER';
		else if (!found.some((s) => s.start < end && start < s.end)) found.push({ label: 'PER', start, end });
	}
	// "America Rising, a conservative political action committee", "The Hill, a political publication":
	// the noun the apposition ends on says what the name is. Only names already tagged are relabelled.
	// The full pattern only where an apposition may open: most sentences have none.
	if (!APPOSITION_OPENS.test(text)) return found.sort((a, b) => a.start - b.start);
	for (const m of text.matchAll(APPOSITIVE_KIND)) {
		const start = m.index;
		const end = start + (m[1] ?? '').length;
		const same = found.find((s) => s.start === start && s.end === end);
		if (same) same.label = PLACE_NOUNS.test(m[2] ?? '') ? 'LOC' : 'ORG';
	}
	// "R. Clarke Cooper, the group’s executive director,": a word for a kind of person (WordNet's commonest
	// sense) ending the apposition makes a person of a name the tagger took for an organisation.
	for (const span of found) {
		if (span.label !== 'ORG' || text.charCodeAt(span.end) !== 44 || !PERSON_SHAPED.test(text.slice(span.start, span.end))) continue;
		APPOSITIVE_PERSON.lastIndex = span.end;
		const noun = APPOSITIVE_PERSON.exec(text)?.[1];
		if (noun !== undefined && isPersonNoun(noun)) span.label = 'PER';
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * Nouns an apposition names a place or an organisation by; the words before
 * the noun are its modifiers, never "of" ("Obama, the head of the party").
 */
const PLACE_NOUN_WORDS = 'city town village suburb county state country island province region district neighborhood neighbourhood';
const PLACE_NOUNS = oneWordOf(PLACE_NOUN_WORDS);
const APPOSITIVE_NOUNS = alternation(
	'committee group organization organisation company firm corporation newspaper publication magazine network agency',
	'party union association coalition foundation institute',
	['think tank'],
	'nonprofit charity website site outlet retailer bank PAC',
	PLACE_NOUN_WORDS,
);
const KIND_BEFORE_NAME = new RegExp(`(?:^|\\s)(${APPOSITIVE_NOUNS})\\s$`, 'u');
const NOT_A_MODIFIER = alternation('of for in at on to with from by who that which and or');
const APPOSITION_OPENS = /, (?:a|an|the) /u;
const APPOSITIVE_KIND = new RegExp(
	`(?<=[\\s(:;–—-]|^)((?:The\\s)?\\p{Lu}[\\p{L}'’.&-]*(?:\\s\\p{Lu}[\\p{L}'’.&-]*){0,4}),\\s(?:a|an|the)\\s` +
		`(?:(?!(?:${NOT_A_MODIFIER})\\s)[\\p{L}\\p{N}-]+\\s){0,4}?(${APPOSITIVE_NOUNS})(?![\\p{L}-])`,
	'gu',
);

/** After a name: a comma, an article and up to three modifiers before a lower-case noun that ends the apposition. */
const APPOSITIVE_PERSON = new RegExp(
	`,\\s(?:a|an|the)\\s(?:(?!(?:${NOT_A_MODIFIER})\\s)[\\p{Ll}\\p{N}'’-]+\\s){0,3}?(\\p{Ll}+)(?=[,.;]|\\s(?:of|for|at|to|who|and)\\s)`,
	'uy',
);
/** Two or three capitalised words, initials before them allowed ("R. Clarke Cooper"). */
const PERSON_SHAPED = /^(?:\p{Lu}\.\s)*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,2}$/u;

/** A capitalised word that opens no name, but a sentence, a clause or a title's article. */
const OPENS_NO_NAME = new RegExp(
	`^(?:${alternation('The A An In On At Of For To And Or But By From With As If When While After Before')})$`,
	'u',
);

/**
 * "the Mexican Foreign Ministry": the tagger may tag an organisation's head word alone ("Ministry"), leaving the
 * capitalised words before it untagged or a kind ("Mexican"); they are the rest of the name. Not over another
 * name ("Trump Administration" is cut elsewhere), nor for a chamber ("the GOP Senate": two bodies).
 */
function withWordsBeforeHead<S extends AnySpan>(text: string, span: S, spans: readonly AnySpan[]): S {
	const name = text.slice(span.start, span.end);
	if (/\s/u.test(name) || !ORGANISATION_HEADS.test(name) || CHAMBERS.test(name)) return span;
	const start = capitalisedWordsBefore(text, span.start, spans);
	return start === span.start ? span : { ...span, start, label: 'ORG' };
}

/** Where the capitalised words right before `start` begin: untagged or kinds, up to a word that opens no name ("The"). */
function capitalisedWordsBefore(text: string, start: number, spans: readonly AnySpan[]): number {
	for (;;) {
		const word = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
		if (!word?.[1] || OPENS_NO_NAME.test(word[1])) return start;
		const at = start - word[0].length;
		if (spans.some((s) => s.label !== 'MISC' && s.start < start && at < s.end)) return start;
		start = at;
	}
}

/** Whether two overlapping people's spans are one person: opening on a given name, ending on a surname ("Walt Disney Studios" is not). */
function isOnePerson(name: string): boolean {
	return isGivenName(firstWord(name)) && isSurnameWord(lastWord(name));
}

const WORD_BEFORE_AND = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) and $/u;

/** A common noun WordNet knows, or the plural of one ("Fish", "Parks"), written with a capital. */
function isNoun(word: string): boolean {
	return isLowerCaseNoun(word) || isCommonPlural(word);
}

/** "Wildlife Service", "Tourism Council": a name ending on a body's head, listed or one WordNet files as a kind of body. */
function endsInBodysHead(name: string): boolean {
	return ORGANISATION_HEADS.test(name) || headKind(lastWord(name)) === 'organization';
}

/**
 * "U.S. Fish and Wildlife Service", "Food and Drug Administration", "Immigration and Customs Enforcement": a body
 * named by common nouns joined by "and", which the tagger (CoNLL has few of them) cuts at the "and", tagging the
 * second half alone. A body's name ending on a body's head (not "Atlas Bangladesh", nor a band's or a film's) runs
 * back over "and" to a capitalised common noun, untagged or tagged a person or a place (a fragment), and to the
 * capitalised words before it. Not over a body's name of its own ("Surrey Police and Surrey Fire and Rescue",
 * "Apple and Samsung Electronics"), nor over a kind ("Republicans and ...").
 */
function withWordsBeforeAnd<S extends AnySpan>(text: string, span: S, spans: readonly AnySpan[]): S {
	// The second half may be read as a person, its head as that person's body ("Drug Administration", as "Obama Administration").
	if ((span.label !== 'ORG' && span.label !== 'PER') || text[span.start - 2] !== 'd' || !endsInBodysHead(text.slice(span.start, span.end)))
		return span;
	const before = WORD_BEFORE_AND.exec(text.slice(Math.max(0, span.start - 40), span.start));
	const word = before?.[1];
	if (!before || !word || NOT_A_SURNAME.test(word) || isGivenName(word) || !isNoun(word)) return span;
	const wordStart = span.start - before[0].length;
	const fragment = spans.find((s) => s !== span && s.start <= wordStart && wordStart < s.end);
	if (fragment) {
		const ownName = fragment.label === 'ORG' || fragment.label === 'MISC' || fragment.end !== wordStart + word.length;
		return ownName ? span : { ...span, start: fragment.start, label: 'ORG' };
	}
	return { ...span, start: capitalisedWordsBefore(text, wordStart, spans), label: 'ORG' };
}

const HYPHENATED_PAPER_AFTER = /^ (\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/u;
const HYPHENATED_PAPER_AT_END = /\s(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;
/** "Post-Dispatch", "Journal-Constitution": two capitalised words joined by a hyphen, one of them a paper's head. */
function isPaperPair(pair: RegExpExecArray | null): boolean {
	return pair !== null && (PAPER_HEADS.test(pair[1] ?? '') || PAPER_HEADS.test(pair[2] ?? ''));
}
const PAPER_HEADS = new RegExp(
	`^(?:${ORGANISATION_HEAD_WORDS}|${alternation('Dispatch Ledger Courier Bulletin Observer Inquirer Sentinel Star Sun')})$`,
	'u',
);

/**
 * "St. Louis-based U.S. Attorney": a place written with "-based", "-born" and the like describes what follows;
 * it is a name of its own, and so is what follows.
 */
function splitAtDescriptor<S extends AnySpan>(text: string, span: S): S[] {
	const dash = text.indexOf('-', span.start);
	if (dash < 0 || dash >= span.end) return [span];
	const descriptor = /-(?:based|born|bred|led|run|owned|area|era)\s+(?=\p{Lu})/u.exec(text.slice(span.start, span.end));
	if (!descriptor) return [span];
	const cut = span.start + descriptor.index;
	return [
		{ ...span, end: cut },
		{ ...span, start: cut + descriptor[0].length },
	];
}

const GOVERNMENT_HEADS = alternation(
	'Ministry Department Agency Council Committee Commission Bureau Office Embassy Consulate Parliament Court Institute University',
);
const HEAD_AFTER_A_CAPITAL = new RegExp(`(?<=\\p{Lu}[\\p{L}'’-]*\\s)(?:${GOVERNMENT_HEADS})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * "the Mexican Foreign Ministry" where the tagger tagged "Mexican" a kind and left the rest untagged: a government
 * body's head after a capitalised word, that no name covers, opens a name that withWordsBeforeHead completes.
 */
function untaggedInstitutions(text: string, spans: readonly AnySpan[]): AnySpan[] {
	const found: AnySpan[] = [];
	for (const m of text.matchAll(HEAD_AFTER_A_CAPITAL)) {
		const end = m.index + m[0].length;
		if (spans.some((s) => s.label !== 'MISC' && s.start < end && m.index < s.end)) continue;
		const head: AnySpan = { label: 'ORG', start: m.index, end };
		const name = withWordsBeforeHead(text, head, spans);
		if (name !== head) found.push(name);
	}
	return found;
}

/**
 * "Rue de Castiglione", "Avenida Paulista", "Quai d'Orsay", "Place de la Concorde": a street or a square in French,
 * Spanish, Italian or Portuguese opens on its kind, and a tagger trained on English reads the rest as a person or a
 * body. The kind, its particles and the capitalised words after it are one place. "Place" only inside a sentence and
 * before a particle: in English it opens sentences ("Place your bets"); not "Via" ("Via Rail").
 */
const STREET_KINDS = alternation('Rue Boulevard Avenue Avenida Calle Rua Piazza Piazzale Quai Paseo');
const FOREIGN_STREET = new RegExp(
	`(?<![\\p{L}\\p{N}'’-])(?:${STREET_KINDS}|(?<=\\p{Ll}[^.!?]* )Place(?= d))(?: (?:de la|de las|de los|del|della|delle|de|du|des|di|da|do|dos|das)| d['’]| de l['’])?(?: |(?<=['’]))\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)*`,
	'gu',
);
/** Asked of every sentence first; without Unicode classes it costs half as much. */
const HAS_FOREIGN_STREET = new RegExp(`(?:${STREET_KINDS}|Place) \\S`);

/** The places FOREIGN_STREET finds in a sentence. */
function foreignStreets(text: string): AnySpan[] {
	if (!HAS_FOREIGN_STREET.test(text)) return [];
	return [...text.matchAll(FOREIGN_STREET)].map((m) => ({ label: 'LOC', start: m.index, end: m.index + m[0].length }));
}

const PART_OF_LAW = /(?<![\p{L}\p{N}])(?:Article|Section|Chapter|Clause) (?:[IVX]+|\d+)(?![\p{L}\p{N}])/gu;

/** Whether the span lies within "Article II", "Section 3" and the like. */
function isPartOfLaw(text: string, span: AnySpan): boolean {
	if (!/^(?:Article|Section|Chapter|Clause|[IVX]+)\b/u.test(text.slice(span.start, span.end))) return false;
	for (const m of text.matchAll(PART_OF_LAW)) if (m.index <= span.start && span.end <= m.index + m[0].length) return true;
	return false;
}

/** `titles`: quotedTitles(text), when the caller has them already. */
function repair<S extends AnySpan>(text: string, raw: S[], titles = quotedTitles(text)): S[] {
	// compromise's spans carry trailing punctuation ("Mexico."); trim it before joining spans. Loops, not a chain of
	// flatMap: this runs on every sentence, and each stage of the chain built an array per sentence.
	const spans: S[] = [];
	for (const span of raw) {
		for (const placed of splitPersonOfPlace(text, withoutDays(text, trimSpan(text, span)))) {
			for (const cased of splitAtLowerCase(text, placed)) {
				for (const roled of splitAtRoles(text, cased)) {
					for (const owned of splitPersonPossessive(text, roled)) {
						const joined = completeConjunction(text, owned);
						const part =
							joined.label === 'PER'
								? withSurname(text, withQuotedNickname(text, withMiddleInitials(text, withLeadingInitials(text, joined))))
								: joined;
						if (part.end > part.start) for (const piece of splitPossessive(text, part)) spans.push(piece);
					}
				}
			}
		}
	}
	for (let i = 0; i < spans.length; i++) spans[i] = withWordsBeforeAnd(text, withWordsBeforeHead(text, spans[i] as S, spans), spans);
	for (const institution of untaggedInstitutions(text, spans)) spans.push(institution as S);
	const streets = foreignStreets(text);
	if (streets.length > 0) {
		// The tagger's pieces of the street ("Rue" a person, "la Paix" a body) go.
		for (let i = spans.length - 1; i >= 0; i--) {
			const span = spans[i];
			if (span && streets.some((s) => s.start < span.end && span.start < s.end)) spans.splice(i, 1);
		}
		for (const street of streets) spans.push(street as S);
	}
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: S[] = [];
	// A loop, not two flatMaps: this runs on every span of the corpus, and most spans split into themselves.
	const pieces: S[] = [];
	for (const span of spans)
		for (const listed of splitLists(text, span)) for (const piece of splitAtDescriptor(text, listed)) pieces.push(piece);
	for (const span of pieces) {
		const previous = merged.at(-1);
		if (previous && span.start < previous.end) {
			// "Ruth Bader" (a given name the repairs ran on) and the tagger's "Bader Ginsburg": one person.
			if (previous.label === 'PER' && span.label === 'PER' && span.end > previous.end && isOnePerson(text.slice(previous.start, span.end)))
				previous.end = span.end;
			continue;
		}
		const adjacent = previous !== undefined && /^ $/u.test(text.slice(previous.end, span.start));
		// "St. Louis County": the tagger stops at the abbreviation's dot; a saint's name names a place or a body.
		if (
			previous &&
			text[previous.start] === 'S' &&
			previous.end - previous.start <= 5 &&
			/^(?:St|Ste|Saint)$/u.test(text.slice(previous.start, previous.end)) &&
			/^\.? $/u.test(text.slice(previous.end, span.start))
		) {
			previous.end = span.end;
			if (previous.label === 'PER') previous.label = span.label === 'PER' ? 'LOC' : span.label;
			continue;
		}
		// "Gulf" + "of" + "Aden", "Strait of Hormuz", "Province of Quebec": a place read as its kind and its name apart.
		if (
			previous?.label === 'LOC' &&
			span.label === 'LOC' &&
			text.startsWith(' of ', previous.end) &&
			previous.end + 4 === span.start &&
			isPlaceKindNoun(text.slice(previous.start, previous.end))
		) {
			previous.end = span.end;
			continue;
		}
		// "US" + "National Security Council": one organisation.
		if (previous && adjacent && span.label === 'ORG' && previous.label !== 'PER') {
			previous.end = span.end;
			previous.label = 'ORG';
			continue;
		}
		// "Mitch" (cut from a role) + "McConnell": one person; a surname is one word. Not a place after a
		// surname: "Clinton Benghazi hearings" is a person and a place. Nor a body after a pair of names ("the
		// Romney-Ryan Medicare plan"); a possessive ("McCain's Medicare plan") is a token of its own, so no span ends on it.
		if (
			previous &&
			adjacent &&
			previous.label === 'PER' &&
			(span.label !== 'LOC' || isGivenName(text.slice(previous.start, previous.end))) &&
			(span.label === 'PER' || !text.slice(previous.start, previous.end).includes('-')) &&
			/^\p{Lu}[\p{L}'’-]+$/u.test(text.slice(span.start, span.end))
		) {
			previous.end = span.end;
			continue;
		}
		merged.push({ ...span });
	}
	for (const span of merged) {
		// "The St. Louis" + "Post-Dispatch": a paper's name ending on two capitalised words joined by a hyphen,
		// which the tagger (trained on text with few of them) leaves out, or reads as a place.
		// Only where a hyphen follows within the reach of a paper's two words.
		const dash = span.label === 'PER' ? -1 : text.indexOf('-', span.start);
		if (dash >= 0 && dash < span.end + 40) {
			const after = HYPHENATED_PAPER_AFTER.exec(text.slice(span.end, span.end + 40));
			if (isPaperPair(after)) span.end += after?.[0].length ?? 0;
			if (isPaperPair(HYPHENATED_PAPER_AT_END.exec(text.slice(span.start, span.end)))) span.label = 'ORG';
		}
		const name = text.slice(span.start, span.end);
		if (GENERIC_ALONE.test(name)) span.end = span.start;
		// "9:01 AM", "10 P.M.": the half of the day after a time is no name.
		if (HALF_DAY.test(name) && /\d\s?$/u.test(text.slice(Math.max(0, span.start - 2), span.start))) span.end = span.start;
		// "on 117th Street", "near 97th Avenue": a numbered street's name opens on its number, in lower case.
		const number = STREET_HEADS.test(name) ? NUMBERED_BEFORE.exec(text.slice(Math.max(0, span.start - 8), span.start)) : null;
		if (number) {
			span.start -= number[0].length;
			span.label = 'LOC';
		}
		// "Fox News", "Des Moines Register": no person's name ends in these heads.
		if (
			ORGANISATION_HEADS.test(name) &&
			(span.label === 'MISC' ||
				(span.label === 'LOC' && !PLACE_HEADS.test(name)) ||
				(span.label === 'PER' && /\s/u.test(name) && NOT_A_SURNAME.test(lastWord(name))))
		)
			span.label = 'ORG';
		// "WikiLeaks", "FreedomWorks": one word with a capital inside, which 1996 Reuters never saw, names a body, not a kind.
		// So does an acronym of three capitals or more ("AARP", "G.O.P."; the perceptron calls "GOP leaders" a kind), in a
		// sentence written in lower case: a headline in capitals has "CUP" and "WORLD" as kinds.
		if (span.label === 'MISC' && (CAMEL_CASE.test(name) || (isAcronym(name, 3) && /\p{Ll}{3}/u.test(text)))) span.label = 'ORG';
		// A law, an amendment or a treaty is no organisation ("Affordable Care Act", "First Amendment"); an award
		// or a contest no person ("Emmy Award", "Tony Awards", "Nobel Prize", "World Cup", as CoNLL-2003 tags them).
		// So is a war ("the Cold War", "Vietnam War", "World War II"), a festival or games ("Cannes Film Festival", "Asian
		// Games", "World Championships").
		if (
			/\s(?:Act|Amendment|Treaty|Accord|Agreement|Protocol|Doctrine|Constitution|Awards?|Prizes?|Trophy|Medal|Cup|Festival|Games|Olympics|Championships?|Tournament|Marathon|War(?: I{1,3})?)$/u.test(
				name,
			)
		)
			span.label = 'MISC';
		// "Article II", "Section 3": a part of a law or a document, whichever of its words the tagger took.
		else if (isPartOfLaw(text, span)) span.label = 'MISC';
		// The tagger may stop before the law's head: "the Foreign Sovereign Immunities" + "Act".
		else if (span.label !== 'PER' && /^ (?:Act|Acts)(?![\p{L}\p{N}])/u.test(text.slice(span.end, span.end + 6))) span.label = 'MISC';
		// "House Republicans", "Missouri Republicans": the chamber, the state; its members are not part of its name.
		const members = /\s(?:Republicans?|Democrats?|Democratic)$/u.exec(name);
		const body = members ? name.slice(0, members.index) : '';
		// Only then: "Christian Democrats" and "Free Democrats" are parties.
		if (members && (isKnownPlace(body) || CHAMBERS.test(body))) span.end -= members[0].length;
		// "The New York Times" mid-sentence: the capital T marks "The" as part of the title.
		if (span.label === 'ORG' && span.start >= 4 && text.slice(span.start - 4, span.start) === 'The ' && span.start - 4 > 0) span.start -= 4;
		// "the Center for Biological Diversity": the tagger found only what follows "for"; an institution's head before it is the name's start.
		const head =
			text.startsWith('for ', span.start - 4) || text.startsWith('of ', span.start - 3)
				? INSTITUTION_BEFORE.exec(text.slice(Math.max(0, span.start - 60), span.start))
				: null;
		const from = span.start - (head?.[0].length ?? 0);
		if (head && !merged.some((s) => s !== span && s.start < from && from < s.end)) {
			// The head's own pieces ("Center" alone) go into the name.
			for (const s of merged) if (s !== span && s.start >= from && s.end <= span.start) s.end = s.start;
			span.start = from;
			span.label = 'ORG';
		}
	}
	withGenerationSuffixes(text, merged);
	return merged.filter((s) => s.end > s.start && !titles.some((t) => t.start <= s.start && s.end <= t.end));
}

/**
 * "Donald Trump Jr.", "Robert S. Mueller III": the generational suffix after a person's name is part of it,
 * with its dot; the tagger stops before the dot or tags "Jr" apart. Spans the name now covers are emptied.
 */
function withGenerationSuffixes(text: string, spans: AnySpan[]): void {
	for (const span of spans) {
		if (span.label !== 'PER' || span.end <= span.start) continue;
		const suffix = GENERATION_AFTER.exec(text.slice(span.end, span.end + 6))?.[0] ?? '';
		const end = span.end + suffix.length;
		const withDot = /\s(?:Jr|Sr)$/u.test(text.slice(span.start, end)) && text[end] === '.' ? end + 1 : end;
		if (withDot === span.end) continue;
		span.end = withDot;
		for (const other of spans) if (other !== span && other.start >= span.start && other.end <= span.end) other.end = other.start;
	}
}
const GENERATION_AFTER = /^ (?:Jr|Sr|II|III|IV)(?![\p{L}])/u;

/**
 * A show's, a book's or a speech's title in quotes (“Face the Nation”,
 * "Fox News Sunday"): two or more words, each capitalised but for small
 * words. Names inside it are part of a title, not mentions.
 */
export function quotedTitles(text: string): { start: number; end: number }[] {
	if (!/["“]/u.test(text)) return [];
	const found: { start: number; end: number }[] = [];
	// The closing quote is looked at, not taken: it may open the next quote ("...," Corker said on "Fox News Sunday.").
	for (const m of text.matchAll(/["“]([^"“”]{3,60}?)[,.]?(?=["”])/gu)) {
		const words = (m[1] ?? '').split(/\s+/u).filter((w) => w.length > 0);
		if (words.length >= 2 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:the|of|a|an|and|in|on|to|for|with|at)$/u.test(w))) {
			found.push({ start: m.index, end: m.index + m[0].length + 1 });
		}
	}
	return found;
}

/**
 * "A. Stewart", "R. Clarke Cooper": initials before a person's name are part
 * of it (a scorecard's every player, a middle-named writer). Each initial
 * followed by a space, so "U.S." before a name is not taken.
 */
function withLeadingInitials<S extends AnySpan>(text: string, span: S): S {
	const before = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.\s){1,2}$/u.exec(text.slice(Math.max(0, span.start - 6), span.start));
	return before ? { ...span, start: span.start - before[0].length } : span;
}

const QUOTED_NICKNAME_AFTER = /^\s["“‘]\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}["”’]\s\p{Lu}[\p{Ll}'’-][\p{L}'’-]*/u;

/**
 * William "Mo" Cowan, Earvin ‘Magic’ Johnson: a nickname in quotes between the given name and the surname is
 * part of the person's name; the tagger reads the nickname alone as anything ("Mo", Missouri).
 */
function withQuotedNickname<S extends AnySpan>(text: string, span: S): S {
	const quote = text[span.end + 1];
	if (quote !== '"' && quote !== '“' && quote !== '‘') return span;
	const after = QUOTED_NICKNAME_AFTER.exec(text.slice(span.end, span.end + 60));
	return after ? { ...span, end: span.end + after[0].length } : span;
}

/**
 * "Senate Republican Leader Mitch McConnell": the tagger, lost in the role,
 * stops at the given name; a person's span that is a given name alone runs
 * on to the capitalised word after it.
 */
function withSurname<S extends AnySpan>(text: string, span: S): S {
	if (!isGivenName(text.slice(span.start, span.end))) return span;
	const after = /^\s\p{Lu}[\p{Ll}'’-][\p{L}'’-]*/u.exec(text.slice(span.end));
	const word = after?.[0].trim() ?? '';
	return after && !isTitleWord(word) && !WEEKDAYS.has(word.toLowerCase()) && monthName(word.toLowerCase()) === null
		? { ...span, end: span.end + after[0].length }
		: span;
}

/**
 * "the FBI’s Office of Professional Responsibility": one organisation's
 * part of another, two names. Only where what follows the possessive opens
 * with a generic head ("Office", "Department"): "McDonald's Corp" is one name.
 */
function splitPossessive<S extends AnySpan>(text: string, span: S): S[] {
	if (span.end - span.start < 8) return [span];
	const m = /['’]s\s+(?=(?:Ministry|Department|Agency|Council|Committee|Commission|Bureau|Office|Service)\b)/u.exec(
		text.slice(span.start, span.end),
	);
	if (!m || m.index === 0) return [span];
	const cut = span.start + m.index;
	return [
		{ ...span, end: cut },
		{ ...span, label: 'ORG', start: cut + m[0].length },
	];
}

/**
 * A person's name never runs on past a possessive (an organisation's may:
 * "Angie's List"). "Fusion’s Jorge Ramos": a given name after it opens the
 * person, the owner is an organisation; "Michael Steele’s Afghanistan
 * comments": a full name before it is the person, and what follows stays
 * only as a country or state.
 */
function splitPersonPossessive<S extends AnySpan>(text: string, span: S): S[] {
	if (span.label !== 'PER') return [span];
	const m = /['’]s\s+/u.exec(text.slice(span.start, span.end));
	if (!m || m.index === 0) return [span];
	const owner = { ...span, end: span.start + m.index };
	const rest = { ...span, start: span.start + m.index + m[0].length };
	const ownerWords = text.slice(owner.start, owner.end).split(' ').length;
	const restWords = text.slice(rest.start, rest.end).split(' ');
	if (restWords.length >= 2 && isGivenName(restWords[0] ?? '')) return [{ ...owner, label: ownerWords === 1 ? 'ORG' : 'PER' }, rest];
	// A one-word owner is more likely a shop's name ("Angie's List") than a person's.
	if (ownerWords === 1) return [span];
	return isKnownPlace(text.slice(rest.start, rest.end)) ? [owner, { ...rest, label: 'LOC' }] : [owner];
}

const DAYS_AND_MONTHS = alternation(
	'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
	'January February April June July September October November December',
);
const TRAILING_DAY = new RegExp(`\\s+(?:(?:in|on|since|until)\\s+)?(?:${DAYS_AND_MONTHS})$`, 'u');

/**
 * "Santorum Sunday", "Tuesday’s California", "Senate in June": a day or a
 * month at either end of a run is when, not part of the name.
 */
function withoutDays<S extends AnySpan>(text: string, span: S): S {
	const name = text.slice(span.start, span.end);
	if (!name.includes(' ')) return span;
	const leading = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?\s+/u.exec(name);
	const trailing = TRAILING_DAY.exec(name);
	return leading || trailing
		? { ...span, start: span.start + (leading?.[0].length ?? 0), end: span.end - (trailing?.[0].length ?? 0) }
		: span;
}

const PARTICLES = alternation('of for the and in de la le du del della des van von der den di da dos y bin ibn');
const PREFIXES = alternation('al el ad as ash bin ibn abu');
const STRAY_LOWER_CASE = new RegExp(`\\s(?!(?:${PARTICLES})\\s|(?:${PREFIXES})-)\\p{Ll}[\\p{L}'’-]*`, 'u');

/**
 * A name's words are capitalised, but for the particles that join them
 * ("Bank of England", "Court for the Eastern District", "Standard and Poor's"):
 * a span the tagger ran over other lower-case words ("Tigers on Tuesday",
 * "ONIC said") is cut there, and what follows goes.
 */
function splitAtLowerCase<S extends AnySpan>(text: string, span: S): S[] {
	const name = text.slice(span.start, span.end);
	if (!name.includes(' ') || !/^\p{Lu}/u.test(name)) return [span];
	// "the Carlton Hotel in Cannes": a building, then the town it is in.
	// Not "Human Rights in China": the words before "in" end on a building's or a place's noun, or a body's head ("Church").
	const place = name.includes(' in ') ? PLACE_IN.exec(name) : null;
	const head = place ? name.slice(name.lastIndexOf(' ', place.index - 1) + 1, place.index) : '';
	if (place && (isBuildingOrPlaceNoun(head) || NOT_A_SURNAME.test(head))) {
		const at = span.start + place.index;
		return [
			{ ...span, end: at },
			{ ...span, label: 'LOC', start: at + 4 },
		];
	}
	const stray = STRAY_LOWER_CASE.exec(name);
	if (!stray) return [span];
	const before = { ...span, end: span.start + stray.index };
	// "Arsenal boss Arsene Wenger", "the US bank Wells Fargo": a role or a kind between two names; what follows is
	// a name of its own, a person when a given name opens it.
	const after = /^\s(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)+)$/u.exec(name.slice(stray.index + stray[0].length));
	if (!after?.[1]) return [before];
	const start = span.end - after[1].length;
	return [before, { ...span, start, label: isGivenName(firstWord(after[1])) ? 'PER' : span.label }];
}
const PLACE_IN = /(?<=\p{L}) in (?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$)/u;

/**
 * A name never ends on "&" or "and": "Standard &" runs on to "Standard &
 * Poor's" when a capitalised word follows, else the conjunction is dropped.
 */
function completeConjunction<S extends AnySpan>(text: string, span: S): S {
	const last = text[span.end - 1];
	if (last !== '&' && last !== 'd') return span;
	const dangling = /\s+(?:&|and|And)$/u.exec(text.slice(span.start, span.end));
	if (!dangling) return span;
	const next = /^\s+\p{Lu}[\p{L}'’.-]*/u.exec(text.slice(span.end));
	return next ? { ...span, end: span.end + next[0].length } : { ...span, end: span.end - dangling[0].length };
}

/**
 * "George W Bush", "John F. Kennedy": the tagger stops at a middle initial
 * (without a dot, as the BBC writes it, it looks like no word it knows) and
 * tags the surname apart, or as something else. A person's name followed by
 * one or two initials and a capitalised word runs on to that word; the span
 * after it is then dropped as overlapping.
 */
function withMiddleInitials<S extends AnySpan>(text: string, span: S): S {
	// "A" and "I" without a dot are words ("Blair A Labour source", "I said"), not initials.
	// The surname may have capitals inside ("McCabe", "DeMint").
	const after = /^\s(?:(?![AI]\s)\p{Lu}\.?\s){1,2}\p{Lu}[\p{Ll}'’-][\p{L}'’-]*/u.exec(text.slice(span.end));
	return after ? { ...span, end: span.end + after[0].length } : span;
}

/**
 * The taggers join listed names ("Ukraine, Russia"; "The New York Times and Reuters"); each is its own name,
 * unless the whole is a well-known one ("Washington, D.C.") or a body's head opens a list of what it is of ("Bureau
 * of Alcohol, Tobacco, Firearms and Explosives"). At "and" only after a body's head: "Health and Human Services"
 * and "Ways and Means Committee" are one name, "Surrey Police and Surrey Fire and Rescue" two. A parenthesis
 * opens another name ("IRTC (Internationally Recognised Transit Corridor)").
 */
function splitLists<S extends AnySpan>(text: string, span: S): S[] {
	const name = text.slice(span.start, span.end);
	if ((!name.includes(',') && !name.includes(' and ') && !name.includes(': ') && !name.includes(' (')) || isKnownName(name)) return [span];
	const commas = name.includes(',') && !HEAD_OF_A_LIST.test(name);
	const parts: S[] = [];
	let start = span.start;
	let afterColon = false;
	for (const m of name.matchAll(/,\s+(?:and\s+)?| and (?=\p{Lu})|:\s+| \(/gu)) {
		const isAnd = m[0] === ' and ';
		if (isAnd ? !ORGANISATION_HEADS.test(text.slice(start, span.start + m.index)) : m[0].startsWith(',') && !commas) continue;
		parts.push({ ...span, start, end: span.start + m.index });
		start = span.start + m.index + m[0].length;
		afterColon = m[0].startsWith(':');
	}
	// "a GOP-controlled Congress: She's battle-tested", "The Times: Film": a colon ends a name, and one capitalised
	// word after it opens the next clause. "IRTC (Internationally Recognised Transit Corridor": a parenthesis too.
	if (!afterColon || text.slice(start, span.end).includes(' ')) parts.push({ ...span, start, end: span.end });
	return parts;
}

function trimSpan<S extends AnySpan>(text: string, span: S): S {
	let { start, end } = span;
	while (end > start && /[\s.,;:!?"'“”‘’)(\]]/u.test(text[end - 1] ?? '')) {
		// Keep the final dot of an abbreviation such as "U.S.".
		if (text[end - 1] === '.' && /(?:^|[\s(])(?:\p{L}\.)+$/u.test(text.slice(start, end))) break;
		end--;
	}
	while (start < end && /[\s"'“”‘’(]/u.test(text[start] ?? '')) start++;
	return { ...span, start, end };
}
