/**
 * Order-free and order-aware overlap measures between two token sequences.
 * All return raw counts or ratios; pairFeatures decides how to combine them
 * so that the result does not depend on which sentence came first.
 */

export function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const item of small) if (large.has(item)) shared++;
	return shared;
}

/** Items of `a` missing from `b`. */
export function missingCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
	let missing = 0;
	for (const item of a) if (!b.has(item)) missing++;
	return missing;
}

// Reused across calls: scoring happens in tight loops and allocating fresh
// dynamic-programming rows per pair dominated the cost.
let lcsPrevious = new Int32Array(64);
let lcsCurrent = new Int32Array(64);
let editPrevious = new Int32Array(64);
let editCurrent = new Int32Array(64);

export interface SequenceComparison {
	/** Length of the longest common subsequence. */
	readonly commonSubsequence: number;
	/** Word-level Levenshtein distance: insertions, deletions and substitutions turning one into the other. */
	readonly editDistance: number;
}

/** Both order-aware measures in one pass over the n*m grid, since they share the loop structure. */
export function compareSequences(a: readonly string[], b: readonly string[]): SequenceComparison {
	const width = b.length + 1;
	if (lcsPrevious.length < width) {
		lcsPrevious = new Int32Array(width * 2);
		lcsCurrent = new Int32Array(width * 2);
		editPrevious = new Int32Array(width * 2);
		editCurrent = new Int32Array(width * 2);
	}
	let lcsUp = lcsPrevious;
	let lcsRow = lcsCurrent;
	let editUp = editPrevious;
	let editRow = editCurrent;
	for (let j = 0; j < width; j++) {
		lcsUp[j] = 0;
		editUp[j] = j;
	}
	for (let i = 0; i < a.length; i++) {
		const item = a[i];
		lcsRow[0] = 0;
		editRow[0] = i + 1;
		for (let j = 0; j < b.length; j++) {
			const diagonalLcs = lcsUp[j] as number;
			const diagonalEdit = editUp[j] as number;
			const aboveLcs = lcsUp[j + 1] as number;
			const leftLcs = lcsRow[j] as number;
			const aboveEdit = (editUp[j + 1] as number) + 1;
			const leftEdit = (editRow[j] as number) + 1;
			if (item === b[j]) {
				lcsRow[j + 1] = diagonalLcs + 1;
				editRow[j + 1] = Math.min(diagonalEdit, aboveEdit, leftEdit);
			} else {
				lcsRow[j + 1] = aboveLcs > leftLcs ? aboveLcs : leftLcs;
				editRow[j + 1] = Math.min(diagonalEdit + 1, aboveEdit, leftEdit);
			}
		}
		[lcsUp, lcsRow] = [lcsRow, lcsUp];
		[editUp, editRow] = [editRow, editUp];
	}
	return { commonSubsequence: lcsUp[b.length] as number, editDistance: editUp[b.length] as number };
}

/** Harmonic mean, 0 when either side is 0. */
export function harmonic(x: number, y: number): number {
	return x + y === 0 ? 0 : (2 * x * y) / (x + y);
}

export function safeRatio(numerator: number, denominator: number): number {
	return denominator === 0 ? 0 : numerator / denominator;
}
