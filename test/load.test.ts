import assert from 'node:assert/strict';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { notAnArticle } from '../src/corpus/discover.js';
import { EmptyCorpusError, loadCorpus, MissingPathError } from '../src/corpus/index.js';
import { GOOD_ARTICLE, chmod, loadSeeds, tempCorpus } from './helpers/fixtures.js';

describe('the bundled seeds', () => {
	test('load with the title, outlet, date and sentence count each article states', async () => {
		const { articles, skipped } = await loadSeeds();
		assert.deepEqual(skipped, []);
		assert.deepEqual(
			articles.map((a) => [a.id, a.outlet, a.date, a.sentences.length]),
			[
				['000_b1a0f563506436b0', 'UNN', null, 20],
				['001_cea9d9f0d2df901f', null, null, 24],
				['004_ef967bd7b0972506', 'Total News Agency', '2025-12-09', 22],
			],
		);
		assert.match(articles[0]?.title ?? '', /^Mexico refused to expel more than two dozen Russian spies/u);
		assert.equal(articles[1]?.title, 'Mexico has rejected a request from the US to expel 20 Russian spies from the country');
		assert.equal(articles[2]?.title, 'Mexico Refuses to Expel Russian Spies Despite CIA Warning');
		assert.equal(articles[2].place, 'Washington / Mexico City');
	});

	test('keep metadata lines and subheadings out of the sentences', async () => {
		const { articles } = await loadSeeds();
		const texts = articles.flatMap((a) => a.sentences.map((s) => s.text));
		for (const furniture of ['Posted', 'Details', 'Recall', 'Politics Events Local 2025-12-09T16:32:40+00:00']) {
			assert.ok(!texts.includes(furniture), `${furniture} should not be a sentence`);
		}
		assert.ok(!texts.some((t) => t.includes('Total News Agency (TNA)')), 'the dateline is not a sentence');
		assert.ok(
			texts.includes(
				'They are not as closely watched as in the US or Canada – said Duane Norman, former head of CIA operations in Latin America.',
			),
		);
	});
});

describe('loadCorpus on bad input', () => {
	test('skips each bad file with its reason and still loads the good ones', async () => {
		const corpus = await tempCorpus({
			'a-good.txt': GOOD_ARTICLE,
			'b-empty.txt': '',
			'c-blank.md': '  \n\n \t\n',
			'd-binary.txt': new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0xff]),
			'e-latin1.txt': new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait. Une phrase.')]),
			'f-huge.txt': `Big file\n\n${'word '.repeat(400)}.`,
			'g-broken.json': '{"title": "Half a record", "text": ',
			'h-records.jsonl': [
				JSON.stringify({ title: 'First record', text: 'The first record has text.', source: 'Wire A', date: '2024-01-02T10:00:00Z' }),
				'{not json',
				JSON.stringify({ title: 'No body here' }),
				JSON.stringify({ headline: 'Third record', body: 'The third record has a body.', source: { name: 'Wire B' } }),
			].join('\n'),
			'i-duplicate.txt': GOOD_ARTICLE,
		});
		try {
			const { articles, skipped } = await loadCorpus([corpus.dir], { maxFileBytes: 1000, cwd: corpus.dir });
			assert.deepEqual(
				articles.map((a) => a.id),
				['a-good', 'h-records#1', 'h-records#4'],
			);
			assert.deepEqual(
				articles.map((a) => a.outlet),
				[null, 'Wire A', 'Wire B'],
			);
			assert.equal(articles[1]?.date, '2024-01-02');
			const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
			assert.deepEqual(Object.keys(reasons), [
				'b-empty.txt',
				'c-blank.md',
				'd-binary.txt',
				'e-latin1.txt',
				'f-huge.txt',
				'g-broken.json',
				'h-records.jsonl:2',
				'h-records.jsonl:3',
				'i-duplicate.txt',
			]);
			assert.equal(reasons['b-empty.txt'], 'empty file');
			assert.equal(reasons['c-blank.md'], 'empty file (only whitespace)');
			assert.equal(reasons['d-binary.txt'], 'binary file, not text');
			assert.match(reasons['e-latin1.txt'] ?? '', /^not valid UTF-8/u);
			assert.match(reasons['f-huge.txt'] ?? '', /^too large \(0\.0 MB, limit 0\.0 MB\)$/u);
			assert.match(reasons['g-broken.json'] ?? '', /^malformed JSON \(/u);
			assert.match(reasons['h-records.jsonl:2'] ?? '', /^malformed JSON/u);
			assert.equal(reasons['h-records.jsonl:3'], 'record has no "text" or "body"');
			assert.equal(reasons['i-duplicate.txt'], 'duplicate of a-good.txt');
			for (const { reason } of skipped) assert.ok(!reason.includes('\n'), 'reasons are one line');
		} finally {
			await corpus.remove();
		}
	});

	test('reads UTF-16 files that carry a byte-order mark', async () => {
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_ARTICLE, 'utf16le')]);
		const corpus = await tempCorpus({ 'wide.txt': utf16 });
		try {
			const { articles } = await loadCorpus([corpus.dir]);
			assert.equal(articles[0]?.title, 'Harbour reopens after storm');
		} finally {
			await corpus.remove();
		}
	});

	test('a missing path is an error naming the path', async () => {
		await assert.rejects(loadCorpus(['/no/such/storylens/path']), (error: unknown) => {
			assert.ok(error instanceof MissingPathError);
			assert.equal(error.message, 'no such file or folder: /no/such/storylens/path');
			return true;
		});
	});

	test('README, LICENSE, CHANGELOG and hidden names in a folder are skipped with a line each, not read as articles (issue 17)', async () => {
		const corpus = await tempCorpus({
			'a-good.txt': GOOD_ARTICLE,
			'README.TXT': 'About this data set\n\nThe articles below were collected in 2005. Each file is one article.\n',
			'LICENSE': 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n',
			'CHANGELOG.md': '# Changes\n\nVersion two adds the sport section. Version one had four sections.\n',
			'.notes.txt': "Private notes\n\nThese are the collector's notes. They are not news.\n",
		});
		try {
			const { articles, skipped } = await loadCorpus([corpus.dir], { cwd: corpus.dir });
			assert.deepEqual(
				articles.map((a) => a.id),
				['a-good'],
			);
			assert.deepEqual(skipped, [
				{ file: '.notes.txt', reason: 'hidden, not an article', ignored: true },
				{ file: 'CHANGELOG.md', reason: 'a change log, not an article', ignored: true },
				{ file: 'LICENSE', reason: 'a licence, not an article', ignored: true },
				{ file: 'README.TXT', reason: 'a README, not an article', ignored: true },
			]);
			const named = await loadCorpus([join(corpus.dir, 'README.TXT')], { cwd: corpus.dir });
			assert.deepEqual(
				named.articles.map((a) => a.title),
				['About this data set'],
				'a file named explicitly is read whatever its name',
			);
		} finally {
			await corpus.remove();
		}
	});

	test('which names are a README, a licence or a change log', () => {
		for (const name of ['readme.md', 'README', 'LICENCE.txt', 'ChangeLog.txt']) assert.notEqual(notAnArticle(name), null, name);
		for (const name of ['readmes-of-the-world.txt', 'licensed-to-kill.md', 'changes.txt', 'a.README.txt'])
			assert.equal(notAnArticle(name), null, name);
	});

	test('a folder without articles is an error that counts the skipped files', async () => {
		const corpus = await tempCorpus({ 'empty.txt': '', 'notes.log': 'a,b' });
		try {
			await assert.rejects(loadCorpus([corpus.dir]), (error: unknown) => {
				assert.ok(error instanceof EmptyCorpusError);
				assert.match(error.message, /^no article could be loaded from .* \(1 file skipped\)$/u);
				return true;
			});
		} finally {
			await corpus.remove();
		}
	});

	test('broken links and link loops are skipped, not followed forever', async () => {
		const corpus = await tempCorpus({ 'good.txt': GOOD_ARTICLE });
		try {
			await symlink(join(corpus.dir, 'nowhere.txt'), join(corpus.dir, 'broken.txt'));
			await mkdir(join(corpus.dir, 'sub'));
			await symlink(corpus.dir, join(corpus.dir, 'sub', 'loop'));
			const { articles, skipped } = await loadCorpus([corpus.dir], { cwd: corpus.dir });
			assert.equal(articles.length, 1);
			assert.deepEqual(skipped, [{ file: 'broken.txt', reason: 'cannot open (broken link or file vanished)' }]);
		} finally {
			await corpus.remove();
		}
	});

	test(
		'an unreadable file is skipped with "permission denied"',
		{ skip: process.getuid?.() === 0 ? 'root can read any file' : false },
		async () => {
			const corpus = await tempCorpus({ 'good.txt': GOOD_ARTICLE, 'secret.txt': GOOD_ARTICLE.replace('Ships', 'Boats') });
			try {
				await chmod(join(corpus.dir, 'secret.txt'), 0o000);
				const { skipped } = await loadCorpus([corpus.dir], { cwd: corpus.dir });
				assert.deepEqual(skipped, [{ file: 'secret.txt', reason: 'cannot read (permission denied)' }]);
			} finally {
				await chmod(join(corpus.dir, 'secret.txt'), 0o600);
				await corpus.remove();
			}
		},
	);

	test('ids are stable paths under the folder, in sorted order', async () => {
		const corpus = await tempCorpus({ 'b.txt': GOOD_ARTICLE, 'a.md': GOOD_ARTICLE.replace('noon', 'dusk') });
		try {
			await mkdir(join(corpus.dir, 'z'));
			const first = await loadCorpus([corpus.dir]);
			const second = await loadCorpus([corpus.dir]);
			assert.deepEqual(
				first.articles.map((a) => a.id),
				['a', 'b'],
			);
			assert.deepEqual(
				second.articles.map((a) => a.id),
				['a', 'b'],
			);
		} finally {
			await corpus.remove();
		}
	});
});
