import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ClaimCoverage } from '../../../analysis/coverage/index.js';
import { tint } from '../../theme.js';
import type { CoverageListRow } from './coverage-lists.js';

/** The title line above a list. */
export const LIST_HEADER_LINES = 1;

/** An outlet's lists or a source's claims: a title, then rows with headings; Enter opens a row's claim. */
export function CoverageList(props: {
	coverage: ClaimCoverage;
	title: string;
	rows: readonly CoverageListRow[];
	window: { cursor: number; offset: number; end: number };
	height: number;
}): ReactNode {
	const { coverage, title, rows, window, height } = props;
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold wrap="truncate-end">
				{title}
			</Text>
			{rows.slice(window.offset, window.end).map((row, i) => {
				const selected = window.offset + i === window.cursor;
				if (row.kind === 'heading') {
					return (
						<Text key={window.offset + i} bold color={tint('cyan')} wrap="truncate-end">
							{row.text}
						</Text>
					);
				}
				return (
					<Box key={window.offset + i}>
						<Box flexGrow={1} flexShrink={1}>
							<Text inverse={selected} wrap="truncate-end">{`${selected ? '›' : ' '} ${coverage.rowLabel(row.row)}`}</Text>
						</Box>
						{row.note === '' ? null : (
							<Box flexShrink={0}>
								<Text dimColor>{` ${row.note}`}</Text>
							</Box>
						)}
					</Box>
				);
			})}
		</Box>
	);
}
