/**
 * The ECB+ entity gold standard (eval/ecbplus-entities/, README there): people,
 * organisations and places of whole ECB+ subtopics (one story, several
 * outlets' documents), as offsets into each document's `text_naive_detok`.
 * Scored the way the BASIL one is (basil-entities.ts): a subtopic's documents
 * are one corpus, as a user would load the story.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/corpus/index.js';
import { runCorpus, type EventRun, type GoldEvent, type StoryCorpus } from './basil-entities.js';
import { toArticle, type EcbDocument } from './ecbplus.js';

/** A gold file: a GoldEvent named by its subtopic. */
type EcbGoldFile = Omit<GoldEvent, 'event'> & { subtopic: string };

/** The gold files as events named by their subtopic. */
export function readEcbGold(dir: string): GoldEvent[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EcbGoldFile)
		.map(({ subtopic, split, entities }) => ({ event: subtopic, split, entities }));
}

/** A subtopic's documents as one corpus, as a user would load the story. */
export function subtopicCorpus(documents: readonly EcbDocument[], subtopic: string): StoryCorpus {
	const members = documents.filter((d) => d.subtopic === subtopic);
	const corpus: Corpus = { articles: members.map(toArticle), skipped: [] };
	const textOf = new Map(members.map((d) => [d.doc, d.text_naive_detok]));
	return { corpus, recordOf: (id) => ({ title: '', text: textOf.get(id) ?? '' }) };
}

export function runSubtopic(documents: readonly EcbDocument[], subtopic: string): EventRun {
	const { corpus, recordOf } = subtopicCorpus(documents, subtopic);
	return runCorpus(corpus, recordOf);
}
