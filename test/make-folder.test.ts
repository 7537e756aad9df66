import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeFolder } from '../src/make-folder.js';

let dir: string;
before(async () => {
	dir = await mkdtemp(join(tmpdir(), 'storylens-make-folder-'));
});
after(() => rm(dir, { recursive: true, force: true }));

// A test of a call that may never return must itself end: the timeout turns a hang into a failure.
const ENDS = { timeout: 5000 };

describe('makeFolder', () => {
	test('makes every missing folder of a path, and is content when it exists', ENDS, async () => {
		const path = join(dir, 'a', 'b', 'c');
		await makeFolder(path);
		assert.ok((await stat(path)).isDirectory());
		await makeFolder(path);
	});

	test('refuses at once where a file stands in the way', ENDS, async () => {
		await writeFile(join(dir, 'file'), '');
		await assert.rejects(makeFolder(join(dir, 'file', 'below')), { code: 'ENOTDIR' });
	});

	test('refuses at once below a dangling link', ENDS, async () => {
		await symlink(join(dir, 'nowhere'), join(dir, 'dangling'));
		await assert.rejects(makeFolder(join(dir, 'dangling', 'cache')));
	});

	// procfs answers ENOENT for any new child, on which Node's own recursive mkdir spins for ever.
	test(
		'refuses at once under /proc, where no folder can be made',
		{ ...ENDS, skip: !existsSync('/proc/self') && 'no /proc here' },
		async () => {
			await assert.rejects(makeFolder('/proc/storylens-test/cache/storylens'), { code: 'ENOENT' });
		},
	);
});
