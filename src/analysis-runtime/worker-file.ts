import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * A worker thread's script: the bundled one in a release (`dist/bundle/<name>.js`),
 * the compiled one when running from dist/src (tests, `npm run build` not yet bundled).
 */
export function workerFile(bundled: string, ...compiled: string[]): string {
	const file = join(packageRoot(), 'dist', 'bundle', `${bundled}.js`);
	return existsSync(file) ? file : join(packageRoot(), 'dist', 'src', ...compiled);
}
