/**
 * string-width (Ink measures every character and line with it) tests each
 * grapheme of a non-ASCII text against `/^\p{RGI_Emoji}$/v`, and V8 builds that
 * regex (some 3,600 emoji sequences) at its first use: 15-45 ms, the largest
 * single cost of the dashboard's first frame, paid for the frame's border and
 * "·" though no emoji is in sight. Every RGI emoji holds an Extended_Pictographic
 * character, a regional indicator, an emoji modifier or a keycap mark, so a cheap
 * test for those first gives the same widths (test/string-width-plugin.test.ts
 * holds the patched function to the original) and builds the big regex only for
 * a text that may hold an emoji. The plugin rewrites one exact expression; if a
 * string-width release changes it, the file is bundled unchanged, with a warning.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

const RGI_DECLARATION = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
const RGI_TEST = 'rgiEmojiRegex.test(segment)';
/** The cheap test: a character that every RGI emoji sequence holds at least one of. */
export const MAY_BE_EMOJI = String.raw`/[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3]/u`;

/** string-width's source with the guard, or null when the two expressions it rewrites are not there exactly once. */
export function guardRgiTest(source: string): string | null {
	const once = (text: string): boolean => source.split(text).length === 2;
	if (!once(RGI_DECLARATION) || !once(RGI_TEST)) return null;
	return source
		.replace(RGI_DECLARATION, `${RGI_DECLARATION}\nconst mayBeEmojiRegex = ${MAY_BE_EMOJI};`)
		.replace(RGI_TEST, `(mayBeEmojiRegex.test(segment) && ${RGI_TEST})`);
}

export const lazyEmojiRegex: Plugin = {
	name: 'lazy-emoji-regex',
	setup(build) {
		// esbuild runs the filter as a Go regular expression, which takes no `u` flag.
		build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async (args) => {
			const source = await readFile(args.path, 'utf8');
			// Older copies (Ink's wrap-ansi has one) test emoji otherwise: bundled as they are.
			if (!source.includes('rgiEmojiRegex')) return undefined;
			const guarded = guardRgiTest(source);
			if (guarded === null) return { contents: source, loader: 'js', warnings: [{ text: 'string-width changed: its emoji regex is bundled unguarded (built at the first non-ASCII text)' }] };
			return { contents: guarded, loader: 'js' };
		});
	},
};
