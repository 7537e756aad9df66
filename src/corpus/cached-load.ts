/**
 * loadCorpus, with its result kept in the user's cache folder: a second start on
 * the same files reads one JSON file instead of parsing every article (the seeds'
 * parsing is a tenth of the time to the first frame; 2,000 files take a second or more).
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCached, writeCached } from '../cache-folder.js';
import { discoverFiles } from './discover.js';
import { loadCorpus, DEFAULT_MAX_FILE_BYTES, type LoadOptions } from './load.js';
import type { Corpus } from './types.js';

/**
 * The key: what the loader would read and how. Every file's path, size, inode, and
 * modification and change times (an edited, added, removed or replaced file gives a
 * new key), the folders' problems, the options, and the loader's own code: the file
 * this module runs from (the bundle's entry in a release), by size and time, so a new
 * build never reads an old build's parse.
 */
async function corpusFilesKey(paths: string[], options: LoadOptions): Promise<string> {
	const hash = createHash('sha256');
	const code = await stat(fileURLToPath(import.meta.url));
	hash.update(
		`${code.size} ${code.mtimeMs}\n${options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES}\n${resolve(options.cwd ?? process.cwd())}\n`,
	);
	const discovery = await discoverFiles(paths);
	for (const found of discovery.files) {
		const info = await stat(found.path).catch(() => null);
		hash.update(
			`${resolve(found.path)}\u0000${found.stem}\u0000${info ? `${info.size} ${info.ino} ${info.mtimeMs} ${info.ctimeMs}` : 'gone'}\n`,
		);
	}
	for (const problem of discovery.problems) hash.update(`${problem.file}\u0000${problem.reason}\n`);
	return hash.digest('hex').slice(0, 32);
}

/** With `cache` false, exactly loadCorpus. Errors (no such path, no article) are never cached. */
export async function loadCorpusCached(paths: string[], options: LoadOptions, cache: boolean): Promise<Corpus> {
	if (!cache) return loadCorpus(paths, options);
	const name = `${await corpusFilesKey(paths, options)}-corpus.json`;
	const cached = await readCached<Corpus>(name);
	if (cached !== null) return cached;
	const corpus = await loadCorpus(paths, options);
	// Not awaited: the caller shows the articles meanwhile; a pending write keeps the process until it is done.
	void writeCached(name, corpus);
	return corpus;
}
