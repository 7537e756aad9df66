/** A plain-text table for non-TTY output, measured by display width and cut to fit `width`. */
import stringWidth from 'string-width';

export interface TableOptions {
	width: number;
	/** Columns whose cells are right-aligned (numbers). */
	alignRight?: number[];
}

/** The last column takes the remaining width and is truncated with an ellipsis. */
export function table(header: string[], rows: string[][], options: TableOptions): string {
	const widths = header.map((h, c) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[c] ?? ''))));
	const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
	widths[widths.length - 1] = Math.max(10, Math.min(widths.at(-1) ?? 10, options.width - fixed));
	const right = new Set(options.alignRight ?? []);
	const render = (cells: string[]): string =>
		cells
			.map((cell, c) => {
				const width = widths[c] ?? 0;
				const fitted = fit(cell, width);
				const pad = ' '.repeat(Math.max(0, width - stringWidth(fitted)));
				return right.has(c) ? pad + fitted : c === cells.length - 1 ? fitted : fitted + pad;
			})
			.join('  ');
	return [render(header), ...rows.map(render)].join('\n');
}

function fit(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	let out = '';
	for (const char of text) {
		if (stringWidth(out + char) > width - 1) break;
		out += char;
	}
	return `${out}…`;
}
