// Bundles the CLI into dist/storylens.js: one file with React in production
// mode starts several times faster than hundreds of node_modules files.
import { build } from 'esbuild';

await build({
	entryPoints: ['src/cli.tsx'],
	outdir: 'dist/bundle',
	entryNames: 'storylens',
	bundle: true,
	splitting: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	minifyWhitespace: true,
	minifySyntax: true,
	legalComments: 'none',
	define: { 'process.env.NODE_ENV': '"production"' },
	// Ink loads its devtools only when DEV=true; leave that path out of the bundle.
	external: ['react-devtools-core'],
	banner: { js: "import { createRequire as __storylensRequire } from 'node:module'; const require = __storylensRequire(import.meta.url);" },
	logLevel: 'warning',
});
