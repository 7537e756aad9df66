/** Tokens as CoNLL splits them: words (keeping U.S., don't, 3.5, e-mail), a possessive's 's alone, and each punctuation mark alone. */
export interface Token {
	text: string;
	start: number;
	end: number;
}

const TOKEN =
	/(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{N}]+(?:(?:-|['’](?!s(?![\p{L}\p{N}])))[\p{L}\p{N}]+)*|['’]s(?![\p{L}\p{N}])|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): Token[] {
	return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
