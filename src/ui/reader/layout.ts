/**
 * An article laid out for a given width: wrapped lines, each made of styled
 * spans, and the line each sentence starts on (for jumping to a sentence).
 * Pure, so the Reader only slices the visible lines out of it.
 */
import type { Article } from '../../corpus/index.js';
import { styleLine, wrapPlaced, type Mark } from '../text/wrap-styled.js';

export type SpanStyle = 'plain' | 'heading' | 'focus' | 'match';

export interface Span {
	text: string;
	style: SpanStyle;
}

export interface ReaderLine {
	spans: Span[];
}

export interface ArticleLayout {
	lines: ReaderLine[];
	/** sentenceLines[i] is the first line of sentence i. */
	sentenceLines: number[];
}

/** A sentence to mark, and characters in it ([start, end) offsets into the sentence) to mark more strongly. */
export interface Focus {
	sentence: number;
	ranges?: readonly (readonly [number, number])[];
}

export function layoutArticle(article: Article, width: number, focus: Focus | null): ArticleLayout {
	const columns = Math.max(10, width);
	const lines: ReaderLine[] = [];
	const sentenceLines: number[] = [];
	const byParagraph = groupSentencesByParagraph(article);

	article.paragraphs.forEach((paragraph, index) => {
		if (lines.length > 0) lines.push({ spans: [] });
		if (paragraph.kind === 'heading') {
			for (const text of wrapPlaced(paragraph.text, columns)) lines.push({ spans: [{ text: text.text, style: 'heading' }] });
			return;
		}
		const sentences = locateSentences(paragraph.text, byParagraph.get(index) ?? []);
		const focused = sentences.find((s) => s.index === focus?.sentence);
		const marks = focused ? focusMarks(focused, focus?.ranges ?? []) : [];
		for (const line of wrapPlaced(paragraph.text, columns)) {
			for (const sentence of sentences) {
				if (sentence.start >= line.start && sentence.start < line.end) sentenceLines[sentence.index] = lines.length;
			}
			lines.push({ spans: styleLine(line, marks).filter((span) => span.text.length > 0) });
		}
	});
	return { lines, sentenceLines };
}

interface PlacedSentence {
	index: number;
	start: number;
	end: number;
}

function groupSentencesByParagraph(article: Article): Map<number, { index: number; text: string }[]> {
	const groups = new Map<number, { index: number; text: string }[]>();
	for (const sentence of article.sentences) {
		const group = groups.get(sentence.paragraph) ?? [];
		group.push({ index: sentence.index, text: sentence.text });
		groups.set(sentence.paragraph, group);
	}
	return groups;
}

function locateSentences(paragraph: string, sentences: { index: number; text: string }[]): PlacedSentence[] {
	let cursor = 0;
	return sentences.map(({ index, text }) => {
		const found = paragraph.indexOf(text, cursor);
		const start = found === -1 ? cursor : found;
		cursor = start + text.length;
		return { index, start, end: start + text.length };
	});
}

/** The focused sentence as marks in paragraph offsets: matches inside it, the rest of it as focus. */
function focusMarks(sentence: PlacedSentence, ranges: readonly (readonly [number, number])[]): Mark<'focus' | 'match'>[] {
	const marks: Mark<'focus' | 'match'>[] = [];
	let cursor = sentence.start;
	for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
		const start = Math.max(cursor, sentence.start + from);
		const end = Math.min(sentence.end, sentence.start + to);
		if (end <= start) continue;
		if (start > cursor) marks.push({ start: cursor, end: start, style: 'focus' });
		marks.push({ start, end, style: 'match' });
		cursor = end;
	}
	if (cursor < sentence.end) marks.push({ start: cursor, end: sentence.end, style: 'focus' });
	return marks;
}
