/**
 * The user's cache folder, shared by the analysis's results and the parsed corpus:
 * $XDG_CACHE_HOME/storylens, else ~/.cache/storylens; never beside the corpus.
 * A cache that cannot be read or written only makes the next start slower.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { makeFolder } from './make-folder.js';

export function cacheFolder(): string {
	const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
	return join(base, 'storylens');
}

export async function readCached<T>(name: string): Promise<T | null> {
	try {
		return JSON.parse(await readFile(join(cacheFolder(), name), 'utf8')) as T;
	} catch {
		return null;
	}
}

/** Set once the cache folder could not be made, so that nothing tries again in this process. */
let unwritable = false;

/** Writes atomically (a temporary file, then a rename). */
export async function writeCached(name: string, value: unknown): Promise<void> {
	if (unwritable) return;
	try {
		await makeFolder(cacheFolder());
	} catch {
		unwritable = true;
		return;
	}
	const file = join(cacheFolder(), name);
	try {
		await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(value));
		await rename(`${file}.${process.pid}.tmp`, file);
	} catch {
		// A full disk must not break what the cache was for.
	}
}
