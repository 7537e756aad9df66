/**
 * L2-regularised logistic regression fitted by Newton's method. With a few
 * dozen standardised features and a few thousand pairs each Newton step is a
 * small linear solve, it converges in a handful of steps, and unlike
 * stochastic gradient descent it has no learning rate or shuffling to make
 * runs differ.
 */

export interface FittedLogistic {
	readonly mean: number[];
	readonly scale: number[];
	readonly weights: number[];
	readonly bias: number;
}

function sigmoid(z: number): number {
	return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves the symmetric positive-definite system `matrix * x = vector` by Cholesky decomposition. */
function solveSymmetric(matrix: number[][], vector: number[]): number[] {
	const n = vector.length;
	const lower: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let sum = matrix[i]?.[j] ?? 0;
			for (let k = 0; k < j; k++) sum -= (lower[i]?.[k] ?? 0) * (lower[j]?.[k] ?? 0);
			const row = lower[i] as number[];
			if (i === j) row[j] = Math.sqrt(Math.max(sum, 1e-12));
			else row[j] = sum / (lower[j]?.[j] ?? 1);
		}
	}
	const forward = new Array<number>(n).fill(0);
	for (let i = 0; i < n; i++) {
		let sum = vector[i] ?? 0;
		for (let k = 0; k < i; k++) sum -= (lower[i]?.[k] ?? 0) * (forward[k] ?? 0);
		forward[i] = sum / (lower[i]?.[i] ?? 1);
	}
	const solution = new Array<number>(n).fill(0);
	for (let i = n - 1; i >= 0; i--) {
		let sum = forward[i] ?? 0;
		for (let k = i + 1; k < n; k++) sum -= (lower[k]?.[i] ?? 0) * (solution[k] ?? 0);
		solution[i] = sum / (lower[i]?.[i] ?? 1);
	}
	return solution;
}

/** Means and standard deviations of the columns, each row counting its weight (1 without weights). */
export function columnStatistics(rows: readonly Float64Array[], rowWeights?: readonly number[]): { mean: number[]; scale: number[] } {
	const width = rows[0]?.length ?? 0;
	const mean = new Array<number>(width).fill(0);
	const scale = new Array<number>(width).fill(0);
	const weightOf = (index: number): number => rowWeights?.[index] ?? 1;
	let total = 0;
	rows.forEach((_, index) => (total += weightOf(index)));
	rows.forEach((row, index) => {
		for (let j = 0; j < width; j++) mean[j] = (mean[j] ?? 0) + (weightOf(index) * (row[j] ?? 0)) / total;
	});
	rows.forEach((row, index) => {
		for (let j = 0; j < width; j++) scale[j] = (scale[j] ?? 0) + (weightOf(index) * ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2) / total;
	});
	// A constant column gets scale 1 so it contributes nothing rather than dividing by zero.
	return { mean, scale: scale.map((variance) => (variance > 1e-12 ? Math.sqrt(variance) : 1)) };
}

/**
 * `lambda` is the L2 penalty on the standardised weights (not on the bias);
 * `weights`, one per row, let one data set count for less than its size
 * (every row counts 1 without them).
 */
export function fitLogistic(
	rows: readonly Float64Array[],
	labels: readonly boolean[],
	lambda: number,
	rowWeights?: readonly number[],
): FittedLogistic {
	const { mean, scale } = columnStatistics(rows, rowWeights);
	const width = mean.length;
	const size = width + 1; // last slot is the bias
	const standardised = rows.map((row) => {
		const x = new Array<number>(size);
		for (let j = 0; j < width; j++) x[j] = ((row[j] ?? 0) - (mean[j] ?? 0)) / (scale[j] ?? 1);
		x[width] = 1;
		return x;
	});
	let theta = new Array<number>(size).fill(0);
	for (let iteration = 0; iteration < 50; iteration++) {
		const gradient = new Array<number>(size).fill(0);
		const hessian: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
		standardised.forEach((x, index) => {
			let z = 0;
			for (let j = 0; j < size; j++) z += (theta[j] ?? 0) * (x[j] ?? 0);
			const p = sigmoid(z);
			const weight = rowWeights?.[index] ?? 1;
			const error = weight * (p - (labels[index] ? 1 : 0));
			const curvature = weight * Math.max(p * (1 - p), 1e-9);
			for (let j = 0; j < size; j++) {
				const xj = x[j] ?? 0;
				gradient[j] = (gradient[j] ?? 0) + error * xj;
				const hessianRow = hessian[j] as number[];
				for (let k = 0; k <= j; k++) hessianRow[k] = (hessianRow[k] ?? 0) + curvature * xj * (x[k] ?? 0);
			}
		});
		for (let j = 0; j < size; j++) {
			const hessianRow = hessian[j] as number[];
			for (let k = 0; k < j; k++) (hessian[k] as number[])[j] = hessianRow[k] ?? 0;
			if (j < width) {
				gradient[j] = (gradient[j] ?? 0) + lambda * (theta[j] ?? 0);
				hessianRow[j] = (hessianRow[j] ?? 0) + lambda;
			}
		}
		const step = solveSymmetric(hessian, gradient);
		theta = theta.map((value, j) => value - (step[j] ?? 0));
		if (Math.max(...step.map(Math.abs)) < 1e-8) break;
	}
	return { mean, scale, weights: theta.slice(0, width), bias: theta[width] ?? 0 };
}

export function predictLogistic(model: FittedLogistic, row: Float64Array): number {
	let z = model.bias;
	for (let j = 0; j < model.weights.length; j++)
		z += (model.weights[j] ?? 0) * (((row[j] ?? 0) - (model.mean[j] ?? 0)) / (model.scale[j] ?? 1));
	return sigmoid(z);
}
