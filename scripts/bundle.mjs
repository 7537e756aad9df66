// Bundles the CLI into dist/storylens.js: one file with React in production
// mode starts several times faster than hundreds of node_modules files.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes; old ones would pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
	// The analysis worker is its own entry: a worker thread loads a file of its own.
	entryPoints: { storylens: 'src/cli.tsx', 'analysis-worker': 'src/analysis/worker.ts' },
	outdir: 'dist/bundle',
	entryNames: '[name]',
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
