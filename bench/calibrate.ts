/**
 * How fast this machine is against the one issue 6 describes, by the
 * issue's own reference figures: `node -e 0` (about 0.12 s there), fuse.js
 * with ignoreLocation over 10,000 sentences (about 100 ms a query) and a
 * plain substring scan of them (about 1 ms). Virtual machines of one class
 * differ by 2x or more from day to day, so every other table reads against this one.
 */
import { execFileSync } from 'node:child_process';
import Fuse from 'fuse.js';
import type { Corpus } from '../src/corpus/index.js';
import { median } from './stats.js';

export interface Calibration {
	nodeStartMs: number;
	fuseQueryMs: number;
	substringScanMs: number;
	sentences: number;
}

const QUERIES = ['russia', 'government spending', 'prime minister', 'football club', 'market share', 'election'];

export function calibrate(corpus: Corpus): Calibration {
	const starts: number[] = [];
	for (let i = 0; i < 7; i++) {
		const started = performance.now();
		execFileSync(process.execPath, ['-e', '0']);
		starts.push(performance.now() - started);
	}
	const sentences = corpus.articles.flatMap((a) => a.sentences.map((s) => ({ text: s.text }))).slice(0, 10_000);
	const fuse = new Fuse(sentences, { keys: ['text'], ignoreLocation: true });
	fuse.search('warm up');
	const fuseTimes = QUERIES.map((query) => {
		const started = performance.now();
		fuse.search(query);
		return performance.now() - started;
	});
	const scanTimes = QUERIES.map((query) => {
		const started = performance.now();
		let found = 0;
		for (const s of sentences) if (s.text.toLowerCase().includes(query)) found++;
		// Read, so the loop is not optimised away.
		if (found < 0) throw new Error('unreachable');
		return performance.now() - started;
	});
	return { nodeStartMs: median(starts), fuseQueryMs: median(fuseTimes), substringScanMs: median(scanTimes), sentences: sentences.length };
}
