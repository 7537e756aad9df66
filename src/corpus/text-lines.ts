/**
 * From raw file text to logical lines: one per paragraph, headings marked.
 * Scraped articles use both single and blank-line paragraph breaks, and some
 * wrap a paragraph's continuation onto its own line; this step undoes that.
 */

export interface Line {
	text: string;
	/** Set when the source marks the line as a heading (Markdown `#`). */
	markedHeading: boolean;
}

/** Characters that render as nothing and only confuse matching. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

export function normaliseText(raw: string): string {
	return raw
		.replace(/\r\n?/gu, '\n')
		.replace(INVISIBLE, '')
		.replace(CONTROL, '')
		.replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ');
}

/** Splits normalised text into paragraphs, joining lines that continue the one before. */
export function toLines(text: string, markdown: boolean): Line[] {
	const lines: Line[] = [];
	let previousWasBlank = true;
	for (const rawLine of text.split('\n')) {
		const stripped = markdown ? stripMarkdown(rawLine) : { text: rawLine.trim(), markedHeading: false };
		const line = { text: collapseSpaces(stripped.text), markedHeading: stripped.markedHeading };
		if (line.text === '') {
			previousWasBlank = true;
			continue;
		}
		const previous = lines.at(-1);
		if (previous && !previous.markedHeading && !line.markedHeading && continuesLine(previous.text, line.text, previousWasBlank)) {
			previous.text = `${previous.text} ${line.text}`;
		} else {
			lines.push(line);
		}
		previousWasBlank = false;
	}
	return lines;
}

/**
 * A line continues the previous one when it starts in lower case ("said the
 * minister"), or with a dash then lower case ("– said Duane Norman", the way
 * a quote is attributed after its own line), and the previous line did not
 * end its sentence. Across a blank line only the dash form counts.
 */
function continuesLine(previous: string, next: string, blankBetween: boolean): boolean {
	if (/^[–—-]\s*\p{Ll}/u.test(next)) return true;
	if (blankBetween) return false;
	return /^\p{Ll}/u.test(next) && !/[.!?]["”’)]?$/u.test(previous);
}

function collapseSpaces(text: string): string {
	return text.replace(/ {2,}/gu, ' ').trim();
}

function stripMarkdown(rawLine: string): Line {
	let text = rawLine.trim();
	if (/^(?:-{3,}|\*{3,}|_{3,})$/u.test(text)) return { text: '', markedHeading: false };
	const heading = /^#{1,6}\s+(.*?)\s*#*$/u.exec(text);
	const markedHeading = heading !== null;
	if (heading) text = heading[1] ?? '';
	text = text
		.replace(/^(?:>\s?)+/u, '')
		.replace(/^[-*+]\s+/u, '')
		.replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
		.replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
		.replace(/<[^>]+>/gu, '')
		.replace(/`([^`]+)`/gu, '$1')
		.replace(/(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1/gu, '$2');
	return { text, markedHeading };
}

export interface FrontMatter {
	fields: Map<string, string>;
	body: string;
}

/** YAML-style `key: value` front matter of a Markdown file; nested YAML is ignored. */
export function splitFrontMatter(text: string): FrontMatter {
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/u.exec(text);
	const fields = new Map<string, string>();
	if (!match) return { fields, body: text };
	for (const line of (match[1] ?? '').split('\n')) {
		const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
		if (!field) continue;
		const value = (field[2] ?? '').trim().replace(/^(['"])(.*)\1$/u, '$2');
		if (value !== '') fields.set((field[1] ?? '').toLowerCase(), value);
	}
	return { fields, body: text.slice(match[0].length) };
}
