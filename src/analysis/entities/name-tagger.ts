/**
 * People, organisations and places in a sentence, from compromise (a small,
 * maintained English NLP library that runs offline and needs no model
 * download), with repairs for what news text needs and compromise misses:
 * a place name before an organisation's is part of it ("US National Security
 * Council"), names ending in Ministry, Department, Agency... are
 * organisations, and a capitalised "The" opening a title stays with it
 * ("The New York Times").
 */
import nlp from 'compromise';

export type NameLabel = 'PER' | 'ORG' | 'LOC';

export interface NameSpan {
	label: NameLabel;
	start: number;
	end: number;
}

const ORGANISATION_HEADS = /\b(?:Ministry|Department|Agency|Council|Committee|Commission|Bureau|Office|Service|Services|Embassy|Consulate|Parliament|Congress|Senate|Court|Party|Army|Navy|Police|Union|Bank|Fund|Institute|University|Corporation|Company|Group|News|Times|Post|Journal|Press|Network|Organization|Organisation|Administration|Authority|Government|Kremlin|Pentagon)$/u;

interface CompromiseMatch {
	offset: { start: number; length: number };
}

/**
 * Names in each of an article's sentences. compromise parses a whole text
 * about three times faster than the same text sentence by sentence (its
 * set-up cost is per call), so the sentences are tagged together and the
 * spans handed back to the sentence they fall in.
 */
export function tagNamesInSentences(sentences: readonly string[]): NameSpan[][] {
	const starts: number[] = [];
	let text = '';
	for (const sentence of sentences) {
		if (text !== '') text += ' ';
		starts.push(text.length);
		text += sentence;
	}
	const result: NameSpan[][] = sentences.map(() => []);
	let index = 0;
	for (const span of tagNames(text)) {
		while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= span.start) index++;
		const start = starts[index] ?? 0;
		const end = start + (sentences[index]?.length ?? 0);
		// A span running into the next sentence is two names glued by the join; it is dropped.
		if (span.end > end) continue;
		result[index]?.push({ label: span.label, start: span.start - start, end: span.end - start });
	}
	return result;
}

export function tagNames(text: string): NameSpan[] {
	const doc = nlp(text);
	const spans: NameSpan[] = [];
	const collect = (label: NameLabel, matches: CompromiseMatch[]): void => {
		for (const m of matches) spans.push({ label, start: m.offset.start, end: m.offset.start + m.offset.length });
	};
	collect('PER', doc.people().json({ offset: true }) as CompromiseMatch[]);
	collect('ORG', doc.organizations().json({ offset: true }) as CompromiseMatch[]);
	collect('LOC', doc.places().json({ offset: true }) as CompromiseMatch[]);
	return findAppositivePeople(text, repair(text, spans));
}

/** Generic heads that are not a name on their own ("Department" cut from "State Department"). */
const GENERIC_ALONE = /^(?:Ministry|Department|Agency|Council|Committee|Commission|Bureau|Office|Service|Government|Embassy|Court|Party|Army|Police|Union)$/u;

/**
 * "Trump, known for his tough rhetoric": a capitalised word that a comma and
 * a his/her phrase describe is a person. English grammar, not a name list.
 */
function findAppositivePeople(text: string, spans: NameSpan[]): NameSpan[] {
	const found = [...spans];
	for (const m of text.matchAll(/(?<=[\s(:;–—-]|^)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s(?:[^,.;]{0,40}?\s)?(?:his|her)\s/gu)) {
		const start = m.index;
		const end = start + (m[1] ?? '').length;
		// A capital at the start of a sentence says nothing ("However, his ...").
		if (/(?:^|[.!?"”]\s*)$/u.test(text.slice(0, start)) || found.some((s) => s.start < end && start < s.end)) continue;
		found.push({ label: 'PER', start, end });
	}
	return found.sort((a, b) => a.start - b.start);
}

function repair(text: string, raw: NameSpan[]): NameSpan[] {
	// compromise's spans carry trailing punctuation ("Mexico."); trim it before joining spans.
	const spans = raw
		.map((s) => trimSpan(text, s))
		.filter((s) => s.end > s.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: NameSpan[] = [];
	for (const span of spans.flatMap((s) => splitLists(text, s))) {
		const previous = merged.at(-1);
		if (previous && span.start < previous.end) continue;
		// "US" + "National Security Council": one organisation.
		if (previous && span.label === 'ORG' && previous.label !== 'PER' && /^ $/u.test(text.slice(previous.end, span.start))) {
			previous.end = span.end;
			previous.label = 'ORG';
			continue;
		}
		merged.push({ ...span });
	}
	for (const span of merged) {
		const name = text.slice(span.start, span.end);
		if (GENERIC_ALONE.test(name)) span.end = span.start;
		if (span.label !== 'PER' && ORGANISATION_HEADS.test(name)) span.label = 'ORG';
		// "The New York Times" mid-sentence: the capital T marks "The" as part of the title.
		if (span.label === 'ORG' && span.start >= 4 && text.slice(span.start - 4, span.start) === 'The ' && span.start - 4 > 0) span.start -= 4;
	}
	return merged.filter((s) => s.end > s.start);
}

/** compromise joins listed names ("Ukraine, Russia"); each is its own name. */
function splitLists(text: string, span: NameSpan): NameSpan[] {
	const parts: NameSpan[] = [];
	let start = span.start;
	for (const m of text.slice(span.start, span.end).matchAll(/,\s+(?:and\s+)?/gu)) {
		parts.push({ label: span.label, start, end: span.start + m.index });
		start = span.start + m.index + m[0].length;
	}
	parts.push({ label: span.label, start, end: span.end });
	return parts;
}

function trimSpan(text: string, span: NameSpan): NameSpan {
	let { start, end } = span;
	while (end > start && /[\s.,;:!?"'“”‘’)(\]]/u.test(text[end - 1] ?? '')) {
		// Keep the final dot of an abbreviation such as "U.S.".
		if (text[end - 1] === '.' && /(?:^|[\s(])(?:\p{L}\.)+$/u.test(text.slice(start, end))) break;
		end--;
	}
	while (start < end && /[\s"'“”‘’(]/u.test(text[start] ?? '')) start++;
	return { label: span.label, start, end };
}
