/**
 * Measures the same-claim decision on evaluation data.
 *
 *   node dist/scripts/eval-claims.js              held-out 20% of ../shared/eval/msrp/train.txt
 *   node dist/scripts/eval-claims.js --msrp FILE  every pair of FILE, shipped settings, no retuning
 *   node dist/scripts/eval-claims.js --ecbplus DIR  ECB+ from DIR (default ../shared/eval/ecbplus)
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
import { AFFINITY_THRESHOLD } from '../src/analysis/claims/index.js';
import { affinityPairs, shareAtLeast } from './claims/affinity-data.js';
import { defaultBasil, partOption } from './eval/basil-events.js';
import { evaluateDifferences } from './eval/differences-eval.js';
import { evaluateEcbPlus } from './eval/ecbplus.js';
import { binaryMetrics, formatMetrics } from './eval/metrics.js';
import { readMsrp, splitMsrp } from './eval/msrp-data.js';
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
	const evaluation = evaluateMsrp(file, { part: given === undefined ? 'held-out' : 'all' });
	for (const line of evaluation.lines) console.log(line);
	// The claims view groups with the claim affinity, not the paraphrase model above: its figures on the same part.
	const msrpPart = given === undefined ? splitMsrp(readMsrp(file)).heldOut : readMsrp(file);
	const affinity = affinityPairs(msrpPart);
	console.log(
		`claim affinity >= ${AFFINITY_THRESHOLD} (claims grouping): keeps ${(100 * shareAtLeast(affinity.paraphrases, AFFINITY_THRESHOLD)).toFixed(1)}% of ${affinity.paraphrases.length} paraphrase pairs together, accepts ${(100 * shareAtLeast(affinity.unjudged, AFFINITY_THRESHOLD)).toFixed(1)}% of ${affinity.unjudged.length} blocked pairs of different claims`,
	);
	// The grouping asks whether a sentence carries the claim, not whether it says nothing more:
	// MSRP's "not paraphrase" pairs are mostly one statement with a detail added or changed,
	// which the claims view groups on purpose and marks "~ differs".
	const grouping = binaryMetrics(
		affinity.judged.map((p) => p.affinity >= AFFINITY_THRESHOLD),
		affinity.judged.map((p) => p.paraphrase),
	);
	const negatives = affinity.judged.filter((p) => !p.paraphrase);
	console.log(formatMetrics('claims grouping decision on the same pairs', grouping));
	console.log(
		`  (it groups ${(100 * shareAtLeast(negatives.map((p) => p.affinity), AFFINITY_THRESHOLD)).toFixed(1)}% of the ${negatives.length} pairs MSRP calls different; within a claim, "= same" / "~ differs" is the paraphrase model's call)`,
	);
	const ecbFolder = ecbDir ?? join(packageRoot(), '..', 'shared', 'eval', 'ecbplus');
	const ecb = evaluateEcbPlus(ecbFolder);
	if (ecb === null) console.log(`ecb+: skipped, no ecbplus_documents.jsonl and ecbplus_mentions.jsonl in ${ecbFolder}`);
	else for (const line of ecb.lines) console.log(line);
	// Within each claim, the differences flagged: judged on BASIL (scripts/eval/differences-eval.ts).
	const basil = optionValue(args, '--basil') ?? defaultBasil();
	const differences = await evaluateDifferences(basil, partOption(args));
	if (differences === null) console.log(`flagged differences: skipped, no BASIL events in ${basil} or no verdicts`);
	else for (const line of differences.lines) console.log(line);
	console.log(evaluation.summary);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
