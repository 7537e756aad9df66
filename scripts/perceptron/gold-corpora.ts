/**
 * The entity gold standards' events with the corpus storylens would load for each: BASIL's three articles
 * of an event (eval/basil-entities/) and an ECB+ subtopic's documents (eval/ecbplus-entities/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { eventCorpus, readGold, type GoldEvent, type StoryCorpus } from '../eval/basil-entities.js';
import { readJsonLines, type EcbDocument } from '../eval/ecbplus.js';
import { readEcbGold, subtopicCorpus } from '../eval/ecbplus-entities.js';

export interface GoldCorpus extends StoryCorpus {
	source: 'basil' | 'ecb+';
	gold: GoldEvent;
}

/** Every gold event of `split` whose articles `shared` (../shared/eval) holds. */
export async function goldCorpora(shared: string, split: GoldEvent['split']): Promise<GoldCorpus[]> {
	const out: GoldCorpus[] = [];
	const basil = join(shared, 'basil');
	if (existsSync(basil)) {
		for (const gold of readGold(join(packageRoot(), 'eval', 'basil-entities')).filter((e) => e.split === split))
			out.push({ source: 'basil', gold, ...(await eventCorpus(basil, gold.event)) });
	}
	const ecb = join(shared, 'ecbplus', 'ecbplus_documents.jsonl');
	if (existsSync(ecb)) {
		const documents = readJsonLines<EcbDocument>(ecb);
		for (const gold of readEcbGold(join(packageRoot(), 'eval', 'ecbplus-entities')).filter((e) => e.split === split))
			out.push({ source: 'ecb+', gold, ...subtopicCorpus(documents, gold.event) });
	}
	return out;
}
