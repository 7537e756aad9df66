/**
 * The esbuild options of the CLI bundle (scripts/bundle.mjs reads this file
 * compiled), apart from its entries, plugins and version.
 */
import type { BuildOptions } from 'esbuild';

export const BUNDLE_OPTIONS = {
	bundle: true,
	// Split into chunks, so that what only some paths need (Ink's devtools, the analysis) is loaded only by them.
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minify: true,
	legalComments: 'none',
	define: { 'process.env.NODE_ENV': '"production"' },
	// Ink loads its devtools only when DEV=true; leave that path out of the bundle.
	external: ['react-devtools-core'],
	banner: { js: "import { createRequire as __storylensRequire } from 'node:module'; const require = __storylensRequire(import.meta.url);" },
	logLevel: 'warning',
} satisfies BuildOptions;
