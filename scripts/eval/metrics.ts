/** Binary classification figures for paraphrase / same-claim decisions. */

export interface BinaryMetrics {
	readonly count: number;
	readonly accuracy: number;
	readonly precision: number;
	readonly recall: number;
	readonly f1: number;
}

export function binaryMetrics(predicted: readonly boolean[], actual: readonly boolean[]): BinaryMetrics {
	let truePositive = 0;
	let falsePositive = 0;
	let falseNegative = 0;
	let correct = 0;
	predicted.forEach((guess, index) => {
		const truth = actual[index] ?? false;
		if (guess === truth) correct++;
		if (guess && truth) truePositive++;
		else if (guess && !truth) falsePositive++;
		else if (!guess && truth) falseNegative++;
	});
	const precision = truePositive + falsePositive === 0 ? 0 : truePositive / (truePositive + falsePositive);
	const recall = truePositive + falseNegative === 0 ? 0 : truePositive / (truePositive + falseNegative);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { count: predicted.length, accuracy: predicted.length === 0 ? 0 : correct / predicted.length, precision, recall, f1 };
}

/**
 * The cut on `scores` (predict "same" when score >= cut) with the highest
 * accuracy; ties go to the cut in the middle of the best run, which is less
 * sensitive to the exact sample than an edge of it.
 */
export function bestAccuracyThreshold(scores: readonly number[], actual: readonly boolean[]): number {
	const order = scores.map((score, index) => ({ score, truth: actual[index] ?? false })).sort((x, y) => x.score - y.score);
	// Start with every pair predicted "same", then move the cut up one distinct score at a time.
	let correct = order.filter((item) => item.truth).length;
	let bestCorrect = correct;
	let bestCuts: number[] = [order[0]?.score ?? 0];
	for (let i = 0; i < order.length;) {
		const score = order[i]?.score ?? 0;
		while (i < order.length && (order[i]?.score ?? 0) === score) {
			correct += order[i]?.truth ? -1 : 1;
			i++;
		}
		const next = order[i]?.score;
		const cut = next === undefined ? score + 1e-9 : (score + next) / 2;
		if (correct > bestCorrect) {
			bestCorrect = correct;
			bestCuts = [cut];
		} else if (correct === bestCorrect) {
			bestCuts.push(cut);
		}
	}
	return bestCuts[Math.floor((bestCuts.length - 1) / 2)] ?? 0.5;
}

export function formatMetrics(label: string, metrics: BinaryMetrics): string {
	const f = (value: number): string => value.toFixed(4);
	return (
		`${label.padEnd(34)} accuracy ${f(metrics.accuracy)}  precision ${f(metrics.precision)}  ` +
		`recall ${f(metrics.recall)}  f1 ${f(metrics.f1)}`
	);
}
