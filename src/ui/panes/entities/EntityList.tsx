import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Entity, EntityType } from '../../../analysis/entities/types.js';
import { hintText } from '../../keymap.js';
import { tint } from '../../theme.js';
import { TYPE_WIDTH, type EntityColumns } from './entity-columns.js';
import { demonymNote, mentionCount, nameText, TYPE_LABELS, TYPE_TAGS } from './entity-text.js';

interface EntityListProps {
	/** Every entity, and those the type and filter leave, of which rows [offset, end) are on screen. */
	entities: readonly Entity[];
	shown: readonly Entity[];
	window: { cursor: number; offset: number; end: number };
	types: EntityType | 'all';
	filter: string;
	/** The filter field has the keys. */
	typing: boolean;
	outletTexts: ReadonlyMap<string, readonly string[]>;
	widths: EntityColumns;
	total: number;
	height: number;
}

export function EntityList(props: EntityListProps): ReactNode {
	const { entities, shown, window, types, filter, typing, outletTexts, widths, total, height } = props;
	const heading = [
		' Name'.padEnd(widths.name),
		'Type'.padEnd(TYPE_WIDTH),
		'Ment.'.padEnd(widths.mentions),
		'Arts'.padEnd(widths.articles),
		'Outlets',
	].join('');
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Box>
				<Text>{`${types === 'all' ? 'all entities' : TYPE_LABELS[types]} · ${shown.length} of ${entities.length}`}</Text>
				<Box flexGrow={1} />
				{typing || filter !== '' ? (
					<Text>
						<Text color={typing ? tint('cyan') : undefined}>filter: </Text>
						{filter}
						{typing ? <Text inverse> </Text> : null}
					</Text>
				) : (
					<Text dimColor>{hintText(['entities.filter', 'entities.types'])}</Text>
				)}
			</Box>
			<Box>
				<Text dimColor wrap="truncate-end">
					{heading}
				</Text>
			</Box>
			{shown.slice(window.offset, window.end).map((entity, i) => (
				<EntityRow
					key={entity.id}
					entity={entity}
					outlets={(outletTexts.get(entity.id) ?? []).join(', ')}
					total={total}
					widths={widths}
					selected={window.offset + i === window.cursor}
				/>
			))}
			{shown.length === 0 ? <Text dimColor>No entity matches.</Text> : null}
		</Box>
	);
}

interface EntityRowProps {
	entity: Entity;
	outlets: string;
	total: number;
	widths: EntityColumns;
	selected: boolean;
}

function EntityRow({ entity, outlets, total, widths, selected }: EntityRowProps): ReactNode {
	return (
		<Box>
			{/* A column wider than its text: a cut name still has a gap before the type. */}
			<Box width={widths.name} flexShrink={0} paddingRight={1}>
				<Text inverse={selected} bold wrap="truncate-end">
					{`${selected ? '›' : ' '}${nameText(entity)}`}
				</Text>
			</Box>
			<Box width={TYPE_WIDTH} flexShrink={0}>
				<Text color={tint('cyan')}>{TYPE_TAGS[entity.type]}</Text>
			</Box>
			<Box width={widths.mentions} flexShrink={0}>
				<Text wrap="truncate">{String(mentionCount(entity))}</Text>
			</Box>
			<Box width={widths.articles} flexShrink={0}>
				<Text wrap="truncate">{`${entity.articles.length}/${total}`}</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1}>
				<Text dimColor wrap="truncate-end">
					{outlets}
					{demonymNote(entity)}
				</Text>
			</Box>
		</Box>
	);
}
