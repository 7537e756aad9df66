import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Entity } from '../../../analysis/entities/types.js';
import { labelOf } from '../../../corpus/article-labels.js';
import type { Article } from '../../../corpus/index.js';
import { sentenceText } from '../../../corpus/sentence-text.js';
import { Highlighted } from '../../components/Highlighted.js';
import type { MentionRow } from './entity-rows.js';
import { describe, TYPE_LABELS } from './entity-text.js';

const LABEL_WIDTH = 18;
/** Characters kept before the mention in a row, so it is visible in long sentences. */
const LEAD = 30;

interface EntityDetailProps {
	entity: Entity;
	/** Its mentions, of which rows [offset, end) are on screen. */
	mentions: readonly MentionRow[];
	window: { cursor: number; offset: number; end: number };
	articles: ReadonlyMap<string, Article>;
	labels: ReadonlyMap<string, string>;
	total: number;
	height: number;
}

/** One entity: its name, role and counts, its other spellings, then every mention in its sentence. */
export function EntityDetail({ entity, mentions, window, articles, labels, total, height }: EntityDetailProps): ReactNode {
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text wrap="truncate-end">
				<Text bold>{entity.name}</Text>
				{entity.role === undefined ? null : <Text>{` · ${entity.role}`}</Text>}
				<Text dimColor>{` · ${TYPE_LABELS[entity.type]} · ${describe(entity, total)}`}</Text>
			</Text>
			<Text dimColor wrap="truncate-end">
				{entity.aliases.length > 0 ? `also written: ${entity.aliases.join(', ')}` : 'no other spellings in this corpus'}
			</Text>
			{mentions.slice(window.offset, window.end).map((row, i) => (
				<MentionLine
					key={window.offset + i}
					row={row}
					article={articles.get(row.mention.article)}
					label={labelOf(labels, row.mention.article)}
					selected={window.offset + i === window.cursor}
				/>
			))}
		</Box>
	);
}

interface MentionLineProps {
	row: MentionRow;
	article: Article | undefined;
	label: string;
	selected: boolean;
}

function MentionLine({ row, article, label, selected }: MentionLineProps): ReactNode {
	const sentence = article === undefined ? row.mention.text : sentenceText(article, row.mention.sentence);
	return (
		<Box>
			<Box width={LABEL_WIDTH} flexShrink={0} paddingRight={1}>
				<Text inverse={selected} wrap="truncate-end">{`${selected ? '›' : ' '}${label}`}</Text>
			</Box>
			{/* The demonym never gives way: squeezed, it wrapped onto a second line and pushed the header off the pane. */}
			{row.via ? (
				<Box flexShrink={0}>
					<Text dimColor>{`(${row.via}) `}</Text>
				</Box>
			) : null}
			<Box flexGrow={1} flexShrink={1}>
				<Highlighted text={sentence} ranges={[[row.mention.start, row.mention.end]]} lead={LEAD} />
			</Box>
		</Box>
	);
}
