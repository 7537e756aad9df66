export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An entity mention; `start`/`end` are UTF-16 offsets into the tagged text, `end` exclusive. */
export interface NerSpan {
	label: NerLabel;
	start: number;
	end: number;
	text: string;
}

/** A token of raw text with its UTF-16 offsets (`text === source.slice(start, end)`). */
export interface Token {
	text: string;
	start: number;
	end: number;
}

export const NER_LABELS: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** IOB2 tags in the fixed order the model's weight rows use. */
export const IOB_TAGS: readonly string[] = [
	'O',
	...NER_LABELS.flatMap((label) => [`B-${label}`, `I-${label}`]),
];

export function isNerLabel(value: string): value is NerLabel {
	return (NER_LABELS as readonly string[]).includes(value);
}
