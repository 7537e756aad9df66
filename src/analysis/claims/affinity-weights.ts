// Written by scripts/claims/train-affinity.ts; do not edit by hand.
import type { AffinityModel } from './affinity-model.js';

export const AFFINITY_WEIGHTS: AffinityModel = {
	features: [
		"containment",
		"dice",
		"shared_weight",
		"bigram_containment",
		"names_missing",
		"names_shared",
		"quantity_link",
		"short_side"
	],
	mean: [
		0.30941967,
		0.27070735,
		2.5923707,
		0.15928259,
		0.53239589,
		0.66840009,
		0.20458066,
		2.4076361
	],
	scale: [
		0.29967675,
		0.27547884,
		2.8268773,
		0.27660914,
		0.45094568,
		0.96113886,
		0.40339486,
		0.25725592
	],
	weights: [
		0.68338658,
		2.0073766,
		2.7049448,
		-0.67019867,
		-0.13475183,
		-0.29783751,
		-0.0004711905,
		-0.83601773
	],
	bias: -2.7747601,
	threshold: 0.48950197,
	training: {
		data: "MSRP train.txt tuning part (FNV-1a(id1:id2) % 5 != 0): paraphrase pairs against blocked pairs of sentences from different MSRP pairs",
		paraphrasePairs: 2212,
		blockedPairs: 6826,
		lambda: 10,
		cvAccuracy: 0.9770967,
		thresholdRule: "out-of-fold recall 0.95 on paraphrase pairs",
		blockedAcceptedAtThreshold: 0.016847348
	}
};
