import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import type { Article } from '../../corpus/index.js';
import type { ReaderTarget } from '../app-state.js';
import type { Hint } from '../components/StatusBar.js';
import type { Command } from '../keymap.js';
import { useCommands } from '../hooks/use-commands.js';
import { movementFor, moveCursor } from '../list-window.js';
import { useRemembered } from '../pane-memory.js';
import { layoutArticle, type SpanStyle } from '../reader/layout.js';
import { StyledSpan, type SpanLook } from '../components/StyledSpan.js';
import type { PaneProps } from './pane-props.js';

export const READER_HINTS: readonly Hint[] = [
	['cursor.down', 'scroll'],
	['page.down', 'page'],
	['cursor.top', 'top'],
	['cursor.bottom', 'end'],
	['view.back', 'back'],
	['hit.next', 'next hit'],
	['app.help', 'help'],
	['app.quit', 'quit'],
];

/** Lines above a sentence the Reader was opened on, so it is read in context. */
const CONTEXT_LINES = 2;

export function ReaderPane({ corpus, width, height, active, app, dispatch }: PaneProps): ReactNode {
	const target = app.reader;
	const article = target ? corpus.articles.find((a) => a.id === target.articleId) : undefined;
	if (!target || !article) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>No article open. Pick one in Articles (1) and press Enter.</Text>
			</Box>
		);
	}
	const trail = app.trail;
	const hitNote = trail ? `hit ${trail.index + 1}/${trail.hits.length} for “${trail.query}”` : null;
	return (
		<ArticleReader
			article={article}
			target={target}
			hitNote={hitNote}
			width={width}
			height={height}
			active={active}
			onCommand={(command) => {
				if (command === 'view.back') dispatch({ type: 'reader/back' });
				else if (command === 'hit.next' || command === 'hit.previous') dispatch({ type: 'hit/step', step: command === 'hit.next' ? 1 : -1 });
			}}
		/>
	);
}

interface ArticleReaderProps {
	article: Article;
	target: ReaderTarget;
	hitNote: string | null;
	width: number;
	height: number;
	active: boolean;
	onCommand: (command: Command) => void;
}

function ArticleReader({ article, target, hitNote, width, height, active, onCommand }: ArticleReaderProps): ReactNode {
	const textWidth = Math.max(10, width - 2);
	const { sentence } = target;
	const layout = useMemo(
		() => layoutArticle(article, textWidth, sentence === null ? null : { sentence, ranges: target.ranges ?? [] }),
		[article, textWidth, sentence, target.ranges],
	);
	const headerLines = 3;
	const bodyHeight = Math.max(1, height - headerLines);
	const maxScroll = Math.max(0, layout.lines.length - bodyHeight);

	// Scroll is remembered per opening, so reopening on another sentence starts there.
	const openingKey = `${article.id}#${sentence ?? ''}#${JSON.stringify(target.ranges ?? [])}`;
	const initialScroll = sentence === null ? 0 : Math.max(0, (layout.sentenceLines[sentence] ?? 0) - CONTEXT_LINES);
	const [view, setView] = useRemembered('reader.view', { key: '', scroll: 0 });
	const scroll = Math.min(maxScroll, view.key === openingKey ? view.scroll : initialScroll);

	useCommands(
		(command) => {
			const movement = movementFor(command);
			if (movement) setView({ key: openingKey, scroll: moveCursor(scroll, maxScroll + 1, movement, bodyHeight) });
			else onCommand(command);
		},
		{ isActive: active },
	);

	const meta = [hitNote, article.outlet ?? 'unknown outlet', article.author === null ? null : `by ${article.author}`, article.date, article.place, `${article.wordCount} words`, article.file]
		.filter((part): part is string => part !== null)
		.join(' · ');
	const last = Math.min(layout.lines.length, scroll + bodyHeight);
	const position = layout.lines.length <= bodyHeight ? 'all' : `${scroll + 1}-${last}/${layout.lines.length}`;
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold wrap="truncate-end">
				{article.title}
			</Text>
			<Box>
				<Box flexGrow={1} flexShrink={1}>
					<Text dimColor wrap="truncate-end">
						{meta}
					</Text>
				</Box>
				<Text dimColor>{` ${position}`}</Text>
			</Box>
			<Text dimColor>{'─'.repeat(textWidth)}</Text>
			{layout.lines.slice(scroll, last).map((line, i) => (
				<Text key={scroll + i} wrap="truncate-end">
					{line.spans.length === 0 ? ' ' : line.spans.map((span, j) => <StyledSpan key={j} span={span} looks={READER_LOOKS} />)}
				</Text>
			))}
		</Box>
	);
}

const READER_LOOKS: Readonly<Record<SpanStyle, SpanLook>> = {
	heading: { bold: true, colour: 'cyan' },
	focus: { underline: true },
	match: { inverse: true, bold: true },
	plain: null,
};
