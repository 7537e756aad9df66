import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../src/paths.js';

const CORE = ['src/corpus', 'src/analysis', 'src/search'];
const UI_IMPORT = /from\s+['"](?:ink|react|ink-[a-z-]+)(?:\/[^'"]*)?['"]/u;

async function sourceFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
	return entries.filter((e) => e.isFile() && /\.tsx?$/u.test(e.name)).map((e) => join(e.parentPath, e.name));
}

test('the analysis core never imports ink or react', async () => {
	const files = (await Promise.all(CORE.map((dir) => sourceFiles(join(packageRoot(), dir))))).flat();
	assert.ok(files.length > 0, 'found the core sources');
	for (const file of files) {
		assert.doesNotMatch(await readFile(file, 'utf8'), UI_IMPORT, `${file} imports the UI`);
	}
});
