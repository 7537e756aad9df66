/**
 * Named entities (PER, ORG, LOC, MISC) from an averaged perceptron trained
 * in this repository on CoNLL-2003 (scripts/train-perceptron.ts), shipped as
 * data/perceptron/. Far faster than a general NLP parse, and trained for the
 * one job.
 */
import { documentFacts, TAGS } from './features.js';
import { decodeIndices, loadModel, replaceModel, type Model } from './model.js';
import { tokenize } from './tokens.js';
import { decodeWithWordScores, forgetWordScores } from './word-scores.js';
import { forgetWords as forgetWordFeatures } from './word-features.js';

/** Empties the per-word caches once a corpus is done, so the memory goes to the next step. */
export function forgetWords(): void {
	forgetWordFeatures();
	forgetWordScores();
}

/** Tags with `model` (null: the shipped one), each word's cached features and scores dropped with the old one. */
export function useModel(model: Model | null): void {
	replaceModel(model);
	forgetWords();
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TaggedSpan {
	label: EntityLabel;
	start: number;
	end: number;
}

/** By tag index (TAGS): the label, none for O, and whether the tag continues a name (I-). */
const LABELS = TAGS.map((tag) => (tag === 'O' ? null : (tag.slice(2) as EntityLabel)));
const INSIDE = TAGS.map((tag) => tag.startsWith('I-'));

/** Entities in each sentence of one document; the document as a whole informs each sentence. */
export function tagDocument(sentences: readonly string[]): TaggedSpan[][] {
	const model = loadModel();
	const tokens = sentences.map(tokenize);
	const words = tokens.map((ts) => ts.map((t) => t.text));
	const facts = documentFacts(words);
	return tokens.map((ts, s) => {
		const sentence = words[s] ?? [];
		const tags =
			model.weights instanceof Int16Array
				? decodeWithWordScores(model.weights, model.gazetteer, sentence, facts)
				: decodeIndices(model, sentence, facts);
		const spans: TaggedSpan[] = [];
		tags.forEach((tag, i) => {
			const token = ts[i];
			const label = LABELS[tag];
			if (!token || !label) return;
			const last = spans.at(-1);
			if (INSIDE[tag] && last && last.label === label) last.end = token.end;
			else spans.push({ label, start: token.start, end: token.end });
		});
		return spans;
	});
}
