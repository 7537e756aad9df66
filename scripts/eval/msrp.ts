/**
 * Same-claim evaluation on MSRP with the shipped model and threshold. By
 * default only the held-out fifth of MSRP's train.txt is scored (the part no
 * weight, threshold or design choice was tuned on); with `part: 'all'` every
 * pair of the given file is scored, for other files in MSRP's format.
 */
import { performance } from 'node:perf_hooks';
import { loadClaimModel } from '../../src/analysis/similarity/claim-model.js';
import { uniformIdf } from '../../src/analysis/similarity/idf.js';
import { profileSentence } from '../../src/analysis/similarity/profile.js';
import { SAME_CLAIM_THRESHOLD, sameClaimProbability } from '../../src/analysis/similarity/same-claim.js';
import { profilePairs, type ProfiledPairs } from '../similarity/featurise.js';
import { wordOverlap } from './baselines.js';
import { binaryMetrics, formatMetrics, type BinaryMetrics } from './metrics.js';
import { readMsrp, splitMsrp } from './msrp-data.js';

export interface MsrpEvaluation {
	/** Human-readable report, one line per entry. */
	readonly lines: string[];
	readonly model: BinaryMetrics;
	/** The machine-readable summary: `msrp accuracy A f1 F`. */
	readonly summary: string;
}

export interface MsrpEvaluationOptions {
	/** 'held-out': the 20% never tuned on (default); 'all': every pair in the file. */
	readonly part?: 'held-out' | 'all';
}

function predictions(profiled: ProfiledPairs, idf: (stem: string) => number): number[] {
	return profiled.pairs.map((_, index) => {
		const a = profiled.first[index];
		const b = profiled.second[index];
		return a === undefined || b === undefined ? 0 : sameClaimProbability(a, b, idf);
	});
}

/** Average cost of profiling one sentence and of scoring one pair, in milliseconds. */
function timing(profiled: ProfiledPairs): { profileMs: number; pairMs: number } {
	const sentences = profiled.pairs.flatMap((pair) => [pair.sentence1, pair.sentence2]);
	// Warm up first so the figures describe steady use, not the JIT compiler.
	for (const sentence of sentences.slice(0, 500)) profileSentence(sentence);
	const startProfile = performance.now();
	for (const sentence of sentences) profileSentence(sentence);
	const profileMs = (performance.now() - startProfile) / Math.max(sentences.length, 1);
	// Score every first sentence against several second sentences, as claim clustering would.
	const rounds = 20;
	let sink = 0;
	const startPairs = performance.now();
	for (let round = 0; round < rounds; round++) {
		for (let index = 0; index < profiled.first.length; index++) {
			const a = profiled.first[index];
			const b = profiled.second[(index + round) % profiled.second.length];
			if (a !== undefined && b !== undefined) sink += sameClaimProbability(a, b, profiled.idf);
		}
	}
	const pairMs = (performance.now() - startPairs) / Math.max(rounds * profiled.first.length, 1);
	if (Number.isNaN(sink)) throw new Error('same-claim scores must be numbers');
	return { profileMs, pairMs };
}

export function evaluateMsrp(file: string, options: MsrpEvaluationOptions = {}): MsrpEvaluation {
	const part = options.part ?? 'held-out';
	const all = readMsrp(file);
	const pairs = part === 'all' ? all : splitMsrp(all).heldOut;
	const labels = pairs.map((pair) => pair.paraphrase);
	const training = loadClaimModel().training;
	// IDF over the sentences being scored, as storylens computes it over its corpus.
	const profiled = profilePairs(pairs);

	const modelMetrics = binaryMetrics(
		predictions(profiled, profiled.idf).map((p) => p >= SAME_CLAIM_THRESHOLD),
		labels,
	);
	const noIdfMetrics = binaryMetrics(
		predictions(profiled, uniformIdf).map((p) => p >= SAME_CLAIM_THRESHOLD),
		labels,
	);
	const majoritySame = training['majorityAnswer'] !== 'different';
	const majorityMetrics = binaryMetrics(
		labels.map(() => majoritySame),
		labels,
	);
	const overlapCut = Number(training['wordOverlapBaselineThreshold'] ?? 0.5);
	const overlapMetrics = binaryMetrics(
		pairs.map((pair) => wordOverlap(pair.sentence1, pair.sentence2) >= overlapCut),
		labels,
	);
	const speed = timing(profiled);

	const positives = labels.filter(Boolean).length;
	const lines = [
		`msrp: ${file}`,
		`${part === 'all' ? 'all pairs of the file' : 'held-out part (20%, never tuned on)'}: ${pairs.length} pairs, ${positives} paraphrases`,
		`shipped threshold ${SAME_CLAIM_THRESHOLD.toFixed(4)}, ` +
			`model cross-validated on the tuning part at ${String(training['cvAccuracy'] ?? '?')}`,
		formatMetrics('paraphrase model, no IDF (the claims view\'s "= same")', noIdfMetrics),
		formatMetrics('paraphrase model, corpus IDF', modelMetrics),
		formatMetrics(`baseline: always "${majoritySame ? 'same' : 'different'}"`, majorityMetrics),
		formatMetrics(`baseline: word overlap >= ${overlapCut.toFixed(4)}`, overlapMetrics),
		`speed: ${(speed.profileMs * 1000).toFixed(1)} µs to profile a sentence, ${(speed.pairMs * 1000).toFixed(1)} µs to score a pair`,
	];
	return {
		lines,
		model: noIdfMetrics,
		// The judgement as the claims view makes it: no IDF (see build-cluster.ts).
		summary: `msrp accuracy ${noIdfMetrics.accuracy.toFixed(4)} f1 ${noIdfMetrics.f1.toFixed(4)}`,
	};
}
