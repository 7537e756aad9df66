/**
 * Plain-text and Markdown articles as scrapers save them: the metadata a page
 * carried (category line, "Posted", repeated title, dateline, "reports UNN")
 * arrives mixed into the text, so it is recognised and lifted out here.
 */
import { findDate, normaliseDate } from './dates.js';
import { normaliseText, splitFrontMatter, toLines, type Line } from './text-lines.js';
import type { ArticleFields, Paragraph } from './types.js';
import { alternation } from '../word-lists.js';

/** Single words that page templates leave above or below an article. */
const BOILERPLATE_WORDS = alternation(
	'posted updated published share shares advertisement ad print listen',
	['read more'],
	'subscribe photo video breaking exclusive opinion',
);
const BOILERPLATE = new RegExp(`^(?:${BOILERPLATE_WORDS})\\s*:?$`, 'iu');
/** "Posted on December 9, 2025" and the like. */
const POSTED_WITH_DATE = /^(?:posted|published|updated|last updated)\b(?:\s+on)?\s*:?\s*(.+)$/iu;
/** Headings are short and unpunctuated: "Details", "Recall", "What happened next". */
const MAX_HEADING_WORDS = 5;
/** How far into an article its metadata (title, dateline, repeated title) may stand. */
const METADATA_WINDOW = 6;

export function parseArticleText(raw: string, options: { markdown: boolean }): ArticleFields {
	let text = normaliseText(raw);
	const meta = new Map<string, string>();
	if (options.markdown) {
		const front = splitFrontMatter(text);
		text = front.body;
		for (const [key, value] of front.fields) meta.set(key, value);
	}
	const lines = toLines(text, options.markdown);
	const fields: ArticleFields = {
		title: meta.get('title') ?? null,
		outlet: meta.get('outlet') ?? meta.get('source') ?? meta.get('publisher') ?? null,
		author: meta.get('author') ?? null,
		date: normaliseMetaDate(meta.get('date') ?? meta.get('published')),
		place: null,
		url: meta.get('url') ?? meta.get('link') ?? null,
		paragraphs: [],
	};

	dropLeadingMetadata(lines, fields);
	if (fields.title === null) fields.title = takeTitle(lines);
	if (fields.title !== null) dropRepeats(lines, fields.title);
	takeDateline(lines, fields);
	fields.outlet ??= findOutletNamedInText(lines);
	fields.paragraphs = toParagraphs(lines);
	return fields;
}

/** Paragraphs of a body whose title and metadata are already known (JSON records). */
export function parseBodyText(raw: string): Paragraph[] {
	return toParagraphs(toLines(normaliseText(raw), false));
}

function normaliseMetaDate(value: string | undefined): string | null {
	return value === undefined ? null : normaliseDate(value);
}

function dropLeadingMetadata(lines: Line[], fields: ArticleFields): void {
	while (lines.length > 0) {
		const line = (lines[0] as Line).text;
		if (BOILERPLATE.test(line)) {
			lines.shift();
			continue;
		}
		const posted = POSTED_WITH_DATE.exec(line);
		const postedDate = posted ? findDate(posted[1] ?? '') : null;
		if (postedDate && (posted?.[1] ?? '').length - postedDate.length < 12) {
			fields.date ??= postedDate.iso;
			lines.shift();
			continue;
		}
		const categoryDate = categoryLineDate(line);
		if (categoryDate !== null) {
			fields.date ??= categoryDate;
			lines.shift();
			continue;
		}
		break;
	}
}

/**
 * `Politics Events Local 2025-12-09T16:32:40+00:00`: a date plus a few
 * capitalised section names, and nothing that reads like a sentence.
 */
function categoryLineDate(line: string): string | null {
	const found = findDate(line);
	if (!found) return null;
	const rest = (line.slice(0, found.index) + line.slice(found.index + found.length)).trim();
	const words = rest.split(/[\s|/·•,>»-]+/u).filter((w) => w.length > 0);
	if (words.length > 6 || /[.!?]/u.test(rest)) return null;
	return words.every((w) => /^\p{Lu}/u.test(w)) ? found.iso : null;
}

/** The first line is the title when it reads like one: short and not ending a sentence. */
function takeTitle(lines: Line[]): string | null {
	const first = lines[0];
	if (!first || lines.length < 2) return null;
	if (!looksLikeTitle(first.text) && !first.markedHeading) return null;
	lines.shift();
	return first.text;
}

function looksLikeTitle(text: string): boolean {
	const words = text.split(' ').length;
	if (text.length > 200 || words > 30) return false;
	if (/[?!]["”’]?$/u.test(text)) return words <= 20;
	return !/[.:;,]["”’)]?$/u.test(text);
}

/** Scraped pages often print the title twice, once above the summary and once above the body. */
function dropRepeats(lines: Line[], title: string): void {
	const key = comparable(title);
	for (let i = 0; i < Math.min(lines.length, METADATA_WINDOW); i++) {
		if (comparable((lines[i] as Line).text) === key) {
			lines.splice(i, 1);
			i--;
		}
	}
}

function comparable(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** `Washington / Mexico City, December 9, 2025 – Total News Agency (TNA)` */
const DATELINE_LINE = /^(\p{Lu}[\p{L} .'’/-]{1,80}?),\s+(.{6,40}?)\s+[–—-]{1,2}\s+(.{2,80})$/u;
/** `WASHINGTON (Reuters) - ` or `LONDON, Dec 9 (AP) — ` opening the first paragraph. */
const DATELINE_PREFIX = /^(\p{Lu}[\p{Lu} .'’/-]{1,40}?)(?:,\s+[^()]{3,30}?)?\s+\(([^()]{2,40})\)\s+[–—-]{1,2}\s+/u;

function takeDateline(lines: Line[], fields: ArticleFields): void {
	for (let i = 0; i < Math.min(lines.length, METADATA_WINDOW); i++) {
		const line = lines[i] as Line;
		const full = DATELINE_LINE.exec(line.text);
		const date = full ? findDate(full[2] ?? '') : null;
		if (full && date && outletNameLike(full[3] ?? '')) {
			fields.place ??= (full[1] ?? '').trim();
			fields.date ??= date.iso;
			fields.outlet ??= outletName(full[3] ?? '');
			lines.splice(i, 1);
			return;
		}
		const prefix = DATELINE_PREFIX.exec(line.text);
		if (prefix) {
			fields.place ??= titleCase((prefix[1] ?? '').trim());
			fields.outlet ??= outletName(prefix[2] ?? '');
			fields.date ??= findDate(prefix[0])?.iso ?? null;
			line.text = line.text.slice(prefix[0].length);
			return;
		}
	}
}

/** A name, not a sentence: capitalised words, optionally an acronym in brackets. */
function outletNameLike(text: string): boolean {
	const words = text.trim().split(/\s+/u);
	return words.length <= 8 && !/[.!?,;:]$/u.test(text.trim()) && /^\p{Lu}/u.test(text.trim());
}

/** `Total News Agency (TNA)` names the outlet "Total News Agency". */
function outletName(text: string): string {
	return text.replace(/\s*\([^)]*\)\s*$/u, '').trim() || text.trim();
}

function titleCase(text: string): string {
	return text.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Agencies that republish a story end a sentence with their own name:
 * "This is reported by The New York Times, reports UNN." The cited source
 * ("reported by ...") is not the outlet; the trailing "reports X" is.
 */
// A dot inside a name only before a letter or after an initial ("U.S. News"): "writes Mr Peston. In Mr..." ends the name at
// the full stop. A person with a title ("Mr", "Dr") is a writer quoted (BBC politics), not an outlet.
const NAME_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L})|(?<=[\\s.]\\p{Lu})\\.(?!\\p{L}))*";
const OUTLET_IN_TEXT = new RegExp(
	`,\\s*(?:reports|writes|informs)\\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\\.?\\s)` +
		`((?:${NAME_WORD})(?:\\s+${NAME_WORD}){0,3})\\s*\\.?["”]?(?=\\s|$)`,
	'u',
);

function findOutletNamedInText(lines: Line[]): string | null {
	for (const line of lines) {
		const match = OUTLET_IN_TEXT.exec(line.text);
		if (match) return (match[1] ?? '').replace(/\.$/u, '');
	}
	return null;
}

function toParagraphs(lines: Line[]): Paragraph[] {
	return lines.map((line, i) => ({
		kind: line.markedHeading || looksLikeHeading(line.text, i < lines.length - 1) ? 'heading' : 'text',
		text: line.text,
	}));
}

function looksLikeHeading(text: string, hasFollowingText: boolean): boolean {
	if (!hasFollowingText || !/^\p{Lu}/u.test(text)) return false;
	if (/[.!?:;,"”’)]$/u.test(text)) return false;
	return text.split(' ').length <= MAX_HEADING_WORDS && text.length <= 40;
}
