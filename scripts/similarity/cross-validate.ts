/**
 * k-fold cross-validation inside the tuning part: the only honest way to
 * compare regularisation strengths and feature sets without touching the
 * held-out part. Each fold's threshold is chosen on that fold's own training
 * rows, exactly as the shipped threshold is chosen without seeing test data.
 */
import { bestAccuracyThreshold } from '../eval/metrics.js';
import { fitLogistic, predictLogistic } from './logistic.js';

export interface CrossValidation {
	/** Out-of-fold probability for every row. */
	readonly probabilities: number[];
	/** Accuracy with each fold's own tuned threshold. */
	readonly accuracy: number;
}

export function selectColumns(rows: readonly Float64Array[], columns: readonly number[]): Float64Array[] {
	return rows.map((row) => Float64Array.from(columns, (column) => row[column] ?? 0));
}

export function crossValidate(
	rows: readonly Float64Array[],
	labels: readonly boolean[],
	folds: readonly number[],
	foldCount: number,
	lambda: number,
): CrossValidation {
	const probabilities = new Array<number>(rows.length).fill(0);
	let correct = 0;
	for (let fold = 0; fold < foldCount; fold++) {
		const trainIndices: number[] = [];
		const testIndices: number[] = [];
		folds.forEach((f, index) => (f === fold ? testIndices : trainIndices).push(index));
		const trainRows = trainIndices.map((index) => rows[index] as Float64Array);
		const trainLabels = trainIndices.map((index) => labels[index] ?? false);
		const model = fitLogistic(trainRows, trainLabels, lambda);
		const threshold = bestAccuracyThreshold(
			trainRows.map((row) => predictLogistic(model, row)),
			trainLabels,
		);
		for (const index of testIndices) {
			const probability = predictLogistic(model, rows[index] as Float64Array);
			probabilities[index] = probability;
			if (probability >= threshold === (labels[index] ?? false)) correct++;
		}
	}
	return { probabilities, accuracy: correct / rows.length };
}
