/** A sentence, one clause of a sentence that carries two claims, or an article's title. */
export interface ClaimUnit {
	article: string;
	/** Index into the article's sentences; null for the article's title (a headline states a claim too). */
	sentence: number | null;
	/** [start, end) of the unit inside the sentence (or title); the whole of it unless it was split. */
	start: number;
	end: number;
	text: string;
}

/** A unit's id, stable across runs: "article:sentence:start" ("title" for a headline); a claim's is its central version's. */
export function unitId(unit: Pick<ClaimUnit, 'article' | 'sentence' | 'start'>): string {
	return `${unit.article}:${unit.sentence ?? 'title'}:${unit.start}`;
}

export interface ClaimVersion extends ClaimUnit {
	/** The article's best match to the other versions; its further sentences have `best: false`. */
	best: boolean;
	/**
	 * For a best version after the first (the claim's central version, which
	 * the others are read against): whether it says the same as the central
	 * version (true) or adds, drops or changes details (false), as the paraphrase
	 * model judges it (src/analysis/similarity, measured on MSRP). Null for
	 * the central version and for further sentences.
	 */
	restates: boolean | null;
}

export type DifferenceKind = 'quantity' | 'attribution' | 'hedge' | 'wording';

export interface Difference {
	kind: DifferenceKind;
	/** What each article says, by article id; an article that says nothing of the kind is absent. */
	values: Record<string, string>;
	/** True when the versions cannot all be right (20 against more than 24). */
	conflict: boolean;
	/** Character ranges per article id, into that article's best version's text, to highlight. */
	ranges: Record<string, [number, number][]>;
}

export interface ClaimCluster {
	id: string;
	label: string;
	articles: string[];
	versions: ClaimVersion[];
	differences: Difference[];
	conflict: boolean;
	/** Mean claim affinity (0-1) between versions from different articles. */
	cohesion: number;
	/** Stated in the headline or first paragraph of two or more of its articles: the story's lead. */
	lead: boolean;
	/** Where its versions stand in their articles, on average: 0 at the top, 1 at the end. */
	position: number;
}

export interface ClaimsAnalysis {
	claims: ClaimCluster[];
	/** Claims found in one article only, in corpus order. */
	singleSource: ClaimUnit[];
}

/** How a version's `restates` reads, in the dashboard's columns and the plain-text output alike. */
export function restatesMark(restates: boolean | null): string | null {
	return restates === null ? null : restates ? '= same' : '~ differs';
}
