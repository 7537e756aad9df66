/**
 * meow ships its dependencies pre-bundled in one file that evaluates two of
 * them on load: normalize-package-data (with hosted-git-info, semver and the
 * SPDX licence lists) and @babel/code-frame. The CLI passes meow its package
 * data (src/cli.tsx), so neither is ever called, yet evaluating them cost
 * ~10 ms of every start (measured: a bundled meow alone 74 -> 65 ms, `node -e 0` 48 ms).
 * This plugin defers both to their first call. It rewrites two exact lines; if
 * a meow release changes them, the file is bundled unchanged, with a warning.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const DEFERRED: readonly (readonly [string, string])[] = [
	['var libExports = requireLib$1();', 'var libExports = { codeFrameColumns: (...args) => requireLib$1().codeFrameColumns(...args) };'],
	[
		'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
		'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
	],
];

export const lazyMeowDependencies: Plugin = {
	name: 'lazy-meow-dependencies',
	setup(build) {
		// esbuild runs the filter as a Go regular expression, which takes no `u` flag.
		build.onLoad({ filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/ }, async (args) => {
			let contents = await readFile(args.path, 'utf8');
			const missing = DEFERRED.filter(([eager]) => !contents.includes(eager));
			if (missing.length > 0) return { contents, loader: 'js', warnings: [{ text: 'meow changed: its dependencies are bundled as they are (evaluated at start)' }] };
			for (const [eager, deferred] of DEFERRED) contents = contents.replace(eager, deferred);
			return { contents, loader: 'js' };
		});
	},
};
