/**
 * Surface clean-up applied before tokenising. Outlets write the same thing in
 * different typographic and abbreviated forms ("U.S." / "US", "doesn't" /
 * "does not", "per cent" / "%"); folding these first means every later
 * feature compares meaning-bearing words rather than house style.
 */

const TYPOGRAPHIC_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
	[/[\u2018\u2019\u201B\u2032\u0060\u00B4]/g, "'"],
	[/[\u201C\u201D\u201E\u2033]/g, '"'],
	[/[\u2010-\u2015\u2212]/g, '-'],
	[/\u00A0/g, ' '],
];

// Contractions are expanded so that "doesn't" and "does not" share tokens; the
// negation survives as "not", which the negation feature relies on.
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
	[/\bwon't\b/gi, 'will not'],
	[/\bcan't\b/gi, 'can not'],
	[/\bshan't\b/gi, 'shall not'],
	[/\bain't\b/gi, 'is not'],
	[/\bcannot\b/gi, 'can not'],
	[/n't\b/gi, ' not'],
	[/'re\b/gi, ' are'],
	[/'ve\b/gi, ' have'],
	[/'ll\b/gi, ' will'],
	[/'m\b/gi, ' am'],
	[/'d\b/gi, ' would'],
	// "'s" is either a possessive or "is"; both carry no claim content, so it goes.
	[/'s\b/gi, ''],
	[/s'(?=\s|$)/gi, 's'],
];

// Multi-word names and spellings with one common meaning in news English.
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
	[/\bper\s*cent\b/gi, ' percent '],
	[/\bpct\b\.?/gi, ' percent '],
	[/\bUnited States(?: of America)?\b/g, ' USA '],
	[/\bUnited Kingdom\b/g, ' UK '],
	[/\bUnited Nations\b/g, ' UN '],
	[/\bEuropean Union\b/g, ' EU '],
	[/\bNew York City\b/g, ' New York '],
	[/&/g, ' and '],
];

/** "U.S." -> "US", "J.C." -> "JC": dotted initialisms become one token. */
function collapseInitialisms(text: string): string {
	return text.replace(/\b(?:\p{L}\.){2,}/gu, (match) => match.replace(/\./g, '') + ' ');
}

export function normaliseText(text: string): string {
	let result = text.normalize('NFKC');
	for (const [pattern, replacement] of TYPOGRAPHIC_FOLDS) result = result.replace(pattern, replacement);
	result = collapseInitialisms(result);
	for (const [pattern, replacement] of CONTRACTIONS) result = result.replace(pattern, replacement);
	for (const [pattern, replacement] of PHRASES) result = result.replace(pattern, replacement);
	return result;
}
