/**
 * The one text fold for matching what a person types against what was
 * written: accents off (NFKD, then the combining marks dropped, so "Mexico"
 * finds "México") and lower case. Search's word index and the Entities
 * filter both match through it, so a query finds the same names in both.
 */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
