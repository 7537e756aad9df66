/** Comparable forms of names, so that spelling variants of one name meet. */

/**
 * "U.S." → "us", "The New York Times" → "new york times", "Wal-Mart" →
 * "walmart" (a hyphen inside a word is spelling, not a second word),
 * "Mexico’s" was already cleaned; typographic quotes and dashes become ASCII; accents go ("Calderón" → "calderon").
 */
const ASCII = /^[\x20-\x7e]*$/u;

export function aliasKey(name: string): string {
	// "Calderón" and "Calderon", "Raúl" and "Raul": outlets differ on accents; a name's key has none. Most names are
	// ASCII, which normalising leaves as it is.
	const plain = ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}+/gu, '');
	return plain
		.replace(/[’‘`´]/gu, "'")
		.replace(/[‐‑‒–—]/gu, '-')
		.replace(/(?<=\p{L})-(?=\p{L})/gu, '')
		.replace(/\b(\p{L})\.(?=\p{L}\.?)/gu, '$1')
		.replace(/\.$/u, '')
		.replace(/\s+/gu, ' ')
		.trim()
		.toLowerCase()
		.replace(/^the /u, '');
}

const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'del', 'des', 'du', '&']);

/** "Total News Agency" → "TNA" ("Department of Justice" → "DOJ" with `countingOf`); null for a single word, which has no useful acronym. */
export function initials(name: string, countingOf = false): string | null {
	const words = name.split(/[\s-]+/u).filter((w) => w.length > 0 && (!INITIALS_SKIP.has(w.toLowerCase()) || (countingOf && w === 'of')));
	if (words.length < 2) return null;
	return words
		.map((w) => w[0] ?? '')
		.join('')
		.toUpperCase();
}

/** An acronym as written: "CIA", "U.S.", "NYT" (`fewest` to six capitals, dots allowed). */
export function isAcronym(name: string, fewest = 2): boolean {
	const capitals = /^(?:\p{Lu}\.?){2,6}$/u.test(name.trim()) ? name.replace(/[^\p{Lu}]/gu, '').length : 0;
	return capitals >= fewest;
}

export function lastWord(name: string): string {
	return name.trim().split(/\s+/u).at(-1) ?? '';
}

export function firstWord(name: string): string {
	return name.trim().split(/\s+/u)[0] ?? '';
}
