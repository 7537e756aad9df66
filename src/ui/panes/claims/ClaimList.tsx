import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ClaimsAnalysis, DifferenceKind } from '../../../analysis/claims/index.js';
import { tint } from '../../theme.js';
import type { ClaimCounting, ClaimRow } from './claim-rows.js';

export const KIND_NAMES: Record<DifferenceKind, string> = {
	quantity: 'numbers',
	attribution: 'attribution',
	hedge: 'hedging',
	wording: 'wording',
};

interface ClaimListProps {
	claims: ClaimsAnalysis;
	/** The list's rows, of which [offset, end) are on screen. */
	rows: readonly ClaimRow[];
	window: { cursor: number; offset: number; end: number };
	counting: ClaimCounting;
	height: number;
}

export function ClaimList({ claims, rows, window, counting, height }: ClaimListProps): ReactNode {
	const conflicts = claims.claims.filter((c) => c.conflict).length;
	const several = `${claims.claims.length} claims told by several ${counting.tellers} (${conflicts} with conflicting numbers)`;
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text dimColor wrap="truncate-end">
				{`${several} · ${claims.singleSource.length} told by one`}
			</Text>
			{rows.slice(window.offset, window.end).map((row, i) => (
				<ListRow key={window.offset + i} row={row} counting={counting} selected={window.offset + i === window.cursor} />
			))}
		</Box>
	);
}

function ListRow({ row, counting, selected }: { row: ClaimRow; counting: ClaimCounting; selected: boolean }): ReactNode {
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
