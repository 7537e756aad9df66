/**
 * Benchmark corpora: the seeds, and real news (BBC, from ../shared/eval) at
 * about 500, 2,000 and 10,000 articles; the largest repeats the BBC articles
 * under distinct ids, since no larger real set is at hand.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Article, type Corpus } from '../src/corpus/index.js';
import { packageRoot, seedsPath } from '../src/paths.js';

export const BBC_DIR = join(packageRoot(), '..', 'shared', 'eval', 'bbc');

export interface NamedCorpus {
	name: string;
	corpus: Corpus;
}

export async function benchCorpora(sizes: readonly number[]): Promise<NamedCorpus[]> {
	const corpora: NamedCorpus[] = [{ name: 'seeds (3)', corpus: await loadCorpus([seedsPath()]) }];
	if (!existsSync(BBC_DIR)) {
		process.stderr.write(`bench: ${BBC_DIR} not found; only the seeds are measured\n`);
		return corpora;
	}
	const bbc = await loadCorpus([BBC_DIR]);
	for (const size of sizes) corpora.push({ name: `bbc ${size}`, corpus: { articles: take(bbc.articles, size), skipped: [] } });
	return corpora;
}

/** The first `size` articles, cycling with new ids when the set is smaller. */
function take(articles: readonly Article[], size: number): Article[] {
	const out: Article[] = [];
	for (let i = 0; i < size; i++) {
		const source = articles[i % articles.length] as Article;
		const round = Math.floor(i / articles.length);
		out.push(round === 0 ? source : { ...source, id: `${source.id}~r${round}` });
	}
	return out;
}
