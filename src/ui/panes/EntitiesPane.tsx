import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useMemo, type ReactNode } from 'react';
// From types.js, not index.js: the dashboard must not load the tagger (compromise) that runs in the worker.
import { ENTITY_TYPES, type Entity, type EntityType, type Mention } from '../../analysis/entities/types.js';
import type { Article } from '../../corpus/index.js';
import { sentenceText } from '../../corpus/sentence-text.js';
import { countBySource, sourceText } from '../../corpus/source.js';
import { foldText } from '../../search/fold.js';
import { Highlighted } from '../components/Highlighted.js';
import { editLine } from '../components/line-edit.js';
import type { Hint } from '../components/StatusBar.js';
import { useCommands, useTextInput } from '../hooks/use-commands.js';
import { fieldCommandFor } from '../keymap.js';
import { labelOf } from '../../corpus/article-labels.js';
import { movementFor, moveCursor, windowFor, type Movement } from '../list-window.js';
import { useRemembered } from '../pane-memory.js';
import type { PaneProps } from './pane-props.js';
import { tint } from '../theme.js';
import { entityColumns, outletsWidth, TYPE_WIDTH, type EntityColumns } from './entity-columns.js';

export const ENTITY_LIST_HINTS: readonly Hint[] = [
	['cursor.down', 'move'],
	['item.open', 'mentions'],
	['list.filter', 'filter'],
	['list.types', 'types'],
	['app.help', 'help'],
	['app.quit', 'quit'],
];

export const MENTION_HINTS: readonly Hint[] = [
	['cursor.down', 'move'],
	['item.open', 'read'],
	['view.back', 'back'],
	['app.help', 'help'],
];

const TYPE_LABELS: Record<EntityType, string> = {
	person: 'people',
	organization: 'organisations',
	place: 'places',
	date: 'dates',
	quantity: 'quantities',
};
const TYPE_TAGS: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'PLC', date: 'DAT', quantity: 'QTY' };
const LEAD = 30;

function mentionCount(entity: Entity): number {
	return entity.mentions.length + (entity.demonym?.mentions.length ?? 0);
}

interface EntitiesState {
	types: EntityType | 'all';
	filter: string;
	cursor: number;
	offset: number;
	/** The entity whose mentions are shown, by id. */
	open: string | null;
	mentionCursor: number;
	mentionOffset: number;
	menu: boolean;
}

const INITIAL: EntitiesState = { types: 'all', filter: '', cursor: 0, offset: 0, open: null, mentionCursor: 0, mentionOffset: 0, menu: false };

export function EntitiesPane({ corpus, labels, sources, width, height, active, app, dispatch, entities }: PaneProps & { entities: Entity[] | null }): ReactNode {
	const [state, setState] = useRemembered<EntitiesState>('entities.state', INITIAL);
	const articles = useMemo(() => new Map(corpus.articles.map((a) => [a.id, a])), [corpus]);
	const shown = useMemo(() => visibleEntities(entities ?? [], state.types, state.filter), [entities, state.types, state.filter]);
	const names = useMemo(() => (entities ?? []).map(nameText), [entities]);
	const counts = useMemo(() => (entities ?? []).map(mentionCount), [entities]);
	// The Outlets column names sources, counted: "business/ 310, politics/ 90", never 400 article numbers.
	const outletTexts = useMemo(() => new Map((entities ?? []).map((e) => [e.id, countBySource(e.articles, sources).map(sourceText)])), [entities, sources]);
	const outlets = useMemo(() => (entities ?? []).map((e) => outletsWidth(outletTexts.get(e.id) ?? [], (text) => text, demonymNote(e), width)), [entities, outletTexts, width]);
	// The pane's own padding takes a column each side.
	const widths = useMemo(() => entityColumns(names, outlets, counts, corpus.articles.length, width - 2), [names, outlets, counts, corpus, width]);
	const opened = state.open === null ? undefined : (entities ?? []).find((e) => e.id === state.open);
	const typing = active && app.typing;
	const listHeight = Math.max(1, height - 2);

	const moveList = (movement: Movement): void =>
		setState((s) => {
			const cursor = moveCursor(s.cursor, shown.length, movement, listHeight);
			return { ...s, cursor, offset: windowFor(cursor, shown.length, listHeight, s.offset).offset };
		});
	const mentions = opened ? mentionRows(opened) : [];
	const moveMentions = (movement: Movement): void =>
		setState((s) => {
			const mentionCursor = moveCursor(s.mentionCursor, mentions.length, movement, listHeight);
			return { ...s, mentionCursor, mentionOffset: windowFor(mentionCursor, mentions.length, listHeight, s.mentionOffset).offset };
		});
	const openSelected = (): void => {
		const entity = shown[Math.min(state.cursor, shown.length - 1)];
		if (entity) setState((s) => ({ ...s, open: entity.id, mentionCursor: 0, mentionOffset: 0 }));
	};
	const readMention = (): void => {
		const row = mentions[state.mentionCursor];
		if (row) dispatch({ type: 'reader/open', target: { articleId: row.mention.article, sentence: row.mention.sentence, ranges: [[row.mention.start, row.mention.end]] } });
	};

	useTextInput(
		(input, key) => {
			const command = fieldCommandFor(input, key);
			if (command === 'field.leave') setState((s) => ({ ...s, filter: '', cursor: 0, offset: 0 }));
			if (command === 'field.leave' || command === 'field.results') {
				dispatch({ type: 'typing/set', typing: false });
				return true;
			}
			if (command === 'field.open') {
				dispatch({ type: 'typing/set', typing: false });
				openSelected();
				return true;
			}
			if (command === 'field.up' || command === 'field.down') {
				moveList(command === 'field.up' ? 'up' : 'down');
				return true;
			}
			const filter = editLine(state.filter, input, key);
			if (filter === null) return false;
			setState((s) => ({ ...s, filter, cursor: 0, offset: 0 }));
			return true;
		},
		{ isActive: typing && state.open === null && !state.menu },
	);
	useCommands(
		(command) => {
			const movement = movementFor(command);
			if (opened) {
				if (movement) moveMentions(movement);
				else if (command === 'item.open') readMention();
				else if (command === 'view.back') setState((s) => ({ ...s, open: null }));
				return;
			}
			if (movement) moveList(movement);
			else if (command === 'item.open') openSelected();
			else if (command === 'list.filter') dispatch({ type: 'typing/set', typing: true });
			else if (command === 'list.types') setState((s) => ({ ...s, menu: true }));
			else if (command === 'view.back' && state.filter !== '') setState((s) => ({ ...s, filter: '', cursor: 0, offset: 0 }));
		},
		{ isActive: active && !app.typing && !state.menu },
	);

	if (entities === null) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>Finding people, organisations, places, dates and quantities…</Text>
			</Box>
		);
	}
	if (state.menu) {
		const items = [{ label: `all (${entities.length})`, value: 'all' as const }, ...ENTITY_TYPES.map((t) => ({ label: `${TYPE_LABELS[t]} (${entities.filter((e) => e.type === t).length})`, value: t }))];
		return (
			<Box flexDirection="column" height={height} paddingX={1}>
				<Text bold>Show which entities? (↑↓, Enter)</Text>
				<SelectInput
					items={items}
					initialIndex={Math.max(0, items.findIndex((i) => i.value === state.types))}
					isFocused={active}
					onSelect={(item) => setState((s) => ({ ...s, types: item.value, cursor: 0, offset: 0, menu: false }))}
				/>
			</Box>
		);
	}
	if (opened) {
		const window = windowFor(state.mentionCursor, mentions.length, listHeight, state.mentionOffset);
		return (
			<Box flexDirection="column" height={height} paddingX={1}>
				<Text wrap="truncate-end">
					<Text bold>{opened.name}</Text>
					<Text dimColor>{` · ${TYPE_LABELS[opened.type]} · ${describe(opened, corpus.articles.length)}`}</Text>
				</Text>
				<Text dimColor wrap="truncate-end">
					{opened.aliases.length > 0 ? `also written: ${opened.aliases.join(', ')}` : 'no other spellings in this corpus'}
				</Text>
				{mentions.slice(window.offset, window.end).map((row, i) => (
					<MentionRow key={window.offset + i} row={row} article={articles.get(row.mention.article)} label={labelOf(labels, row.mention.article)} selected={window.offset + i === state.mentionCursor} />
				))}
			</Box>
		);
	}
	const window = windowFor(Math.min(state.cursor, Math.max(0, shown.length - 1)), shown.length, listHeight, state.offset);
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Box>
				<Text>{`${TYPE_LABELS[state.types as EntityType] ?? 'all entities'} · ${shown.length} of ${entities.length}`}</Text>
				<Box flexGrow={1} />
				{typing || state.filter !== '' ? (
					<Text>
						<Text color={typing ? tint('cyan') : undefined}>filter: </Text>
						{state.filter}
						{typing ? <Text inverse> </Text> : null}
					</Text>
				) : (
					<Text dimColor>f filter · t types</Text>
				)}
			</Box>
			<Box>
				<Text dimColor wrap="truncate-end">{`${' Name'.padEnd(widths.name)}${'Type'.padEnd(TYPE_WIDTH)}${'Ment.'.padEnd(widths.mentions)}${'Arts'.padEnd(widths.articles)}Outlets`}</Text>
			</Box>
			{shown.slice(window.offset, window.end).map((entity, i) => (
				<EntityRow key={entity.id} entity={entity} outlets={(outletTexts.get(entity.id) ?? []).join(', ')} total={corpus.articles.length} widths={widths} selected={window.offset + i === state.cursor} />
			))}
			{shown.length === 0 ? <Text dimColor>No entity matches.</Text> : null}
		</Box>
	);
}

/**
 * The cast first: a reader opens this list for who and what the story is about, so all types
 * together list people, organisations and places, then quantities, then dates, each group in
 * the analysis's order (most widely reported first).
 */
const LIST_ORDER: Record<EntityType, number> = { person: 0, organization: 0, place: 0, quantity: 1, date: 2 };

/**
 * Matches a filter against the name and every alias, case- and accent-insensitively. Dates
 * that only say "last week" or an undated article's "Tuesday" are left to the date type.
 */
export function visibleEntities(entities: readonly Entity[], types: EntityType | 'all', filter: string): Entity[] {
	const needle = foldText(filter.trim());
	const shown = entities.filter(
		(e) =>
			(types === 'all' ? e.unresolved !== true : e.type === types) &&
			(needle === '' || [e.name, ...e.aliases, e.demonym?.name ?? ''].some((n) => foldText(n).includes(needle))),
	);
	return types === 'all' ? shown.sort((a, b) => LIST_ORDER[a.type] - LIST_ORDER[b.type]) : shown;
}

/** After a place's outlets: the nationality adjective that also names it. */
function demonymNote(entity: Entity): string {
	return entity.demonym ? ` · also "${entity.demonym.name}" ×${entity.demonym.mentions.length}` : '';
}

/** What the Name column shows: the name, and a quantity's value as read. */
function nameText(entity: Entity): string {
	return entity.value ? `${entity.name} ${valueText(entity)}` : entity.name;
}

function EntityRow({ entity, outlets, total, widths, selected }: { entity: Entity; outlets: string; total: number; widths: EntityColumns; selected: boolean }): ReactNode {
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

interface MentionRowData {
	mention: Mention;
	/** Set for a demonym's mention ("Russian" listed under Russia). */
	via: string | null;
}

function mentionRows(entity: Entity): MentionRowData[] {
	return [...entity.mentions.map((mention) => ({ mention, via: null })), ...(entity.demonym?.mentions ?? []).map((mention) => ({ mention, via: entity.demonym?.name ?? null }))];
}

function MentionRow({ row, article, label, selected }: { row: MentionRowData; article: Article | undefined; label: string; selected: boolean }): ReactNode {
	const sentence = article === undefined ? row.mention.text : sentenceText(article, row.mention.sentence);
	return (
		<Box>
			<Box width={18} flexShrink={0} paddingRight={1}>
				<Text inverse={selected} wrap="truncate-end">{`${selected ? '›' : ' '}${label}`}</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1}>
				{row.via ? <Text dimColor>{`(${row.via}) `}</Text> : null}
				<Highlighted text={sentence} ranges={[[row.mention.start, row.mention.end]]} lead={LEAD} />
			</Box>
		</Box>
	);
}

function describe(entity: Entity, total: number): string {
	const count = entity.mentions.length;
	const demonym = entity.demonym ? `, and "${entity.demonym.name}" ${entity.demonym.mentions.length}×` : '';
	return `${count} mention${count === 1 ? '' : 's'} in ${entity.articles.length} of ${total} articles${demonym}${entity.value ? ` · ${valueText(entity)}` : ''}`;
}

const BOUND_SYMBOLS: Record<string, string> = { exact: '', 'more-than': '>', 'at-least': '≥', 'less-than': '<', 'at-most': '≤', about: '~', range: '' };

function valueText(entity: Entity): string {
	const v = entity.value;
	if (!v) return '';
	const number = v.high === undefined ? String(v.value) : `${v.value}-${v.high}`;
	return `(${BOUND_SYMBOLS[v.bound] ?? ''}${number}${v.unit ? ` ${v.unit}` : ''}${v.vague ? ', vague' : ''})`;
}
