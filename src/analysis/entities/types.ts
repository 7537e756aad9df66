import type { QuantityValue } from '../quantities/index.js';

export type EntityType = 'person' | 'organization' | 'place' | 'date' | 'quantity';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'date', 'quantity'];

/** A person, an organisation or a place: a name, not a value (a date, a quantity). */
export function isName(mention: { type: EntityType }): boolean {
	return mention.type === 'person' || mention.type === 'organization' || mention.type === 'place';
}

/** Where an entity is named: `start`/`end` are UTF-16 offsets into the sentence's text. */
export interface Mention {
	article: string;
	/** The sentence's index in its article, or null for the article's title. */
	sentence: number | null;
	text: string;
	start: number;
	end: number;
}

/** A mention found in one sentence, before mentions are merged into entities. */
export interface RawMention extends Mention {
	type: EntityType;
	/** Set for nationality adjectives ("Russian"): the place they point to. */
	demonymOf?: string;
	value?: QuantityValue;
	iso?: string | null;
	/** Dates: written relative to the article's date ("yesterday", "last year", "Tuesday"). */
	relative?: boolean;
	/** People: the role written around the name ("House Speaker", "Sen., R-S.C."). */
	role?: string;
}

export interface Demonym {
	name: string;
	articles: string[];
	mentions: Mention[];
}

export interface Entity {
	id: string;
	name: string;
	type: EntityType;
	/** Other names the corpus uses for it, in order of first use. */
	aliases: string[];
	articles: string[];
	mentions: Mention[];
	/** Quantities: the normalised value. */
	value?: QuantityValue;
	/** Dates: ISO form where known. */
	iso?: string | null;
	/**
	 * Dates: only relative mentions that no article date resolves ("last week", or "Tuesday" in an
	 * undated article), a date no reader browses for; the list shows it under the date type only.
	 */
	unresolved?: true;
	/** People: the role the corpus most often gives them ("House Speaker"), stripped from their name. */
	role?: string;
	/** Places: the nationality adjective ("Russian" for Russia), kept apart from the place's own mentions. */
	demonym?: Demonym;
}
