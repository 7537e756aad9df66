import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Article } from '../../../corpus/index.js';
import { articleSource } from '../../../corpus/source.js';
import { listReducer, listState, listWindow } from '../../list-state.js';
import { usePaneReducer } from '../../pane-memory.js';
import type { PaneProps } from '../pane-props.js';
import { tint } from '../../theme.js';
import { useArticlesKeys } from './use-articles-keys.js';

const COLUMNS = { number: 4, outlet: 20, date: 11, words: 7 };

export function ArticlesPane({ corpus, height, active, dispatch }: PaneProps): ReactNode {
	const { articles, skipped } = corpus;
	const [list, dispatchList] = usePaneReducer('articles', listReducer, listState('cursor'));
	const skippedLines = skipped.length === 0 ? 0 : 1;
	const size = { count: articles.length, height: Math.max(1, height - 1 - skippedLines) };
	const window = listWindow(list, size);
	useArticlesKeys({ articles, list, size, dispatch: dispatchList, app: dispatch, active });

	return (
		<Box flexDirection="column" height={height}>
			<Row number="#" outlet="Outlet" date="Date" words="Words" title="Title" header />
			{articles.slice(window.offset, window.end).map((article, i) => (
				<ArticleRow key={article.id} article={article} number={window.offset + i + 1} selected={window.offset + i === window.cursor} />
			))}
			<Box flexGrow={1} />
			{skippedLines > 0 ? <SkippedLine skipped={skipped} /> : null}
		</Box>
	);
}

function ArticleRow({ article, number, selected }: { article: Article; number: number; selected: boolean }): ReactNode {
	return (
		<Row
			number={String(number)}
			// A section's articles read by section ("business/") where no outlet is named.
			outlet={articleSource(article) ?? '—'}
			date={article.date ?? '—'}
			words={String(article.wordCount)}
			title={article.title}
			selected={selected}
		/>
	);
}

interface RowProps {
	number: string;
	outlet: string;
	date: string;
	words: string;
	title: string;
	header?: boolean;
	selected?: boolean;
}

function Row({ number, outlet, date, words, title, header = false, selected = false }: RowProps): ReactNode {
	const style = { bold: header, inverse: selected, dimColor: false };
	return (
		<Box flexShrink={0}>
			<Cell width={COLUMNS.number} style={style} text={selected ? `›${number}` : ` ${number}`} />
			<Cell width={COLUMNS.outlet} style={style} text={outlet} />
			<Cell width={COLUMNS.date} style={style} text={date} />
			<Box width={COLUMNS.words} flexShrink={0} justifyContent="flex-end" paddingRight={1}>
				<Text {...style}>{words}</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1}>
				<Text {...style} wrap="truncate-end">
					{title}
				</Text>
			</Box>
		</Box>
	);
}

function Cell({ width, text, style }: { width: number; text: string; style: { bold: boolean; inverse: boolean } }): ReactNode {
	return (
		<Box width={width} flexShrink={0} paddingRight={1}>
			<Text {...style} wrap="truncate-end">
				{text}
			</Text>
		</Box>
	);
}

function SkippedLine({ skipped }: { skipped: PaneProps['corpus']['skipped'] }): ReactNode {
	const first = skipped[0];
	const more = skipped.length > 1 ? ` and ${skipped.length - 1} more (storylens articles lists them)` : '';
	return (
		<Text color={tint('yellow')} wrap="truncate-end">
			{`⚠ ${skipped.length} skipped: ${first?.file} (${first?.reason})${more}`}
		</Text>
	);
}
