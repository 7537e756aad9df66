import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Coverage } from '../../../analysis/coverage/index.js';

/** The title line and the column names. */
export const SOURCES_HEADER_LINES = 2;
const KIND_WIDTH = 13;
const CLAIMS_WIDTH = 8;

/** Every source the articles cite, widest cited first: its kind, the outlets citing it, for how many claims. */
export function SourcesTable(props: {
	coverage: Coverage;
	window: { cursor: number; offset: number; end: number };
	width: number;
	height: number;
	tellers: string;
}): ReactNode {
	const { coverage, window, width, height, tellers } = props;
	const nameWidth = Math.max(12, Math.floor((width - 2 - KIND_WIDTH - CLAIMS_WIDTH) * 0.45));
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold wrap="truncate-end">
				{`${coverage.sources.length} sources cited`}
			</Text>
			<SourceLine name="source" kind="kind" claims="claims" citing={`cited by (${tellers})`} nameWidth={nameWidth} dim />
			{Array.from({ length: window.end - window.offset }, (_, i) => {
				const index = window.offset + i;
				const source = coverage.sourceRow(index);
				if (!source) return null;
				const selected = index === window.cursor;
				return (
					<SourceLine
						key={index}
						name={`${selected ? '›' : ' '} ${source.name}`}
						kind={source.kind}
						claims={String(source.rows.length)}
						citing={source.columns.map((c) => coverage.columns[c] ?? '').join(', ')}
						nameWidth={nameWidth}
						selected={selected}
					/>
				);
			})}
		</Box>
	);
}

function SourceLine(props: {
	name: string;
	kind: string;
	claims: string;
	citing: string;
	nameWidth: number;
	selected?: boolean;
	dim?: boolean;
}): ReactNode {
	const { name, kind, claims, citing, nameWidth, selected = false, dim = false } = props;
	return (
		<Box>
			<Box width={nameWidth} flexShrink={0} paddingRight={1}>
				<Text inverse={selected} dimColor={dim} wrap="truncate-end">
					{name}
				</Text>
			</Box>
			<Box width={KIND_WIDTH} flexShrink={0}>
				<Text dimColor wrap="truncate-end">
					{kind}
				</Text>
			</Box>
			<Box width={CLAIMS_WIDTH} flexShrink={0}>
				<Text dimColor={dim}>{claims.padStart(CLAIMS_WIDTH - 2)}</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1}>
				<Text dimColor={dim} wrap="truncate-end">
					{citing}
				</Text>
			</Box>
		</Box>
	);
}
