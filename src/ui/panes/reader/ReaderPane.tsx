import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import type { Article } from '../../../corpus/index.js';
import type { ReaderTarget } from '../../app-state.js';
import { StyledSpan, type SpanLook } from '../../components/StyledSpan.js';
import { keyLabels } from '../../keymap.js';
import { usePaneReducer } from '../../pane-memory.js';
import { layoutArticle, type ArticleLayout, type SpanStyle } from '../../reader/layout.js';
import type { PaneProps } from '../pane-props.js';
import { initialReader, readerReducer, readerWindow, type Opening } from './reader-state.js';
import { useReaderKeys } from './use-reader-keys.js';
import { claimSentence, gutterMarks, gutterSymbol, type GutterMark } from './gutter.js';
import { useOpenClaim } from '../claims/use-open-claim.js';
import { tint } from '../../theme.js';

/** Lines above a sentence the Reader was opened on, so it is read in context. */
const CONTEXT_LINES = 2;
/** Title, meta line, rule. */
const HEADER_LINES = 3;

/** The claim mark and a space before each line. */
const GUTTER_WIDTH = 2;

export function ReaderPane({ corpus, width, height, active, app, dispatch, analysis }: PaneProps): ReactNode {
	const { coverage, claims } = analysis;
	const target = app.reader;
	const article = target ? corpus.articles.find((a) => a.id === target.articleId) : undefined;
	const ruleWidth = Math.max(10, width - 2);
	const textWidth = Math.max(10, ruleWidth - GUTTER_WIDTH);
	const layout = useMemo(() => (target && article ? articleLayout(article, target, textWidth) : null), [article, target, textWidth]);
	const [state, dispatchReader] = usePaneReducer('reader', readerReducer, initialReader);
	const size = { count: layout?.lines.length ?? 0, height: Math.max(1, height - HEADER_LINES) };
	const opening = target && article && layout ? openingOf(target, layout) : null;
	const marks = useMemo(
		() => (article && layout ? gutterMarks(coverage, article, layout) : new Map<number, GutterMark>()),
		[coverage, article, layout],
	);
	const window = opening ? readerWindow(state, opening, size) : { offset: 0, end: 0 };
	const claimMark =
		coverage && article && layout ? claimSentence(coverage, article, layout, marks, target?.sentence ?? null, window) : null;
	const openClaimSideBySide = useOpenClaim(claims, dispatch, 'reader', Math.max(1, height - 1));
	const openClaim =
		claimMark && article
			? () => {
					openClaimSideBySide(claimMark.row, (version) => version.article === article.id);
				}
			: null;
	useReaderKeys({ opening, size, dispatch: dispatchReader, app: dispatch, openClaim, active });

	if (!target || !article || !layout || !opening) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>{`No article open. Pick one in Articles and press ${keyLabels('article.read')}.`}</Text>
			</Box>
		);
	}
	const trail = app.trail;
	const hitNote = trail ? `hit ${trail.index + 1}/${trail.hits.length} for “${trail.query}”` : null;
	const author = article.author === null ? null : `by ${article.author}`;
	const words = `${article.wordCount} words`;
	const meta = [hitNote, article.outlet ?? 'unknown outlet', author, article.date, article.place, words, article.file]
		.filter((part): part is string => part !== null)
		.join(' · ');
	const position = size.count <= size.height ? 'all' : `${window.offset + 1}-${window.end}/${size.count}`;
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
			<Text dimColor wrap="truncate-end">
				{coverage ? ruleWithLegend(ruleWidth) : '─'.repeat(ruleWidth)}
			</Text>
			{layout.lines.slice(window.offset, window.end).map((line, i) => {
				const mark = marks.get(window.offset + i);
				return (
					<Text key={window.offset + i} wrap="truncate-end">
						{mark ? <GutterSymbol mark={mark} /> : ' '.repeat(GUTTER_WIDTH)}
						{line.spans.length === 0 ? ' ' : line.spans.map((span, j) => <StyledSpan key={j} span={span} looks={READER_LOOKS} />)}
					</Text>
				);
			})}
		</Box>
	);
}

function GutterSymbol({ mark }: { mark: GutterMark }): ReactNode {
	const conflict = mark.kind === 'conflict';
	return (
		<Text color={tint(conflict ? 'red' : mark.kind === 'only' ? 'gray' : 'green')} bold={conflict} dimColor={mark.kind === 'only'}>
			{gutterSymbol(mark).padEnd(GUTTER_WIDTH)}
		</Text>
	);
}

/** The rule under the header says what the gutter's marks mean, and the key to a mark's claim. */
function ruleWithLegend(width: number): string {
	const claimKey = keyLabels('reader.claim', { first: true });
	const legend = `─ gutter: outlets stating the claim · ≠ conflict · ${claimKey}: claim side by side `;
	return legend + '─'.repeat(Math.max(0, width - legend.length));
}

function articleLayout(article: Article, target: ReaderTarget, width: number): ArticleLayout {
	const { sentence } = target;
	return layoutArticle(article, width, sentence === null ? null : { sentence, ranges: target.ranges ?? [] });
}

/** Each opening scrolls on its own, so reopening on another sentence starts there, a little above it. */
function openingOf(target: ReaderTarget, layout: ArticleLayout): Opening {
	const { sentence } = target;
	return {
		key: `${target.articleId}#${sentence ?? ''}#${JSON.stringify(target.ranges ?? [])}`,
		start: sentence === null ? 0 : Math.max(0, (layout.sentenceLines[sentence] ?? 0) - CONTEXT_LINES),
	};
}

const READER_LOOKS: Readonly<Record<SpanStyle, SpanLook>> = {
	heading: { bold: true, colour: 'cyan' },
	focus: { underline: true },
	match: { inverse: true, bold: true },
	plain: null,
};
