import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadCorpusCached } from '../src/corpus/cached-load.js';
import { loadCorpus, type Corpus } from '../src/corpus/index.js';
import { GOOD_ARTICLE, tempCorpus } from './helpers/fixtures.js';
import { waitUntil } from './helpers/wait.js';

let cacheHome: string;
let savedCacheHome: string | undefined;
before(async () => {
	cacheHome = await mkdtemp(join(tmpdir(), 'storylens-cache-'));
	savedCacheHome = process.env['XDG_CACHE_HOME'];
	process.env['XDG_CACHE_HOME'] = cacheHome;
});
after(async () => {
	if (savedCacheHome === undefined) delete process.env['XDG_CACHE_HOME'];
	else process.env['XDG_CACHE_HOME'] = savedCacheHome;
	await rm(cacheHome, { recursive: true, force: true });
});

const SECOND = 'Port strike ends\n\nDockers returned to work on Tuesday. The union accepted the offer.\n';

/** The cache file the last load wrote (written after the load returns, so waited for). */
async function cachedFile(before: readonly string[] = []): Promise<string> {
	let name: string | undefined;
	await waitUntil(() => {
		const folder = join(cacheHome, 'storylens');
		name = existsSync(folder) ? readdirSync(folder).find((n) => n.endsWith('-corpus.json') && !before.includes(n)) : undefined;
		return name !== undefined;
	}, 'the corpus cache file');
	return join(cacheHome, 'storylens', name ?? '');
}

/** Marks a cached corpus, so a load that returns the mark was read from the cache. */
async function mark(file: string): Promise<void> {
	const corpus = JSON.parse(await readFile(file, 'utf8')) as Corpus;
	for (const article of corpus.articles) article.title = `CACHED ${article.title}`;
	await writeFile(file, JSON.stringify(corpus));
}

describe('the parsed corpus, cached', () => {
	test('a second load of unchanged files reads the cache and equals a fresh parse', async () => {
		const corpus = await tempCorpus({ 'a.txt': GOOD_ARTICLE, 'b.txt': SECOND });
		try {
			const options = { cwd: corpus.dir };
			const fresh = await loadCorpus([corpus.dir], options);
			assert.deepEqual(await loadCorpusCached([corpus.dir], options, true), fresh);
			const file = await cachedFile();
			assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), fresh, 'the cache holds the corpus as parsed');
			await mark(file);
			const again = await loadCorpusCached([corpus.dir], options, true);
			assert.ok(
				again.articles.every((a) => a.title.startsWith('CACHED ')),
				'read from the cache',
			);
			const uncached = await loadCorpusCached([corpus.dir], options, false);
			assert.deepEqual(uncached, fresh, '--no-cache parses afresh');
		} finally {
			await corpus.remove();
		}
	});

	test('an edited, added or removed file is read afresh', async () => {
		const corpus = await tempCorpus({ 'a.txt': GOOD_ARTICLE });
		try {
			const options = { cwd: corpus.dir };
			const seen: string[] = [];
			const titles = async (): Promise<string[]> => (await loadCorpusCached([corpus.dir], options, true)).articles.map((a) => a.title);
			const step = async (change: () => Promise<void>, expected: string[]): Promise<void> => {
				const file = await cachedFile(seen);
				seen.push(file.split('/').at(-1) ?? '');
				await mark(file);
				await change();
				assert.deepEqual(await titles(), expected);
			};
			assert.deepEqual(await titles(), ['Harbour reopens after storm']);
			// The same size, a later modification time: only the times tell.
			await step(async () => {
				await writeFile(join(corpus.dir, 'a.txt'), GOOD_ARTICLE.replace('Monday', 'Sunday'));
				await utimes(join(corpus.dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
			}, ['Harbour reopens after storm']);
			await step(() => writeFile(join(corpus.dir, 'b.txt'), SECOND), ['Harbour reopens after storm', 'Port strike ends']);
			await step(() => rm(join(corpus.dir, 'a.txt')), ['Port strike ends']);
		} finally {
			await corpus.remove();
		}
	});
});
