import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The folder holding storylens' package.json. Code runs from `dist/src/...` under
 * tests and from the single bundled `dist/storylens.js` in production, so data
 * files (models, seeds) are located by walking up rather than by a fixed `../..`.
 */
export function packageRoot(): string {
	if (cachedRoot !== undefined) return cachedRoot;
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) break;
		const parent = dirname(dir);
		if (parent === dir) throw new Error('storylens: cannot find its package folder');
		dir = parent;
	}
	cachedRoot = dir;
	return dir;
}

export function dataPath(...parts: string[]): string {
	return join(packageRoot(), 'data', ...parts);
}

export function seedsPath(): string {
	return join(packageRoot(), 'seeds');
}
