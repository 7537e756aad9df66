/**
 * The formats beyond plain text: CSV and TSV, JSON Lines streamed with the
 * size limit per record, gzip, pages saved under any name, and files that
 * are not articles at all.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../src/corpus/index.js';
import { GOOD_ARTICLE, savedPage, tempCorpus } from './helpers/fixtures.js';

async function load(files: Record<string, string | Uint8Array>, maxFileBytes?: number) {
	const corpus = await tempCorpus(files);
	try {
		return await loadCorpus([corpus.dir], { cwd: corpus.dir, ...(maxFileBytes === undefined ? {} : { maxFileBytes }) });
	} finally {
		await corpus.remove();
	}
}

function reasons(skipped: { file: string; reason: string }[]): Record<string, string> {
	return Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
}

describe('CSV and TSV', () => {
	test('a header row names the fields in any case; quoted fields hold commas, quotes and paragraphs', async () => {
		const csv = [
			'Title,BODY,Source,Published,URL,Author',
			'"Harbour reopens, at last","The harbour reopened on Monday.\n\nShips returned at ""noon"", officials said.",Wire A,2024-03-04T09:00:00Z,https://a.example/1,Jane Doe',
			'Second story,The second story has its own text.,Wire B,"March 5, 2024",,',
		].join('\r\n');
		const { articles, skipped } = await load({ 'export.csv': csv });
		assert.deepEqual(skipped, []);
		assert.deepEqual(
			articles.map((a) => [a.id, a.title, a.outlet, a.date, a.url, a.author]),
			[
				['export#2', 'Harbour reopens, at last', 'Wire A', '2024-03-04', 'https://a.example/1', 'Jane Doe'],
				['export#5', 'Second story', 'Wire B', '2024-03-05', null, null],
			],
		);
		assert.deepEqual(
			articles[0]?.paragraphs.map((p) => p.text),
			['The harbour reopened on Monday.', 'Ships returned at "noon", officials said.'],
		);
	});

	test('TSV: tabs split, a quote inside a field is kept, a quoted field may span lines', async () => {
		const tsv =
			'headline\tcontent\toutlet\n"Hello," he said\tThe tab separated body is here.\tWire C\nTwo\t"A quoted body\nover two lines."\tWire D\n';
		const { articles } = await load({ 'sheet.tsv': tsv });
		assert.deepEqual(
			articles.map((a) => [a.title, a.outlet, a.sentences.length]),
			[
				['"Hello," he said', 'Wire C', 1],
				['Two', 'Wire D', 1],
			],
		);
	});

	test('rows without text, a file without a text column, an empty file and a header alone each get one line', async () => {
		const { articles, skipped } = await load({
			'a.csv': 'title,text\nGood,Good text here.\nNo text,\n',
			'b.csv': 'name,value\nx,1\n',
			'c.csv': '',
			'd.csv': 'title,text\n',
		});
		assert.deepEqual(
			articles.map((a) => a.id),
			['a#2'],
		);
		assert.deepEqual(reasons(skipped), {
			'a.csv:3': 'record has no "text" or "body"',
			'b.csv': 'no text column (the header row needs "text", "body" or "content"; it has "name", "value")',
			'c.csv': 'empty file',
			'd.csv': 'no records (only a header row)',
		});
	});

	test('an unclosed quote costs the rest of that file, named with its line, and nothing else', async () => {
		const { articles, skipped } = await load({
			'broken.csv': 'title,text\nOne,First text.\nTwo,"Never closed\nThree,Third text.\n',
			'good.txt': GOOD_ARTICLE,
		});
		assert.deepEqual(
			articles.map((a) => a.id),
			['broken#2', 'good'],
		);
		assert.equal(skipped.length, 1);
		assert.match(skipped[0]?.file ?? '', /^broken\.csv:\d+$/u);
		assert.match(skipped[0]?.reason ?? '', /quote .* never closed/u);
	});

	test('UTF-16 with a byte-order mark, as spreadsheets save "Unicode text"', async () => {
		const tsv = 'title\ttext\nWide\tThe wide text loads too.\n';
		const { articles } = await load({ 'wide.tsv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]) });
		assert.deepEqual(
			articles.map((a) => [a.title, a.sentences[0]?.text]),
			[['Wide', 'The wide text loads too.']],
		);
	});
});

describe('JSON Lines and CSV are streamed: the size limit is per record', () => {
	test('a file far over the limit loads; only the record over it is skipped', async () => {
		const lines = Array.from({ length: 200 }, (_, i) =>
			JSON.stringify({ title: `Story ${i}`, text: `Story number ${i} is told here in one sentence.` }),
		);
		lines[99] = JSON.stringify({ title: 'Huge', text: 'word '.repeat(2000) });
		const { articles, skipped } = await load({ 'export.jsonl': `${lines.join('\n')}\n` }, 1000);
		assert.equal(articles.length, 199);
		assert.deepEqual(reasons(skipped), { 'export.jsonl:100': 'record too large (0.0 MB, limit 0.0 MB)' });
	});

	test('the same for CSV', async () => {
		const rows = Array.from({ length: 100 }, (_, i) => `Story ${i},Story number ${i} is told here.`);
		const { articles, skipped } = await load({ 'export.csv': `title,text\n${rows.join('\n')}\n` }, 1000);
		assert.equal(articles.length, 100);
		assert.deepEqual(skipped, []);
	});

	test('progress is reported while a large file loads', async () => {
		const lines = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ title: `Story ${i}`, text: `Story number ${i} is told here.` }));
		const corpus = await tempCorpus({ 'big.jsonl': lines.join('\n') });
		const seen: number[] = [];
		try {
			await loadCorpus([corpus.dir], { cwd: corpus.dir, onProgress: (p) => seen.push(p.records) });
		} finally {
			await corpus.remove();
		}
		assert.deepEqual(seen, [1000, 2000, 2500]);
	});

	test('CRLF line ends, blank lines, a byte-order mark and a last line without a newline', async () => {
		const text = `\uFEFF${JSON.stringify({ title: 'One', text: 'First.' })}\r\n\r\n${JSON.stringify({ title: 'Two', text: 'Second.' })}`;
		const { articles, skipped } = await load({ 'a.jsonl': text });
		assert.deepEqual(
			articles.map((a) => [a.id, a.title]),
			[
				['a#1', 'One'],
				['a#3', 'Two'],
			],
		);
		assert.deepEqual(skipped, []);
	});

	test('a line that is not UTF-8 is skipped by its number', async () => {
		const bad = Buffer.concat([
			Buffer.from(`${JSON.stringify({ title: 'One', text: 'First.' })}\n{"title": "Caf`),
			Buffer.from([0xe9]),
			Buffer.from('", "text": "x"}\n'),
		]);
		const { articles, skipped } = await load({ 'a.jsonl': bad });
		assert.equal(articles.length, 1);
		assert.deepEqual(reasons(skipped), { 'a.jsonl:2': 'not valid UTF-8 text (re-save it as UTF-8)' });
	});
});

describe('gzip', () => {
	test('.jsonl.gz, .csv.gz, .html.gz and .txt.gz are read through zlib, ids without either extension', async () => {
		const { articles, skipped } = await load({
			'a.jsonl.gz': gzipSync(JSON.stringify({ title: 'From JSON Lines', text: 'The gzipped record loads.' })),
			'b.csv.gz': gzipSync('title,text\nFrom CSV,The gzipped row loads.\n'),
			'c.html.gz': gzipSync(savedPage('From a page', 'Harbour Times', '2024-03-04')),
			'd.txt.gz': gzipSync(GOOD_ARTICLE),
		});
		assert.deepEqual(skipped, []);
		assert.deepEqual(
			articles.map((a) => [a.id, a.title]),
			[
				['a#1', 'From JSON Lines'],
				['b#2', 'From CSV'],
				['c', 'From a page'],
				['d', 'Harbour reopens after storm'],
			],
		);
	});

	test('damaged, cut short or inflating past the limit: one line each', async () => {
		const whole = gzipSync(`${JSON.stringify({ title: 'One', text: 'First record.' })}\n`.repeat(1));
		const { skipped } = await load(
			{
				'good.txt': GOOD_ARTICLE,
				'not-gzip.jsonl.gz': 'plain text, not gzip',
				'cut.txt.gz': gzipSync(GOOD_ARTICLE.repeat(50)).subarray(0, 40),
				'bomb.html.gz': gzipSync(`<html><body>${' '.repeat(3_000_000)}</body></html>`),
				'cut.jsonl.gz': whole.subarray(0, whole.length - 6),
			},
			1_000_000,
		);
		const why = reasons(skipped);
		assert.match(why['not-gzip.jsonl.gz'] ?? '', /^not valid gzip data \(/u);
		assert.equal(why['cut.txt.gz'], 'gzip data cut short (the file is incomplete)');
		assert.equal(why['bomb.html.gz'], 'too large when decompressed (limit 1.0 MB)');
		assert.match(why['cut.jsonl.gz'] ?? '', /^gzip data cut short/u);
	});
});

describe('pages and other files in a folder', () => {
	test('a page saved in the legacy encoding its <meta charset> declares is decoded with it', async () => {
		const page = savedPage('Café reopens', 'Le Monde', '2024-03-04').replace(
			'<head>',
			'<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
		);
		const japanese = savedPage('港が再開', 'Asahi', '2024-03-05').replace('<head>', '<head><meta charset="shift_jis">');
		const { articles, skipped } = await load({
			'a.html': Buffer.from(page, 'latin1'),
			'b.html': new Uint8Array([
				...Buffer.from(japanese.split('港が再開')[0] ?? '', 'latin1'),
				0x8d,
				0x60,
				0x82,
				0xaa,
				0x8d,
				0xc4,
				0x8a,
				0x4a,
				...Buffer.from(japanese.split('港が再開').slice(1).join('Port'), 'latin1'),
			]),
			'c.txt': Buffer.from('Caf\u00e9 story\n\nNo page, no charset: still refused.', 'latin1'),
		});
		assert.deepEqual(
			articles.map((a) => [a.id, a.title]),
			[
				['a', 'Café reopens'],
				['b', '港が再開'],
			],
		);
		assert.deepEqual(reasons(skipped), { 'c.txt': 'not valid UTF-8 text (re-save it as UTF-8)' });
	});

	test('.html and .htm load with their metadata; a page saved as .txt is read as a page', async () => {
		const { articles } = await load({
			'a.html': savedPage('Harbour reopens', 'Harbour Times', '2024-03-04'),
			'b.htm': savedPage('Ships return', 'Coast News', '2024-03-05'),
			'c.txt': savedPage('Storm passes', 'Bay Daily', '2024-03-06'),
		});
		assert.deepEqual(
			articles.map((a) => [a.id, a.title, a.outlet, a.date]),
			[
				['a', 'Harbour reopens', 'Harbour Times', '2024-03-04'],
				['b', 'Ships return', 'Coast News', '2024-03-05'],
				['c', 'Storm passes', 'Bay Daily', '2024-03-06'],
			],
		);
		assert.ok(articles.every((a) => a.paragraphs.length === 2 && !a.sentences.some((s) => s.text.includes('Share'))));
	});

	test("images, PDFs and office documents are skipped as not supported; a saved page's _files folder is passed over", async () => {
		const corpus = await tempCorpus({
			'story.html': savedPage('Harbour reopens', 'Harbour Times', '2024-03-04'),
			'photo.JPG': 'x',
			'report.pdf': '%PDF-1.4',
			'notes.docx': 'x',
			'data.xlsx': 'x',
			'page.mhtml': 'MIME-Version: 1.0',
		});
		try {
			await mkdir(join(corpus.dir, 'story_files'));
			await writeFile(join(corpus.dir, 'story_files', 'logo.png'), 'x');
			await writeFile(join(corpus.dir, 'story_files', 'app.js'), 'x');
			const { articles, skipped } = await loadCorpus([corpus.dir], { cwd: corpus.dir });
			assert.deepEqual(
				articles.map((a) => a.id),
				['story'],
			);
			const supported = '(storylens reads text, Markdown, HTML, JSON, JSON Lines, CSV and TSV)';
			assert.deepEqual(reasons(skipped), {
				'data.xlsx': `an office document, not supported ${supported}`,
				'notes.docx': `an office document, not supported ${supported}`,
				'page.mhtml': `a web archive, not supported ${supported}`,
				'photo.JPG': `an image, not supported ${supported}`,
				'report.pdf': `a PDF, not supported ${supported}`,
			});
			// Named explicitly, a PDF is still not read as text.
			const named = await loadCorpus([join(corpus.dir, 'story.html'), join(corpus.dir, 'report.pdf')], { cwd: corpus.dir });
			assert.deepEqual(
				named.skipped.map((s) => s.reason),
				[`a PDF, not supported ${supported}`],
			);
		} finally {
			await corpus.remove();
		}
	});
});
