/**
 * Trains the claims alignment model (src/analysis/claims/alignment-model.ts).
 *
 *   npm run train:alignment [-- --data basil|basil+ecb-negatives|both] [--dry-run]
 *
 * Rows are the candidate pairs the analysis itself scores (blocking.ts),
 * featurised exactly as at run time (evidence.ts), from:
 * - the development events of eval/basil-claims: a pair is the same claim
 *   when both sentences are versions of one gold claim; gold is exhaustive,
 *   so every other candidate pair is a negative;
 * - ECB+ topics, both events of a topic in one corpus (see ecbPairs).
 * Folds hold out whole events and topics, never single pairs (the pairs of
 * one event share sentences). The operating threshold is chosen end to end:
 * each development event is grouped by a model that never saw it, at each
 * threshold, and the lowest threshold whose grouped pairs reach the target
 * precision is kept. The held-back BASIL events are never read here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALIGNMENT_FEATURES } from '../src/analysis/claims/alignment-features.js';
import { ALIGNMENT_MODEL_FILE, ALIGNMENT_MODEL_FORMAT, type ClaimModel } from '../src/analysis/claims/alignment-model.js';
import { alignUnits, isClaimSized } from '../src/analysis/claims/alignment.js';
import { candidateWeight, forEachCandidatePair } from '../src/analysis/claims/blocking.js';
import type { PreparedUnits } from '../src/analysis/claims/evidence.js';
import type { ClaimUnit } from '../src/analysis/claims/types.js';
import { prepareClaimUnits } from '../src/analysis/claims/units.js';
import { dataPath, packageRoot } from '../src/paths.js';
import { defaultBasil, loadEvent } from './eval/basil-events.js';
import {
	goldSentencePairs,
	readGoldEvents,
	scoreEvent,
	totals,
	unitGroupsAsSentences,
	type EventScore,
	type GoldSentencePairs,
} from './eval/basil-claims.js';
import { goldPairs, pairKey, readJsonLines, toArticle, type EcbDocument, type EcbMention } from './eval/ecbplus.js';
import { fitLogistic, type FittedLogistic } from './similarity/logistic.js';

/** Precision of grouped pairs the operating point must reach on development events it was not trained on. */
const TARGET_PRECISION = 0.85;
const FOLDS = 5;
/** L2 penalty: chosen among 1, 10, 100, 300 and 1000 by the same out-of-fold grouping (100 found most claims at the target precision). */
const LAMBDA = 100;
/**
 * ECB+ rows together weigh this share of BASIL's: enough to teach the model
 * that look-alike events are not one claim, not so much that ECB+ outweighs
 * people's judgement of one claim on real coverage.
 */
const ECB_SHARE = 0.3;
const THRESHOLDS = Array.from({ length: 25 }, (_, k) => Number((0.35 + 0.025 * k).toFixed(3)));
/** Link thresholds tried, as shares of the pair threshold. */
const LINK_SHARES = [1, 0.9, 0.8, 0.7];

interface OperatingPoint {
	threshold: number;
	linkThreshold: number;
}

/** One corpus's candidate pairs: features and label (null: no evidence either way, left out). */
interface CorpusPairs {
	fromBasil: boolean;
	rows: Float64Array[];
	labels: (boolean | null)[];
	/** For BASIL events: what the end-to-end check needs. */
	event?: { id: string; units: ClaimUnit[]; prepared: PreparedUnits; gold: GoldSentencePairs };
}

/** Candidate pairs of a corpus with their features; `label` says true, false or null. */
function corpusPairs(
	made: { units: ClaimUnit[]; prepared: PreparedUnits },
	fromBasil: boolean,
	keyOf: (article: string, sentence: number | null) => string,
	label: (x: string, y: string) => boolean | null,
): CorpusPairs {
	const { units } = made;
	const { table } = made.prepared;
	const keys = units.map((u) => keyOf(u.article, u.sentence));
	const pairs: CorpusPairs = { fromBasil, rows: [], labels: [] };
	forEachCandidatePair(
		units.map((u) => u.article),
		table,
		(i, j) => {
			// As at run time: units too small to state a claim, and look-alike events, are never scored.
			if (!isClaimSized(table, i) || !isClaimSized(table, j) || made.prepared.namesClash(i, j)) return;
			const verdict = label(keys[i] ?? '', keys[j] ?? '');
			if (verdict === null) return;
			pairs.rows.push(made.prepared.features(i, j));
			pairs.labels.push(verdict);
		},
		candidateWeight(units.length),
	);
	return pairs;
}

async function basilPairs(): Promise<CorpusPairs[]> {
	const basilDir = defaultBasil();
	const events = readGoldEvents(join(packageRoot(), 'eval', 'basil-claims'), 'dev');
	let covered = 0;
	let goldTotal = 0;
	const made: CorpusPairs[] = [];
	for (const gold of events) {
		const corpus = await loadEvent(basilDir, gold.event);
		const goldPairs = goldSentencePairs(gold, corpus.articles, join(basilDir, 'events', gold.event));
		const seen = new Set<string>();
		const units = prepareClaimUnits(corpus);
		const pairs = corpusPairs(
			units,
			true,
			(a, s) => `${a}#${s ?? 'title'}`,
			(x, y) => {
				const key = pairKey(x, y);
				if (goldPairs.all.has(key)) seen.add(key);
				return goldPairs.all.has(key);
			},
		);
		pairs.event = { id: gold.event, ...units, gold: goldPairs };
		made.push(pairs);
		covered += seen.size;
		goldTotal += goldPairs.all.size;
	}
	const share = ((100 * covered) / Math.max(1, goldTotal)).toFixed(1);
	console.log(`basil dev: ${events.length} events; candidate pairs hold ${covered} of ${goldTotal} gold sentence pairs (${share}%)`);
	return made;
}

/**
 * ECB+ as training data. Its positives are sentences that mention one event,
 * which is looser than one claim (two sentences about one arrest may state
 * different things about it): trained on them, the model groups BASIL's
 * different claims of one story. Its two look-alike events per topic are
 * what BASIL lacks, so with `negativesOnly` only the pairs across the two
 * events are kept, as certain negatives.
 */
function ecbPairs(negativesOnly: boolean): CorpusPairs[] {
	const dir = join(packageRoot(), '..', 'shared', 'eval', 'ecbplus');
	const documents = readJsonLines<EcbDocument>(join(dir, 'ecbplus_documents.jsonl'));
	const mentions = readJsonLines<EcbMention>(join(dir, 'ecbplus_mentions.jsonl'));
	const gold = goldPairs(mentions);
	const annotated = new Set(
		mentions.filter((m) => m.in_validated_sentence && /^(?:NEG_)?ACTION/u.test(m.tag)).map((m) => `${m.doc}#${m.sentence}`),
	);
	const subtopicOf = new Map(documents.map((d) => [d.doc, d.subtopic]));
	const topics = [...new Set(documents.map((d) => d.topic))].sort((a, b) => a - b);
	const docOf = (key: string): string => key.slice(0, key.lastIndexOf('#'));
	return topics.map((topic) => {
		const members = documents.filter((d) => d.topic === topic);
		const numberOf = new Map(members.map((d) => [d.doc, d.sentences.map((s) => s.n)]));
		return corpusPairs(
			prepareClaimUnits({ articles: members.map(toArticle), skipped: [] }),
			false,
			(a, s) => `${a}#${s === null ? -1 : (numberOf.get(a)?.[s] ?? -1)}`,
			(x, y) => {
				if (subtopicOf.get(docOf(x)) !== subtopicOf.get(docOf(y))) return false;
				if (negativesOnly) return null;
				if (gold.has(pairKey(x, y))) return true;
				return annotated.has(x) && annotated.has(y) ? false : null;
			},
		);
	});
}

function fit(corpora: readonly CorpusPairs[]): FittedLogistic {
	const rows: Float64Array[] = [];
	const labels: boolean[] = [];
	const fromBasil: boolean[] = [];
	for (const c of corpora) {
		c.labels.forEach((label, k) => {
			if (label === null) return;
			rows.push(c.rows[k] as Float64Array);
			labels.push(label);
			fromBasil.push(c.fromBasil);
		});
	}
	const basil = fromBasil.filter(Boolean).length;
	const ecb = fromBasil.length - basil;
	const ecbWeight = basil === 0 || ecb === 0 ? 1 : (ECB_SHARE * basil) / ecb;
	return fitLogistic(
		rows,
		labels,
		LAMBDA,
		fromBasil.map((b) => (b ? 1 : ecbWeight)),
	);
}

function asModel(fitted: FittedLogistic, point: OperatingPoint, training: Record<string, string | number>): ClaimModel {
	const { mean, scale, weights, bias } = fitted;
	const linkThreshold = Number(point.linkThreshold.toFixed(4));
	return {
		format: ALIGNMENT_MODEL_FORMAT,
		features: ALIGNMENT_FEATURES,
		mean,
		scale,
		weights,
		bias,
		threshold: point.threshold,
		linkThreshold,
		training,
	};
}

const POINTS: OperatingPoint[] = THRESHOLDS.flatMap((threshold) =>
	LINK_SHARES.map((share) => ({ threshold, linkThreshold: threshold * share })),
);

/** Each development event grouped at each operating point by the model of the fold that held it out. */
function endToEnd(corpora: readonly CorpusPairs[]): Map<OperatingPoint, EventScore[]> {
	const byPoint = new Map<OperatingPoint, EventScore[]>(POINTS.map((p) => [p, []]));
	for (let fold = 0; fold < FOLDS; fold++) {
		const fitted = fit(corpora.filter((_, index) => index % FOLDS !== fold));
		corpora.forEach((c, index) => {
			if (index % FOLDS !== fold || c.event === undefined) return;
			const { id, units, prepared: made, gold } = c.event;
			for (const point of POINTS) {
				const { groups } = alignUnits(units, made, asModel(fitted, point, {}));
				byPoint.get(point)?.push(scoreEvent(id, gold, unitGroupsAsSentences(groups, units)));
			}
		});
	}
	return byPoint;
}

async function main(args: readonly string[]): Promise<number> {
	const data = args.includes('--data') ? (args[args.indexOf('--data') + 1] ?? 'basil+ecb-negatives') : 'basil+ecb-negatives';
	const corpora: CorpusPairs[] = [];
	if (data !== 'ecb') corpora.push(...(await basilPairs()));
	if (data !== 'basil') corpora.push(...ecbPairs(data === 'basil+ecb-negatives'));
	const count = (basil: boolean): string => {
		const labels = corpora.filter((c) => c.fromBasil === basil).flatMap((c) => c.labels);
		return `${labels.length} pairs, ${labels.filter(Boolean).length} same`;
	};
	console.log(`rows: basil ${count(true)}; ecb+ ${count(false)}`);

	// The point that finds the most claims while its grouped pairs keep the target precision.
	let chosen: OperatingPoint = { threshold: 0.9, linkThreshold: 0.9 };
	let bestClaims = -1;
	console.log('development events grouped by models that never saw them:');
	for (const [point, scores] of endToEnd(corpora)) {
		const total = totals(scores);
		console.log(
			`  threshold ${point.threshold.toFixed(2)} link ${point.linkThreshold.toFixed(3)}: ` +
				`precision ${total.precision.toFixed(3)} recall ${total.recall.toFixed(3)} ` +
				`claims ${total.claimRecall.toFixed(3)} leads ${total.leads}/${total.leadEvents}`,
		);
		if (total.precision >= TARGET_PRECISION && total.claimRecall > bestClaims) {
			bestClaims = total.claimRecall;
			chosen = point;
		}
	}
	console.log(
		`operating point (grouped pairs' precision >= ${TARGET_PRECISION} out of fold, most claims found): ` +
			`threshold ${chosen.threshold} link ${chosen.linkThreshold.toFixed(3)}`,
	);

	const final = fit(corpora);
	ALIGNMENT_FEATURES.forEach((name, i) => console.log(`  ${name.padEnd(26)} ${(final.weights[i] ?? 0).toFixed(3)}`));
	if (args.includes('--dry-run')) return 0;
	const file = dataPath('claims', ALIGNMENT_MODEL_FILE);
	mkdirSync(dirname(file), { recursive: true });
	const model = asModel(final, chosen, { data, lambda: LAMBDA, folds: FOLDS, ecbShare: ECB_SHARE, targetPrecision: TARGET_PRECISION });
	writeFileSync(file, `${JSON.stringify(model, null, '\t')}\n`);
	console.log(`wrote ${file}`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
