export type SearchKind = 'title' | 'sentence' | 'entity';

/** One searchable text: an article's title, one of its sentences, or an entity's name. */
export interface SearchDoc {
	kind: SearchKind;
	article: string;
	/** Sentence index for sentences and entity mentions' first sentence; null for titles. */
	sentence: number | null;
	text: string;
}

/** `ranges` are [start, end) offsets into `text`, end exclusive. */
export interface SearchHit extends SearchDoc {
	/** 0 is a perfect match, 1 no match at all (fuse.js's scale). */
	score: number;
	ranges: [number, number][];
}
