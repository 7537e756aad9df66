/**
 * Measures the same-claim decision on evaluation data.
 *
 *   node dist/scripts/eval-claims.js              held-out 20% of ../shared/eval/msrp/train.txt
 *   node dist/scripts/eval-claims.js --msrp FILE  every pair of FILE, shipped settings, no retuning
 *   node dist/scripts/eval-claims.js --ecbplus DIR  ECB+ from DIR (default ../shared/eval/ecbplus)
 *   node dist/scripts/eval-claims.js --split test   the BASIL gold's held-back events (default dev; or all)
 *   node dist/scripts/eval-claims.js --basil DIR --gold DIR   BASIL articles and the gold standard
 *   node dist/scripts/eval-claims.js --only basil   skip MSRP and ECB+
 *
 * After MSRP, the claims alignment is measured on ECB+ (scripts/eval/ecbplus.ts)
 * when its files are there; otherwise that part is skipped with a one-line note.
 * Then the flagged differences within claims (source, hedge, number conflict) are
 * scored on BASIL events against verdicts kept in eval/basil-differences
 * (`--basil DIR`; `--held-back` for the third held back for the final figures, `--all` for both).
 * The last line is always `msrp accuracy A f1 F` for scripts to read.
 * Exits 2 with one line if the data file is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { basilLine, evaluateBasil } from './eval/basil-claims.js';
import { defaultBasil, partOption } from './eval/basil-events.js';
import { evaluateDifferences } from './eval/differences-eval.js';
import { evaluateEcbPlus } from './eval/ecbplus.js';
import { evaluateMsrp } from './eval/msrp.js';

/** The value after `name`; null when the option is given without one. */
function optionValue(args: readonly string[], name: string): string | undefined | null {
	const index = args.indexOf(name);
	if (index < 0) return undefined;
	const value = args[index + 1];
	return value === undefined || value.startsWith('--') ? null : value;
}

async function main(args: readonly string[]): Promise<number> {
	const given = optionValue(args, '--msrp');
	if (given === null) {
		console.log('eval-claims: --msrp needs a file in MSRP format');
		return 2;
	}
	const file = given ?? join(packageRoot(), '..', 'shared', 'eval', 'msrp', 'train.txt');
	if (!existsSync(file)) {
		console.log(`eval-claims: MSRP file not found: ${file}`);
		return 2;
	}
	const ecbDir = optionValue(args, '--ecbplus');
	if (ecbDir === null) {
		console.log('eval-claims: --ecbplus needs a folder');
		return 2;
	}
	const split = optionValue(args, '--split') ?? 'dev';
	if (split !== 'dev' && split !== 'test' && split !== 'all') {
		console.log('eval-claims: --split is dev, test or all');
		return 2;
	}
	const basilDir = optionValue(args, '--basil') ?? defaultBasil();
	const goldDir = optionValue(args, '--gold') ?? join(packageRoot(), 'eval', 'basil-claims');
	const basil = await evaluateBasil(basilDir, goldDir, split);
	if (basil === null) console.log(`basil: skipped, no ${split} gold in ${goldDir} or no events in ${basilDir}`);
	else {
		for (const line of basil.lines) console.log(line);
		console.log(basilLine(basil.totals));
	}
	if (optionValue(args, '--only') === 'basil') return 0;
	const evaluation = evaluateMsrp(file, { part: given === undefined ? 'held-out' : 'all' });
	for (const line of evaluation.lines) console.log(line);
	const ecbFolder = ecbDir ?? join(packageRoot(), '..', 'shared', 'eval', 'ecbplus');
	const ecb = evaluateEcbPlus(ecbFolder);
	if (ecb === null) console.log(`ecb+: skipped, no ecbplus_documents.jsonl and ecbplus_mentions.jsonl in ${ecbFolder}`);
	else for (const line of ecb.lines) console.log(line);
	// Within each claim, the differences flagged: judged on BASIL (scripts/eval/differences-eval.ts).
	const differences = await evaluateDifferences(basilDir, partOption(args));
	if (differences === null) console.log(`flagged differences: skipped, no BASIL events in ${basilDir} or no verdicts`);
	else for (const line of differences.lines) console.log(line);
	console.log(evaluation.summary);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
