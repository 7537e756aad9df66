// pluralize-esm is Sanity's maintained ESM fork of `pluralize`. Its tables of irregular
// and uncountable English nouns (people→person, spies→spy, news, series, aircraft) are
// far larger than anything worth hand-maintaining here. Its add*Rule functions mutate
// state shared with every other importer, so corrections live in a local table instead.
import pluralize from 'pluralize-esm';

/** Where pluralize's answer is wrong for news copy. */
const SINGULAR_OVERRIDES: ReadonlyMap<string, string> = new Map([
	['species', 'species'],
	['data', 'data'],
	['media', 'media'],
	['headquarters', 'headquarters'],
	['headaches', 'headache'],
	['niches', 'niche'],
	['caches', 'cache'],
	['avalanches', 'avalanche'],
	['leaves', 'leave'],
	['arms', 'arms'],
]);

/** Words ending in -s that are not plural nouns but sit where a counted noun could. */
// prettier-ignore
const NOT_PLURAL = new Set([
	'always', 'perhaps', 'whereas', 'besides', 'sometimes', 'afterwards', 'towards', 'nevertheless', 'thus',
	'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'is', 'was', 'has', 'does', 'us', 'as', 'yes',
	'less', 'unless', 'plus', 'minus', 'across', 'various', 'previous', 'serious', 'famous', 'numerous',
]);

/**
 * Nouns whose plural is the same word, or that are only used as plurals. They count people
 * or things ("20 police", "300 personnel"), so a counted-noun search may stop on them.
 */
// prettier-ignore
const PLURAL_WITHOUT_S = new Set([
	'police', 'staff', 'personnel', 'crew', 'cattle', 'livestock', 'aircraft', 'sheep', 'fish', 'deer', 'headquarters', 'species', 'series',
]);

/** Lowercase singular form: "Spies" → "spy", "people" → "person", "years" → "year". */
export function singularNoun(word: string): string {
	const lower = word.toLowerCase();
	if (NOT_PLURAL.has(lower)) return lower;
	const override = SINGULAR_OVERRIDES.get(lower);
	if (override !== undefined) return override;
	// pluralize keeps the case pattern of its input; lowercase in, lowercase out.
	return pluralize.singular(lower);
}

/** Whether the word reads as a plural noun ("spies", "people", "police"), as opposed to "news" or "its". */
export function looksPlural(word: string): boolean {
	const lower = word.toLowerCase();
	if (NOT_PLURAL.has(lower) || lower.length < 3) return false;
	if (PLURAL_WITHOUT_S.has(lower)) return true;
	if (lower.endsWith('ing') || lower.endsWith('ed') || lower.endsWith('ly')) return false;
	return singularNoun(lower) !== lower;
}

/** "police", "staff", "crew": plural without -s, and often the first half of a compound ("police officers"). */
export function isCollective(word: string): boolean {
	return PLURAL_WITHOUT_S.has(word.toLowerCase());
}
