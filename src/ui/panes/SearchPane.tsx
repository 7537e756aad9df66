import { Box, Text } from 'ink';
import { useLayoutEffect, type ReactNode } from 'react';
import { countBySource } from '../../corpus/source.js';
import type { ReaderTarget } from '../app-state.js';
import type { SearchHit } from '../../search/index.js';
import { Highlighted } from '../components/Highlighted.js';
import { editLine } from '../components/line-edit.js';
import type { Hint } from '../components/StatusBar.js';
import { labelOf } from '../../corpus/article-labels.js';
import { useCommands, useTextInput } from '../hooks/use-commands.js';
import { fieldCommandFor } from '../keymap.js';
import { movementFor, moveCursor, windowFor } from '../list-window.js';
import { useRemembered } from '../pane-memory.js';
import type { Searcher } from '../../analysis-runtime/searcher.js';
import { useSearch } from '../search/use-search.js';
import type { PaneProps } from './pane-props.js';
import { tint } from '../theme.js';

export const SEARCH_TYPING_HINTS: readonly Hint[] = [
	['field.down', 'select'],
	['field.open', 'open'],
	['field.results', 'to results'],
	['field.leave', 'clear/back'],
];

export const SEARCH_LIST_HINTS: readonly Hint[] = [
	['cursor.down', 'move'],
	['item.open', 'open'],
	['search.focus', 'edit query'],
	['view.back', 'back'],
	['app.help', 'help'],
	['app.quit', 'quit'],
];

const OUTLET_WIDTH = 18;
/** Characters kept before the first match in a row, so the match is visible in long sentences. */
const LEAD = 24;
/** Sources with hits named on the counts line; the rest the line would cut anyway. */
const MAX_COVERAGE = 12;
/** Sources without hits named, not counted, up to this many. */
const NAMED_WITHOUT = 3;

interface SearchState {
	query: string;
	cursor: number;
	offset: number;
}

export function SearchPane({ labels, sources, height, active, app, dispatch, searcher }: PaneProps & { searcher: Searcher }): ReactNode {
	const [state, setState] = useRemembered<SearchState>('search.state', { query: '', cursor: 0, offset: 0 });
	const results = useSearch(searcher, state.query);
	const hits = results.hits;
	const typing = active && app.typing;
	const listHeight = Math.max(1, height - 3);
	const window = windowFor(Math.min(state.cursor, Math.max(0, hits.length - 1)), hits.length, listHeight, state.offset);

	const move = (movement: NonNullable<ReturnType<typeof movementFor>>): void =>
		setState((s) => {
			const cursor = moveCursor(s.cursor, hits.length, movement, listHeight);
			return { ...s, cursor, offset: windowFor(cursor, hits.length, listHeight, s.offset).offset };
		});
	const open = (): void => {
		if (hits.length === 0) return;
		const index = Math.min(state.cursor, hits.length - 1);
		dispatch({ type: 'reader/open-hit', trail: { query: results.query, index, hits: hits.map(toReaderTarget) } });
	};
	const edit = (query: string): void => setState({ query, cursor: 0, offset: 0 });
	const empty = state.query === '';
	// With no query the pane shows nothing but the field, so the field takes the keys: on
	// arrival (2, Tab) as after /, and again once the query is cleared. In a layout effect,
	// so the key after the one that showed the pane already finds the field listening.
	const wantsField = active && !app.typing && empty;
	useLayoutEffect(() => {
		if (wantsField) dispatch({ type: 'typing/set', typing: true });
	}, [wantsField, dispatch]);

	useTextInput(
		(input, key) => {
			switch (fieldCommandFor(input, key)) {
				case 'field.leave':
					// Esc clears the query; on an empty one, where the field would only take the keys back, it leaves the pane.
					if (empty) dispatch({ type: 'pane/show', pane: 'articles' });
					else edit('');
					return true;
				case 'field.open':
					open();
					return true;
				case 'field.results':
					// No query, no results to go to: Tab goes on through the panes, as everywhere else.
					if (empty) dispatch({ type: 'pane/cycle', step: key.shift ? -1 : 1 });
					else dispatch({ type: 'typing/set', typing: false });
					return true;
				case 'field.up':
					move('up');
					return true;
				case 'field.down':
					move('down');
					return true;
				default:
					break;
			}
			if (key.pageUp || key.pageDown) {
				move(key.pageUp ? 'pageUp' : 'pageDown');
				return true;
			}
			const edited = editLine(state.query, input, key);
			if (edited === null) return false;
			edit(edited);
			return true;
		},
		{ isActive: typing },
	);
	useCommands(
		(command) => {
			const movement = movementFor(command);
			if (movement) move(movement);
			else if (command === 'item.open') open();
			else if (command === 'view.back') dispatch({ type: 'pane/show', pane: 'articles' });
		},
		{ isActive: active && !app.typing },
	);

	const stale = results.query !== state.query;
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Box>
				<Text color={typing ? tint('cyan') : undefined} bold={typing}>
					{'/ '}
				</Text>
				<Text>{state.query}</Text>
				{typing ? <Text inverse> </Text> : null}
				<Box flexGrow={1} />
				<Text dimColor>{summary(state.query, hits.length, stale)}</Text>
			</Box>
			<Text dimColor wrap="truncate-end">
				{coverage(hits, sources)}
			</Text>
			<Box flexDirection="column" flexGrow={1}>
				{hits.slice(window.offset, window.end).map((hit, i) => (
					<HitRow key={`${hit.article}:${hit.kind}:${hit.sentence}:${window.offset + i}`} hit={hit} label={labelOf(labels, hit.article)} selected={window.offset + i === state.cursor} />
				))}
				{state.query.trim() === '' ? <Text dimColor>Type to search every title and sentence. 'exact ^prefix !not a|b work too.</Text> : null}
			</Box>
		</Box>
	);
}

function HitRow({ hit, label, selected }: { hit: SearchHit; label: string; selected: boolean }): ReactNode {
	const kind = hit.kind === 'sentence' ? '' : `${hit.kind}: `;
	return (
		<Box>
			<Box width={OUTLET_WIDTH} flexShrink={0} paddingRight={1}>
				<Text inverse={selected} wrap="truncate-end">
					{`${selected ? '›' : ' '}${label}`}
				</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1}>
				{kind === '' ? null : <Text dimColor>{kind}</Text>}
				<Highlighted text={hit.text} ranges={hit.ranges} lead={LEAD} />
			</Box>
		</Box>
	);
}

function summary(query: string, count: number, stale: boolean): string {
	if (query.trim() === '') return '';
	if (stale) return 'searching…';
	return `${count} hit${count === 1 ? '' : 's'}`;
}

/**
 * Hits per source, most first, then the sources without any, so the user sees at once where
 * the term is covered; a few are named ("UNN 0"), a corpus's worth are counted.
 */
export function coverage(hits: readonly SearchHit[], sources: ReadonlyMap<string, string>): string {
	if (hits.length === 0) return '';
	const withHits = countBySource(hits.map((h) => h.article), sources);
	const covered = new Set(withHits.map((c) => c.source));
	const without = [...new Set(sources.values())].filter((s) => !covered.has(s));
	const shown = withHits.slice(0, MAX_COVERAGE).map(({ source, count }) => `${source} ${count}`);
	if (withHits.length > MAX_COVERAGE) shown.push(`+${withHits.length - MAX_COVERAGE} more`);
	if (without.length > NAMED_WITHOUT) shown.push(`${without.length} source${without.length === 1 ? '' : 's'} without hits`);
	else shown.push(...without.map((source) => `${source} 0`));
	return shown.join(' · ');
}

/** A sentence hit opens on its sentence with the match marked; a title or entity hit on where it is first named. */
function toReaderTarget(hit: SearchHit): ReaderTarget {
	return { articleId: hit.article, sentence: hit.sentence, ranges: hit.kind === 'sentence' ? hit.ranges : [] };
}
