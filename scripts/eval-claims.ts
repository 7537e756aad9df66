/**
 * Measures the same-claim decision on evaluation data.
 *
 *   node dist/scripts/eval-claims.js              held-out 20% of ../shared/eval/msrp/train.txt
 *   node dist/scripts/eval-claims.js --msrp FILE  every pair of FILE, shipped settings, no retuning
 *
 * The last line is always `msrp accuracy A f1 F` for scripts to read.
 * Exits 2 with one line if the data file is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { evaluateMsrp } from './eval/msrp.js';

/** The value after `name`; null when the option is given without one. */
function optionValue(args: readonly string[], name: string): string | undefined | null {
	const index = args.indexOf(name);
	if (index < 0) return undefined;
	const value = args[index + 1];
	return value === undefined || value.startsWith('--') ? null : value;
}

function main(args: readonly string[]): number {
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
	const evaluation = evaluateMsrp(file, { part: given === undefined ? 'held-out' : 'all' });
	for (const line of evaluation.lines) console.log(line);
	console.log(evaluation.summary);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
