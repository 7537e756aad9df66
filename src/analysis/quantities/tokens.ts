/** Word tokens with offsets, keeping "1,200", "3.5", "40%", "$2.5", "twenty-five" and "20-30" whole. */

export interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
}

const TOKEN = /[$€£]?\d+(?:[,.]\d+)*(?:-\d+(?:[,.]\d+)*)?%?|[\p{L}]+(?:['’-][\p{L}]+)*|[%:]/gu;

export function tokenize(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}
