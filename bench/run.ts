/**
 * `npm run bench`: first frame, analysis time and memory, search latency per
 * keystroke, and scrolling frame time, per corpus size. Prints Markdown
 * tables; `--write` also stores them in bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { calibrate } from './calibrate.js';
import { benchCorpora } from './corpora.js';
import { measureFirstFrame, REFERENCE_MARKER, STORYLENS_MARKER } from './first-frame.js';
import { measureScroll } from './scroll.js';
import { measureSearch, measureWorkerSearch } from './search.js';
import { markdownTable, median, ms, percentile } from './stats.js';
import { measureHtml, PAGES_DIR } from './html.js';
import { measureCore } from './core.js';

const SIZES = [500, 2000, 10000];
const args = new Set(process.argv.slice(2));
/** `--only=search,scroll` runs some sections; all run by default. */
const only = new Set(
	(
		process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? 'calibration,first-frame,html,analysis,core,coverage,search,scroll'
	).split(','),
);
const out: string[] = [];
const print = (text: string): void => {
	out.push(text);
	process.stdout.write(`${text}\n`);
};

print(
	`# storylens benchmarks\n\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
		`Node ${process.version}. Times in ms.\n`,
);

if (only.has('first-frame')) {
	print('## First frame against the shared reference (../shared/bench, 120x40 pseudo-terminal)\n');
	const frame = measureFirstFrame(args.has('--quick') ? 3 : 7);
	if (frame === null) print('Skipped: ../shared/bench/ttff.py is not there.');
	else {
		print(
			markdownTable(
				['program', 'marker', 'median ms'],
				[
					['`storylens seeds`', `"${STORYLENS_MARKER}" (article list)`, ms(frame.storylensMs)],
					['reference Ink hello world (ref-hello/build.sh)', `"${REFERENCE_MARKER}"`, ms(frame.referenceMs)],
				],
			),
		);
		if (frame.note !== null) print(`\n${frame.note}`);
		print(`\nttff.py's own report:\n\n\`\`\`\n${frame.report}\n\`\`\`\n`);
		print(`First frame: ${frame.ratio.toFixed(2)}x the reference (median of the per-pair ratios; target 1.3).`);
	}
}

const corpora = await benchCorpora(SIZES);

const largest = corpora.at(-1);
if (only.has('calibration') && largest !== undefined) {
	const machine = calibrate(largest.corpus);
	print("\n## This machine against issue 6's reference (bench/calibrate.ts)\n");
	print(
		markdownTable(
			['measure', 'here', 'reference'],
			[
				['`node -e 0`', ms(machine.nodeStartMs), '~120'],
				[
					`fuse.js query, ignoreLocation, ${machine.sentences} sentences`,
					ms(machine.fuseQueryMs),
					machine.sentences === 10_000 ? '~100' : '(10,000 sentences: ~100)',
				],
				[
					`substring scan, ${machine.sentences} sentences`,
					ms(machine.substringScanMs),
					machine.sentences === 10_000 ? '~1' : '(10,000 sentences: ~1)',
				],
			],
		),
	);
}
/**
 * One row per corpus from a child script run in its own process (so that its
 * peak memory is its own), which prints one JSON line; a failed run is a row
 * that says so rather than the end of the benchmark. `R` is the shape of that
 * JSON line, as the caller knows it.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function childRows<R>(script: string, columns: number, toRow: (name: string, result: R) => string[]): string[][] {
	return corpora.map((named, i) => {
		const size = i === 0 ? 0 : (SIZES[i - 1] ?? 0);
		try {
			const line = execFileSync(process.execPath, [join(packageRoot(), 'dist', 'bench', script), String(size)], {
				encoding: 'utf8',
				maxBuffer: 1 << 20,
			});
			return toRow(named.name, JSON.parse(line) as R);
		} catch (error) {
			const row = [named.name, 'failed', String(error instanceof Error ? error.message.split('\n')[0] : error)];
			return [...row, ...Array<string>(Math.max(0, columns - row.length)).fill('')];
		}
	});
}

if (only.has('analysis')) {
	print('\n## Analysis (own process per corpus)\n');
	type StepTimes = { sentences: number; entitiesMs: number; claimsMs: number; searchIndexMs: number; peakRssMb: number };
	const analysisRows = childRows<StepTimes>('analysis-child.js', 7, (name, r) => [
		name,
		String(r.sentences),
		ms(r.entitiesMs),
		ms(r.claimsMs),
		ms(r.searchIndexMs),
		ms(r.entitiesMs + r.claimsMs + r.searchIndexMs),
		r.peakRssMb.toFixed(0),
	]);
	print(markdownTable(['corpus', 'sentences', 'entities', 'claims', 'search index', 'total', 'peak RSS MB'], analysisRows));

	print('\n## Analysis as the dashboard runs it (workers, own process per corpus)\n');
	type PaneTimes = { together: boolean; entitiesMs: number; claimsMs: number; longestStallMs: number; peakRssMb: number };
	const dashboardRows = childRows<PaneTimes>('dashboard-child.js', 7, (name, r) => [
		name,
		r.together ? 'at once' : 'one after the other',
		ms(r.entitiesMs),
		ms(r.claimsMs),
		ms(Math.max(r.entitiesMs, r.claimsMs)),
		ms(r.longestStallMs),
		r.peakRssMb.toFixed(0),
	]);
	print(
		markdownTable(
			[
				'corpus',
				'parts',
				'entities pane filled',
				'claims pane filled',
				'both filled',
				'longest main-thread stall',
				'peak RSS MB (main + workers)',
			],
			dashboardRows,
		),
	);
}

if (only.has('coverage')) {
	print('\n## Coverage (own process per corpus; bench/coverage-child.ts)\n');
	print(
		'In the claims worker, once the claims are sent, two steps (coverage-steps.ts). First what the claims alone give: ' +
			"counted, sent, read on the dashboard's thread (the message's deserialisation), made a reader, and a first screen drawn " +
			'(40 rows by 12 outlets, the outlets\' counts, one article\'s marks): "to matrix" adds them up from the claims sent. Then ' +
			'the sourcing: read from the text, counted by row and column, sent, and the first screen again with its origins: "to ' +
			'sourced". The sources table is walked at its first ask. "wide": the same claims with every article its own outlet.\n',
	);
	type CoverageTimes = {
		rows: number;
		claimRows: number;
		citations: number;
		sources: number;
		columns: number;
		countMs: number;
		messageKb: number;
		receiveMs: number;
		screenMs: number;
		toMatrixMs: number;
		sourcingMs: number;
		countSourcingMs: number;
		sourcedMessageKb: number;
		sourcedReceiveMs: number;
		toSourcedMs: number;
		sourceTableMs: number;
		wideColumns: number;
		wideCountMs: number;
		wideToMatrixMs: number;
		wideToSourcedMs: number;
	};
	const mb = (kb: number): string => `${(kb / 1024).toFixed(1)} MB`;
	const coverageRows = childRows<CoverageTimes>('coverage-child.js', 12, (name, r) => [
		name,
		`${r.claimRows} + ${r.rows - r.claimRows}`,
		`${ms(r.countMs)} (${r.columns})`,
		`${ms(r.receiveMs)} (${mb(r.messageKb)})`,
		ms(r.screenMs),
		ms(r.toMatrixMs),
		`${r.citations} / ${r.sources}`,
		ms(r.sourcingMs),
		ms(r.countSourcingMs),
		`${ms(r.sourcedReceiveMs)} (${mb(r.sourcedMessageKb)})`,
		ms(r.toSourcedMs),
		ms(r.sourceTableMs),
		`${ms(r.wideCountMs)} (${r.wideColumns})`,
		ms(r.wideToMatrixMs),
		ms(r.wideToSourcedMs),
	]);
	print(
		markdownTable(
			[
				'corpus',
				'rows (claims + single)',
				'count (columns)',
				'receive (message)',
				'first screen',
				'to matrix',
				'citations / sources',
				'sourcing',
				'count sourcing',
				'receive sourcing (message)',
				'to sourced',
				'sources table',
				'wide: count (columns)',
				'wide: to matrix',
				'wide: to sourced',
			],
			coverageRows,
		),
	);
}

if (only.has('core') && largest !== undefined) {
	const core = measureCore(largest.corpus);
	print('\n## Pure steps (bench/core.ts)\n');
	print(
		markdownTable(
			['measure', 'ms', 'note'],
			[
				[
					'quantities and dates, 200,000 random characters and five 200,000-character repetitions',
					ms(core.parsersLongInputMs),
					`${core.quantitiesFound} quantities; a quadratic scan would take minutes`,
				],
				[`same-claim score, per pair (${core.pairs} pairs)`, core.sameClaimPerPairMs.toFixed(4), 'was held under 0.25 ms by a unit test'],
			],
		),
	);
}

if (only.has('search')) {
	print('\n## Search latency per keystroke\n');
	const searchRows: string[][] = [];
	for (const named of corpora) {
		const timing = measureSearch(named.corpus);
		const viaWorker = await measureWorkerSearch(named.corpus);
		searchRows.push([
			named.name,
			ms(timing.buildMs),
			ms(median(timing.perKeystrokeMs)),
			ms(percentile(timing.perKeystrokeMs, 0.95)),
			ms(Math.max(...timing.perKeystrokeMs)),
			ms(viaWorker.buildMs),
			ms(median(viaWorker.perKeystrokeMs)),
			ms(percentile(viaWorker.perKeystrokeMs, 0.95)),
		]);
	}
	print('In this thread, and through the search worker the dashboard uses (its first query starts the worker and builds the index).\n');
	print(
		markdownTable(['corpus', 'index build', 'median', 'p95', 'max', 'worker: first query', 'worker: median', 'worker: p95'], searchRows),
	);
}

if (only.has('scroll')) {
	print('\n## Scrolling the Articles list (key press to frame)\n');
	const scrollRows: string[][] = [];
	for (const named of corpora) {
		const times = await measureScroll(named.corpus, 60);
		scrollRows.push([named.name, ms(median(times)), ms(percentile(times, 0.95))]);
	}
	print(markdownTable(['corpus', 'median', 'p95'], scrollRows));
}

if (only.has('html')) {
	const html = await measureHtml();
	if (html === null) {
		process.stderr.write(`bench: ${PAGES_DIR} not found; saved pages are not measured\n`);
	} else {
		print('\n## Saved web pages (the article-extraction development pages)\n');
		print(
			markdownTable(
				[
					'pages',
					'MB',
					'extraction, all pages',
					'per page: median',
					'p95',
					'max',
					'loading the folder (read, extract, sentences)',
					'articles',
				],
				[
					[
						String(html.pages),
						html.megabytes.toFixed(1),
						ms(html.extractMs),
						ms(median(html.perPageMs)),
						ms(percentile(html.perPageMs, 0.95)),
						ms(Math.max(...html.perPageMs)),
						ms(html.loadMs),
						String(html.articles),
					],
				],
			),
		);
	}
}

if (args.has('--write')) writeFileSync(join(packageRoot(), 'bench', 'RESULTS.md'), `${out.join('\n')}\n`);
