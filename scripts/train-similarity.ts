/**
 * Trains the shipped same-claim model on the tuning part (80%) of MSRP and
 * writes data/similarity/same-claim-model.json. Deterministic: the split, the
 * folds and the Newton fit involve no randomness.
 *
 *   node dist/scripts/train-similarity.js [--msrp FILE] [--ablate] [--dry-run]
 *
 * --ablate prints cross-validated accuracy with each feature left out;
 * --dry-run reports without writing the model.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CLAIM_MODEL_FILE, CLAIM_MODEL_FORMAT, type ClaimModel } from '../src/analysis/similarity/claim-model.js';
import { uniformIdf } from '../src/analysis/similarity/idf.js';
import { setSynonymFolding } from '../src/analysis/similarity/lexicon.js';
import { FEATURE_NAMES } from '../src/analysis/similarity/pair-features.js';
import { dataPath, packageRoot } from '../src/paths.js';
import { wordOverlap } from './eval/baselines.js';
import { bestAccuracyThreshold } from './eval/metrics.js';
import { foldOf, readMsrp, splitMsrp } from './eval/msrp-data.js';
import { crossValidate, selectColumns } from './similarity/cross-validate.js';
import { featureRows, profilePairs } from './similarity/featurise.js';
import { fitLogistic } from './similarity/logistic.js';

const FOLDS = 10;
const LAMBDAS = [0.1, 0.3, 1, 3, 10, 30, 100, 300];

function optionValue(args: readonly string[], name: string): string | undefined {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
}

function main(args: readonly string[]): number {
	const file = optionValue(args, '--msrp') ?? join(packageRoot(), '..', 'shared', 'eval', 'msrp', 'train.txt');
	if (!existsSync(file)) {
		console.log(`train-similarity: MSRP file not found: ${file}`);
		return 2;
	}
	const { tuning } = splitMsrp(readMsrp(file));
	const profiled = profilePairs(tuning);
	const rows = featureRows(profiled);
	const labels = tuning.map((pair) => pair.paraphrase);
	const folds = tuning.map((pair) => foldOf(pair, FOLDS));
	console.log(`tuning pairs ${tuning.length}, features ${FEATURE_NAMES.length}, ${FOLDS}-fold cross-validation`);

	const results = LAMBDAS.map((lambda) => ({ lambda, ...crossValidate(rows, labels, folds, FOLDS, lambda) }));
	for (const result of results) console.log(`  lambda ${String(result.lambda).padStart(5)}  cv accuracy ${result.accuracy.toFixed(4)}`);
	const top = Math.max(...results.map((result) => result.accuracy));
	// One-standard-error rule: the strongest regularisation whose accuracy is within
	// one binomial standard error of the best. The features are strongly correlated,
	// and differences smaller than that are noise, while stronger shrinkage gives
	// steadier weights on other text.
	const standardError = Math.sqrt((top * (1 - top)) / rows.length);
	const chosen = results.filter((result) => result.accuracy >= top - standardError).at(-1) ?? results[0];
	if (chosen === undefined) throw new Error('no regularisation strengths to try');
	const bestLambda = chosen.lambda;
	const bestAccuracy = chosen.accuracy;
	const bestProbabilities = chosen.probabilities;

	if (args.includes('--ablate')) {
		console.log(`feature ablation at lambda ${bestLambda} (cv accuracy without the feature; baseline ${bestAccuracy.toFixed(4)})`);
		FEATURE_NAMES.forEach((name, dropped) => {
			const columns = FEATURE_NAMES.map((_, index) => index).filter((index) => index !== dropped);
			const cv = crossValidate(selectColumns(rows, columns), labels, folds, FOLDS, bestLambda);
			console.log(`  -${name.padEnd(26)} ${cv.accuracy.toFixed(4)}  (${signed(cv.accuracy - bestAccuracy)})`);
		});
		const uniform = crossValidate(featureRows(profiled, uniformIdf), labels, folds, FOLDS, bestLambda);
		console.log(`  uniform IDF instead of corpus IDF ${uniform.accuracy.toFixed(4)}  (${signed(uniform.accuracy - bestAccuracy)})`);
		setSynonymFolding(false);
		const unfolded = crossValidate(featureRows(profilePairs(tuning)), labels, folds, FOLDS, bestLambda);
		setSynonymFolding(true);
		console.log(`  no synonym folding                ${unfolded.accuracy.toFixed(4)}  (${signed(unfolded.accuracy - bestAccuracy)})`);
	}

	const fitted = fitLogistic(rows, labels, bestLambda);
	// The threshold comes from out-of-fold probabilities: in-sample ones are overconfident.
	const threshold = bestAccuracyThreshold(bestProbabilities, labels);
	const model: ClaimModel = {
		format: CLAIM_MODEL_FORMAT,
		features: [...FEATURE_NAMES],
		mean: fitted.mean.map(round),
		scale: fitted.scale.map(round),
		weights: fitted.weights.map(round),
		bias: round(fitted.bias),
		threshold: round(threshold),
		training: {
			data: 'MSRP train.txt, tuning part (pairs whose FNV-1a(id1:id2) % 5 != 0)',
			pairs: tuning.length,
			idf: 'per-sentence IDF over the tuning part sentences',
			lambda: bestLambda,
			cvFolds: FOLDS,
			cvAccuracy: round(bestAccuracy),
			// Recorded so the evaluation can show the baselines on any file without retuning.
			majorityAnswer: labels.filter(Boolean).length * 2 >= labels.length ? 'same' : 'different',
			wordOverlapBaselineThreshold: round(
				bestAccuracyThreshold(
					tuning.map((pair) => wordOverlap(pair.sentence1, pair.sentence2)),
					labels,
				),
			),
		},
	};
	console.log(`chosen lambda ${bestLambda}, cv accuracy ${bestAccuracy.toFixed(4)}, threshold ${threshold.toFixed(4)}`);
	for (const [index, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(26)} ${(fitted.weights[index] ?? 0).toFixed(3)}`);
	if (args.includes('--dry-run')) return 0;
	const target = dataPath('similarity', CLAIM_MODEL_FILE);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, `${JSON.stringify(model, null, '\t')}\n`);
	console.log(`wrote ${relative(packageRoot(), target)}`);
	return 0;
}

function signed(delta: number): string {
	return (delta >= 0 ? '+' : '') + delta.toFixed(4);
}

/** Fixed precision keeps the shipped file small and its diffs readable. */
function round(value: number): number {
	return Number(value.toPrecision(8));
}

process.exitCode = main(process.argv.slice(2));
