/**
 * Who a sentence of an article is attributed to, reading the article around
 * it as a reader does: "he said" is the person last named in that role, and
 * a quote standing alone belongs to the speaker named in the sentence
 * before or after it. Null when no source can be found: "unattributed".
 */
import { findSentenceSources, speakerOf, type SentenceSource, type SourceForm } from './attribution.js';
import { maskQuoted } from './quotes.js';
import { isPersonName } from './source-names.js';

export interface Source {
	/** The source as written, with its role ("Juan Gonzalez, former director ..."); a pronoun's is the name it stands for. */
	text: string;
	form: SourceForm;
	/** Where the source is written in the sentence; null when it was read from a neighbouring sentence. */
	range: [number, number] | null;
}

/** How far back a pronoun's person is looked for: news names a speaker again within a few paragraphs. */
const LOOK_BACK = 8;

const QUOTE_MARK = /["“”]/u;

/** The article's sentences as the caller has them; `sentence(i)` is undefined past either end. */
export type SentenceAt = (index: number) => string | undefined;

export function findSources(sentence: SentenceAt, index: number, readNeighbours = true): Source[] {
	const text = sentence(index) ?? '';
	const own = findSentenceSources(text);
	const sources: Source[] = [];
	for (const found of own) {
		if (found.form !== 'pronoun') {
			sources.push({ text: found.text, form: found.form, range: [found.start, found.end] });
			continue;
		}
		const person = resolvePronoun(sentence, index, found);
		if (person) sources.push({ text: person, form: 'pronoun', range: [found.start, found.end] });
	}
	if (!readNeighbours || sources.length > 0 || own.length > 0 || !quoted(sentence, index)) return sources;
	// A quote without a speaker of its own: the nearest speaker tag in the quote's run of sentences, or a tag opening it ("Trump said:").
	let before = true;
	let after = true;
	for (let step = 1; step <= QUOTE_RUN && (before || after); step++) {
		for (const [neighbour, open] of [[index - step, before], [index + step, after]] as const) {
			if (!open) continue;
			const near = sentence(neighbour);
			const inRun = near !== undefined && quoted(sentence, neighbour);
			const opener = near !== undefined && neighbour < index && /:\s*$/u.test(near);
			if (!inRun && !opener) {
				if (neighbour < index) before = false;
				else after = false;
				continue;
			}
			const spoken = findSources(sentence, neighbour, false);
			const first = speakerOf(neighbour < index ? [...spoken].reverse() : spoken);
			if (first) return [{ text: first.text, form: 'neighbour', range: null }];
			if (opener) before = false;
		}
	}
	return sources;
}

/** How far a quote's speaker tag is looked for: a long quote runs over a few sentences. */
const QUOTE_RUN = 4;

/** Whether a sentence quotes: it holds a quote mark, or a quote opened before it is still open. */
export function quoted(sentence: SentenceAt, index: number): boolean {
	const text = sentence(index);
	if (text === undefined) return false;
	if (QUOTE_MARK.test(text)) return true;
	return openBefore(sentence, index);
}

/** Whether a quote opened in a sentence before this one is still open: the sentence is someone's words. */
export function openBefore(sentence: SentenceAt, index: number): boolean {
	for (let i = index - 1; i >= 0 && index - i <= QUOTE_RUN; i--) {
		const before = sentence(i);
		if (before === undefined) return false;
		const marks = before.match(/["“”]/gu);
		if (!marks) continue;
		const last = marks.at(-1);
		return last === '“' || (last === '"' && marks.length % 2 === 1);
	}
	return false;
}

/**
 * "He said": the last person named before it, in this sentence or the ones
 * before, preferring a named speaker; "they": the last group named as a
 * source. A title tells "he" from "she" where it can ("Mrs. Clinton").
 */
function resolvePronoun(sentence: SentenceAt, index: number, pronoun: SentenceSource): string | null {
	const before = (i: number): string | undefined => {
		const text = sentence(i);
		return i === index ? text?.slice(0, pronoun.start) : text;
	};
	// Names inside quotes are what someone said, not who is speaking.
	const unquoted = (i: number): string | undefined => {
		const text = before(i);
		return text === undefined ? undefined : maskQuoted(text);
	};
	// The last person named as a speaker first, then the last person named at all.
	for (let i = index; i >= 0 && index - i <= LOOK_BACK; i--) {
		const text = before(i);
		if (text === undefined) break;
		const speakers = findSentenceSources(text).filter((s) => s.form !== 'pronoun');
		for (const s of speakers.reverse()) if (fits(s.text, pronoun.pronoun)) return s.text;
	}
	for (let i = index; i >= 0 && index - i <= LOOK_BACK; i--) {
		const text = before(i);
		if (text === undefined) break;
		const named = lastPersonNamed(unquoted(i) ?? text, pronoun.pronoun);
		if (named) return named;
	}
	return null;
}

function fits(source: string, pronoun: SentenceSource['pronoun']): boolean {
	const person = isPersonName(source);
	if (pronoun === 'they') return !person;
	if (!person) return false;
	if (pronoun === 'he') return !/^(?:Mrs|Ms|Miss)\.?\s/u.test(source);
	return !/^Mr\.?\s/u.test(source);
}

const NAME_RUN = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+|\b(?:President|Senator|Governor|Secretary|Speaker|Mayor|Judge|Justice)\s+)?\b\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+){0,2}/gu;

/** Where the subject stands after an opening phrase ("According to the Times, Mary Cheney ..."); -1 when none. */
function afterOpening(text: string): number {
	const comma = /^[^,]{3,60},\s+/u.exec(text);
	return comma ? comma[0].length : -1;
}

/** The last person a stretch of text names, for "he" or "she" alone; groups are not people. */
function lastPersonNamed(text: string, pronoun: SentenceSource['pronoun']): string | null {
	if (pronoun === 'they') return null;
	// A person, not a place: the subject opening a sentence.
	const names = [...text.matchAll(NAME_RUN)]
		.filter((m) => m.index === 0 || m.index === afterOpening(text))
		.map((m) => m[0])
		.filter((n) => isPersonName(n) && fits(n, pronoun));
	return names.at(-1) ?? null;
}
