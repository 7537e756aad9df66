/**
 * The whole-corpus analysis, step by step with progress, and its disk cache.
 * Used by the analysis worker (so the dashboard never waits on it) and by
 * the JSON commands.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../paths.js';
import type { Corpus } from '../corpus/index.js';
import { analyseClaims, type ClaimsAnalysis } from './claims/index.js';
import { analyseEntities, type Entity } from './entities/index.js';

export interface AnalysisResult {
	entities: Entity[];
	claims: ClaimsAnalysis;
}

let codeFingerprint: string | undefined;

/**
 * What produced a cached result: the analysis code (every script beside this
 * module, which is the bundle folder in a release and dist/src/analysis when
 * run from the compiled tree) and the shipped models. A new build never
 * reuses an old build's results, with no version number to forget to bump.
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
	addFolder(dirname(fileURLToPath(import.meta.url)));
	addFolder(dataPath());
	codeFingerprint = hash.digest('hex');
	return codeFingerprint;
}

/** The cache folder: $XDG_CACHE_HOME/storylens, else ~/.cache/storylens; never beside the corpus. */
export function cacheFolder(): string {
	const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
	return join(base, 'storylens');
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

export async function readCachedAnalysis(corpus: Corpus): Promise<AnalysisResult | null> {
	try {
		const parsed = JSON.parse(await readFile(join(cacheFolder(), `${corpusKey(corpus)}.json`), 'utf8')) as Partial<AnalysisResult>;
		return Array.isArray(parsed.entities) && parsed.claims ? (parsed as AnalysisResult) : null;
	} catch {
		return null;
	}
}

/** Writes atomically (temp file, then rename); a cache that cannot be written is only slower next time. */
export async function writeCachedAnalysis(corpus: Corpus, result: AnalysisResult): Promise<void> {
	try {
		await mkdir(cacheFolder(), { recursive: true });
		const file = join(cacheFolder(), `${corpusKey(corpus)}.json`);
		await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(result));
		await rename(`${file}.${process.pid}.tmp`, file);
	} catch {
		// A read-only home or a full disk must not break the analysis.
	}
}

export interface AnalysisOptions {
	cache: boolean;
}

/** Entities and claims of a corpus, from the cache when the same corpus was analysed before. */
export async function analyseCorpus(
	corpus: Corpus,
	options: AnalysisOptions,
	onStep?: (step: 'entities' | 'claims', partial: Partial<AnalysisResult>) => void,
	onProgress?: (done: number, total: number) => void,
): Promise<AnalysisResult> {
	if (options.cache) {
		const cached = await readCachedAnalysis(corpus);
		if (cached) return cached;
	}
	const entities = analyseEntities(corpus, onProgress);
	onStep?.('entities', { entities });
	const claims = analyseClaims(corpus);
	onStep?.('claims', { entities, claims });
	const result = { entities, claims };
	if (options.cache) await writeCachedAnalysis(corpus, result);
	return result;
}
