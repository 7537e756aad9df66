/**
 * An article laid out for a given width: wrapped lines, each made of styled
 * spans, and the line each sentence starts on (for jumping to a sentence).
 * Pure, so the Reader only slices the visible lines out of it.
 */
import wrapAnsi from 'wrap-ansi';
import type { Article } from '../../corpus/index.js';

export type SpanStyle = 'plain' | 'heading' | 'focus';

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

export function layoutArticle(article: Article, width: number, focusSentence: number | null): ArticleLayout {
	const columns = Math.max(10, width);
	const lines: ReaderLine[] = [];
	const sentenceLines: number[] = [];
	const byParagraph = groupSentencesByParagraph(article);

	article.paragraphs.forEach((paragraph, index) => {
		if (lines.length > 0) lines.push({ spans: [] });
		if (paragraph.kind === 'heading') {
			for (const text of wrapLines(paragraph.text, columns)) lines.push({ spans: [{ text: text.text, style: 'heading' }] });
			return;
		}
		const sentences = locateSentences(paragraph.text, byParagraph.get(index) ?? []);
		const focus = sentences.find((s) => s.index === focusSentence);
		for (const line of wrapLines(paragraph.text, columns)) {
			for (const sentence of sentences) {
				if (sentence.start >= line.start && sentence.start < line.end) sentenceLines[sentence.index] = lines.length;
			}
			lines.push({ spans: styleLine(line, focus) });
		}
	});
	return { lines, sentenceLines };
}

interface PlacedLine {
	text: string;
	start: number;
	end: number;
}

interface PlacedSentence {
	index: number;
	start: number;
	end: number;
}

/** Wraps by display width (wide characters count double) and keeps each line's offsets. */
function wrapLines(text: string, columns: number): PlacedLine[] {
	const placed: PlacedLine[] = [];
	let cursor = 0;
	for (const piece of wrapAnsi(text, columns, { hard: true, trim: true }).split('\n')) {
		const start = text.indexOf(piece, cursor);
		const at = start === -1 ? cursor : start;
		placed.push({ text: piece, start: at, end: at + piece.length });
		cursor = at + piece.length;
	}
	return placed;
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

function styleLine(line: PlacedLine, focus: PlacedSentence | undefined): Span[] {
	if (!focus || focus.end <= line.start || focus.start >= line.end) return [{ text: line.text, style: 'plain' }];
	const from = Math.max(focus.start, line.start) - line.start;
	const to = Math.min(focus.end, line.end) - line.start;
	return [
		{ text: line.text.slice(0, from), style: 'plain' as const },
		{ text: line.text.slice(from, to), style: 'focus' as const },
		{ text: line.text.slice(to), style: 'plain' as const },
	].filter((span) => span.text.length > 0);
}
