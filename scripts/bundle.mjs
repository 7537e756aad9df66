// Bundles the CLI into dist/bundle/: one file with React in production mode
// starts several times faster than hundreds of node_modules files. Runs after
// tsc (npm run build), which compiles the shared options it reads.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../dist/scripts/bundle-options.js';
import { dependencyPatches } from '../dist/scripts/dependency-patches.js';

// Chunk names carry content hashes; old ones would pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
	...BUNDLE_OPTIONS,
	// The workers are entries of their own: a worker thread loads a file of its own.
	entryPoints: { 'storylens': 'src/cli.tsx', 'analysis-worker': 'src/analysis-runtime/worker.ts', 'search-worker': 'src/search/worker.ts' },
	outdir: 'dist/bundle',
	entryNames: '[name]',
	plugins: [dependencyPatches],
	// The version, so the CLI need not look for and parse package.json at every start (src/cli.tsx).
	define: { ...BUNDLE_OPTIONS.define, STORYLENS_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
});
