/**
 * Labelled unit pairs for calibrating the claim affinity, built from MSRP in
 * the conditions the analysis meets at run time: small corpora of news
 * sentences about a few stories, IDF computed over the corpus, candidates
 * offered by the claims blocking step.
 *
 * Corpora. MSRP's sentence ids were assigned in crawl order, so sentences
 * with nearby ids come from the same news cluster (reading the file sorted
 * by id shows runs about one story: PeopleSoft's and Oracle's share prices,
 * then a hit-and-run, then a golfer). A gap of more than STORY_GAP ids
 * starts a new story (at that gap 1 of MSRP's 4,076 judged pairs is split
 * across two stories); consecutive stories are joined into a corpus of at
 * least CORPUS_UNITS sentences, about the size of a small story corpus.
 *
 * Labels.
 * - Same claim: pairs people judged paraphrases.
 * - Different claims: blocked candidates inside a corpus that no judgement
 *   connects, directly or through other judged pairs. Many are from one
 *   story ("PeopleSoft shares were up 4 cents" / "Oracle rose 14 cents"):
 *   the hard case of a story's claims sharing its words.
 * - Left out: pairs people judged not paraphrases, and anything connected to
 *   them. MSRP's negatives are mostly the same statement with details added
 *   or changed ("charged with the murder" / "charged in his shooting
 *   death"), which the claims view wants side by side with the details
 *   marked, not apart.
 *
 * Some unjudged pairs in one story do restate each other and are labelled
 * different here, so the share of "different" pairs accepted is an upper bound.
 */
import { candidatePairs } from '../../src/analysis/claims/blocking.js';
import { prepareUnits } from '../../src/analysis/claims/evidence.js';
import type { MsrpPair } from '../eval/msrp-data.js';

/** Ids further apart than this start a new story. */
export const STORY_GAP = 1000;
/** Stories are joined until a corpus holds at least this many sentences. */
export const CORPUS_UNITS = 60;

export interface AffinityPairs {
	/** Claim affinity of paraphrase pairs. */
	readonly paraphrases: number[];
	/** Claim affinity of blocked pairs that no judgement connects. */
	readonly unjudged: number[];
	/** Every judged pair, either label, scored the same way: the claims grouping's same-claim decision is affinity >= threshold. */
	readonly judged: { affinity: number; paraphrase: boolean }[];
	readonly corpusCount: number;
}

interface Sentence {
	readonly id: number;
	readonly text: string;
}

export function affinityPairs(pairs: readonly MsrpPair[]): AffinityPairs {
	const sentences = new Map<number, Sentence>();
	for (const pair of pairs) {
		sentences.set(Number(pair.id1), { id: Number(pair.id1), text: pair.sentence1 });
		sentences.set(Number(pair.id2), { id: Number(pair.id2), text: pair.sentence2 });
	}
	const component = judgedComponents(pairs);
	const judged: AffinityPairs['judged'] = [];
	const unjudged: number[] = [];
	const corpora = storyCorpora([...sentences.values()].sort((a, b) => a.id - b.id));
	for (const corpus of corpora) {
		const prepared = prepareUnits(corpus.map((s) => s.text));
		const position = new Map(corpus.map((s, i) => [s.id, i]));
		for (const pair of pairs) {
			const i = position.get(Number(pair.id1));
			const j = position.get(Number(pair.id2));
			if (i !== undefined && j !== undefined) judged.push({ affinity: prepared.score(i, j), paraphrase: pair.paraphrase });
		}
		const articleOf = corpus.map((s) => String(s.id));
		for (const [i, j] of candidatePairs(articleOf, prepared.table)) {
			const a = corpus[i];
			const b = corpus[j];
			if (a === undefined || b === undefined) continue;
			if (component.has(a.id) && component.get(a.id) === component.get(b.id)) continue;
			unjudged.push(prepared.score(i, j));
		}
	}
	const paraphrases = judged.filter((p) => p.paraphrase).map((p) => p.affinity);
	return { paraphrases, unjudged, judged, corpusCount: corpora.length };
}

/** Sentences in id order, cut into stories at large id gaps, joined into corpora of CORPUS_UNITS or more. */
function storyCorpora(sorted: readonly Sentence[]): Sentence[][] {
	const corpora: Sentence[][] = [];
	let current: Sentence[] = [];
	let previous: number | undefined;
	for (const sentence of sorted) {
		const newStory = previous !== undefined && sentence.id - previous > STORY_GAP;
		if (newStory && current.length >= CORPUS_UNITS) {
			corpora.push(current);
			current = [];
		}
		current.push(sentence);
		previous = sentence.id;
	}
	if (current.length > 0) corpora.push(current);
	return corpora;
}

/** Connected components of the judged-pair graph (either label), by union-find. */
function judgedComponents(pairs: readonly MsrpPair[]): Map<number, number> {
	const parent = new Map<number, number>();
	const find = (x: number): number => {
		let root = x;
		while (parent.get(root) !== root) root = parent.get(root) ?? root;
		parent.set(x, root);
		return root;
	};
	for (const pair of pairs) {
		const a = Number(pair.id1);
		const b = Number(pair.id2);
		if (!parent.has(a)) parent.set(a, a);
		if (!parent.has(b)) parent.set(b, b);
		parent.set(find(a), find(b));
	}
	const component = new Map<number, number>();
	for (const id of parent.keys()) component.set(id, find(id));
	return component;
}

/** Share of `values` at or above `cut`. */
export function shareAtLeast(values: readonly number[], cut: number): number {
	return values.length === 0 ? 0 : values.filter((v) => v >= cut).length / values.length;
}
