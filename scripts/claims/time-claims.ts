/**
 * Times the claims analysis on a large real corpus (default: the 2,225 BBC
 * News articles in ../shared/eval/bbc), to check that blocking keeps it far
 * from all-pairs cost.
 *
 *   node dist/scripts/claims/time-claims.js [DIR]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseClaims } from '../../src/analysis/claims/index.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { packageRoot } from '../../src/paths.js';

async function main(args: readonly string[]): Promise<number> {
	const dir = args[0] ?? join(packageRoot(), '..', 'shared', 'eval', 'bbc');
	if (!existsSync(dir)) {
		console.log(`time-claims: folder not found: ${dir}`);
		return 2;
	}
	const corpus = await loadCorpus([dir]);
	const sentences = corpus.articles.reduce((sum, a) => sum + a.sentences.length, 0);
	const start = performance.now();
	const analysis = analyseClaims(corpus);
	const ms = performance.now() - start;
	console.log(
		`${corpus.articles.length} articles, ${sentences} sentences: analyseClaims in ${ms.toFixed(0)} ms, ` +
			`${analysis.claims.length} claims, ${analysis.singleSource.length} single-source units`,
	);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
