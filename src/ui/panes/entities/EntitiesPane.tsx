import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import { countBySource, sourceText } from '../../../corpus/source.js';
import { listWindow } from '../../list-state.js';
import { usePaneReducer } from '../../pane-memory.js';
import type { PaneProps } from '../pane-props.js';
import { entitiesReducer, entitiesView, initialEntities, TYPE_CHOICES } from './entities-state.js';
import { entityColumns, outletsWidth } from './entity-columns.js';
import { mentionRows, visibleEntities } from './entity-rows.js';
import { demonymNote, mentionCount, nameText } from './entity-text.js';
import { EntityDetail } from './EntityDetail.js';
import { EntityList } from './EntityList.js';
import { TypesMenu } from './TypesMenu.js';
import { useEntitiesKeys } from './use-entities-keys.js';

/** The list header and the column heading above the entities; the detail's two header lines above the mentions. */
const HEADER_LINES = 2;
/** The menu's question above its choices. */
const MENU_HEADER_LINES = 1;

export function EntitiesPane({ corpus, labels, sources, width, height, active, app, dispatch, analysis }: PaneProps): ReactNode {
	const entities = analysis.entities;
	const [state, dispatchEntities] = usePaneReducer('entities', entitiesReducer, initialEntities);
	const all = useMemo(() => entities ?? [], [entities]);
	const articles = useMemo(() => new Map(corpus.articles.map((a) => [a.id, a])), [corpus]);
	const shown = useMemo(() => visibleEntities(all, state.types, state.filter), [all, state.types, state.filter]);
	// The Outlets column names sources, counted: "business/ 310, politics/ 90", never 400 article numbers.
	const outletTexts = useMemo(() => new Map(all.map((e) => [e.id, countBySource(e.articles, sources).map(sourceText)])), [all, sources]);
	const widths = useMemo(() => {
		const outlets = all.map((e) => outletsWidth(outletTexts.get(e.id) ?? [], (text) => text, demonymNote(e), width));
		// The pane's own padding takes a column each side.
		return entityColumns(all.map(nameText), outlets, all.map(mentionCount), corpus.articles.length, width - 2);
	}, [all, outletTexts, corpus, width]);
	const opened = state.open === null ? undefined : all.find((e) => e.id === state.open);
	const mentions = useMemo(() => (opened ? mentionRows(opened) : []), [opened]);
	const listHeight = Math.max(1, height - HEADER_LINES);
	const sizes = {
		entities: { count: shown.length, height: listHeight },
		mentions: { count: mentions.length, height: listHeight },
		menu: { count: TYPE_CHOICES.length, height: Math.max(1, height - MENU_HEADER_LINES) },
	};
	const typing = active && app.typing;
	useEntitiesKeys({ state, dispatch: dispatchEntities, app: dispatch, shown, mentions, sizes, typing, active });

	if (entities === null) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>Finding people, organisations, places, dates and quantities…</Text>
			</Box>
		);
	}
	const view = entitiesView(state);
	const total = corpus.articles.length;
	if (view === 'menu' && state.menu) {
		return <TypesMenu entities={entities} cursor={listWindow(state.menu, sizes.menu).cursor} height={height} />;
	}
	if (view === 'mentions' && opened) {
		return (
			<EntityDetail
				entity={opened}
				mentions={mentions}
				window={listWindow(state.mentions, sizes.mentions)}
				articles={articles}
				labels={labels}
				total={total}
				height={height}
			/>
		);
	}
	return (
		<EntityList
			entities={entities}
			shown={shown}
			window={listWindow(state.list, sizes.entities)}
			types={state.types}
			filter={state.filter}
			typing={typing}
			outletTexts={outletTexts}
			widths={widths}
			total={total}
			height={height}
		/>
	);
}
