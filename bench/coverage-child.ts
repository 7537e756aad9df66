/**
 * Coverage on one benchmark corpus, in its own process: the claims (not
 * timed here; see analysis-child.ts), then what the claims worker adds for
 * the coverage (sourcing), what the dashboard's thread pays when it arrives
 * (reading the sourcing message, counting the coverage), and what drawing a
 * first screen of the matrix asks of it. Counted twice: with the corpus's own
 * source labels (five BBC sections) and with every article its own outlet,
 * the widest matrix a corpus of this size can make. Prints one JSON line.
 */
import { deserialize, serialize } from 'node:v8';
import { analyseClaims } from '../src/analysis/claims/index.js';
import { analyseCoverage, sourceClaims, type Coverage } from '../src/analysis/coverage/index.js';
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
// What a worker message costs its receiver: the structured clone's deserialisation.
const message = serialize(sourcing);
const [, receiveMs] = timed(() => deserialize(message));

function firstScreen(coverage: Coverage, of: Corpus): number {
	let marked = 0;
	for (let row = 0; row < Math.min(SCREEN_ROWS, coverage.rowCount); row++) {
		for (let column = 0; column < Math.min(SCREEN_COLUMNS, coverage.columns.length); column++) coverage.cell(row, column);
		coverage.origin(row);
	}
	const article = of.articles[0];
	if (article) for (let i = 0; i < article.sentences.length; i++) if (coverage.mark(article.id, i)) marked++;
	return marked;
}

const [sections, buildMs] = timed(() => analyseCoverage(corpus, claims, sourcing));
const [, screenMs] = timed(() => firstScreen(sections, corpus));
const [table, sourceTableMs] = timed(() => sections.sourceTable());
const [, leftOutMs] = timed(() => sections.leftOutRows(0));

const wide: Corpus = { articles: corpus.articles.map((a, i) => ({ ...a, outlet: `outlet ${i + 1}` })), skipped: [] };
const [outlets, wideBuildMs] = timed(() => analyseCoverage(wide, claims, sourcing));
const [, wideScreenMs] = timed(() => firstScreen(outlets, wide));

process.stdout.write(
	`${JSON.stringify({
		name: named.name,
		articles: corpus.articles.length,
		rows: sections.rowCount,
		claimRows: sections.claimRows,
		versions: claims.claims.reduce((n, c) => n + c.versions.length, 0),
		citations: sourcing.citations.length / 4,
		sources: table.length,
		sourcingMs,
		sourcingKb: message.length / 1024,
		receiveMs,
		columns: sections.columns.length,
		buildMs,
		screenMs,
		sourceTableMs,
		leftOutMs,
		wideColumns: outlets.columns.length,
		wideBuildMs,
		wideScreenMs,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
	})}\n`,
);
