// ESLint with type information (typescript-eslint). `npm run lint`.
//
// Type-aware rules need TypeScript's JS compiler API, which the `typescript` 7 package (the
// native Go compiler) does not ship; typescript-eslint 8 reads the API of TypeScript <= 6.0.
// So package.json installs the two side by side, as the TypeScript 7 release describes:
// `typescript` is `@typescript/typescript6` (the 6.0 API, resolved by typescript-eslint under that
// name), and `typescript-native` is TypeScript 7, whose tsc the build calls by path
// (`npm run compile`), since both packages would claim `node_modules/.bin/tsc`. The alias is not
// named `@typescript/native`: typescript-eslint reserves that name, as an optional peer, for its
// experimental tsgo backend, which wants TypeScript 7.1. When typescript-eslint reads
// TypeScript 7 itself, `typescript` can go back to plain TypeScript 7 and the alias can go.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Layers, mirroring test/boundaries.test.ts: from the bottom up, each folder of src may import
// only from layers below it or from its own. Files at the top of src (paths, the cache folder,
// seeded-random...) sit below every folder. Only the dashboard (ui) and the command line (cli)
// import ink or react.
const LAYERS = [['corpus'], ['analysis'], ['analysis-runtime', 'search'], ['commands'], ['ui'], ['cli']];
const UI_FROM = LAYERS.findIndex((layer) => layer.includes('ui'));
// Within its layer, search sits below the runtime: the runtime's search worker and client use
// the index, and the index never reaches for workers or caches. (Stricter than the test, which
// lets a layer's folders import each other.)
const ALSO_BARRED = { search: ['analysis-runtime'] };
const UI_PACKAGES = {
	regex: '^(?:ink|react|ink-[a-z-]+|react-[a-z-]+)(?:/|$)',
	caseSensitive: true,
	message: 'Only src/ui and src/cli render; the layers below them stay free of ink and react (docs/DESIGN.md).',
};
const escape = (name) => name.replaceAll('.', '\\.');

/**
 * The relative specifiers that climb `depth` folders to src and then go into one of `folders`
 * (`../ui/App.js` from src/analysis/x.ts, `../../ui/App.js` from src/analysis/claims/x.ts),
 * or, from the top of src, go down into one (`./corpus/load.js`). Specifiers are matched as
 * written, so each depth of file gets the pattern for its own distance from src.
 */
function intoFolders(depth, folders) {
	const up = depth === 0 ? '\\./' : `(?:\\.\\./){${depth}}`;
	// `(?:/|\.js$)`: into the folder, or the file of that name (`../cli.js` is src/cli.tsx).
	return `^${up}(?:${folders.map(escape).join('|')})(?:/|\\.js$)`;
}

/** A regex literal for an esquery selector, which ends a regex at the first slash, even an escaped one. */
const selectorRegex = (regex) => `/${regex.replaceAll('/', '\\x2F')}/u`;

/** The rules that keep files of one layer (or the top of src) from importing above it. */
function layerRules(folders, depth, barsUiPackages) {
	const regex = intoFolders(depth, folders);
	const message = `An import running up the layers of src (test/boundaries.test.ts, docs/DESIGN.md): ${folders.join(', ')} sit above this file.`;
	const patterns = [{ regex, message, caseSensitive: true }];
	if (barsUiPackages) patterns.push(UI_PACKAGES);
	// no-restricted-imports sees static imports and re-exports; import('...') calls and types need the selector.
	const dynamic = [
		{ selector: `ImportExpression > Literal.source[value=${selectorRegex(regex)}]`, message },
		{ selector: `TSImportType Literal[value=${selectorRegex(regex)}]`, message },
	];
	if (barsUiPackages)
		dynamic.push({
			selector: `ImportExpression > Literal.source[value=${selectorRegex(UI_PACKAGES.regex)}]`,
			message: UI_PACKAGES.message,
		});
	return {
		'@typescript-eslint/no-restricted-imports': ['error', { patterns }],
		'no-restricted-syntax': ['error', ...dynamic],
	};
}

// How deep below its layer's folder a file may sit (src/analysis/claims/x.ts is depth 2); a
// deeper folder needs its depth here, or its imports go unchecked (the test still sees them).
const DEPTHS = [1, 2, 3, 4];
const SOURCE = '*.{ts,tsx}';
const layerConfigs = [
	{
		name: 'storylens/layers: top of src',
		files: [`src/${SOURCE}`],
		ignores: ['src/cli.tsx'],
		rules: layerRules(LAYERS.flat(), 0, true),
	},
	...LAYERS.flatMap((layer, index) =>
		layer.flatMap((folder) => {
			const above = [...LAYERS.slice(index + 1).flat(), ...(ALSO_BARRED[folder] ?? [])];
			if (above.length === 0) return [];
			return DEPTHS.map((depth) => ({
				name: `storylens/layers: src/${folder} at depth ${depth}`,
				files: [`src/${folder}/${'*/'.repeat(depth - 1)}${SOURCE}`],
				rules: layerRules(above, depth, index < UI_FROM),
			}));
		}),
	),
];

export default defineConfig(
	{ ignores: ['dist/', 'node_modules/', 'data/', 'eval/', 'seeds/', '.cache/'] },
	js.configs.recommended,
	// The strict type-checked set rather than the recommended one: on this code it found a few
	// dozen real things (conditions that are always true, casts that change nothing, methods
	// passed without their object, a deprecated alias) and, with the options below, little noise.
	// The stylistic sets are left out: they are taste (`x!` over `x as T`, `a.b` over `a['b']`).
	tseslint.configs.strictTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				// tsconfig.json covers src, test, bench and scripts; the few JS files (this config,
				// scripts/*.mjs) are linted without types, below.
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-floating-promises': [
				'error',
				{
					// node:test's test() and describe() return promises the runner awaits itself.
					allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }],
				},
			],
			// Numbers in messages are the norm here; objects, nullish values and unions with them are not.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `onX={() => setY(y)}` is how React handlers read; flagging every one is noise.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
			// Spreading a string into code points is deliberate here (the line editor, query lengths);
			// the rule's other cases (a promise, a Map or a class instance spread into an object) stay.
			'@typescript-eslint/no-misused-spread': ['error', { allow: [{ from: 'lib', name: 'string' }] }],
			// tsc's noUnusedLocals/noUnusedParameters already report these (with `_` as the opt-out).
			'@typescript-eslint/no-unused-vars': 'off',
		},
	},
	{
		name: 'storylens/tests and bench',
		files: ['test/**', 'bench/**'],
		rules: {
			// The terminal tests match ANSI escapes (ESC is a control character) on purpose.
			'no-control-regex': 'off',
			// `press(...'nyt')` types three keys; a literal string of keys spreads as it reads.
			'@typescript-eslint/no-misused-spread': 'off',
		},
	},
	{
		name: 'storylens/ui: Ink owns stdout',
		files: ['src/ui/**/*.{ts,tsx}'],
		rules: { 'no-console': 'error' },
	},
	...layerConfigs,
	{
		name: 'storylens/js: no type information for plain JS',
		files: ['**/*.{js,mjs,cjs}'],
		...tseslint.configs.disableTypeChecked,
	},
);
