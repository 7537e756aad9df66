/**
 * Named entities (PER, ORG, LOC, MISC) from an averaged perceptron trained
 * in this repository on CoNLL-2003 (scripts/train-perceptron.ts), shipped as
 * data/perceptron/. Far faster than a general NLP parse, and trained for the
 * one job.
 */
import { documentFacts } from './features.js';
import { decode, loadModel } from './model.js';
import { tokenize } from './tokens.js';

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TaggedSpan {
	label: EntityLabel;
	start: number;
	end: number;
}

/** Entities in each sentence of one document; the document as a whole informs each sentence. */
export function tagDocument(sentences: readonly string[]): TaggedSpan[][] {
	const model = loadModel();
	const tokens = sentences.map(tokenize);
	const words = tokens.map((ts) => ts.map((t) => t.text));
	const facts = documentFacts(words);
	return tokens.map((ts, s) => {
		const tags = decode(model, words[s] ?? [], facts);
		const spans: TaggedSpan[] = [];
		tags.forEach((tag, i) => {
			const token = ts[i];
			if (!token || tag === 'O') return;
			const label = tag.slice(2) as EntityLabel;
			const last = spans.at(-1);
			if (tag.startsWith('I-') && last && last.label === label) last.end = token.end;
			else spans.push({ label, start: token.start, end: token.end });
		});
		return spans;
	});
}
