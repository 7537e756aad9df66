/**
 * Exact rewrites of dependencies' code, made as the CLI is bundled, each
 * taking a cost off the first frame that the library pays for nothing there.
 * Each is held to the original's output by test/dependency-patches.test.ts; if a
 * release changes the code a patch rewrites, the file is bundled unchanged, with
 * a warning, and only the speed is lost.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

export interface DependencyPatch {
	name: string;
	/** The files it applies to (esbuild runs it as a Go regular expression: no `u` flag). */
	file: RegExp;
	/** Only files holding this are the version meant: other copies of the package are left alone. */
	marker: string;
	/** Each `[from, to]`: `from` must occur exactly once. */
	edits: readonly (readonly [string, string])[];
}

/** A character every RGI emoji sequence holds at least one of. */
export const MAY_BE_EMOJI = String.raw`/[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3]/u`;

/**
 * string-width (Ink measures every character and line with it) tests each grapheme of
 * a non-ASCII text against `/^\p{RGI_Emoji}$/v`. V8 checks that literal's 3,600 emoji
 * sequences as it parses the file (some 12 ms of every start) and builds the matcher at
 * its first use (15-45 ms more, for a frame's border or "·", no emoji in sight). Built
 * from a string at its first use instead, and behind a cheap test that every RGI emoji
 * passes, it gives the same widths and is built only for text that may hold an emoji.
 */
const LAZY_RGI = [
	'let rgiEmojiRegexBuilt;',
	String.raw`const rgiEmojiRegex = { test: (text) => (rgiEmojiRegexBuilt ??= new RegExp('^\\p{RGI_Emoji}$', 'v')).test(text) };`,
	`const mayBeEmojiRegex = ${MAY_BE_EMOJI};`,
].join('\n');
const STRING_WIDTH: DependencyPatch = {
	name: 'string-width: RGI emoji regex behind a cheap test',
	file: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
	marker: 'rgiEmojiRegex',
	edits: [
		['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', LAZY_RGI],
		['rgiEmojiRegex.test(segment)', '(mayBeEmojiRegex.test(segment) && rgiEmojiRegex.test(segment))'],
	],
};

/**
 * Ink turns each row of its output grid into a string with ansi-tokenize's
 * styledCharsToString, which diffs the styles of every cell against the cell before:
 * three Sets and four arrays a cell, 4,680 cells for a 120x40 frame, a third of the
 * first frame's drawing. Two cells with the same styles need no codes between them.
 */
const ANSI_TOKENIZE: DependencyPatch = {
	name: 'ansi-tokenize: no style diff between cells styled alike',
	file: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/,
	marker: 'export function styledCharsToString(chars)',
	edits: [
		[
			'export function styledCharsToString(chars) {',
			[
				'function sameStyles(a, b) {',
				'    if (a.length !== b.length) return false;',
				'    for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;',
				'    return true;',
				'}',
				'export function styledCharsToString(chars) {',
			].join('\n'),
		],
		[
			'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
			'ret += sameStyles(chars[i - 1].styles, char.styles) ? "" : ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
		],
		[
			'ret += ansiCodesToString(diffAnsiCodes(char.styles, []));',
			'ret += char.styles.length === 0 ? "" : ansiCodesToString(diffAnsiCodes(char.styles, []));',
		],
	],
};

/**
 * meow ships its dependencies pre-bundled in one file that evaluates two of
 * them on load: normalize-package-data (with hosted-git-info, semver and the
 * SPDX licence lists) and @babel/code-frame. The CLI never calls either (it
 * passes meow its package data and prints its own errors), yet evaluating them
 * cost ~10 ms of every start. Deferred to their first call.
 */
const MEOW: DependencyPatch = {
	name: 'meow: normalize-package-data and code-frame deferred to first call',
	file: /[\\/]meow[\\/]build[\\/]dependencies\.js$/,
	marker: 'requireNormalize',
	edits: [
		['var libExports = requireLib$1();', 'var libExports = { codeFrameColumns: (...args) => requireLib$1().codeFrameColumns(...args) };'],
		[
			'var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);',
			'const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);',
		],
	],
};

export const DEPENDENCY_PATCHES: readonly DependencyPatch[] = [STRING_WIDTH, ANSI_TOKENIZE, MEOW];

/** The source with every edit made, or null when some `from` is not there exactly once. */
export function applyPatch(source: string, patch: DependencyPatch): string | null {
	let patched = source;
	for (const [from, to] of patch.edits) {
		if (patched.split(from).length !== 2) return null;
		patched = patched.replace(from, () => to);
	}
	return patched;
}

export const dependencyPatches: Plugin = {
	name: 'dependency-patches',
	setup(build) {
		for (const patch of DEPENDENCY_PATCHES) {
			build.onLoad({ filter: patch.file }, async (args) => {
				const source = await readFile(args.path, 'utf8');
				if (!source.includes(patch.marker)) return undefined;
				const patched = applyPatch(source, patch);
				if (patched === null)
					return { contents: source, loader: 'js', warnings: [{ text: `${patch.name}: the code it rewrites changed; bundled unpatched` }] };
				return { contents: patched, loader: 'js' };
			});
		}
	},
};
