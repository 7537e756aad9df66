import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import type { ClaimCluster, ClaimsAnalysis, ClaimUnit, ClaimVersion, Difference, DifferenceKind } from '../../analysis/claims/index.js';
import { restatesMark } from '../../analysis/claims/types.js';
import type { Corpus } from '../../corpus/index.js';
import { claimTellers } from '../../corpus/source.js';
import type { Hint } from '../components/StatusBar.js';
import { useCommands } from '../hooks/use-commands.js';
import { labelOf } from '../../corpus/article-labels.js';
import { movementFor, moveCursor, windowFor, type Movement } from '../list-window.js';
import { useRemembered } from '../pane-memory.js';
import { wrapStyled, type Mark, type StyledSpan as Spanned } from '../text/wrap-styled.js';
import { StyledSpan, type SpanLook } from '../components/StyledSpan.js';
import type { PaneProps } from './pane-props.js';
import { tint } from '../theme.js';

export const CLAIM_LIST_HINTS: readonly Hint[] = [
	['cursor.down', 'move'],
	['item.open', 'side by side'],
	['pane.next', 'panes'],
	['app.help', 'help'],
	['app.quit', 'quit'],
];

export const CLAIM_VIEW_HINTS: readonly Hint[] = [
	['hit.next', 'next claim'],
	['column.next', 'columns'],
	['item.open', 'read'],
	['cursor.down', 'scroll'],
	['view.back', 'back'],
	['app.help', 'help'],
];

/** Narrower columns than this wrap a sentence into too many lines to compare. */
const MIN_COLUMN_WIDTH = 26;
const MARK_ORDER: DifferenceKind[] = ['quantity', 'attribution', 'hedge', 'wording'];
const KIND_NAMES: Record<DifferenceKind, string> = { quantity: 'numbers', attribution: 'attribution', hedge: 'hedging', wording: 'wording' };

type Row = { kind: 'claim'; claim: ClaimCluster } | { kind: 'heading'; text: string } | { kind: 'single'; unit: ClaimUnit };

interface ClaimsState {
	cursor: number;
	offset: number;
	/** Index into the claims of the claim shown side by side. */
	open: number | null;
	column: number;
	scroll: number;
}

export function ClaimsPane({ corpus, labels, width, height, active, dispatch, claims }: PaneProps & { claims: ClaimsAnalysis | null }): ReactNode {
	const [state, setState] = useRemembered<ClaimsState>('claims.state', { cursor: 0, offset: 0, open: null, column: 0, scroll: 0 });
	const rows = useMemo(() => (claims ? listRows(claims, labels) : []), [claims, labels]);
	const counting = useMemo(() => claimCounting(corpus, claims), [corpus, claims]);
	const listHeight = Math.max(1, height - 1);
	const opened = state.open === null ? undefined : claims?.claims[state.open];

	const moveList = (movement: Movement): void =>
		setState((s) => {
			let cursor = moveCursor(s.cursor, rows.length, movement, listHeight);
			// Headings are not selectable: step over them in the direction of travel.
			if (rows[cursor]?.kind === 'heading') cursor = moveCursor(cursor, rows.length, movement === 'up' || movement === 'pageUp' ? 'up' : 'down', listHeight);
			return { ...s, cursor, offset: windowFor(cursor, rows.length, listHeight, s.offset).offset };
		});
	const openRow = (): void => {
		const row = rows[state.cursor];
		if (row?.kind === 'claim') setState((s) => ({ ...s, open: claims?.claims.indexOf(row.claim) ?? null, column: 0, scroll: 0 }));
		else if (row?.kind === 'single') dispatch({ type: 'reader/open', target: { articleId: row.unit.article, sentence: row.unit.sentence, ranges: [[row.unit.start, row.unit.end]] } });
	};

	useCommands(
		(command) => {
			const movement = movementFor(command);
			if (!opened || state.open === null) {
				if (movement) moveList(movement);
				else if (command === 'item.open') openRow();
				return;
			}
			const columns = bestVersions(opened).length;
			const total = claims?.claims.length ?? 0;
			if (command === 'view.back') setState((s) => ({ ...s, open: null }));
			else if (command === 'hit.next' || command === 'hit.previous') {
				const next = (state.open + (command === 'hit.next' ? 1 : -1) + total) % total;
				setState((s) => ({ ...s, open: next, cursor: next, column: 0, scroll: 0 }));
			} else if (command === 'column.next' || command === 'column.previous') {
				setState((s) => ({ ...s, column: Math.min(columns - 1, Math.max(0, s.column + (command === 'column.next' ? 1 : -1))) }));
			} else if (movement === 'up' || movement === 'down' || movement === 'pageUp' || movement === 'pageDown' || movement === 'top' || movement === 'bottom') {
				setState((s) => ({ ...s, scroll: moveCursor(s.scroll, 200, movement, 5) }));
			} else if (command === 'item.open') {
				const version = bestVersions(opened)[state.column];
				if (version) dispatch({ type: 'reader/open', target: { articleId: version.article, sentence: version.sentence, ranges: versionRanges(opened, version) } });
			}
		},
		{ isActive: active },
	);

	if (claims === null) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>Comparing what each outlet says…</Text>
			</Box>
		);
	}
	if (opened && state.open !== null) {
		return <SideBySide claim={opened} index={state.open} total={claims.claims.length} labels={labels} width={width} height={height} focus={state.column} scroll={state.scroll} />;
	}
	const window = windowFor(state.cursor, rows.length, listHeight, state.offset);
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text dimColor wrap="truncate-end">
				{`${claims.claims.length} claims told by several ${counting.tellers} (${claims.claims.filter((c) => c.conflict).length} with conflicting numbers) · ${claims.singleSource.length} told by one`}
			</Text>
			{rows.slice(window.offset, window.end).map((row, i) => (
				<ListRow key={window.offset + i} row={row} counting={counting} selected={window.offset + i === state.cursor} />
			))}
		</Box>
	);
}

function listRows(analysis: ClaimsAnalysis, labels: ReadonlyMap<string, string>): Row[] {
	const rows: Row[] = analysis.claims.map((claim) => ({ kind: 'claim', claim }));
	const byArticle = new Map<string, ClaimUnit[]>();
	for (const unit of analysis.singleSource) byArticle.set(unit.article, [...(byArticle.get(unit.article) ?? []), unit]);
	for (const [article, units] of byArticle) {
		rows.push({ kind: 'heading', text: `Only in ${labelOf(labels, article)} (${units.length})` });
		for (const unit of units) rows.push({ kind: 'single', unit });
	}
	return rows;
}

function ListRow({ row, counting, selected }: { row: Row; counting: ClaimCounting; selected: boolean }): ReactNode {
	if (row.kind === 'heading') {
		return (
			<Text bold color={tint('cyan')}>
				{row.text}
			</Text>
		);
	}
	const marker = selected ? '›' : ' ';
	if (row.kind === 'single') {
		return (
			<Text inverse={selected} wrap="truncate-end">
				{`${marker}   ${row.unit.text}`}
			</Text>
		);
	}
	const { claim } = row;
	return (
		<Box>
			<Box flexShrink={0}>
				{/* Padded to the widest count, so the labels line up at any size. */}
				<Text inverse={selected}>{`${marker}${counting.count(claim).padStart(counting.width)} `}</Text>
				<Text color={tint('red')} bold>
					{claim.conflict ? '≠ ' : '  '}
				</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1}>
				<Text inverse={selected} wrap="truncate-end">
					{claim.label}
				</Text>
			</Box>
			{/* The label gives way, never the kinds: a row is one line at every width. */}
			<Box flexShrink={0}>
				<Text dimColor>{` ${claim.differences.map((d) => KIND_NAMES[d.kind]).join(', ')}`}</Text>
			</Box>
		</Box>
	);
}

interface ClaimCounting {
	/** Who tells a claim: "outlets" when the corpus names two or more, else "articles". */
	tellers: 'outlets' | 'articles';
	count: (claim: ClaimCluster) => string;
	width: number;
}

/**
 * With two outlets or more a claim's count reads against the corpus ("3/3"), as wide as the
 * corpus allows. With fewer, several outlets is not true (one publisher's sections): the
 * articles are counted, the column as wide as the largest count ("11", not "11/2088").
 */
function claimCounting(corpus: Corpus, claims: ClaimsAnalysis | null): ClaimCounting {
	const total = corpus.articles.length;
	const tellers = claimTellers(corpus).several;
	if (tellers === 'outlets') return { tellers, count: (c) => `${c.articles.length}/${total}`, width: `${total}/${total}`.length };
	const most = (claims?.claims ?? []).reduce((m, c) => Math.max(m, c.articles.length), 0);
	return { tellers, count: (c) => String(c.articles.length), width: String(most).length };
}

function bestVersions(claim: ClaimCluster): ClaimVersion[] {
	return claim.versions.filter((v) => v.best);
}

/** The ranges of every difference in one version, for the Reader. */
function versionRanges(claim: ClaimCluster, version: ClaimVersion): [number, number][] {
	return claim.differences.flatMap((d) => d.ranges[version.article] ?? []).map(([s, e]): [number, number] => [s + version.start, e + version.start]);
}

interface SideBySideProps {
	claim: ClaimCluster;
	index: number;
	total: number;
	labels: ReadonlyMap<string, string>;
	width: number;
	height: number;
	focus: number;
	scroll: number;
}

/**
 * One column per article. When they do not all fit, the columns shown slide
 * to keep the focused one visible; the header says which are off screen.
 */
function SideBySide({ claim, index, total, labels, width, height, focus, scroll }: SideBySideProps): ReactNode {
	const versions = bestVersions(claim);
	const inner = width - 2;
	const fit = Math.max(1, Math.min(versions.length, Math.floor(inner / MIN_COLUMN_WIDTH)));
	const first = Math.min(Math.max(0, focus - fit + 1), Math.max(0, versions.length - fit));
	const shown = versions.slice(first, first + fit);
	const columnWidth = Math.floor(inner / fit);
	const differenceLines = claim.differences.length;
	const bodyHeight = Math.max(3, height - 3 - Math.min(differenceLines + 1, Math.floor(height / 2)));
	// Each column: the article's best version, then (dimmed) its further sentences on the claim.
	const wrapped = shown.map((v) => [
		...wrapStyled(v.text, columnWidth - 2, marksFor(claim, v)),
		...claim.versions
			.filter((other) => !other.best && other.article === v.article)
			.flatMap((other) => [[] as Spanned<ColumnStyle>[], ...wrapStyled<ColumnStyle>(other.text, columnWidth - 2, [{ start: 0, end: other.text.length, style: 'further' }])]),
	]);
	const tallest = Math.max(...wrapped.map((lines) => lines.length));
	const top = Math.min(scroll, Math.max(0, tallest - bodyHeight));
	const further = claim.versions.filter((v) => !v.best).length;
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text wrap="truncate-end">
				<Text bold>{`Claim ${index + 1}/${total}`}</Text>
				<Text dimColor>{` · ${claim.articles.length} articles${claim.conflict ? '' : ''}${versions.length > fit ? ` · columns ${first + 1}-${first + shown.length} of ${versions.length} (←/→)` : ''}${further > 0 ? ` · ${further} further sentence${further === 1 ? '' : 's'}` : ''}`}</Text>
				{claim.conflict ? <Text color={tint('red')} bold>{' · numbers conflict'}</Text> : null}
			</Text>
			<Box>
				{shown.map((v, i) => (
					<Box key={v.article} width={columnWidth} paddingRight={2}>
						<Text wrap="truncate-end">
							<Text bold inverse={first + i === focus}>
								{labelOf(labels, v.article)}
							</Text>
							{v.restates === null ? null : <Text dimColor>{` ${restatesMark(v.restates) ?? ''}`}</Text>}
						</Text>
					</Box>
				))}
			</Box>
			<Box height={bodyHeight}>
				{shown.map((v, i) => (
					<Box key={v.article} width={columnWidth} paddingRight={2} flexDirection="column">
						{(wrapped[i] ?? []).slice(top, top + bodyHeight).map((line, j) => (
							<Text key={j}>{line.length === 0 ? ' ' : line.map((span, k) => <StyledSpan key={k} span={span} looks={COLUMN_LOOKS} />)}</Text>
						))}
					</Box>
				))}
			</Box>
			<Box flexDirection="column" flexGrow={1}>
				{claim.differences.length === 0 ? <Text dimColor>No differences found between the versions.</Text> : null}
				{claim.differences.map((d) => (
					<DifferenceLine key={d.kind} difference={d} labels={labels} />
				))}
			</Box>
		</Box>
	);
}

function marksFor(claim: ClaimCluster, version: ClaimVersion): Mark<DifferenceKind>[] {
	return MARK_ORDER.flatMap((kind) => claim.differences.filter((d) => d.kind === kind).flatMap((d) => (d.ranges[version.article] ?? []).map(([start, end]) => ({ start, end, style: kind }))));
}

type ColumnStyle = DifferenceKind | 'further';

const COLUMN_LOOKS: Readonly<Record<ColumnStyle | 'plain', SpanLook>> = {
	further: { dimColor: true },
	quantity: { inverse: true, bold: true },
	attribution: { underline: true, colour: 'cyan' },
	hedge: { italic: true, colour: 'magenta' },
	// Words not in the first version: coloured, and bold so they still stand out under NO_COLOR.
	wording: { bold: true, colour: 'green' },
	plain: null,
};

function DifferenceLine({ difference, labels }: { difference: Difference; labels: ReadonlyMap<string, string> }): ReactNode {
	const values = Object.entries(difference.values).map(([id, value]) => `${labelOf(labels, id)}: ${value}`);
	return (
		<Text wrap="truncate-end">
			<Text color={tint(difference.conflict ? 'red' : 'yellow')} bold>{`${difference.conflict ? '≠' : '~'} ${KIND_NAMES[difference.kind]}${qualifier(difference)}: `}</Text>
			{values.join(' · ')}
		</Text>
	);
}

/** Numbers that can all be true are details one outlet gives, not a disagreement; the wording is read in the columns. */
function qualifier(difference: Difference): string {
	if (difference.conflict) return ' (conflict)';
	if (difference.kind === 'quantity') return ' (details)';
	if (difference.kind === 'wording') return ', marked in the columns';
	return '';
}
