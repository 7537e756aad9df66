/**
 * Chooses the claim-affinity threshold on the tuning part of MSRP and
 * writes src/analysis/claims/affinity-threshold.ts.
 *
 *   node dist/scripts/claims/calibrate-affinity.js [--msrp FILE] [--dry-run]
 *
 * Rule: the threshold is the affinity that RECALL_TARGET of the paraphrase
 * pairs reach, with the pairs scored inside story corpora as the analysis
 * scores them (affinity-data.ts). A claim split in two hides the very
 * disagreement the claims view exists to show, so recall of what people
 * call the same statement is fixed first; what that costs is reported as the
 * share of blocked pairs of different claims accepted. Nothing here looks at
 * the seeds, ECB+ or MSRP's held-out part.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_SHARED_CONCEPTS } from '../../src/analysis/claims/affinity.js';
import { packageRoot } from '../../src/paths.js';
import { readMsrp, splitMsrp } from '../eval/msrp-data.js';
import { affinityPairs, shareAtLeast } from './affinity-data.js';

/** Share of MSRP's tuning paraphrases the threshold keeps together. */
export const RECALL_TARGET = 0.95;

/** The highest cut that `target` of `values` reach. */
export function quantileCut(values: readonly number[], target: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length * (1 - target))] ?? 0.5;
}

function main(args: readonly string[]): number {
	const index = args.indexOf('--msrp');
	const file = index >= 0 ? (args[index + 1] ?? '') : join(packageRoot(), '..', 'shared', 'eval', 'msrp', 'train.txt');
	if (!existsSync(file)) {
		console.log(`calibrate-affinity: MSRP file not found: ${file}`);
		return 2;
	}
	const { tuning } = splitMsrp(readMsrp(file));
	const pairs = affinityPairs(tuning);
	console.log(`tuning part: ${pairs.paraphrases.length} paraphrase pairs, ${pairs.unjudged.length} blocked pairs of different claims, ${pairs.corpusCount} corpora`);
	// The affinity is 0 for pairs sharing too few concepts: how many paraphrases that costs.
	const sharing = pairs.paraphrases.filter((a) => a > 0).length / Math.max(pairs.paraphrases.length, 1);
	console.log(`  paraphrases sharing at least ${MIN_SHARED_CONCEPTS} concepts: ${(sharing * 100).toFixed(1)}%`);
	for (const target of [0.9, 0.95, 0.98]) {
		const cut = quantileCut(pairs.paraphrases, target);
		console.log(`  paraphrase recall ${target}: affinity ${cut.toFixed(4)}, different claims accepted ${shareAtLeast(pairs.unjudged, cut).toFixed(4)}`);
	}
	const threshold = Number(quantileCut(pairs.paraphrases, RECALL_TARGET).toFixed(4));
	console.log(`threshold ${threshold} (paraphrase recall ${RECALL_TARGET})`);
	if (args.includes('--dry-run')) return 0;
	const target = join(packageRoot(), 'src', 'analysis', 'claims', 'affinity-threshold.ts');
	writeFileSync(
		target,
		`// Written by scripts/claims/calibrate-affinity.ts; do not edit by hand.

/**
 * Claim affinity at or above which two units state the same claim: the
 * affinity that ${RECALL_TARGET * 100}% of MSRP's tuning-part paraphrase pairs reach when
 * scored inside corpora of MSRP sentences (${pairs.paraphrases.length} pairs); at it,
 * ${(shareAtLeast(pairs.unjudged, threshold) * 100).toFixed(1)}% of ${pairs.unjudged.length} blocked pairs of different claims are accepted.
 */
export const AFFINITY_THRESHOLD = ${threshold};
`,
	);
	console.log(`wrote ${target}`);
	return 0;
}

if (process.argv[1]?.endsWith('calibrate-affinity.js')) process.exitCode = main(process.argv.slice(2));
