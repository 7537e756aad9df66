/**
 * The claims view measured on real three-outlet coverage: the gold standard
 * in eval/basil-claims/ (every claim two or more outlets state, read by
 * people; offsets into ../shared/eval/basil/events/), scored against the
 * claims storylens groups when each event's three articles are loaded as
 * a user would load them.
 *
 * A unit of comparison is a sentence (or the title) of one outlet. It is a
 * version of a gold claim when a gold span covers half of the sentence or
 * half of the span lies in it (annotators marked clauses of long sentences
 * and sentence splitters disagree at the edges). Gold is exhaustive for
 * shared claims, so a grouped pair of sentences from two outlets that is not
 * two versions of one gold claim is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseClaims, type ClaimsAnalysis, type ClaimUnit } from '../../src/analysis/claims/index.js';
import type { Article } from '../../src/corpus/index.js';
// Keys are `outlet#sentence` here as they are `document#sentence` there: one pairing for both.
import { addCrossDocumentPairs } from './ecbplus.js';
import { loadEvent } from './basil-events.js';

export type BasilSplit = 'dev' | 'test';

export interface GoldVersion {
	outlet: string;
	field: 'title' | 'text';
	start: number;
	end: number;
}

export interface GoldClaim {
	label: string;
	lead?: boolean;
	conflict?: string;
	versions: GoldVersion[];
}

export interface GoldEvent {
	event: string;
	split: BasilSplit;
	claims: GoldClaim[];
}

export function readGoldEvents(goldDir: string, split: BasilSplit | 'all'): GoldEvent[] {
	if (!existsSync(goldDir)) return [];
	return readdirSync(goldDir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldEvent)
		.filter((event) => split === 'all' || event.split === split);
}

/** A sentence (or title) of one outlet: `outlet#n`, `outlet#title`. */
type SentenceKey = string;

interface Placed {
	key: SentenceKey;
	field: 'title' | 'text';
	start: number;
	end: number;
}

/**
 * Where each of an article's sentences lies in the raw record's text. The
 * loader normalises whitespace and invisible characters, so sentences are
 * found in order in a whitespace-collapsed copy that maps back to raw offsets.
 */
export function placeSentences(article: Article, raw: { title: string; text: string }): Placed[] {
	const collapsed: number[] = [];
	let flat = '';
	for (let i = 0; i < raw.text.length; i++) {
		const ch = raw.text[i] ?? '';
		if (/\s/u.test(ch)) {
			if (flat.endsWith(' ') || flat === '') continue;
			flat += ' ';
		} else flat += ch;
		collapsed.push(i);
	}
	const placed: Placed[] = [{ key: `${article.id}#title`, field: 'title', start: 0, end: raw.title.length }];
	let cursor = 0;
	for (const sentence of article.sentences) {
		const needle = sentence.text.replace(/\s+/gu, ' ').trim();
		const at = flat.indexOf(needle, cursor);
		if (at < 0) continue;
		const start = collapsed[at] ?? 0;
		const end = (collapsed[at + needle.length - 1] ?? start) + 1;
		placed.push({ key: `${article.id}#${sentence.index}`, field: 'text', start, end });
		cursor = at + needle.length;
	}
	return placed;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
	return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The sentences of the outlet that a gold version falls in. */
function sentencesOfVersion(version: GoldVersion, placed: readonly Placed[]): SentenceKey[] {
	const keys: SentenceKey[] = [];
	const spanLength = Math.max(1, version.end - version.start);
	for (const p of placed) {
		if (p.field !== version.field) continue;
		const shared = overlap(p, version);
		if (shared === 0) continue;
		if (shared * 2 >= spanLength || shared * 2 >= p.end - p.start) keys.push(p.key);
	}
	return keys;
}

/** The sentence keys the analysis groups, claim by claim. */
export function groupedSentences(analysis: ClaimsAnalysis): SentenceKey[][] {
	return analysis.claims.map((claim) => [
		...new Set(claim.versions.map((v) => `${v.article}#${v.sentence === null ? 'title' : v.sentence}`)),
	]);
}

/** The same for groups of claim units, as the alignment gives them (groups within one outlet are no claims). */
export function unitGroupsAsSentences(groups: readonly number[][], units: readonly ClaimUnit[]): SentenceKey[][] {
	return groups
		.filter((g) => new Set(g.map((m) => units[m]?.article)).size > 1)
		.map((g) => [...new Set(g.map((m) => `${units[m]?.article}#${units[m]?.sentence ?? 'title'}`))]);
}

export interface EventScore {
	event: string;
	/** Cross-outlet sentence pairs storylens groups, and how many of them are gold pairs. */
	grouped: number;
	groupedRight: number;
	gold: number;
	/** Gold claims, and those with at least one cross-outlet pair grouped. */
	claims: number;
	claimsFound: number;
	/** Whether the event has a lead claim, and whether one of its cross-outlet pairs is grouped. */
	hasLead: boolean;
	leadFound: boolean;
	/** Wrong grouped pairs, for reading while developing (never for the test split). */
	wrong: [SentenceKey, SentenceKey][];
	/** Gold pairs missed, by claim label. */
	missed: { label: string; pairs: [SentenceKey, SentenceKey][] }[];
}

export interface GoldSentencePairs {
	/** Per gold claim: its cross-outlet sentence pairs. */
	claims: { label: string; lead: boolean; pairs: Set<string> }[];
	all: Set<string>;
}

/** The gold claims of an event as sentence pairs of the loaded articles. */
export function goldSentencePairs(gold: GoldEvent, articles: readonly Article[], eventDir: string): GoldSentencePairs {
	const placedByOutlet = new Map<string, Placed[]>();
	for (const article of articles) {
		const raw = JSON.parse(readFileSync(join(eventDir, `${article.id}.json`), 'utf8')) as { title: string; text: string };
		placedByOutlet.set(article.id, placeSentences(article, raw));
	}
	const claims = gold.claims.map((claim) => {
		const keys = new Set<SentenceKey>();
		for (const version of claim.versions) {
			for (const key of sentencesOfVersion(version, placedByOutlet.get(version.outlet) ?? [])) keys.add(key);
		}
		const pairs = new Set<string>();
		addCrossDocumentPairs([...keys], pairs);
		return { label: claim.label, lead: claim.lead === true, pairs };
	});
	const all = new Set<string>();
	for (const claim of claims) for (const pair of claim.pairs) all.add(pair);
	return { claims, all };
}

export function scoreEvent(event: string, gold: GoldSentencePairs, grouped: readonly SentenceKey[][]): EventScore {
	const system = new Set<string>();
	for (const keys of grouped) addCrossDocumentPairs(keys, system);
	const wrong: [SentenceKey, SentenceKey][] = [];
	let groupedRight = 0;
	for (const pair of system) {
		if (gold.all.has(pair)) groupedRight++;
		else wrong.push(pair.split('|') as [SentenceKey, SentenceKey]);
	}
	const found = (pairs: Set<string>): boolean => [...pairs].some((p) => system.has(p));
	const leads = gold.claims.filter((c) => c.lead && c.pairs.size > 0);
	return {
		event,
		grouped: system.size,
		groupedRight,
		gold: gold.all.size,
		claims: gold.claims.filter((c) => c.pairs.size > 0).length,
		claimsFound: gold.claims.filter((c) => c.pairs.size > 0 && found(c.pairs)).length,
		hasLead: leads.length > 0,
		leadFound: leads.some((c) => found(c.pairs)),
		wrong,
		missed: gold.claims
			.filter((c) => c.pairs.size > 0 && !found(c.pairs))
			.map((c) => ({ label: c.label, pairs: [...c.pairs].map((p) => p.split('|') as [SentenceKey, SentenceKey]) })),
	};
}

export interface BasilTotals {
	events: number;
	precision: number;
	recall: number;
	f1: number;
	claimRecall: number;
	leads: number;
	leadEvents: number;
}

export function totals(scores: readonly EventScore[]): BasilTotals {
	let grouped = 0;
	let right = 0;
	let gold = 0;
	let claims = 0;
	let claimsFound = 0;
	let leads = 0;
	let leadEvents = 0;
	for (const s of scores) {
		grouped += s.grouped;
		right += s.groupedRight;
		gold += s.gold;
		claims += s.claims;
		claimsFound += s.claimsFound;
		if (s.hasLead) leadEvents++;
		if (s.leadFound) leads++;
	}
	const precision = grouped === 0 ? 0 : right / grouped;
	const recall = gold === 0 ? 0 : right / gold;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { events: scores.length, precision, recall, f1, claimRecall: claims === 0 ? 0 : claimsFound / claims, leads, leadEvents };
}

export function basilLine(t: BasilTotals): string {
	return (
		`basil precision ${t.precision.toFixed(3)} recall ${t.recall.toFixed(3)} f1 ${t.f1.toFixed(3)} ` +
		`claims ${t.claimRecall.toFixed(3)} leads ${t.leads}/${t.leadEvents}`
	);
}

export interface BasilEvaluation {
	lines: string[];
	totals: BasilTotals;
	scores: EventScore[];
}

/** Null when there is no gold for the split or no BASIL folder to read the articles from. */
export async function evaluateBasil(basilDir: string, goldDir: string, split: BasilSplit | 'all'): Promise<BasilEvaluation | null> {
	const events = readGoldEvents(goldDir, split);
	const eventsDir = join(basilDir, 'events');
	if (events.length === 0 || !existsSync(eventsDir)) return null;
	const scores: EventScore[] = [];
	for (const gold of events) {
		const corpus = await loadEvent(basilDir, gold.event);
		const pairs = goldSentencePairs(gold, corpus.articles, join(eventsDir, gold.event));
		scores.push(scoreEvent(gold.event, pairs, groupedSentences(analyseClaims(corpus))));
	}
	const t = totals(scores);
	const sum = (count: (score: EventScore) => number): number => scores.reduce((n, score) => n + count(score), 0);
	return {
		scores,
		totals: t,
		lines: [
			`basil: ${events.length} ${split === 'all' ? '' : `${split} `}events of ${goldDir}`,
			`  cross-outlet sentence pairs grouped: ${sum((e) => e.grouped)}, right ${sum((e) => e.groupedRight)}; ` +
				`gold pairs ${sum((e) => e.gold)}`,
			`  claims with a pair grouped: ${sum((e) => e.claimsFound)} of ${sum((e) => e.claims)}; ` +
				`leads joined in ${t.leads} of ${t.leadEvents} events`,
		],
	};
}
