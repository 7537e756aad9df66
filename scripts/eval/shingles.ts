/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark):
 * per page, both texts split into `\w+` tokens and counted as 4-token shingles;
 * TP, FP and FN are each divided by TP+FP+FN of that page, so long pages weigh
 * no more than short ones. Precision and recall are means over pages, F1 comes
 * from those two means; accuracy is the share of pages whose tokens match exactly.
 */

/** Python's `\w` (Unicode letters and digits, and `_`). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface PageCounts {
	tp: number;
	fp: number;
	fn: number;
}

export interface ExtractionScore {
	precision: number;
	recall: number;
	f1: number;
	accuracy: number;
	pages: number;
}

function shingles(text: string, n: number): Map<string, number> {
	const tokens = text.match(TOKEN) ?? [];
	const counts = new Map<string, number>();
	// As the benchmark does: a text shorter than n tokens is one short shingle, an empty one none.
	for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
		const shingle = tokens.slice(i, i + n);
		if (shingle.length === 0) continue;
		const key = shingle.join(' ');
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

export function shingleCounts(truth: string, predicted: string, n = 4): PageCounts {
	const expected = shingles(truth, n);
	const got = shingles(predicted, n);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const key of new Set([...expected.keys(), ...got.keys()])) {
		const want = expected.get(key) ?? 0;
		const have = got.get(key) ?? 0;
		tp += Math.min(want, have);
		fp += Math.max(0, have - want);
		fn += Math.max(0, want - have);
	}
	const sum = tp + fp + fn;
	return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

export function extractionScore(pages: readonly { truth: string; predicted: string }[]): ExtractionScore {
	const precisions: number[] = [];
	const recalls: number[] = [];
	let exact = 0;
	for (const { truth, predicted } of pages) {
		const { tp, fp, fn } = shingleCounts(truth, predicted);
		if (tp + fp > 0) precisions.push(tp / (tp + fp));
		if (tp + fn > 0) recalls.push(tp / (tp + fn));
		if ((truth.match(TOKEN) ?? []).join(' ') === (predicted.match(TOKEN) ?? []).join(' ')) exact++;
	}
	const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);
	const precision = mean(precisions);
	const recall = mean(recalls);
	return {
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
		accuracy: pages.length === 0 ? 0 : exact / pages.length,
		pages: pages.length,
	};
}
