/**
 * The whole-corpus analysis, step by step with progress, and its disk cache.
 * Used by the analysis worker (so the dashboard never waits on it) and by
 * the JSON commands.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCached, writeCached } from '../cache-folder.js';
import { dataPath } from '../paths.js';
import type { Corpus } from '../corpus/index.js';
import type { ClaimsAnalysis } from '../analysis/claims/index.js';
import type { ClaimSourcing, CoverageData } from '../analysis/coverage/types.js';
import { withoutTexts, withTexts, type AnalysisPart, type AnalysisResult } from './texts.js';

export type { AnalysisPart, AnalysisResult } from './texts.js';

let codeFingerprint: string | undefined;

/**
 * What produced a cached result: the analysis code and the shipped models. The
 * code is every script beside this module (the bundle folder in a release;
 * dist/src/analysis-runtime when run from the compiled tree) and, in the
 * compiled tree, the pure analysis in the sibling dist/src/analysis. A new
 * build never reuses an old build's results, with no version to bump by hand.
 */
function analysisFingerprint(): string {
	if (codeFingerprint !== undefined) return codeFingerprint;
	const hash = createHash('sha256');
	const addFolder = (folder: string): void => {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
		} catch {
			return;
		}
		for (const entry of entries) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) addFolder(path);
			else if (/\.(?:js|json|gz)$/u.test(entry.name)) hash.update(readFileSync(path));
		}
	};
	const here = dirname(fileURLToPath(import.meta.url));
	addFolder(here);
	// Absent beside the bundle, where the analysis is in the scripts already hashed.
	addFolder(join(here, '..', 'analysis'));
	addFolder(dataPath());
	codeFingerprint = hash.digest('hex');
	return codeFingerprint;
}

/** A key over what the analysis reads: every article's id, title and sentences. */
export function corpusKey(corpus: Corpus): string {
	const hash = createHash('sha256');
	hash.update(`${analysisFingerprint()}\n`);
	for (const article of corpus.articles) {
		hash.update(`${article.id}\u0000${article.title}\u0000`);
		for (const sentence of article.sentences) hash.update(`${sentence.text}\u0001`);
	}
	return hash.digest('hex').slice(0, 32);
}

export interface AnalysisOptions {
	cache: boolean;
}

/** `what`: an analysis part, or "sourcing" (read after the claims). */
function cacheName(corpus: Corpus, what: AnalysisPart | 'sourcing'): string {
	return `${corpusKey(corpus)}-${what}.json`;
}

/**
 * One part of the analysis, from the cache when the same corpus was analysed
 * by the same code before. The parts are independent, so the dashboard runs
 * them in two workers at once (one per core on a 2-core machine).
 */
export async function analysePart<P extends AnalysisPart>(
	corpus: Corpus,
	part: P,
	options: AnalysisOptions,
	onProgress?: (done: number, total: number) => void,
): Promise<AnalysisResult[P]> {
	return withTexts(part, await analysePartWithoutTexts(corpus, part, options, onProgress), corpus);
}

/**
 * The same, with every quoted text left empty (texts.ts): as the cache keeps
 * it, and as the worker sends it, so neither cuts the texts only to drop them again.
 */
export async function analysePartWithoutTexts<P extends AnalysisPart>(
	corpus: Corpus,
	part: P,
	options: AnalysisOptions,
	onProgress?: (done: number, total: number) => void,
): Promise<AnalysisResult[P]> {
	const name = cacheName(corpus, part);
	if (options.cache) {
		const cached = await readCached<AnalysisResult[P]>(name);
		if (cached) return cached;
	}
	// Each worker loads only its own part's code (compromise and its lexicon for entities alone).
	const result = (
		part === 'entities'
			? (await import('../analysis/entities/index.js')).analyseEntities(corpus, onProgress)
			: (await import('../analysis/claims/index.js')).analyseClaims(corpus)
	) as AnalysisResult[P];
	withoutTexts(part, result);
	if (options.cache) await writeCached(name, result);
	return result;
}

/** What the coverage reads from the text of the claims (src/analysis/coverage/sourcing.ts), from the cache; null when it is not there. */
export async function cachedSourcing(corpus: Corpus, options: AnalysisOptions): Promise<ClaimSourcing | null> {
	return options.cache ? readCached<ClaimSourcing>(cacheName(corpus, 'sourcing')) : null;
}

/** The same read from the text, and cached beside the claims. `claims` must carry their texts. */
export async function readSourcing(corpus: Corpus, claims: ClaimsAnalysis, options: AnalysisOptions): Promise<ClaimSourcing> {
	const sourcing = (await import('../analysis/coverage/sourcing.js')).sourceClaims(corpus, claims);
	if (options.cache) await writeCached(cacheName(corpus, 'sourcing'), sourcing);
	return sourcing;
}

/** The whole coverage counted (src/analysis/coverage/count.ts), its sourcing from the cache when the same claims were read before. */
export async function analyseCoverageData(corpus: Corpus, claims: ClaimsAnalysis, options: AnalysisOptions): Promise<CoverageData> {
	const sourcing = (await cachedSourcing(corpus, options)) ?? (await readSourcing(corpus, claims, options));
	return (await import('../analysis/coverage/count.js')).countCoverage(corpus, claims, sourcing);
}

/** Entities and claims of a corpus. */
export async function analyseCorpus(corpus: Corpus, options: AnalysisOptions): Promise<AnalysisResult> {
	return { entities: await analysePart(corpus, 'entities', options), claims: await analysePart(corpus, 'claims', options) };
}
