/**
 * The Reader's gutter: beside the line where a sentence starts, the mark of
 * its claim (stated by N outlets, in conflict with another, or only here).
 * Several sentences can start on one line; the line shows the strongest.
 */
import type { ClaimCoverage, SentenceMark } from '../../../analysis/coverage/index.js';
import type { Article } from '../../../corpus/index.js';
import type { ArticleLayout } from '../../reader/layout.js';

export interface GutterMark extends SentenceMark {
	sentence: number;
}

/** By line: the mark shown there. */
export function gutterMarks(coverage: ClaimCoverage | null, article: Article, layout: ArticleLayout): Map<number, GutterMark> {
	const marks = new Map<number, GutterMark>();
	if (!coverage) return marks;
	for (const sentence of article.sentences) {
		const mark = coverage.mark(article.id, sentence.index);
		const line = layout.sentenceLines[sentence.index];
		if (!mark || line === undefined) continue;
		const shown = marks.get(line);
		if (!shown || strength(mark) > strength(shown)) marks.set(line, { ...mark, sentence: sentence.index });
	}
	return marks;
}

/** The gutter's text for a mark: ≠ a conflict, the count of outlets stating it (+ past 9). */
export function gutterSymbol(mark: SentenceMark): string {
	if (mark.kind === 'conflict') return '≠';
	return mark.outlets > 9 ? '+' : String(mark.outlets);
}

/**
 * The sentence whose claim `c` opens: the one the Reader was opened on, when
 * it is on screen and states a claim several outlets state; else the first
 * such sentence on screen.
 */
export function claimSentence(
	coverage: ClaimCoverage,
	article: Article,
	layout: ArticleLayout,
	marks: ReadonlyMap<number, GutterMark>,
	opened: number | null,
	window: { offset: number; end: number },
): GutterMark | null {
	const onScreen = (line: number | undefined): boolean => line !== undefined && line >= window.offset && line < window.end;
	const openedMark = opened === null ? null : coverage.mark(article.id, opened);
	if (openedMark && opened !== null && openedMark.row < coverage.claimRows && onScreen(layout.sentenceLines[opened])) {
		return { ...openedMark, sentence: opened };
	}
	const lines = [...marks.keys()].filter(onScreen).sort((a, b) => a - b);
	for (const line of lines) {
		const mark = marks.get(line);
		if (mark && mark.row < coverage.claimRows) return mark;
	}
	return null;
}

function strength(mark: SentenceMark): number {
	return (mark.kind === 'conflict' ? 1000 : 0) + mark.outlets;
}
