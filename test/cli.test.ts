import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { packageRoot } from '../src/paths.js';
import { GOOD_ARTICLE, tempCorpus } from './helpers/fixtures.js';

const bin = join(packageRoot(), 'bin', 'storylens');
// The analysis cache goes to a throwaway folder, never the user's ~/.cache.
const cacheHome = mkdtempSync(join(tmpdir(), 'storylens-cache-'));

/** Runs the built command as a user would, with pipes (so stdout is not a terminal). */
function storylens(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, [bin, ...args], {
		cwd: packageRoot(),
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('storylens command (end to end, built bin)', () => {
	test('with stdout not a terminal, prints a plain summary of the bundled seeds and exits 0', () => {
		const { status, stdout, stderr } = storylens();
		assert.equal(status, 0, stderr);
		assert.match(stdout, /^3 articles from seeds \(bundled\): 66 sentences, 1545 words\./u);
		assert.match(stdout, /Outlets: UNN, Total News Agency \(1 without an outlet\)\./u);
		assert.match(stdout, /Total News Agency\s+2025-12-09\s+618\s+22\s+Mexico Refuses/u);
		assert.ok(!stdout.includes('\u001B['), 'no escape codes in piped output');
	});

	test('articles --json prints ids, metadata and sentences with ids', () => {
		const { status, stdout } = storylens('articles', 'seeds', '--json');
		assert.equal(status, 0);
		const parsed = JSON.parse(stdout) as {
			articles: { id: string; outlet: string | null; date: string | null; wordCount: number; sentences: { id: number; text: string }[] }[];
			skipped: unknown[];
		};
		assert.deepEqual(
			parsed.articles.map((a) => a.id),
			['000_b1a0f563506436b0', '001_cea9d9f0d2df901f', '004_ef967bd7b0972506'],
		);
		assert.deepEqual(
			parsed.articles.map((a) => a.outlet),
			['UNN', null, 'Total News Agency'],
		);
		assert.deepEqual(parsed.articles[2]?.sentences[0], {
			id: 0,
			paragraph: 0,
			text: 'U.S. counterintelligence handed Mexico a secret report on a network of Russian spies operating under diplomatic cover.',
		});
		assert.deepEqual(parsed.skipped, []);
	});

	test('a missing path exits 2 with one line and no stack trace', () => {
		const { status, stdout, stderr } = storylens('no-such-folder');
		assert.equal(status, 2);
		assert.equal(stdout, '');
		assert.equal(stderr, 'storylens: no such file or folder: no-such-folder\n');
	});

	test('a corpus with no article exits 2 after naming each skipped file', async () => {
		const corpus = await tempCorpus({ 'empty.txt': '', 'bad.json': '[{' });
		try {
			const { status, stderr } = storylens(corpus.dir);
			assert.equal(status, 2);
			const lines = stderr.trim().split('\n');
			assert.equal(lines.length, 3);
			assert.match(lines[0] ?? '', /^storylens: skipped .*bad\.json: malformed JSON \(/u);
			assert.match(lines[1] ?? '', /^storylens: skipped .*empty\.txt: empty file$/u);
			assert.match(lines[2] ?? '', /^storylens: no article could be loaded from .* \(2 files skipped\)$/u);
		} finally {
			await corpus.remove();
		}
	});

	test('bad files cost one stderr line each and the rest still loads', async () => {
		const corpus = await tempCorpus({ 'good.txt': GOOD_ARTICLE, 'binary.txt': new Uint8Array([0, 1, 2, 3]) });
		try {
			const { status, stdout, stderr } = storylens('articles', corpus.dir, '--json');
			assert.equal(status, 0);
			assert.match(stderr, /^storylens: skipped .*binary\.txt: binary file, not text\n$/u);
			assert.equal((JSON.parse(stdout) as { articles: unknown[] }).articles.length, 1);
		} finally {
			await corpus.remove();
		}
	});

	test('search --json ranks the sentence naming the "Russia watcher" first, with match ranges', () => {
		const { status, stdout } = storylens('search', 'russia watcher', 'seeds', '--json');
		assert.equal(status, 0);
		const { query, hits } = JSON.parse(stdout) as {
			query: string;
			hits: { article: string; sentence: number; text: string; score: number; ranges: [number, number][] }[];
		};
		assert.equal(query, 'russia watcher');
		const first = hits[0];
		assert.equal(first?.article, '000_b1a0f563506436b0');
		assert.match(first.text, /"Russia watcher"/u);
		assert.deepEqual(
			first.ranges.map(([s, e]) => first.text.slice(s, e)),
			['Russia', 'watcher'],
		);
		assert.ok(
			hits.every((h, i) => i === 0 || h.score >= (hits[i - 1]?.score ?? 0)),
			'best hits first',
		);
	});

	test('entities --json lists typed entities with aliases, articles and mentions that point into sentences', () => {
		const { status, stdout } = storylens('entities', 'seeds', '--json');
		assert.equal(status, 0);
		const { entities } = JSON.parse(stdout) as {
			entities: {
				id: string;
				name: string;
				type: string;
				aliases: string[];
				articles: string[];
				mentions: { article: string; sentence: number | null; text: string; start: number; end: number }[];
				value?: { value: number; bound: string };
			}[];
		};
		const us = entities.find((e) => e.name === 'United States');
		assert.equal(us?.type, 'place');
		assert.deepEqual(us.aliases.sort(), ['U.S.', 'US']);
		assert.ok(entities.every((e) => ['person', 'organization', 'place', 'date', 'quantity'].includes(e.type)));
		assert.ok(
			entities.filter((e) => e.type === 'quantity').every((e) => e.value !== undefined),
			'quantities carry their value',
		);
		assert.ok(entities.every((e) => e.mentions.every((m) => m.end - m.start === m.text.length)));
	});

	test('claims --json gives claims with versions and typed differences, and single-source claims', () => {
		const { status, stdout } = storylens('claims', 'seeds', '--json');
		assert.equal(status, 0);
		const { claims, singleSource } = JSON.parse(stdout) as {
			claims: {
				id: string;
				label: string;
				articles: string[];
				lead: boolean;
				position: number;
				versions: { article: string; sentence: number | null; text: string; best: boolean; restates: boolean | null }[];
				differences: { kind: string; values: Record<string, string>; conflict: boolean }[];
			}[];
			singleSource: { article: string; sentence: number | null; text: string }[];
		};
		assert.ok(claims.length > 0);
		assert.equal(claims[0]?.lead, true, 'the story\u2019s lead first');
		for (const claim of claims) {
			assert.ok(claim.position >= 0 && claim.position <= 1);
			assert.ok(claim.articles.length >= 2, `${claim.label} is told by several articles`);
			assert.deepEqual([...new Set(claim.versions.map((v) => v.article))].sort(), [...claim.articles].sort());
			for (const d of claim.differences) assert.ok(['quantity', 'attribution', 'hedge', 'wording'].includes(d.kind));
			const [central, ...others] = claim.versions.filter((v) => v.best);
			assert.equal(central?.restates, null);
			for (const v of others) assert.equal(typeof v.restates, 'boolean', 'each other best version says whether it restates the first');
		}
		assert.ok(
			singleSource.some((u) => u.text.includes('Russia watcher')),
			'the Russia watcher post is told by one outlet',
		);
	});

	test('coverage --json: the matrix, each outlet\u2019s counts and lists, the sources and each claim\u2019s origin', () => {
		const { status, stdout, stderr } = storylens('coverage', 'seeds', '--json');
		assert.equal(status, 0, stderr);
		type Origin = { kind: string; sources: { source: string; outlets: string[] }[]; unattributed: string[] };
		const { outlets, claims, sources } = JSON.parse(stdout) as {
			outlets: {
				label: string;
				articles: number;
				stated: number;
				only: number;
				leftOut: number;
				onlyClaims: string[];
				leftOutClaims: string[];
			}[];
			claims: { id: string; label: string; several: boolean; cells: Record<string, string>; origin: Origin | null }[];
			sources: { name: string; kind: string; forms: string[]; outlets: string[]; claims: string[] }[];
		};
		const all = ['UNN', '#2', 'Total News Agency'];
		assert.deepEqual(
			outlets.map((o) => o.label),
			all,
		);
		const ids = new Set(claims.map((c) => c.id));
		for (const o of outlets) {
			assert.equal(o.onlyClaims.length, o.only);
			assert.equal(o.leftOutClaims.length, o.leftOut);
			assert.ok(o.only > 0, `${o.label} alone reports something`);
			assert.ok([...o.onlyClaims, ...o.leftOutClaims].every((id) => ids.has(id)));
		}
		const spies = claims.find((c) => Object.values(c.cells).includes('conflict'));
		assert.ok(spies, 'a claim whose numbers conflict');
		assert.deepEqual(Object.keys(spies.cells).sort(), [...all].sort(), 'stated by all three');
		assert.equal(spies.origin?.kind, 'single');
		assert.deepEqual(spies.origin.sources, [{ source: 'The New York Times', outlets: all }]);
		const times = sources.find((s) => s.name === 'The New York Times');
		assert.deepEqual(times?.outlets, all);
		assert.equal(times.kind, 'outlet');
		assert.ok(times.claims.includes(spies.id));
		// Claims several outlets state come first and carry an origin; statements of one come after, without.
		const firstSingle = claims.findIndex((c) => !c.several);
		assert.ok(
			firstSingle > 0 && claims.slice(firstSingle).every((c) => !c.several && c.origin === null && Object.keys(c.cells).length === 1),
		);

		const plain = storylens('coverage', 'seeds');
		assert.equal(plain.status, 0);
		assert.match(plain.stdout, /^#\s+UNN\s+#2\s+Total News Agency\s+origin\s+claim$/mu);
		assert.match(plain.stdout, /one origin: The New York Times \(3 outlets\)/u);
	});

	test('export --format md writes a report with the articles, the conflicts, the claims and the cast', () => {
		const { status, stdout } = storylens('export', 'seeds', '--format', 'md');
		assert.equal(status, 0);
		for (const heading of [
			'# Story report:',
			'## Articles',
			'## Claims told by several outlets',
			'## Coverage',
			'## Sourcing',
			'## Told by one outlet only',
			'## Who and what the story names',
			'### People',
		]) {
			assert.ok(stdout.includes(heading), `the report has "${heading}"`);
		}
		assert.match(stdout, /\| 3 \| Total News Agency \| 2025-12-09 \| 618 \|/u);
		assert.match(stdout, /\| # \| Claim \| UNN \| #2 \| Total News Agency \|/u);
		assert.match(stdout, /\| The New York Times \| outlet \| UNN, #2, Total News Agency \| /u);
		assert.equal(storylens('export', 'seeds', '--format', 'pdf').status, 2);
	});

	test('search without a query is a usage error', () => {
		const { status, stderr } = storylens('search');
		assert.equal(status, 2);
		assert.equal(stderr, 'storylens: search needs a query: storylens search QUERY [PATH...]\n');
	});

	test('--strict exits 1 when a file was skipped, after printing the result', async () => {
		const corpus = await tempCorpus({ 'good.txt': GOOD_ARTICLE, 'empty.txt': '' });
		try {
			const strict = storylens('articles', corpus.dir, '--json', '--strict');
			assert.equal(strict.status, 1);
			assert.equal((JSON.parse(strict.stdout) as { articles: unknown[] }).articles.length, 1);
			assert.equal(storylens('articles', corpus.dir, '--json').status, 0);
		} finally {
			await corpus.remove();
		}
	});

	test('a README beside the articles costs one stderr line and no article, and --strict does not count it as missed', async () => {
		const corpus = await tempCorpus({
			'good.txt': GOOD_ARTICLE,
			'README.TXT': 'About this set\n\nEach file is one article. They were collected in 2005.\n',
		});
		try {
			const { status, stdout, stderr } = storylens('articles', corpus.dir, '--json', '--strict');
			assert.equal(status, 0);
			assert.match(stderr, /^storylens: skipped .*README\.TXT: a README, not an article\n$/u);
			assert.equal((JSON.parse(stdout) as { articles: unknown[] }).articles.length, 1);
		} finally {
			await corpus.remove();
		}
	});

	test('a reader that closes the pipe early ends it quietly, with no stack trace', async () => {
		// 300 articles list to well over a pipe's 64 KB buffer, so the write after the close fails.
		const files = Object.fromEntries(
			Array.from({ length: 300 }, (_, i) => [
				`a${i}.txt`,
				`Story number ${i} about the harbour ${'and the long storm '.repeat(20)}\n\n${GOOD_ARTICLE}`,
			]),
		);
		const corpus = await tempCorpus(files);
		try {
			const child = spawn(process.execPath, [bin, 'articles', corpus.dir, '--json'], {
				env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
			});
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
			child.stdout.once('data', () => child.stdout.destroy());
			const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
			assert.equal(status, 0);
			assert.doesNotMatch(stderr, /EPIPE|\n\s+at /u);
		} finally {
			await corpus.remove();
		}
	});

	test('an unknown option exits 2 with one line', () => {
		const { status, stderr } = storylens('--frobnicate');
		assert.equal(status, 2);
		assert.equal(stderr, 'storylens: unknown option --frobnicate (storylens --help lists the options)\n');
	});

	test('a cache folder that cannot be made costs nothing: the analysis runs uncached and ends (issue 17)', () => {
		// Under /proc no folder can be made, and Node's recursive mkdir spun there for ever; elsewhere a file stands in the way.
		const unmakeable = existsSync('/proc/self') ? '/proc/storylens-test-cache' : join(cacheHome, 'a-file', 'below');
		if (!existsSync('/proc/self')) writeFileSync(join(cacheHome, 'a-file'), '');
		const result = spawnSync(process.execPath, [bin, 'entities', 'seeds', '--json'], {
			cwd: packageRoot(),
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: unmakeable },
		});
		assert.equal(result.signal, null, 'ended by itself, not killed at the timeout');
		assert.equal(result.status, 0, result.stderr);
		assert.ok((JSON.parse(result.stdout) as { entities: unknown[] }).entities.length > 0);
	});

	test('--help lists the commands and --version prints the version', () => {
		assert.match(storylens('--help').stdout, /storylens articles \[PATH\.\.\.\]/u);
		const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
		assert.equal(storylens('--version').stdout, `${version}\n`);
	});
});
