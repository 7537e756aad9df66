/**
 * Coverage on one benchmark corpus, in its own process: the claims (not
 * timed here; see analysis-child.ts), then the two steps the claims worker
 * sends after them (coverage-steps.ts) and what the dashboard's thread pays
 * for each (reading the message, making the reader, drawing a first screen
 * of the matrix). First what the claims alone give (counted, then sent):
 * "to matrix" is the time from the claims sent to the matrix's first screen;
 * then the sourcing (read from the text, counted by row and column, sent):
 * "to sourced" is the time from the claims sent to the first screen with its
 * origins. Counted twice: with the corpus's own source labels (five BBC
 * sections) and with every article its own outlet, the widest matrix a
 * corpus of this size can make. Prints one JSON line.
 */
import { deserialize, serialize } from 'node:v8';
import { analyseClaims } from '../src/analysis/claims/index.js';
import type { ClaimsAnalysis } from '../src/analysis/claims/index.js';
import {
	ClaimCoverage,
	countClaimCoverage,
	countSourcing,
	Coverage,
	sourceClaims,
	type ClaimSourcing,
} from '../src/analysis/coverage/index.js';
import type { CoverageMessage } from '../src/analysis-runtime/coverage-steps.js';
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

function firstScreen(coverage: ClaimCoverage, of: Corpus): number {
	let marked = 0;
	const sourced = coverage.sourced();
	for (let row = 0; row < Math.min(SCREEN_ROWS, coverage.rowCount); row++) {
		for (let column = 0; column < Math.min(SCREEN_COLUMNS, coverage.columns.length); column++) coverage.cell(row, column);
		sourced?.origin(row);
	}
	for (let column = 0; column < Math.min(SCREEN_COLUMNS, coverage.columns.length); column++) coverage.outlet(column);
	const article = of.articles[0];
	if (article) for (let i = 0; i < article.sentences.length; i++) if (coverage.mark(article.id, i)) marked++;
	return marked;
}

/** A message as the port carries it: serialised in the worker, deserialised (what its receiver pays) on the dashboard's thread. */
function sent(message: CoverageMessage): { received: CoverageMessage; sendMs: number; receiveMs: number; kb: number } {
	const [bytes, sendMs] = timed(() => serialize(message));
	const [received, receiveMs] = timed(() => deserialize(bytes) as CoverageMessage);
	return { received, sendMs, receiveMs, kb: bytes.length / 1024 };
}

interface Steps {
	coverage: Coverage;
	countMs: number;
	receiveMs: number;
	messageKb: number;
	screenMs: number;
	toMatrixMs: number;
	countSourcingMs: number;
	sourcedReceiveMs: number;
	sourcedMessageKb: number;
	sourcedScreenMs: number;
	toSourcedMs: number;
}

/** Both steps, as the worker sends them and the dashboard reads them; `sourcingMs`: reading the sources from the text, measured once. */
function measure(of: Corpus, analysed: ClaimsAnalysis, sourcing: ClaimSourcing, sourcingMs: number): Steps {
	const [counted, countMs] = timed(() => countClaimCoverage(of, analysed));
	const first = sent({ step: 'coverage', coverage: counted, sourcing: null });
	if (first.received.step !== 'coverage') throw new Error('the first message carries the coverage');
	const data = first.received.coverage;
	const [matrix, readerMs] = timed(() => new ClaimCoverage(of, analysed, data));
	const [, screenMs] = timed(() => firstScreen(matrix, of));
	const toMatrixMs = countMs + first.sendMs + first.receiveMs + readerMs + screenMs;

	const [cited, countSourcingMs] = timed(() => countSourcing(of, analysed, counted, sourcing));
	const second = sent({ step: 'sourcing', sourcing: cited });
	const sourcingData = second.received.sourcing;
	if (!sourcingData) throw new Error('the second message carries the sourcing');
	const [coverage, sourcedReaderMs] = timed(() => new Coverage(of, analysed, { ...data, ...sourcingData }));
	const [, sourcedScreenMs] = timed(() => firstScreen(coverage, of));
	const toSourcedMs = toMatrixMs + sourcingMs + countSourcingMs + second.sendMs + second.receiveMs + sourcedReaderMs + sourcedScreenMs;
	return {
		coverage,
		countMs,
		receiveMs: first.receiveMs,
		messageKb: first.kb,
		screenMs,
		toMatrixMs,
		countSourcingMs,
		sourcedReceiveMs: second.receiveMs,
		sourcedMessageKb: second.kb,
		sourcedScreenMs,
		toSourcedMs,
	};
}

const [sourcing, sourcingMs] = timed(() => sourceClaims(corpus, claims));
const sections = measure(corpus, claims, sourcing, sourcingMs);
const [table, sourceTableMs] = timed(() => sections.coverage.sourceTable());
const [, leftOutMs] = timed(() => sections.coverage.leftOutRows(0));
const wideCorpus: Corpus = { articles: corpus.articles.map((a, i) => ({ ...a, outlet: `outlet ${i + 1}` })), skipped: [] };
// The sourcing is read per article, whatever the columns: the sections' serves the wide matrix too.
const wide = measure(wideCorpus, claims, sourcing, sourcingMs);

process.stdout.write(
	`${JSON.stringify({
		name: named.name,
		articles: corpus.articles.length,
		rows: sections.coverage.rowCount,
		claimRows: sections.coverage.claimRows,
		citations: sourcing.citations.length / 4,
		sources: table.length,
		columns: sections.coverage.columns.length,
		countMs: sections.countMs,
		messageKb: sections.messageKb,
		receiveMs: sections.receiveMs,
		screenMs: sections.screenMs,
		toMatrixMs: sections.toMatrixMs,
		sourcingMs,
		countSourcingMs: sections.countSourcingMs,
		sourcedMessageKb: sections.sourcedMessageKb,
		sourcedReceiveMs: sections.sourcedReceiveMs,
		sourcedScreenMs: sections.sourcedScreenMs,
		toSourcedMs: sections.toSourcedMs,
		sourceTableMs,
		leftOutMs,
		wideColumns: wide.coverage.columns.length,
		wideCountMs: wide.countMs,
		wideReceiveMs: wide.receiveMs,
		wideToMatrixMs: wide.toMatrixMs,
		wideToSourcedMs: wide.toSourcedMs,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
	})}\n`,
);
