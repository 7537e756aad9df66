/**
 * End to end: a folder holding every format storylens reads, and the files it
 * does not, loaded by the built command as a user runs it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../src/paths.js';
import { GOOD_ARTICLE, savedPage, tempCorpus } from './helpers/fixtures.js';

const cacheHome = mkdtempSync(join(tmpdir(), 'storylens-cache-'));

/** The built command with pipes, the analysis cache in a throwaway folder. */
function storylens(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [join(packageRoot(), 'bin', 'storylens'), ...args], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a folder that mixes every format (end to end, built bin)', () => {
	test('loads each article with its metadata, names each file it cannot read once, and writes nothing', async () => {
		const record = (title: string, outlet: string): string =>
			JSON.stringify({ title, text: `${title} is reported here by ${outlet}.`, source: outlet, date: '2024-03-04' });
		const corpus = await tempCorpus({
			'a.txt': GOOD_ARTICLE,
			'b.md': '---\ntitle: From Markdown\noutlet: Md Post\ndate: 2024-03-04\n---\n\nThe Markdown story is told here.\n',
			'c.json': record('From JSON', 'Json Wire'),
			'd.jsonl': `${record('From JSON Lines', 'Lines Wire')}\n${record('Second line', 'Lines Wire')}\n`,
			'e.jsonl.gz': gzipSync(record('From gzipped JSON Lines', 'Gz Wire')),
			'f.csv': 'Title,Text,Source,Date\nFrom CSV,"The CSV story, quoted.",Csv Wire,2024-03-04\n',
			'g.csv.gz': gzipSync('title,body,outlet\nFrom gzipped CSV,The gzipped CSV story.,Gz Csv\n'),
			'h.tsv': 'title\ttext\tsource\nFrom TSV\tThe TSV story.\tTsv Wire\n',
			'i.html': savedPage('From HTML', 'Html Times', '2024-03-04'),
			'j.htm': savedPage('From HTM', 'Htm Herald', '2024-03-05'),
			'k.html.gz': gzipSync(savedPage('From gzipped HTML', 'Gz Gazette', '2024-03-06')),
			'l.txt': savedPage('From a page saved as text', 'Txt Tribune', '2024-03-07'),
			'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
			'paper.pdf': '%PDF-1.4',
			'memo.docx': 'PK',
		});
		await mkdir(join(corpus.dir, 'i_files'));
		await writeFile(join(corpus.dir, 'i_files', 'logo.png'), 'x');
		const before = await snapshot(corpus.dir);
		try {
			const { status, stdout, stderr } = storylens('articles', corpus.dir, '--json');
			assert.equal(status, 0, stderr);
			const parsed = JSON.parse(stdout) as { articles: { id: string; title: string; outlet: string | null; date: string | null }[] };
			assert.deepEqual(
				parsed.articles.map((a) => [a.id, a.title, a.outlet]),
				[
					['a', 'Harbour reopens after storm', null],
					['b', 'From Markdown', 'Md Post'],
					['c', 'From JSON', 'Json Wire'],
					['d#1', 'From JSON Lines', 'Lines Wire'],
					['d#2', 'Second line', 'Lines Wire'],
					['e#1', 'From gzipped JSON Lines', 'Gz Wire'],
					['f#2', 'From CSV', 'Csv Wire'],
					['g#2', 'From gzipped CSV', 'Gz Csv'],
					['h#2', 'From TSV', 'Tsv Wire'],
					['i', 'From HTML', 'Html Times'],
					['j', 'From HTM', 'Htm Herald'],
					['k', 'From gzipped HTML', 'Gz Gazette'],
					['l', 'From a page saved as text', 'Txt Tribune'],
				],
			);
			assert.deepEqual(
				parsed.articles.filter((a) => /^[ijkl]$/u.test(a.id)).map((a) => a.date),
				['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07'],
			);
			const lines = stderr.trim().split('\n');
			assert.equal(lines.length, 3, stderr);
			assert.match(lines[0] ?? '', /^storylens: skipped .*memo\.docx: an office document, not supported \(/u);
			assert.match(lines[1] ?? '', /^storylens: skipped .*paper\.pdf: a PDF, not supported \(/u);
			assert.match(lines[2] ?? '', /^storylens: skipped .*photo\.png: an image, not supported \(/u);
			assert.equal(storylens('articles', corpus.dir, '--strict').status, 1);
			assert.deepEqual(await snapshot(corpus.dir), before, 'nothing written into the corpus');
		} finally {
			await corpus.remove();
		}
	});
});

/** Every path under `dir` with its size and modification time. */
async function snapshot(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true });
	const rows = await Promise.all(
		entries.map(async (name) => {
			const info = await stat(join(dir, name));
			return `${name} ${info.size} ${info.mtimeMs}`;
		}),
	);
	return rows.sort();
}
