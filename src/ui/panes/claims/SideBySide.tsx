import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ClaimCluster, Difference } from '../../../analysis/claims/index.js';
import { restatesMark } from '../../../analysis/claims/types.js';
import { labelOf } from '../../../corpus/article-labels.js';
import { StyledSpan, type SpanLook } from '../../components/StyledSpan.js';
import { keyLabels } from '../../keymap.js';
import { tint } from '../../theme.js';
import { KIND_NAMES } from './ClaimList.js';
import type { ColumnStyle, SideBySideLayout } from './side-by-side-layout.js';

interface SideBySideProps {
	claim: ClaimCluster;
	index: number;
	total: number;
	labels: ReadonlyMap<string, string>;
	layout: SideBySideLayout;
	focus: number;
	/** The body's lines on screen, [offset, end) of the tallest column. */
	window: { offset: number; end: number };
	height: number;
	/** Where the versions say the claim comes from ("one origin: The New York Times (3 outlets)"); null until the sources are read. */
	origin: string | null;
}

/**
 * One column per article. When they do not all fit, the columns shown slide
 * to keep the focused one visible; the header says which are off screen.
 */
export function SideBySide({ claim, index, total, labels, layout, focus, window, height, origin }: SideBySideProps): ReactNode {
	const { versions, first, shown, columnWidth } = layout;
	const further = claim.versions.filter((v) => !v.best).length;
	const columnKeys = `${keyLabels('claims.column-previous', { first: true })}/${keyLabels('claims.column-next', { first: true })}`;
	const notes = [
		`${claim.articles.length} articles`,
		versions.length > shown.length ? `columns ${first + 1}-${first + shown.length} of ${versions.length} (${columnKeys})` : null,
		further > 0 ? `${further} further sentence${further === 1 ? '' : 's'}` : null,
	].filter((note) => note !== null);
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text wrap="truncate-end">
				<Text bold>{`Claim ${index + 1}/${total}`}</Text>
				<Text dimColor>{notes.map((note) => ` · ${note}`).join('')}</Text>
				{claim.conflict ? (
					<Text color={tint('red')} bold>
						{' · numbers conflict'}
					</Text>
				) : null}
			</Text>
			<Text dimColor wrap="truncate-end">
				{`sourcing: ${origin ?? 'reading who each outlet cites…'}`}
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
			<Box height={layout.bodyHeight}>
				{shown.map((v, i) => (
					<Box key={v.article} width={columnWidth} paddingRight={2} flexDirection="column">
						{(layout.lines[i] ?? []).slice(window.offset, window.end).map((line, j) => (
							<Text key={j}>
								{line.length === 0 ? ' ' : line.map((span, k) => <StyledSpan key={k} span={span} looks={COLUMN_LOOKS} />)}
							</Text>
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
	const title = `${difference.conflict ? '≠' : '~'} ${KIND_NAMES[difference.kind]}${qualifier(difference)}: `;
	return (
		<Text wrap="truncate-end">
			<Text color={tint(difference.conflict ? 'red' : 'yellow')} bold>
				{title}
			</Text>
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
