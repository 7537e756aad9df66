/**
 * Turns a group of unit indices into a ClaimCluster: which version of each
 * article is its best, which version is central (it labels the claim and
 * is the reference for wording differences), and how the versions differ.
 */
import { isSameClaim, profileSentence, type SentenceProfile } from '../similarity/index.js';
import type { PairScorer } from './affinity.js';
import { UnitPlace } from './alignment-features.js';
import type { UnitLayout } from './evidence.js';
import { findDifferences } from './differences.js';
import type { ArticleSources } from './sources.js';
import { unitId, type ClaimCluster, type ClaimUnit, type ClaimVersion } from './types.js';

const LABEL_LENGTH = 90;

export interface ClusterContext {
	readonly units: readonly ClaimUnit[];
	/** Where each unit stands in its article (units.ts). */
	readonly layout: UnitLayout;
	readonly score: PairScorer;
	/** Position of each article in the corpus, for a stable column order. */
	readonly articleOrder: ReadonlyMap<string, number>;
	/** Each article read for its sources (who said what), kept across the claims that ask. */
	readonly sources: (article: string) => ArticleSources | undefined;
}

export function buildCluster(members: readonly number[], { units, layout, score, articleOrder, sources }: ClusterContext): ClaimCluster {
	const articleOf = (m: number): string => units[m]?.article ?? '';
	const order = (m: number): number => articleOrder.get(articleOf(m)) ?? 0;
	// How well each member agrees with the members from other articles.
	const agreement = new Map<number, number>();
	let total = 0;
	let count = 0;
	for (const a of members) {
		let sum = 0;
		let n = 0;
		for (const b of members) {
			if (articleOf(a) === articleOf(b)) continue;
			const p = score(a, b);
			sum += p;
			n++;
			if (a < b) {
				total += p;
				count++;
			}
		}
		agreement.set(a, n === 0 ? 0 : sum / n);
	}
	const byAgreement = [...members].sort((a, b) => (agreement.get(b) ?? 0) - (agreement.get(a) ?? 0) || a - b);
	const bestOf = new Map<string, number>();
	for (const m of byAgreement) if (!bestOf.has(articleOf(m))) bestOf.set(articleOf(m), m);
	const central = byAgreement[0] ?? members[0] ?? 0;
	// The central version first (differences are read against it), then corpus order.
	const bestMembers = [...bestOf.values()].sort((a, b) => (a === central ? -1 : b === central ? 1 : order(a) - order(b)));
	const further = members.filter((m) => !bestMembers.includes(m)).sort((a, b) => order(a) - order(b) || a - b);
	const centralProfile = profileSentence((units[central] as ClaimUnit).text);
	const versions: ClaimVersion[] = [
		...bestMembers.map((m) =>
			versionOf(units[m] as ClaimUnit, true, m === central ? null : restates(centralProfile, (units[m] as ClaimUnit).text)),
		),
		...further.map((m) => versionOf(units[m] as ClaimUnit, false, null)),
	];
	const differences = findDifferences(versions, (v) => sources(v.article));
	const centralUnit = units[central] as ClaimUnit;
	const leadArticles = new Set(members.filter((m) => (layout.places[m] ?? UnitPlace.Body) !== UnitPlace.Body).map(articleOf));
	const bests = [...bestOf.values()];
	return {
		id: unitId(centralUnit),
		label: shorten(centralUnit.text),
		articles: [...bestOf.keys()].sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0)),
		versions,
		differences,
		conflict: differences.some((d) => d.conflict),
		cohesion: count === 0 ? 0 : total / count,
		lead: leadArticles.size >= 2,
		position: bests.reduce((sum, m) => sum + (layout.positions[m] ?? 0), 0) / Math.max(1, bests.length),
	};
}

/**
 * The grouping puts a version in the claim when it carries the claim, however
 * much it adds; the paraphrase model, trained to call a pair the same only
 * when neither adds, drops nor changes anything, tells the reader which versions do.
 * Without corpus IDF (it would mean profiling every sentence of the corpus
 * for a handful of pairs a claim), measured on MSRP: accuracy 0.766.
 */
function restates(central: SentenceProfile, text: string): boolean {
	return isSameClaim(central, profileSentence(text));
}

/** A label fits one list row: cut at a word boundary. A clause keeps no joint at its end ("…from Europe,"). */
function shorten(unitText: string): string {
	const text = unitText.replace(/\s*[,;:]\s*$/u, '');
	if (text.length <= LABEL_LENGTH) return text;
	const cut = text.lastIndexOf(' ', LABEL_LENGTH - 1);
	return `${text.slice(0, cut > 40 ? cut : LABEL_LENGTH - 1)}…`;
}

/**
 * Written out field by field: a spread (`{ ...unit, best, restates }`) gave
 * every version a hidden class of its own in V8, 89,000 of them (11 MB) for
 * 10,000 articles, and each was copied again into the dashboard's thread.
 */
function versionOf(unit: ClaimUnit, best: boolean, restates: boolean | null): ClaimVersion {
	return { article: unit.article, sentence: unit.sentence, start: unit.start, end: unit.end, text: unit.text, best, restates };
}
