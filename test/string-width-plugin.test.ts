import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { guardRgiTest, MAY_BE_EMOJI } from '../scripts/string-width-plugin.js';
import { packageRoot } from '../src/paths.js';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('string-width'), 'utf8');
// Built from a string: TypeScript's ES2022 target knows no v flag; Node 20 does.
const rgi = new RegExp('^\\p{RGI_Emoji}$', 'v');
const mayBeEmoji = new RegExp(MAY_BE_EMOJI.slice(1, MAY_BE_EMOJI.lastIndexOf('/')), 'u');

/** Strings the RGI test may see: every code point alone and with VS16, and every kind of emoji sequence. */
function* candidates(): Generator<string> {
	for (let cp = 0; cp <= 0x10ffff; cp++) {
		if (cp >= 0xd800 && cp <= 0xdfff) continue;
		const c = String.fromCodePoint(cp);
		yield c;
		yield `${c}\uFE0F`;
		// Modifier sequences (skin tones) after any base.
		yield `${c}\u{1F3FD}`;
	}
	for (const k of '0123456789#*') yield `${k}\uFE0F\u20E3`;
	for (let a = 0x1f1e6; a <= 0x1f1ff; a++) for (let b = 0x1f1e6; b <= 0x1f1ff; b++) yield String.fromCodePoint(a, b);
	yield '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
	yield '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
	yield '\u{1F3F3}\uFE0F\u200D\u{1F308}';
}

describe('the guard before string-width’s RGI emoji test (scripts/string-width-plugin.ts)', () => {
	test('every string the RGI emoji regex matches passes the cheap test first, so no width changes', () => {
		let matched = 0;
		for (const text of candidates()) {
			if (!rgi.test(text)) continue;
			matched++;
			assert.ok(mayBeEmoji.test(text), `RGI emoji ${[...text].map((c) => c.codePointAt(0)?.toString(16)).join(' ')} fails the cheap test`);
		}
		assert.ok(matched > 1500, `${matched} RGI emoji found`);
	});

	test('applies to the installed string-width, and the patched module measures as the original', async () => {
		const guarded = guardRgiTest(source);
		assert.ok(guarded !== null, 'string-width still has the expressions the plugin rewrites');
		// The patched source as a module of its own, its imports pointed at the installed packages.
		const resolved = guarded.replace(/from '([^'.][^']*)'/gu, (_, name: string) => `from '${pathToFileURL(require.resolve(name, { paths: [require.resolve('string-width')] })).href}'`);
		const patched = (await import(`data:text/javascript,${encodeURIComponent(resolved)}`)) as { default: (text: string) => number };
		const original = (await import('string-width')).default;
		const samples = ['plain ASCII', '╭─╮ · › — ↓', '東京 🇯🇵 👨‍👩‍👧 1️⃣ ☺️ ☺ 👍🏽 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'e\u0301 \u200B\u00AD', '\u001B[31mred\u001B[39m ❤'];
		for (let cp = 0x2000; cp <= 0x2bff; cp++) samples.push(`a${String.fromCodePoint(cp)}b`);
		for (let cp = 0x1f000; cp <= 0x1faff; cp++) samples.push(`a${String.fromCodePoint(cp)}b`);
		for (const text of samples) assert.equal(patched.default(text), original(text), JSON.stringify(text));
	});

	test('the bundle carries the guard (npm run build)', () => {
		const bundle = join(packageRoot(), 'dist', 'bundle');
		const files = readdirSync(bundle).filter((f) => f.endsWith('.js'));
		assert.ok(files.some((f) => readFileSync(join(bundle, f), 'utf8').includes(MAY_BE_EMOJI)), 'the cheap test is in the bundle');
	});

	test('leaves other text alone: a source without the expressions is not rewritten', () => {
		assert.equal(guardRgiTest('export default () => 1;'), null);
	});
});
