import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from 'ink-testing-library';
import { stripVTControlCharacters } from 'node:util';
import { MissingPathError, type Corpus } from '../src/corpus/index.js';
import { CorpusLoader } from '../src/ui/CorpusLoader.js';
import { ProgressStore } from '../src/corpus/progress-store.js';
import { LEAVE_ALTERNATE_SCREEN, runFullScreen, SHOW_CURSOR } from '../src/ui/start.js';
import { loadSeeds } from './helpers/fixtures.js';
import { memoryTerminal } from './helpers/terminal.js';
import { waitUntil } from './helpers/wait.js';

const noAnalysis = { kind: 'in-process', analysers: { entities: () => [], claims: () => ({ claims: [], singleSource: [] }) } } as const;

/** Resolves once `predicate` holds for the latest frame; frames come on later turns of the event loop. */
async function frameWhere(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, what: string): Promise<string> {
	const frame = (): string => stripVTControlCharacters(lastFrame() ?? '');
	await waitUntil(() => predicate(frame()), what);
	return frame();
}

describe('the dashboard while its corpus is read (render first, fill when parsed)', () => {
	test('shows the frame at once, then the articles when they are parsed', async () => {
		let finish: (corpus: Corpus) => void = () => undefined;
		const loading = new Promise<Corpus>((resolve) => {
			finish = resolve;
		});
		const ui = render(<CorpusLoader loading={loading} source="test corpus" analysis={noAnalysis} />);
		const waiting = await frameWhere(ui.lastFrame, (f) => /Reading the articles…/u.test(f), 'the frame without articles');
		assert.match(waiting, /1 Articles\s+2 Search/u, 'the tabs are there');
		assert.match(waiting, /q quit/u);
		finish(await loadSeeds());
		const filled = await frameWhere(ui.lastFrame, (f) => /Total News Agency/u.test(f), 'the article list');
		assert.match(filled, /3 articles · test corpus/u);
		assert.doesNotMatch(filled, /Reading the articles/u);
		ui.unmount();
	});

	test('counts the records of a large export as the loader reports them (issue 18)', async () => {
		const loading = new Promise<Corpus>(() => undefined);
		const progress = new ProgressStore();
		const ui = render(<CorpusLoader loading={loading} source="export" analysis={noAnalysis} progress={progress} />);
		await frameWhere(ui.lastFrame, (f) => /Reading the articles…/u.test(f), 'the loading frame');
		progress.report({ file: 'news.jsonl', records: 12000, articles: 11990 });
		const counted = await frameWhere(ui.lastFrame, (f) => /news\.jsonl: 12,000 records/u.test(f), 'the count');
		assert.match(counted, /Reading the articles… news\.jsonl: 12,000 records/u);
		progress.report({ file: 'news.jsonl', records: 24000, articles: 23990 });
		await frameWhere(ui.lastFrame, (f) => /24,000 records/u.test(f), 'the next count');
		ui.unmount();
	});

	test('a corpus that turns out not to load ends the dashboard with its error, the terminal restored', async () => {
		const terminal = memoryTerminal();
		const loading = new Promise<Corpus>((_, reject) => setTimeout(() => reject(new MissingPathError('gone')), 20));
		await assert.rejects(runFullScreen(<CorpusLoader loading={loading} source="gone" analysis={noAnalysis} />, terminal), MissingPathError);
		assert.ok(terminal.written().endsWith(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN), 'restored the terminal last');
	});
});
