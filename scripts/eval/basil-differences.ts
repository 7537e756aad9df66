/**
 * Flagged differences on BASIL events, and the verdicts a reader gave them.
 * A flag is a kind (source, hedge, number conflict) on a claim, placed by
 * its versions' positions in the articles as ../shared/eval/basil holds
 * them (outlet, field, [start, end)); the repository keeps only positions
 * and verdicts, never the articles' text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseClaims, type ClaimCluster, type Difference } from '../../src/analysis/claims/index.js';
import type { Corpus } from '../../src/corpus/index.js';
import { sentenceText } from '../../src/corpus/index.js';

export type FlagKind = 'source' | 'hedge' | 'number-conflict';

export const FLAG_KINDS: readonly FlagKind[] = ['source', 'hedge', 'number-conflict'];

export interface Position {
	outlet: string;
	field: 'title' | 'text';
	start: number;
	end: number;
}

export interface Flag {
	event: string;
	kind: FlagKind;
	/** The claim's versions compared (each article's best). */
	versions: Position[];
	/** What the flag says, per outlet, as storylens showed it when judged. */
	values: Record<string, string>;
}

export interface Verdict extends Omit<Flag, 'values'> {
	real: boolean;
	/** Why, in the judge's words, when it is not obvious. */
	note?: string;
}

export function flagKind(d: Difference): FlagKind | null {
	if (d.kind === 'attribution') return 'source';
	if (d.kind === 'hedge') return 'hedge';
	if (d.kind === 'quantity' && d.conflict) return 'number-conflict';
	return null;
}

type RawArticles = Record<string, { title: string; text: string }>;

function rawArticles(basil: string, event: string): RawArticles {
	const raw: RawArticles = {};
	for (const outlet of ['fox', 'nyt', 'hpo'])
		raw[outlet] = JSON.parse(readFileSync(join(basil, 'events', event, `${outlet}.json`), 'utf8')) as { title: string; text: string };
	return raw;
}

/** Where a unit's text sits in the raw article; null when the loader changed it past finding. */
function place(raw: RawArticles, outlet: string, title: boolean, text: string): Position | null {
	const article = raw[outlet];
	if (!article) return null;
	for (const field of title ? (['title', 'text'] as const) : (['text', 'title'] as const)) {
		const at = article[field].indexOf(text);
		if (at >= 0) return { outlet, field, start: at, end: at + text.length };
	}
	return null;
}

/** Every flag storylens raises on an event, with each version's whole sentence for a reader. */
export function eventFlags(
	basil: string,
	event: string,
	corpus: Corpus,
): { flag: Flag; claim: ClaimCluster; sentences: Record<string, string> }[] {
	const raw = rawArticles(basil, event);
	const analysis = analyseClaims(corpus);
	const flags: { flag: Flag; claim: ClaimCluster; sentences: Record<string, string> }[] = [];
	for (const claim of analysis.claims) {
		const best = claim.versions.filter((v) => v.best);
		const positions = best.map((v) => place(raw, v.article, v.sentence === null, v.text));
		if (positions.some((p) => p === null)) continue;
		const sentences: Record<string, string> = {};
		for (const v of best) {
			const article = corpus.articles.find((a) => a.id === v.article);
			if (article) sentences[v.article] = sentenceText(article, v.sentence);
		}
		for (const d of claim.differences) {
			const kind = flagKind(d);
			if (kind === null) continue;
			flags.push({ flag: { event, kind, versions: positions as Position[], values: d.values }, claim, sentences });
		}
	}
	return flags;
}

const overlaps = (a: Position, b: Position): boolean => a.outlet === b.outlet && a.field === b.field && a.start < b.end && b.start < a.end;

/** A flag raised now is the judged one when it is of the same kind and two of its versions lie where two judged versions did. */
export function sameFlag(now: Flag, judged: Verdict): boolean {
	if (now.event !== judged.event || now.kind !== judged.kind) return false;
	return now.versions.filter((p) => judged.versions.some((q) => overlaps(p, q))).length >= 2;
}
