/**
 * The command line: picks a branch (a JSON/plain command, the plain summary,
 * or the dashboard) and turns every expected failure into one line and an exit code.
 */
import { articlesJson, articlesTable } from '../commands/articles.js';
import { corpusSummary } from '../commands/summary.js';
import { loadCorpusCached } from '../corpus/cached-load.js';
import { ProgressStore } from '../corpus/progress-store.js';
import type { DashboardOptions } from '../ui/start.js';
import type { ClaimsAnalysis } from '../analysis/claims/types.js';
import type { Coverage } from '../analysis/coverage/coverage.js';
// Types only (erased); the module itself is loaded on demand, below.
import type { AnalysisPart, AnalysisResult } from '../analysis-runtime/run-analysis.js';
import { EmptyCorpusError, MissingPathError, type Corpus, type LoadOptions } from '../corpus/index.js';
import { seedsPath } from '../paths.js';

export const EXIT_OK = 0;
/** With --strict: the command ran, but some files were skipped. */
export const EXIT_SKIPPED = 1;
export const EXIT_USAGE = 2;

export const COMMANDS = ['articles', 'claims', 'coverage', 'entities', 'export', 'search'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliFlags {
	json: boolean;
	/** Report format for `export`; only "md" so far. */
	format: string;
	maxFileSize: number;
	/** Reuse and store analysis results in the user's cache folder. */
	cache: boolean;
	/** Exit 1 when any file was skipped, for scripts that must not miss articles. */
	strict: boolean;
}

export interface Io {
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
}

export interface Invocation {
	command: CommandName | null;
	/** The query of `storylens search QUERY`. */
	query?: string;
	paths: string[];
	flags: CliFlags;
}

export class UsageError extends Error {
	override name = 'UsageError';
}

/** `storylens articles seeds` names a command; a folder called "articles" is reached as ./articles. */
export function parseInvocation(input: string[], flags: CliFlags): Invocation {
	const [first, ...rest] = input;
	if (first === 'search') {
		const [query, ...paths] = rest;
		if (query === undefined || query.trim() === '') throw new UsageError('search needs a query: storylens search QUERY [PATH...]');
		return { command: 'search', query, paths, flags };
	}
	if (first !== undefined && (COMMANDS as readonly string[]).includes(first)) {
		return { command: first as CommandName, paths: rest, flags };
	}
	return { command: null, paths: input, flags };
}

export async function run(invocation: Invocation, io: Io, startDashboard: Parameters<typeof runCommand>[2]): Promise<number> {
	const outcome = await runCommand(invocation, io, startDashboard);
	return outcome.status === EXIT_OK && invocation.flags.strict && outcome.skipped > 0 ? EXIT_SKIPPED : outcome.status;
}

/** Starts the dashboard on a corpus still being read (src/ui/start.tsx); ends when the user quits. */
export type StartDashboard = (loading: Promise<Corpus>, source: string, options: DashboardOptions) => Promise<void>;

async function runCommand(invocation: Invocation, io: Io, startDashboard: StartDashboard): Promise<{ status: number; skipped: number }> {
	const usesSeeds = invocation.paths.length === 0;
	const paths = usesSeeds ? [seedsPath()] : invocation.paths;
	const source = usesSeeds ? 'seeds (bundled)' : invocation.paths.join(', ');
	// Node's types say isTTY is a boolean, but a piped stream leaves it undefined.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
	const dashboard = invocation.command === null && io.stdout.isTTY === true && io.stdin.isTTY === true;
	// The count on stderr is for the plain commands: on the dashboard's terminal it would write over Ink's frame.
	// On the dashboard, the count goes to its loading frame instead.
	const shown = dashboard ? new ProgressStore() : undefined;
	const progress = dashboard ? undefined : stderrProgress(io.stderr);
	const loading = loadCorpusCached(
		paths,
		{ maxFileBytes: invocation.flags.maxFileSize * 1024 * 1024, onProgress: shown?.report ?? progress?.onProgress },
		invocation.flags.cache,
	);
	if (progress !== undefined) void loading.then(progress.done, progress.done);
	// Handled below, by whichever branch awaits it; never an unhandled rejection meanwhile.
	loading.catch(() => undefined);
	let corpus: Corpus;
	try {
		if (dashboard) {
			// Ink starts while the articles are read, so the two costs overlap.
			await startDashboard(loading, source, { cache: invocation.flags.cache, ...(shown ? { progress: shown } : {}) });
			corpus = await loading;
			// After the dashboard, on the shell's screen, where the lines stay to be read.
			reportSkipped(corpus.skipped, io);
			return { status: EXIT_OK, skipped: missed(corpus) };
		}
		corpus = await loading;
	} catch (error) {
		if (error instanceof MissingPathError || error instanceof EmptyCorpusError) {
			if (error instanceof EmptyCorpusError) reportSkipped(error.skipped, io);
			io.stderr.write(`storylens: ${error.message}\n`);
			return { status: EXIT_USAGE, skipped: 0 };
		}
		throw error;
	}
	reportSkipped(corpus.skipped, io);
	const width = io.stdout.isTTY ? io.stdout.columns || 100 : 100;

	if (invocation.command === 'articles') {
		io.stdout.write(
			invocation.flags.json ? `${JSON.stringify(articlesJson(corpus), null, 2)}\n` : `${articlesTable(corpus.articles, width)}\n`,
		);
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	if (invocation.command === 'entities') {
		const { entitiesJson, entitiesTable } = await import('../commands/entities.js');
		const entities = await analysePart(corpus, 'entities', invocation.flags);
		io.stdout.write(
			invocation.flags.json ? `${JSON.stringify(entitiesJson(entities), null, 2)}\n` : `${entitiesTable(corpus, entities, width)}\n`,
		);
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	if (invocation.command === 'export') {
		if (invocation.flags.format !== 'md') throw new UsageError(`export knows --format md, not "${invocation.flags.format}"`);
		const { markdownReport } = await import('../commands/export.js');
		const analysis = await analyse(corpus, invocation.flags);
		io.stdout.write(markdownReport(corpus, analysis, await coverageOf(corpus, analysis.claims, invocation.flags), source));
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	if (invocation.command === 'claims') {
		const { claimsJson, claimsText } = await import('../commands/claims.js');
		const claims = await analysePart(corpus, 'claims', invocation.flags);
		io.stdout.write(invocation.flags.json ? `${JSON.stringify(claimsJson(claims), null, 2)}\n` : `${claimsText(corpus, claims)}\n`);
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	if (invocation.command === 'coverage') {
		const { coverageJson, coverageText } = await import('../commands/coverage.js');
		const coverage = await coverageOf(corpus, await analysePart(corpus, 'claims', invocation.flags), invocation.flags);
		io.stdout.write(
			invocation.flags.json ? `${JSON.stringify(coverageJson(coverage), null, 2)}\n` : `${coverageText(corpus, coverage, width)}\n`,
		);
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	if (invocation.command === 'search') {
		const query = invocation.query ?? '';
		const { searchCorpus, searchJson, searchTable } = await import('../commands/search.js');
		const hits = searchCorpus(corpus, query, await analysePart(corpus, 'entities', invocation.flags));
		io.stdout.write(
			invocation.flags.json ? `${JSON.stringify(searchJson(query, hits), null, 2)}\n` : `${searchTable(corpus, hits, width)}\n`,
		);
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	if (!io.stdout.isTTY) {
		io.stdout.write(`${corpusSummary(corpus, source, width)}\n`);
		return { status: EXIT_OK, skipped: missed(corpus) };
	}
	// Output is a terminal, input is not: the dashboard was not started above.
	io.stderr.write('storylens: input is not a terminal (is it piped?), so the dashboard cannot read keys; printing a summary instead.\n');
	io.stdout.write(`${corpusSummary(corpus, source, width)}\n`);
	return { status: EXIT_OK, skipped: missed(corpus) };
}

/**
 * The analysis modules (the tagger, the claim model) are loaded only by the
 * commands that use them, so the dashboard's first frame does not wait for them.
 */
async function analyse(corpus: Corpus, flags: CliFlags): Promise<AnalysisResult> {
	const { analyseCorpus } = await import('../analysis-runtime/run-analysis.js');
	return analyseCorpus(corpus, { cache: flags.cache });
}

async function analysePart<P extends AnalysisPart>(corpus: Corpus, part: P, flags: CliFlags): Promise<AnalysisResult[P]> {
	const loaded = await import('../analysis-runtime/run-analysis.js');
	return loaded.analysePart(corpus, part, { cache: flags.cache });
}

/** The coverage of the claims, its sourcing from the cache when the same claims were read before. */
async function coverageOf(corpus: Corpus, claims: ClaimsAnalysis, flags: CliFlags): Promise<Coverage> {
	const [{ analyseCoverageData }, { Coverage }] = await Promise.all([
		import('../analysis-runtime/run-analysis.js'),
		import('../analysis/coverage/coverage.js'),
	]);
	return new Coverage(corpus, claims, await analyseCoverageData(corpus, claims, { cache: flags.cache }));
}

/**
 * A count that rewrites itself on a terminal while a large JSON Lines or CSV
 * file is read, cleared when loading ends; nothing when stderr is a file or a
 * pipe, where the line would only pile up.
 */
function stderrProgress(stderr: NodeJS.WriteStream): { onProgress: LoadOptions['onProgress']; done: () => void } | undefined {
	if (!stderr.isTTY) return undefined;
	let shown = false;
	return {
		onProgress: ({ file, records }) => {
			stderr.write(`\rstorylens: reading ${file}: ${records.toLocaleString('en')} records\u001B[K`);
			shown = true;
		},
		done: () => {
			if (shown) stderr.write('\r\u001B[K');
		},
	};
}

/** Files that may have held articles and were not read: what --strict fails on (a README held none). */
function missed(corpus: Corpus): number {
	return corpus.skipped.filter((s) => s.ignored !== true).length;
}

function reportSkipped(skipped: Corpus['skipped'], io: Io): void {
	for (const { file, reason } of skipped) io.stderr.write(`storylens: skipped ${file}: ${reason}\n`);
}
