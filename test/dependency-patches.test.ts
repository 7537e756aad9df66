import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { applyPatch, DEPENDENCY_PATCHES, MAY_BE_EMOJI, type DependencyPatch } from '../scripts/dependency-patches.js';
import { packageRoot } from '../src/paths.js';
import { seededRandom } from '../src/seeded-random.js';

const patchNamed = (name: string): DependencyPatch => {
	const found = DEPENDENCY_PATCHES.find((p) => p.name.startsWith(name));
	if (!found) throw new Error(`no patch ${name}`);
	return found;
};

/** The installed file with the patch made, loaded as a module of its own, its imports pointed at the installed files. */
async function patchedModule<T>(file: string, patch: DependencyPatch): Promise<T> {
	const patched = applyPatch(readFileSync(file, 'utf8'), patch);
	assert.ok(patched !== null, `${patch.name}: the installed ${file} still has the code it rewrites`);
	const resolved = patched.replace(/from ["']([^"']+)["']/gu, (_, name: string) => {
		// Bare names as this test resolves them: the same hoisted packages.
		return `from '${name.startsWith('.') ? pathToFileURL(join(dirname(file), name)).href : import.meta.resolve(name)}'`;
	});
	return (await import(`data:text/javascript,${encodeURIComponent(resolved)}`)) as T;
}

describe('string-width: the RGI emoji regex behind a cheap test', () => {
	// Built from strings: TypeScript's ES2022 target knows no v flag; Node 20 does.
	const rgi = new RegExp('^\\p{RGI_Emoji}$', 'v');
	const mayBeEmoji = new RegExp(MAY_BE_EMOJI.slice(1, MAY_BE_EMOJI.lastIndexOf('/')), 'u');

	/** Strings the RGI test may see: every code point alone, with VS16 and with a skin tone, and every kind of sequence. */
	function* candidates(): Generator<string> {
		for (let cp = 0; cp <= 0x10ffff; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			const c = String.fromCodePoint(cp);
			yield c;
			yield `${c}\uFE0F`;
			yield `${c}\u{1F3FD}`;
		}
		for (const k of '0123456789#*') yield `${k}\uFE0F\u20E3`;
		for (let a = 0x1f1e6; a <= 0x1f1ff; a++) for (let b = 0x1f1e6; b <= 0x1f1ff; b++) yield String.fromCodePoint(a, b);
		yield '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
		yield '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
		yield '\u{1F3F3}\uFE0F\u200D\u{1F308}';
	}

	test('every string the RGI emoji regex matches passes the cheap test, so no width changes', () => {
		let matched = 0;
		for (const text of candidates()) {
			if (!rgi.test(text)) continue;
			matched++;
			assert.ok(mayBeEmoji.test(text), `RGI emoji ${[...text].map((c) => c.codePointAt(0)?.toString(16)).join(' ')} fails the cheap test`);
		}
		assert.ok(matched > 1500, `${matched} RGI emoji found`);
	});

	test('the patched module measures as the original', async () => {
		const file = fileURLToPath(import.meta.resolve('string-width'));
		const patched = await patchedModule<{ default: (text: string) => number }>(file, patchNamed('string-width'));
		const original = (await import('string-width')).default;
		const samples = ['plain ASCII', '╭─╮ · › — ↓', '東京 🇯🇵 👨‍👩‍👧 1️⃣ ☺️ ☺ 👍🏽 🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'e\u0301 \u200B\u00AD', '\u001B[31mred\u001B[39m ❤'];
		for (let cp = 0x2000; cp <= 0x2bff; cp++) samples.push(`a${String.fromCodePoint(cp)}b`);
		for (let cp = 0x1f000; cp <= 0x1faff; cp++) samples.push(`a${String.fromCodePoint(cp)}b`);
		for (const text of samples) assert.equal(patched.default(text), original(text), JSON.stringify(text));
	});
});

describe('ansi-tokenize: no style diff between cells styled alike', () => {
	type StyledChar = { styles: unknown[] };
	type Tokenize = {
		tokenize: (text: string) => unknown[];
		styledCharsFromTokens: (tokens: unknown[]) => StyledChar[];
		styledCharsToString: (chars: StyledChar[]) => string;
	};

	test('rows of styled cells come out exactly as from the original', async () => {
		const file = join(dirname(fileURLToPath(import.meta.resolve('@alcalzone/ansi-tokenize'))), 'styledChars.js');
		const patched = await patchedModule<Pick<Tokenize, 'styledCharsToString'>>(file, patchNamed('ansi-tokenize'));
		const original = (await import('@alcalzone/ansi-tokenize')) as unknown as Tokenize;
		// prettier-ignore
		const codes = [
			'\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[7m', '\u001B[27m', '\u001B[31m', '\u001B[36m', '\u001B[39m', '\u001B[4m',
			'\u001B[24m', '\u001B[38;5;208m', '\u001B[48;2;1;2;3m', '\u001B[49m', '\u001B[0m', '\u001B]8;;https://example.com\u0007',
			'\u001B]8;;\u0007',
		];
		const random = seededRandom(17);
		for (let row = 0; row < 2000; row++) {
			let text = '';
			const length = Math.floor(random() * 60);
			for (let i = 0; i < length; i++)
				text += random() < 0.25 ? (codes[Math.floor(random() * codes.length)] ?? '') : 'ab ·─東'.charAt(Math.floor(random() * 6));
			const chars = original.styledCharsFromTokens(original.tokenize(text));
			// As Ink builds a row: the text's cells, then blank cells.
			const cells = [
				...chars,
				...Array.from({ length: Math.floor(random() * 5) }, () => ({ type: 'char', value: ' ', fullWidth: false, styles: [] })),
			];
			assert.equal(patched.styledCharsToString(cells), original.styledCharsToString(cells), JSON.stringify(text));
		}
	});
});

describe('the dependency patches', () => {
	test('are all in the bundle (npm run build)', () => {
		const bundle = join(packageRoot(), 'dist', 'bundle');
		const sources = readdirSync(bundle)
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join(bundle, f), 'utf8'));
		assert.ok(
			sources.some((s) => s.includes(MAY_BE_EMOJI)),
			'the emoji guard',
		);
		assert.ok(
			sources.every((s) => !s.includes(String.raw`/^\p{RGI_Emoji}$/v`)),
			'no emoji-sequence literal for V8 to check as it parses',
		);
		// The ansi-tokenize patch leaves no literal that survives minifying; the test above holds it
		// to the original, and the bundle warns when a patch no longer applies.
	});

	test('leave code they do not recognise alone', () => {
		for (const patch of DEPENDENCY_PATCHES) assert.equal(applyPatch('export default () => 1;', patch), null);
	});
});

describe('meow: what the CLI never calls is deferred', () => {
	const patch = patchNamed('meow');
	const installed = join(packageRoot(), 'node_modules', 'meow', 'build', 'dependencies.js');

	test('applies to the installed meow and leaves no eager evaluation of the two', () => {
		const patched = applyPatch(readFileSync(installed, 'utf8'), patch);
		assert.ok(patched !== null, 'the installed meow no longer has the lines the patch rewrites');
		assert.doesNotMatch(patched, /=\s*requireNormalize\(\);/u);
		assert.doesNotMatch(patched, /=\s*requireLib\$1\(\);/u);
	});
});
