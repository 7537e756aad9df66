/**
 * The BASIL entity gold standard (eval/basil-entities/, README there): people,
 * organisations and places of whole events, as offsets into the articles of
 * ../shared/eval/basil. storylens' entities (analyseEntities on the event's
 * three articles, as the dashboard runs it) are placed back into those
 * articles and scored mention by mention, exact span and the type of the
 * entity the mention ended up in (what the Entities pane shows); the top
 * rows of each event are audited against the gold entities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseEntities, type Entity, type EntityType } from '../../src/analysis/entities/index.js';
import { loadCorpus, sentenceText, type Article, type Corpus } from '../../src/corpus/index.js';
import { score, type Score } from './conll.js';

export type NameType = Extract<EntityType, 'person' | 'organization' | 'place'>;
export const NAME_TYPES: readonly NameType[] = ['person', 'organization', 'place'];
export type Field = 'title' | 'text';

export interface Place {
	outlet: string;
	field: Field;
	start: number;
	end: number;
}

export interface GoldEntity {
	name: string;
	type: NameType;
	mentions: Place[];
}

export interface GoldEvent {
	event: string;
	split: 'dev' | 'test';
	entities: GoldEntity[];
}

export function readGold(dir: string): GoldEvent[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldEvent);
}

/** An article's file: its title and text, which the gold offsets point into. */
export interface ArticleRecord {
	title: string;
	text: string;
}

/** A system mention where the article file has it, with the entity it belongs to. */
export interface PlacedMention extends Place {
	entity: Entity;
}

export interface EventRun {
	entities: Entity[];
	placed: PlacedMention[];
	/** System mentions whose sentence could not be found in the file's text (the loader changed it). */
	unplaced: number;
}

export function isName(entity: Entity): entity is Entity & { type: NameType } {
	return (NAME_TYPES as readonly string[]).includes(entity.type);
}

/** A story as storylens loads it, and each article's file as the gold offsets read it. */
export interface StoryCorpus {
	corpus: Corpus;
	recordOf: (articleId: string) => ArticleRecord;
}

/** A BASIL event's three articles, loaded as the dashboard loads a folder. */
export async function eventCorpus(basil: string, event: string): Promise<StoryCorpus> {
	const folder = join(basil, 'events', event);
	const corpus = await loadCorpus([folder]);
	return { corpus, recordOf: (id) => JSON.parse(readFileSync(join(folder, `${id}.json`), 'utf8')) as ArticleRecord };
}

export async function runEvent(basil: string, event: string): Promise<EventRun> {
	const { corpus, recordOf } = await eventCorpus(basil, event);
	return runCorpus(corpus, recordOf);
}

/** storylens' entities of a corpus, each mention placed back into its article's file as `recordOf` reads it. */
export function runCorpus(corpus: Corpus, recordOf: (articleId: string) => ArticleRecord): EventRun {
	const entities = analyseEntities(corpus);
	const offsets = new Map(corpus.articles.map((a) => [a.id, sentenceOffsets(a, recordOf(a.id))]));
	const placed: PlacedMention[] = [];
	let unplaced = 0;
	for (const entity of entities.filter(isName)) {
		for (const m of entity.mentions) {
			const at = offsets.get(m.article)?.get(m.sentence ?? -1);
			if (at === undefined) unplaced++;
			else placed.push({ outlet: m.article, field: at.field, start: at.offset + m.start, end: at.offset + m.end, entity });
		}
	}
	return { entities, placed, unplaced };
}

/** Where each sentence (-1: the title) starts in the file's title or text, found in order. */
export function sentenceOffsets(article: Article, record: ArticleRecord): Map<number, { field: Field; offset: number }> {
	const found = new Map<number, { field: Field; offset: number }>();
	const title = record.title.indexOf(article.title);
	if (title >= 0) found.set(-1, { field: 'title', offset: title });
	let from = 0;
	for (const sentence of article.sentences) {
		const at = record.text.indexOf(sentenceText(article, sentence.index), from);
		if (at < 0) continue;
		found.set(sentence.index, { field: 'text', offset: at });
		from = at + sentence.text.length;
	}
	return found;
}

const key = (p: Place): string => `${p.outlet}|${p.field}|${p.start}|${p.end}`;

export type Counts = { [T in NameType | 'overall']: [truePositives: number, predicted: number, gold: number] };

export function emptyCounts(): Counts {
	return { person: [0, 0, 0], organization: [0, 0, 0], place: [0, 0, 0], overall: [0, 0, 0] };
}

/** Adds one event's exact-span, same-type matches to `counts`. */
export function countMatches(gold: GoldEvent, placed: readonly PlacedMention[], counts: Counts): void {
	const goldType = new Map<string, NameType>();
	for (const entity of gold.entities) for (const m of entity.mentions) goldType.set(key(m), entity.type);
	const seen = new Set<string>();
	for (const m of placed) {
		// Two entities never share a span, but a span counts once whatever happens.
		if (seen.has(key(m))) continue;
		seen.add(key(m));
		const type = m.entity.type as NameType;
		counts[type][1]++;
		counts.overall[1]++;
		if (goldType.get(key(m)) === type) {
			counts[type][0]++;
			counts.overall[0]++;
		}
	}
	for (const type of goldType.values()) {
		counts[type][2]++;
		counts.overall[2]++;
	}
}

export function scores(counts: Counts): { [T in NameType | 'overall']: Score } {
	const of = ([tp, predicted, gold]: [number, number, number]): Score => score(tp, predicted, gold);
	return { person: of(counts.person), organization: of(counts.organization), place: of(counts.place), overall: of(counts.overall) };
}

export type Verdict = 'ok' | 'wrong type' | 'junk' | 'unmerged alias' | 'empty';

export interface AuditRow {
	entity: Entity;
	verdict: Verdict;
	/** The gold entity most of its mentions belong to. */
	gold: GoldEntity | null;
}

/**
 * The first `top` people, organisations and places as the Entities pane
 * lists them, each judged against the gold entities: junk when none of its
 * mentions overlaps a gold name, a wrong type when the gold entity most of
 * its mentions belong to has another type, an unmerged alias when a row
 * above it is already that gold entity, empty when it has no mention.
 */
export function auditTop(gold: GoldEvent, run: EventRun, top = 15): AuditRow[] {
	const goldMentions = gold.entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })));
	const byEntity = new Map<Entity, PlacedMention[]>();
	for (const m of run.placed) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
	const rows: AuditRow[] = [];
	const shown = new Set<GoldEntity>();
	for (const entity of run.entities.filter(isName).slice(0, top)) {
		const votes = new Map<GoldEntity, number>();
		for (const m of byEntity.get(entity) ?? []) {
			const hit = goldMentions.find((g) => g.outlet === m.outlet && g.field === m.field && g.start < m.end && m.start < g.end);
			if (hit) votes.set(hit.entity, (votes.get(hit.entity) ?? 0) + 1);
		}
		const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
		let verdict: Verdict;
		if (entity.mentions.length === 0 && (entity.demonym?.mentions.length ?? 0) === 0) verdict = 'empty';
		else if (best === null) verdict = 'junk';
		else if (best.type !== entity.type) verdict = 'wrong type';
		else if (shown.has(best)) verdict = 'unmerged alias';
		else verdict = 'ok';
		if (best) shown.add(best);
		rows.push({ entity, verdict, gold: best });
	}
	return rows;
}
