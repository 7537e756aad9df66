/**
 * CoNLL-2003 reading and entity-level scoring (exact span, PER/ORG/LOC; MISC
 * ignored), as the shared task scores it.
 */
import { readFileSync } from 'node:fs';

export type ConllLabel = 'PER' | 'ORG' | 'LOC';
export const CONLL_LABELS: readonly ConllLabel[] = ['PER', 'ORG', 'LOC'];

export interface ConllSentence {
	/** Which document (between -DOCSTART- lines) the sentence belongs to. */
	doc: number;
	tokens: string[];
	/** Gold entities as [label, first token, last token + 1]. */
	gold: [ConllLabel, number, number][];
}

export function readConll(file: string): ConllSentence[] {
	const sentences: ConllSentence[] = [];
	let tokens: string[] = [];
	let tags: string[] = [];
	let doc = 0;
	const flush = (): void => {
		if (tokens.length > 0) sentences.push({ doc, tokens, gold: spansFromIob(tags) });
		tokens = [];
		tags = [];
	};
	for (const line of readFileSync(file, 'utf8').split(/\r?\n/u)) {
		if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
			flush();
			if (line.startsWith('-DOCSTART-')) doc++;
			continue;
		}
		const fields = line.split(' ');
		tokens.push(fields[0] ?? '');
		tags.push(fields.at(-1) ?? 'O');
	}
	flush();
	return sentences;
}

function spansFromIob(tags: readonly string[]): [ConllLabel, number, number][] {
	const spans: [ConllLabel, number, number][] = [];
	let open: [string, number] | null = null;
	const close = (end: number): void => {
		if (open && (CONLL_LABELS as readonly string[]).includes(open[0])) spans.push([open[0] as ConllLabel, open[1], end]);
		open = null;
	};
	tags.forEach((tag, i) => {
		const [prefix, label = ''] = tag.split('-');
		if (prefix === 'B' || (prefix === 'I' && (open === null || open[0] !== label))) {
			close(i);
			open = [label, i];
		} else if (prefix !== 'I') close(i);
	});
	close(tags.length);
	return spans;
}

/** The sentence as text (tokens joined by spaces) and each token's start offset in it. */
export function sentenceText(tokens: readonly string[]): { text: string; starts: number[] } {
	const starts: number[] = [];
	let text = '';
	for (const token of tokens) {
		if (text !== '') text += ' ';
		starts.push(text.length);
		text += token;
	}
	return { text, starts };
}

/** Character spans to token spans: the tokens a span covers; null when it cuts a token in two. */
export function toTokenSpan(starts: readonly number[], tokens: readonly string[], start: number, end: number): [number, number] | null {
	let first = -1;
	let last = -1;
	starts.forEach((s, i) => {
		const e = s + (tokens[i]?.length ?? 0);
		if (s >= start && e <= end) {
			if (first === -1) first = i;
			last = i;
		}
	});
	return first === -1 ? null : [first, last + 1];
}

export interface Score {
	precision: number;
	recall: number;
	f1: number;
	truePositives: number;
	predicted: number;
	gold: number;
}

export function score(truePositives: number, predicted: number, gold: number): Score {
	const precision = predicted === 0 ? 0 : truePositives / predicted;
	const recall = gold === 0 ? 0 : truePositives / gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { precision, recall, f1, truePositives, predicted, gold };
}

export type Tagger = (text: string) => { label: ConllLabel; start: number; end: number }[];
/** Tags a whole document's sentences at once, so document-level evidence can be used. */
export type DocumentTagger = (texts: readonly string[]) => { label: string; start: number; end: number }[][];

/** A sentence tagger as a document tagger. */
export function bySentence(tagger: Tagger): DocumentTagger {
	return (texts) => texts.map(tagger);
}

export function evaluateTagger(sentences: readonly ConllSentence[], documentTagger: DocumentTagger): Record<ConllLabel | 'overall', Score> {
	const byDoc = new Map<number, ConllSentence[]>();
	for (const s of sentences) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
	const predictions = new Map<ConllSentence, { label: string; start: number; end: number }[]>();
	for (const docSentences of byDoc.values()) {
		const tagged = documentTagger(docSentences.map((s) => sentenceText(s.tokens).text));
		docSentences.forEach((s, i) => predictions.set(s, tagged[i] ?? []));
	}
	const tagger = (sentence: ConllSentence): { label: ConllLabel; start: number; end: number }[] =>
		(predictions.get(sentence) ?? []).filter((s): s is { label: ConllLabel; start: number; end: number } =>
			(CONLL_LABELS as readonly string[]).includes(s.label),
		);
	const counts = { PER: [0, 0, 0], ORG: [0, 0, 0], LOC: [0, 0, 0] } as Record<ConllLabel, [number, number, number]>;
	for (const sentence of sentences) {
		const { starts } = sentenceText(sentence.tokens);
		const predicted = new Set<string>();
		for (const span of tagger(sentence)) {
			const tokens = toTokenSpan(starts, sentence.tokens, span.start, span.end);
			if (tokens) predicted.add(`${span.label}:${tokens[0]}:${tokens[1]}`);
		}
		const gold = new Set(sentence.gold.map(([label, s, e]) => `${label}:${s}:${e}`));
		for (const key of predicted) {
			const label = key.split(':')[0] as ConllLabel;
			counts[label][1]++;
			if (gold.has(key)) counts[label][0]++;
		}
		for (const [label] of sentence.gold) counts[label][2]++;
	}
	const result = {} as Record<ConllLabel | 'overall', Score>;
	let tp = 0;
	let predictedAll = 0;
	let goldAll = 0;
	for (const label of CONLL_LABELS) {
		const [t, p, g] = counts[label];
		result[label] = score(t, p, g);
		tp += t;
		predictedAll += p;
		goldAll += g;
	}
	result.overall = score(tp, predictedAll, goldAll);
	return result;
}
