/**
 * Coverage on one benchmark corpus, in its own process: the claims (not
 * timed here; see analysis-child.ts), then what the claims worker adds after
 * them (sourcing, counting), what the dashboard's thread pays when the
 * coverage arrives (reading the message, making the reader), and what
 * drawing a first screen of the matrix asks of it. Counted twice: with the
 * corpus's own source labels (five BBC sections) and with every article its
 * own outlet, the widest matrix a corpus of this size can make. Prints one JSON line.
 */
import { deserialize, serialize } from 'node:v8';
import { analyseClaims } from '../src/analysis/claims/index.js';
import type { ClaimsAnalysis } from '../src/analysis/claims/index.js';
import { countCoverage, Coverage, sourceClaims, type CoverageData } from '../src/analysis/coverage/index.js';
import type { Corpus } from '../src/corpus/index.js';
import { benchCorpora } from './corpora.js';

/** A screen of the matrix: rows by columns, with each row's origin, and one article's marks. */
const SCREEN_ROWS = 40;
const SCREEN_COLUMNS = 12;

const size = Number(process.argv[2] ?? '0');
const [named] = (await benchCorpora(size > 0 ? [size] : [])).slice(size > 0 ? 1 : 0);
if (!named) throw new Error('no corpus');
const { corpus } = named;
const timed = <T>(step: () => T): [T, number] => {
	const started = performance.now();
	const value = step();
	return [value, performance.now() - started];
};

const claims = analyseClaims(corpus);
const [sourcing, sourcingMs] = timed(() => sourceClaims(corpus, claims));

function firstScreen(coverage: Coverage, of: Corpus): number {
	let marked = 0;
	for (let row = 0; row < Math.min(SCREEN_ROWS, coverage.rowCount); row++) {
		for (let column = 0; column < Math.min(SCREEN_COLUMNS, coverage.columns.length); column++) coverage.cell(row, column);
		coverage.origin(row);
	}
	for (let column = 0; column < Math.min(SCREEN_COLUMNS, coverage.columns.length); column++) coverage.outlet(column);
	const article = of.articles[0];
	if (article) for (let i = 0; i < article.sentences.length; i++) if (coverage.mark(article.id, i)) marked++;
	return marked;
}

/** Counted in the worker; sent (what its receiver pays is the structured clone's deserialisation); read. */
function measure(
	of: Corpus,
	analysed: ClaimsAnalysis,
): { coverage: Coverage; countMs: number; receiveMs: number; messageKb: number; readerMs: number; screenMs: number } {
	const [data, countMs] = timed(() => countCoverage(of, analysed, sourcing));
	const message = serialize(data);
	const [received, receiveMs] = timed(() => deserialize(message) as CoverageData);
	const [coverage, readerMs] = timed(() => new Coverage(of, analysed, received));
	const [, screenMs] = timed(() => firstScreen(coverage, of));
	return { coverage, countMs, receiveMs, messageKb: message.length / 1024, readerMs, screenMs };
}

const sections = measure(corpus, claims);
const [table, sourceTableMs] = timed(() => sections.coverage.sourceTable());
const [, leftOutMs] = timed(() => sections.coverage.leftOutRows(0));
const wideCorpus: Corpus = { articles: corpus.articles.map((a, i) => ({ ...a, outlet: `outlet ${i + 1}` })), skipped: [] };
const wide = measure(wideCorpus, claims);

process.stdout.write(
	`${JSON.stringify({
		name: named.name,
		articles: corpus.articles.length,
		rows: sections.coverage.rowCount,
		claimRows: sections.coverage.claimRows,
		citations: sourcing.citations.length / 4,
		sources: table.length,
		sourcingMs,
		columns: sections.coverage.columns.length,
		countMs: sections.countMs,
		messageKb: sections.messageKb,
		receiveMs: sections.receiveMs,
		readerMs: sections.readerMs,
		screenMs: sections.screenMs,
		sourceTableMs,
		leftOutMs,
		wideColumns: wide.coverage.columns.length,
		wideCountMs: wide.countMs,
		wideReceiveMs: wide.receiveMs,
		wideScreenMs: wide.screenMs,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
	})}\n`,
);
