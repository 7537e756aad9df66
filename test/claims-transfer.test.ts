/**
 * Claims leave the worker, and enter the disk cache, without their texts;
 * the receiving side cuts them from its corpus again (claims/transfer.ts).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyseClaims, type ClaimsAnalysis } from '../src/analysis/claims/index.js';
import { dropTexts, restoreTexts } from '../src/analysis/claims/transfer.js';
import { analysePart } from '../src/analysis/run-analysis.js';
import type { Corpus } from '../src/corpus/index.js';
import { loadSeeds } from './helpers/fixtures.js';

function unitsOf(analysis: ClaimsAnalysis): { article: string; sentence: number | null; start: number; end: number; text: string }[] {
	return [...analysis.claims.flatMap((c) => c.versions), ...analysis.singleSource];
}

describe('claims without their texts', () => {
	let seeds: Corpus;
	let analysis: ClaimsAnalysis;
	before(async () => {
		seeds = await loadSeeds();
		analysis = analyseClaims(seeds);
	});

	test('every unit’s text is its title or sentence cut at [start, end)', () => {
		const units = unitsOf(analysis);
		assert.ok(units.length > 60);
		for (const unit of units) {
			const article = seeds.articles.find((a) => a.id === unit.article);
			const source = unit.sentence === null ? article?.title : article?.sentences[unit.sentence]?.text;
			assert.equal(unit.text, source?.slice(unit.start, unit.end));
		}
	});

	test('dropping the texts leaves none of the corpus in the message; restoring gives the same analysis', () => {
		const copy = structuredClone(analysis);
		dropTexts(copy);
		assert.ok(unitsOf(copy).every((u) => u.text === ''));
		const sentence = seeds.articles[0]?.sentences[3]?.text ?? '';
		assert.ok(sentence.length > 20 && !JSON.stringify(copy).includes(sentence));
		assert.deepEqual(restoreTexts(copy, seeds), analysis);
	});

	describe('the disk cache', () => {
		let cacheHome: string;
		let previous: string | undefined;
		before(async () => {
			cacheHome = await mkdtemp(join(tmpdir(), 'storylens-cache-'));
			previous = process.env['XDG_CACHE_HOME'];
			process.env['XDG_CACHE_HOME'] = cacheHome;
		});
		after(async () => {
			if (previous === undefined) delete process.env['XDG_CACHE_HOME'];
			else process.env['XDG_CACHE_HOME'] = previous;
			await rm(cacheHome, { recursive: true, force: true });
		});

		test('holds claims without texts, and a second run reads back the same claims', async () => {
			const first = await analysePart(seeds, 'claims', { cache: true });
			assert.deepEqual(first, analysis);
			const [file] = await readdir(join(cacheHome, 'storylens'));
			assert.ok(file !== undefined && file.endsWith('-claims.json'));
			const stored = JSON.parse(await readFile(join(cacheHome, 'storylens', file), 'utf8')) as ClaimsAnalysis;
			assert.ok(unitsOf(stored).length > 60 && unitsOf(stored).every((u) => u.text === ''));
			assert.deepEqual(await analysePart(seeds, 'claims', { cache: true }), analysis);
		});
	});
});
