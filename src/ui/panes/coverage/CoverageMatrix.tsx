import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import {
	CELL_LEGEND,
	CELL_SHORT,
	CELL_SYMBOLS,
	CellState,
	ORIGIN_PENDING,
	ORIGIN_SHORT,
	originText,
	SOURCING_PENDING,
	type ClaimCoverage,
} from '../../../analysis/coverage/index.js';
import { keyLabels } from '../../keymap.js';
import { tint } from '../../theme.js';
import { COLUMN_WIDTH, LEAD_WIDTH, ORIGIN_WIDTH, type MatrixLayout } from './matrix-layout.js';

/** Summary, legend, outlet names and the three counts above each column. */
export const MATRIX_HEADER_LINES = 6;
/** The focused cell in words, under the rows. */
export const MATRIX_FOOTER_LINES = 1;

interface Window {
	cursor: number;
	offset: number;
	end: number;
}

interface CoverageMatrixProps {
	coverage: ClaimCoverage;
	layout: MatrixLayout;
	rows: Window;
	/** The focused column and the columns on screen, [offset, end). */
	columns: Window;
	tellers: string;
	height: number;
}

const CELL_COLOURS: Record<CellState, 'green' | 'yellow' | 'red' | undefined> = {
	[CellState.Absent]: undefined,
	[CellState.Same]: 'green',
	[CellState.Differs]: 'yellow',
	[CellState.Conflict]: 'red',
};

export function CoverageMatrix({ coverage, layout, rows, columns, tellers, height }: CoverageMatrixProps): ReactNode {
	const shown = range(columns.offset, columns.end);
	const single = coverage.rowCount - coverage.claimRows;
	// First on the line, so a narrow terminal still says which outlets are on screen.
	const paging = `${keyLabels('coverage.column-previous', { first: true })}/${keyLabels('coverage.column-next', { first: true })}`;
	const sliding =
		shown.length < coverage.columns.length
			? `${tellers} ${columns.offset + 1}-${columns.end} of ${coverage.columns.length} (${paging}) · `
			: '';
	const legend = CELL_LEGEND.map(([state]) => `${CELL_SYMBOLS[state]} ${CELL_SHORT[state]}`).join('  ');
	const counts: [string, (column: number) => number][] = [
		['states', (c) => coverage.outlets[c]?.stated ?? 0],
		['only it', (c) => coverage.outlets[c]?.only ?? 0],
		['leaves out (2+ others state)', (c) => coverage.outlets[c]?.leftOut ?? 0],
	];
	const focused = coverage.columns[columns.cursor] ?? '';
	const row = rows.cursor < coverage.rowCount ? rows.cursor : null;
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text dimColor wrap="truncate-end">
				{`${sliding}${coverage.claimRows} claims told by 2+ ${tellers} · ${single} told by one`}
			</Text>
			<Text dimColor wrap="truncate-end">
				{legend}
			</Text>
			<Line layout={layout} label={<Text dimColor>claim</Text>} origin={<Text dimColor>origin</Text>}>
				{shown.map((c) => (
					<Cell key={c}>
						<Text bold inverse={c === columns.cursor} wrap="truncate-end">
							{coverage.columns[c]}
						</Text>
					</Cell>
				))}
			</Line>
			{counts.map(([name, count]) => (
				<Line key={name} layout={layout} label={<Text dimColor>{name}</Text>}>
					{shown.map((c) => (
						<Cell key={c}>
							<Text>{String(count(c))}</Text>
						</Cell>
					))}
				</Line>
			))}
			{range(rows.offset, rows.end).map((r) => (
				<MatrixRow key={r} coverage={coverage} row={r} layout={layout} shown={shown} selected={r === rows.cursor} focus={columns.cursor} />
			))}
			<Box flexGrow={1} />
			{row === null ? null : (
				<Text wrap="truncate-end">
					<Text bold>{`${focused}: `}</Text>
					{`${CELL_SHORT[coverage.cell(row, columns.cursor)]} · `}
					<Text dimColor>{row < coverage.claimRows ? originLine(coverage, row) : 'told by one outlet'}</Text>
				</Text>
			)}
		</Box>
	);
}

/** A claim's origin in words; until the sourcing is in, that it is being read (not "unattributed"). */
function originLine(coverage: ClaimCoverage, row: number): string {
	const sourced = coverage.sourced();
	return sourced ? originText(sourced.origin(row), sourced.sources) : SOURCING_PENDING;
}

function MatrixRow(props: {
	coverage: ClaimCoverage;
	row: number;
	layout: MatrixLayout;
	shown: number[];
	selected: boolean;
	focus: number;
}): ReactNode {
	const { coverage, row, layout, shown, selected, focus } = props;
	const outlets = coverage.outletsStating(row);
	const sourced = coverage.sourced();
	const origin = row < coverage.claimRows ? (sourced ? ORIGIN_SHORT[sourced.origin(row).kind] : ORIGIN_PENDING) : '';
	return (
		<Box>
			<Box width={LEAD_WIDTH} flexShrink={0}>
				<Text inverse={selected}>{`${selected ? '›' : ' '}${String(outlets).padStart(3)} `}</Text>
			</Box>
			<Box width={layout.labelWidth} flexShrink={0}>
				<Text inverse={selected} wrap="truncate-end">
					{coverage.rowLabel(row)}
				</Text>
			</Box>
			<Box width={ORIGIN_WIDTH} flexShrink={0} paddingLeft={1}>
				<Text dimColor wrap="truncate-end">
					{origin}
				</Text>
			</Box>
			{shown.map((c) => {
				const state = coverage.cell(row, c);
				return (
					<Cell key={c}>
						<Text
							color={tint(CELL_COLOURS[state] ?? 'white')}
							dimColor={state === CellState.Absent}
							bold={state === CellState.Conflict}
							inverse={selected && c === focus}
						>{` ${CELL_SYMBOLS[state]} `}</Text>
					</Cell>
				);
			})}
		</Box>
	);
}

/** A header line: the label's and origin's places, then one cell per outlet shown. */
function Line({
	layout,
	label,
	origin,
	children,
}: {
	layout: MatrixLayout;
	label: ReactNode;
	origin?: ReactNode;
	children: ReactNode;
}): ReactNode {
	return (
		<Box>
			<Box width={LEAD_WIDTH + layout.labelWidth} flexShrink={0} justifyContent="flex-end" paddingRight={1}>
				{label}
			</Box>
			<Box width={ORIGIN_WIDTH} flexShrink={0} paddingLeft={1}>
				{origin ?? null}
			</Box>
			{children}
		</Box>
	);
}

function Cell({ children }: { children: ReactNode }): ReactNode {
	return (
		<Box width={COLUMN_WIDTH} flexShrink={0} paddingRight={1} overflow="hidden">
			<Box flexShrink={1}>{children}</Box>
		</Box>
	);
}

function range(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
