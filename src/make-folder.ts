import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p` that always ends. Node's own `mkdir(path, { recursive: true })` never
 * settles where the kernel answers ENOENT for a child of a folder that exists (any
 * path under /proc): it creates the parent (EEXIST) and retries the child for ever,
 * spinning a thread-pool thread. Here each missing folder is made once, in order,
 * and the first refusal is the answer.
 */
export async function makeFolder(path: string): Promise<void> {
	const missing: string[] = [];
	for (let folder = resolve(path); ;) {
		const info = await stat(folder).catch((error: unknown) => {
			if (codeOf(error) !== 'ENOENT') throw error;
			return null;
		});
		if (info !== null) {
			if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${folder}`), { code: 'ENOTDIR' });
			break;
		}
		missing.unshift(folder);
		const parent = dirname(folder);
		if (parent === folder) break;
		folder = parent;
	}
	for (const folder of missing) {
		try {
			await mkdir(folder);
		} catch (error) {
			// Made meanwhile by another process (two workers share the cache): as good as made here.
			if (codeOf(error) !== 'EEXIST') throw error;
		}
	}
}

function codeOf(error: unknown): string {
	return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}
