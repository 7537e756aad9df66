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
	// esbuild's table has Node 20 without the RegExp v flag, so it would turn string-width's
	// `/^\p{RGI_Emoji}$/v` into `new RegExp(...)`, which V8 builds at once (20-40 ms of ICU
	// at every start) where it builds a literal only at its first use (never, for ASCII text).
	supported: { 'regexp-set-notation': true },
	legalComments: 'none',
	define: { 'process.env.NODE_ENV': '"production"' },
	// Ink loads its devtools only when DEV=true; leave that path out of the bundle.
	external: ['react-devtools-core'],
	banner: { js: "import { createRequire as __storylensRequire } from 'node:module'; const require = __storylensRequire(import.meta.url);" },
	logLevel: 'warning',
} satisfies BuildOptions;
