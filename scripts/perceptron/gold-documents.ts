/**
 * The entity gold standards (eval/basil-entities/, eval/ecbplus-entities/) as training text for the
 * perceptron: each article's lines as the name tagger reads them (linesToTag: the headline in sentence
 * case), split into its tokens, tagged from the gold mentions. The gold marks people, organisations and
 * places only; where it marks nothing, a kind (MISC) that a tagger trained on CoNLL alone finds is kept, so
 * the gold's silence on "American" or "Medicare" does not teach that they are no names at all.
 */
import { linesToTag } from '../../src/analysis/entities/extract.js';
import type { Tag } from '../../src/analysis/perceptron/features.js';
import { tokenize } from '../../src/analysis/perceptron/tokens.js';
import { tagDocument, useModel, type EntityLabel } from '../../src/analysis/perceptron/index.js';
import type { Model } from '../../src/analysis/perceptron/model.js';
import type { Corpus } from '../../src/corpus/index.js';
import { sentenceOffsets, type ArticleRecord, type Field, type GoldEvent, type NameType } from '../eval/basil-entities.js';
import type { Doc } from './training.js';
import type { GoldCorpus } from './gold-corpora.js';

const LABEL: Record<NameType, EntityLabel> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Where a line of the tagger's input sits in the article's file. */
interface LineAt {
	text: string;
	field: Field;
	offset: number;
}

interface GoldSpan {
	label: EntityLabel;
	start: number;
	end: number;
}

/** Spans a tagger finds in each line; MISC is what this module keeps of it. */
export type LineTagger = (lines: readonly string[]) => readonly (readonly GoldSpan[])[];

/** One training document per article of a gold event (lines the gold offsets cannot place are left out). */
export function goldDocuments(gold: GoldEvent, corpus: Corpus, recordOf: (articleId: string) => ArticleRecord, kinds: LineTagger): Doc[] {
	return corpus.articles.map((article) => {
		const record = recordOf(article.id);
		const offsets = sentenceOffsets(article, record);
		const { headline, bodies } = linesToTag(article);
		const lines: LineAt[] = [];
		const titleAt = offsets.get(-1);
		if (headline !== null && titleAt) lines.push({ text: headline, ...titleAt });
		article.sentences.forEach((sentence, i) => {
			const at = offsets.get(sentence.index);
			if (at) lines.push({ text: bodies[i] ?? '', ...at });
		});
		const mentions = gold.entities.flatMap((e) =>
			e.mentions.filter((m) => m.outlet === article.id).map((m) => ({ ...m, label: LABEL[e.type] })),
		);
		const found = kinds(lines.map((l) => l.text));
		return lines.map((line, i) => {
			const inLine: GoldSpan[] = mentions
				.filter((m) => m.field === line.field && m.start >= line.offset && m.end <= line.offset + line.text.length)
				.map((m) => ({ label: m.label, start: m.start - line.offset, end: m.end - line.offset }));
			const overlapsGold = (s: GoldSpan): boolean => inLine.some((g) => g.start < s.end && s.start < g.end);
			const spans = [...inLine, ...(found[i] ?? []).filter((s) => s.label === 'MISC' && !overlapsGold(s))];
			const tokens = tokenize(line.text);
			const tags = tokens.map((token): Tag => {
				// A token opening inside a name belongs to it ("Trump's" is one token, the name "Trump"); one opening
				// before it does not ("anti-Trump").
				const span = spans.find((s) => s.start <= token.start && token.start < s.end);
				if (!span) return 'O';
				return `${span.start === token.start ? 'B' : 'I'}-${span.label}` as Tag;
			});
			return { words: tokens.map((t) => t.text), tags };
		});
	});
}

/** Each event's training documents, the kinds (MISC) the gold leaves unmarked found by `conllOnly`. */
export function goldTexts(events: readonly GoldCorpus[], conllOnly: Model): Doc[][] {
	useModel(conllOnly);
	const texts = events.map((e) => goldDocuments(e.gold, e.corpus, e.recordOf, (lines) => tagDocument(lines)));
	useModel(null);
	return texts;
}
