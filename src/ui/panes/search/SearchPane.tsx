import { Box, Text } from 'ink';
import { useLayoutEffect, type ReactNode } from 'react';
import { labelOf } from '../../../corpus/article-labels.js';
import { countBySource } from '../../../corpus/source.js';
import type { SearchHit } from '../../../search/index.js';
import type { ReaderTarget } from '../../app-state.js';
import { Highlighted } from '../../components/Highlighted.js';
import { listWindow } from '../../list-state.js';
import { usePaneReducer } from '../../pane-memory.js';
import { useSearch } from '../../search/use-search.js';
import { tint } from '../../theme.js';
import type { PaneProps } from '../pane-props.js';
import { initialSearch, searchReducer } from './search-state.js';
import { useSearchKeys } from './use-search-keys.js';

const OUTLET_WIDTH = 18;
/** Characters kept before the first match in a row, so the match is visible in long sentences. */
const LEAD = 24;
/** Sources with hits named on the counts line; the rest the line would cut anyway. */
const MAX_COVERAGE = 12;
/** Sources without hits named, not counted, up to this many. */
const NAMED_WITHOUT = 3;

export function SearchPane({ labels, sources, height, active, app, dispatch, searcher }: PaneProps): ReactNode {
	const [state, dispatchSearch] = usePaneReducer('search', searchReducer, initialSearch);
	const results = useSearch(searcher, state.query);
	const hits = results.hits;
	const typing = active && app.typing;
	const size = { count: hits.length, height: Math.max(1, height - 3) };
	const window = listWindow(state.list, size);
	const open = (): void => {
		if (hits.length === 0) return;
		dispatch({ type: 'reader/open-hit', trail: { query: results.query, index: window.cursor, hits: hits.map(toReaderTarget) } });
	};
	// With no query the pane shows nothing but the field, so the field takes the keys: on
	// arrival (2, Tab) as after /, and again once the query is cleared. In a layout effect,
	// so the key after the one that showed the pane already finds the field listening.
	const wantsField = active && !app.typing && state.query === '';
	useLayoutEffect(() => {
		if (wantsField) dispatch({ type: 'typing/set', typing: true });
	}, [wantsField, dispatch]);
	useSearchKeys({ state, size, dispatch: dispatchSearch, app: dispatch, open, typing, active });

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
					<HitRow
						key={`${hit.article}:${hit.kind}:${hit.sentence}:${window.offset + i}`}
						hit={hit}
						label={labelOf(labels, hit.article)}
						selected={window.offset + i === window.cursor}
					/>
				))}
				{state.query.trim() === '' ? (
					<Text dimColor>Type to search every title and sentence. 'exact ^prefix !not a|b work too.</Text>
				) : null}
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
	const withHits = countBySource(
		hits.map((h) => h.article),
		sources,
	);
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
