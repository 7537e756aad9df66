/**
 * Hostile input for the loader, generated from a fixed seed so a failure
 * reproduces: every file either loads or is skipped with one line, and
 * nothing throws or hangs.
 */
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadCorpus, splitSentences } from '../src/corpus/index.js';
import { GOOD_ARTICLE, tempCorpus } from './helpers/fixtures.js';
import { seededRandom } from '../src/seeded-random.js';

// prettier-ignore
const PIECES = [
	'Hello world. ', 'مرحبا بالعالم. ', 'שלום עולם. ', '🙂🚀 ', 'é', 'e\u0301', '\u200B', '\u202E', 'U.S. ', 'Mr. ', '3.5 ', '"Quote." ',
	'\r\n', '\r', '\n\n', '\t', '漢字の文章。', '— ', '...',
];

function randomText(random: () => number, length: number): string {
	let text = '';
	while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
	return text;
}

function randomBytes(random: () => number, length: number): Uint8Array {
	return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

describe('loader against hostile input (seed 20261125)', () => {
	test('each file loads or is skipped with one line; duplicates are shown once', { timeout: 60_000 }, async () => {
		const random = seededRandom(20261125);
		const files: Record<string, string | Uint8Array> = {
			'a-good.txt': GOOD_ARTICLE,
			'b-good-copy.txt': GOOD_ARTICLE,
			'whitespace.txt': ' \n\t\r\n   \u00A0\n',
			'bom.txt': `\uFEFF${GOOD_ARTICLE.replace('noon', 'ten')}`,
			'crlf.txt': GOOD_ARTICLE.replace(/\n/gu, '\r\n').replace('Ships', 'Boats'),
			'lone-cr.txt': GOOD_ARTICLE.replace(/\n/gu, '\r').replace('Ships', 'Ferries'),
			'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD_ARTICLE.replace('noon', 'dawn'), 'utf16le').swap16()]),
			'long-line.txt': `Long line\n\n${'word '.repeat(200_000)}.`,
			'nested.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
			'deep-object.json': `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
			'bad-middle.jsonl': [
				JSON.stringify({ title: 'One', text: 'First record here.' }),
				'{"title": "broken',
				JSON.stringify({ title: 'Three', text: 'Third record here.' }),
			].join('\n'),
			'not-records.json': '"just a string"',
		};
		for (let i = 0; i < 25; i++) files[`random-bytes-${i}.txt`] = randomBytes(random, 1 + Math.floor(random() * 4000));
		for (let i = 0; i < 25; i++) files[`random-text-${i}.md`] = randomText(random, 1 + Math.floor(random() * 3000));
		const corpus = await tempCorpus(files);
		try {
			await mkdir(join(corpus.dir, 'loop'));
			await symlink(corpus.dir, join(corpus.dir, 'loop', 'back'));
			await writeFile(join(corpus.dir, '.hidden.txt'), 'never read');
			const { articles, skipped } = await loadCorpus([corpus.dir], { cwd: corpus.dir });
			const seen = new Set([...articles.map((a) => a.file), ...skipped.map((s) => s.file.replace(/:\d+$/u, ''))]);
			for (const name of Object.keys(files)) assert.ok(seen.has(name), `${name} was loaded or skipped`);
			for (const s of skipped) {
				assert.ok(s.reason.length > 0 && s.reason.length < 200 && !s.reason.includes('\n'), `one short line for ${s.file}: ${s.reason}`);
			}
			assert.equal(
				articles.filter((a) => a.title === 'Harbour reopens after storm' && a.sentences[1]?.text === 'Ships returned at noon.').length,
				1,
				'the duplicate is shown once',
			);
			assert.ok(skipped.some((s) => s.file === 'b-good-copy.txt' && s.reason === 'duplicate of a-good.txt'));
			for (const name of ['bom.txt', 'crlf.txt', 'lone-cr.txt', 'utf16be.txt']) {
				const article = articles.find((a) => a.file === name);
				assert.equal(article?.title, 'Harbour reopens after storm', `${name} reads like the original`);
				assert.equal(article.sentences.length, 2, `${name} has the original's two sentences`);
			}
			assert.ok(
				skipped.some((s) => s.file === 'bad-middle.jsonl:2'),
				'the bad JSON line is named',
			);
			assert.equal(articles.filter((a) => a.file === 'bad-middle.jsonl').length, 2, 'the good lines around it load');
			assert.ok(skipped.some((s) => s.file === 'whitespace.txt'));
			assert.ok(!articles.some((a) => a.file.startsWith('.hidden')));
		} finally {
			await corpus.remove();
		}
	});

	test(
		'hostile HTML: unclosed tags, deep nesting, only scripts, tag soup and a 50 MB page each load or cost one line',
		{ timeout: 120_000 },
		async () => {
			const random = seededRandom(18);
			const story = '<p>The harbour reopened on Monday after the storm. Ships returned at noon, officials said.</p>'.repeat(4);
			const files: Record<string, string | Uint8Array> = {
				// An unclosed <title> swallows the page, as it does in a browser.
				'unclosed-title.html': `<html><head><title>Unclosed title<body>${story}`,
				'unclosed.html':
					`<html><head><title>Unclosed page</title><body><p>Unclosed <b>bold <i>italic ${story}` +
					'<div><table><tr><td>cell<p>Last words of the page',
				'nested.html': `<html><body>${'<div>'.repeat(100_000)}${story}${'</div>'.repeat(100_000)}</body></html>`,
				'deep-unclosed.html': `<html><body>${'<span><em>'.repeat(5_000)}${story}`,
				'only-scripts.html':
					`<html><head>${'<script>var a = "<p>not text</p>";</script>'.repeat(3_000)}</head>` +
					`<body>${'<script>run()</script>'.repeat(3_000)}</body></html>`,
				'empty-page.html': '<html></html>',
				'huge.html':
					`<html><head><title>Huge page</title><script>window.__STATE__ = "${'x'.repeat(50 * 1024 * 1024)}";</script></head>` +
					`<body><article>${story}</article></body></html>`,
				'bytes.html': randomBytes(random, 3000),
			};
			// prettier-ignore
			const TAGS = [
			'div', 'p', 'span', 'a', 'table', 'tr', 'td', 'ul', 'li', 'h2', 'script', 'style', 'figure', 'br', 'b', 'i', 'article', 'nav',
			'!--', 'html', 'body',
		];
			for (let i = 0; i < 25; i++) {
				let soup = i % 2 === 0 ? '<!DOCTYPE html><html>' : '';
				while (soup.length < 4000) {
					const tag = TAGS[Math.floor(random() * TAGS.length)] ?? 'div';
					const roll = random();
					soup +=
						roll < 0.45
							? `<${tag}${random() < 0.3 ? ' class="share related"' : ''}>`
							: roll < 0.7
								? `</${tag}>`
								: randomText(random, 60).replace(/[<>]/gu, '');
				}
				files[`soup-${i}.html`] = soup;
			}
			const corpus = await tempCorpus(files);
			try {
				const started = Date.now();
				const { articles, skipped } = await loadCorpus([corpus.dir], { cwd: corpus.dir, maxFileBytes: 64 * 1024 * 1024 });
				const seen = new Set([...articles.map((a) => a.file), ...skipped.map((s) => s.file)]);
				for (const name of Object.keys(files)) assert.ok(seen.has(name), `${name} was loaded or skipped`);
				for (const s of skipped)
					assert.ok(s.reason.length > 0 && s.reason.length < 200 && !s.reason.includes('\n'), `one short line for ${s.file}: ${s.reason}`);
				const why = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
				assert.match(why['nested.html'] ?? '', /^web page too large to read \(100,0\d\d elements/u);
				assert.match(why['deep-unclosed.html'] ?? '', /^web page nests elements more than 400 deep/u);
				assert.equal(why['only-scripts.html'], 'no article text (only a title or headings)');
				assert.equal(why['unclosed-title.html'], 'no article text (only a title or headings)');
				assert.equal(why['bytes.html'], 'binary file, not text');
				assert.equal(articles.find((a) => a.file === 'unclosed.html')?.title, 'Unclosed page');
				assert.equal(articles.find((a) => a.file === 'huge.html')?.sentences.length, 8);
				assert.ok(Date.now() - started < 60_000, 'hostile pages are refused or read in seconds, not minutes');
				// At the default limit a 50 MB page is not even read.
				const atDefault = await loadCorpus([join(corpus.dir, 'huge.html'), join(corpus.dir, 'unclosed.html')], { cwd: corpus.dir });
				assert.equal(atDefault.skipped.find((s) => s.file === 'huge.html')?.reason, 'too large (50.0 MB, limit 20.0 MB)');
			} finally {
				await corpus.remove();
			}
		},
	);

	test('property: splitting random text never loses or invents a character', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 300; i++) {
			const paragraph = randomText(random, 1 + Math.floor(random() * 400)).replace(/[\r\n\t]+/gu, ' ');
			const sentences = splitSentences(paragraph);
			// Sentences are trimmed and may split where no space was ("。🙂"), so compare without whitespace.
			const solid = (text: string): string => text.replace(/\s+/gu, '');
			assert.equal(solid(sentences.join('')), solid(paragraph), `case ${i}`);
		}
	});
});
