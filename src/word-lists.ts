/**
 * Word lists written as lines of words, and the patterns built from them, so
 * that a long alternation reads as text rather than as one line of `|`.
 * A list is a string of words separated by white space (each word may be a
 * regular-expression fragment, as `officials?`), or an array of entries taken
 * whole, for entries that hold a space ("read more").
 */
export type Words = string | readonly string[];

/** The words of the lists, in order. */
export function words(...lists: readonly Words[]): string[] {
	return lists.flatMap((list) => (typeof list === 'string' ? list.split(/\s+/u).filter((word) => word.length > 0) : list));
}

/** The words of the lists as the alternatives of a pattern, in order: `a|b|c`. */
export const alternation = (...lists: readonly Words[]): string => words(...lists).join('|');

/** A string that is one of the words, whole. */
export const oneWordOf = (...lists: readonly Words[]): RegExp => new RegExp(`^(?:${alternation(...lists)})$`, 'u');

/** A text holding one of the words. */
export const anyWordOf = (...lists: readonly Words[]): RegExp => new RegExp(`\\b(?:${alternation(...lists)})\\b`, 'u');
