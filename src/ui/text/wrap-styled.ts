/**
 * Wraps text to a width (by display width, via wrap-ansi) and splits each
 * line into spans carrying the style of the marks that cover them.
 */
import wrapAnsi from 'wrap-ansi';

export interface Mark<S extends string> {
	start: number;
	end: number;
	style: S;
}

export interface StyledSpan<S extends string> {
	text: string;
	style: S | 'plain';
}

export interface PlacedLine {
	text: string;
	start: number;
	end: number;
}

/** Each wrapped line with its [start, end) offsets in `text`. */
export function wrapPlaced(text: string, columns: number): PlacedLine[] {
	const placed: PlacedLine[] = [];
	let cursor = 0;
	for (const piece of wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n')) {
		const found = text.indexOf(piece, cursor);
		const start = found === -1 ? cursor : found;
		placed.push({ text: piece, start, end: start + piece.length });
		cursor = start + piece.length;
	}
	return placed;
}

/** Splits one placed line by marks; where marks overlap, the first one listed wins. */
export function styleLine<S extends string>(line: PlacedLine, marks: readonly Mark<S>[]): StyledSpan<S>[] {
	const styles: (S | 'plain')[] = Array.from({ length: line.end - line.start }, () => 'plain');
	for (const mark of [...marks].reverse()) {
		for (let i = Math.max(mark.start, line.start); i < Math.min(mark.end, line.end); i++) styles[i - line.start] = mark.style;
	}
	const spans: StyledSpan<S>[] = [];
	for (let i = 0; i < styles.length; i++) {
		const style = styles[i] ?? 'plain';
		const last = spans.at(-1);
		if (last && last.style === style) last.text += line.text[i] ?? '';
		else spans.push({ text: line.text[i] ?? '', style });
	}
	return spans;
}

export function wrapStyled<S extends string>(text: string, columns: number, marks: readonly Mark<S>[]): StyledSpan<S>[][] {
	return wrapPlaced(text, columns).map((line) => styleLine(line, marks));
}
