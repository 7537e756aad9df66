/**
 * The entity gold standards' events with the corpus storylens would load for each: BASIL's three articles
 * of an event (eval/basil-entities/) and an ECB+ subtopic's documents (eval/ecbplus-entities/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from '../../src/corpus/index.js';
import { packageRoot } from '../../src/paths.js';
import { readGold, type ArticleRecord, type GoldEvent } from '../eval/basil-entities.js';
import { readJsonLines, toArticle, type EcbDocument } from '../eval/ecbplus.js';
import { readEcbGold } from '../eval/ecbplus-entities.js';

export interface GoldCorpus {
	source: 'basil' | 'ecb+';
	gold: GoldEvent;
	corpus: Corpus;
	recordOf: (articleId: string) => ArticleRecord;
}

/** Every gold event of `split` whose articles `shared` (../shared/eval) holds. */
export async function goldCorpora(shared: string, split: GoldEvent['split']): Promise<GoldCorpus[]> {
	const out: GoldCorpus[] = [];
	const basil = join(shared, 'basil');
	if (existsSync(basil)) {
		for (const gold of readGold(join(packageRoot(), 'eval', 'basil-entities')).filter((e) => e.split === split)) {
			const folder = join(basil, 'events', gold.event);
			const corpus = await loadCorpus([folder]);
			const recordOf = (id: string): ArticleRecord => JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as ArticleRecord;
			out.push({ source: 'basil', gold, corpus, recordOf });
		}
	}
	const ecb = join(shared, 'ecbplus', 'ecbplus_documents.jsonl');
	if (existsSync(ecb)) {
		const documents = readJsonLines<EcbDocument>(ecb);
		for (const gold of readEcbGold(join(packageRoot(), 'eval', 'ecbplus-entities')).filter((e) => e.split === split)) {
			const members = documents.filter((d) => d.subtopic === gold.event);
			const textOf = new Map(members.map((d) => [d.doc, d.text_naive_detok]));
			const corpus: Corpus = { articles: members.map(toArticle), skipped: [] };
			out.push({ source: 'ecb+', gold, corpus, recordOf: (id) => ({ title: '', text: textOf.get(id) ?? '' }) });
		}
	}
	return out;
}
