import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import { SOURCING_PENDING } from '../../../analysis/coverage/index.js';
import { claimTellers } from '../../../corpus/source.js';
import { listWindow } from '../../list-state.js';
import { usePaneReducer } from '../../pane-memory.js';
import { useOpenClaim } from '../claims/use-open-claim.js';
import type { PaneProps } from '../pane-props.js';
import { CoverageList, LIST_HEADER_LINES } from './CoverageList.js';
import { CoverageMatrix, MATRIX_FOOTER_LINES, MATRIX_HEADER_LINES } from './CoverageMatrix.js';
import { outletRows, sourceRows } from './coverage-lists.js';
import { coverageReducer, initialCoverage } from './coverage-state.js';
import { matrixLayout } from './matrix-layout.js';
import { SOURCES_HEADER_LINES, SourcesTable } from './SourcesTable.js';
import { useCoverageKeys } from './use-coverage-keys.js';

/**
 * Which outlet states each claim, what each leaves out, and where each says
 * it got it. The matrix is shown as soon as the claims give it; the origins
 * and the sources table wait for the sourcing (`coverage.sourced()`).
 */
export function CoveragePane({ corpus, sources, width, height, active, dispatch, analysis }: PaneProps): ReactNode {
	const { coverage, claims } = analysis;
	const sourced = coverage?.sourced() ?? null;
	const [state, dispatchCoverage] = usePaneReducer('coverage', coverageReducer, initialCoverage);
	const tellers = useMemo(() => claimTellers(corpus).several, [corpus]);
	const layout = matrixLayout(width, coverage?.columns.length ?? 0);
	const columnsSize = { count: coverage?.columns.length ?? 0, height: layout.fit };
	const columns = listWindow(state.column, columnsSize);
	const column = columns.cursor;
	const { view, source } = state;
	const listRows = useMemo(() => {
		if (view === 'outlet') return coverage ? outletRows(coverage, column, tellers) : [];
		return view === 'source' && sourced ? sourceRows(sourced, source) : [];
	}, [coverage, sourced, view, column, source, tellers]);
	const rowsSize = { count: coverage?.rowCount ?? 0, height: Math.max(1, height - MATRIX_HEADER_LINES - MATRIX_FOOTER_LINES) };
	const listSize =
		view === 'sources'
			? { count: sourced?.sources.length ?? 0, height: Math.max(1, height - SOURCES_HEADER_LINES) }
			: { count: listRows.length, height: Math.max(1, height - LIST_HEADER_LINES) };
	const openClaim = useOpenClaim(claims, dispatch, 'coverage', Math.max(1, height - 1));
	useCoverageKeys({
		state,
		dispatch: dispatchCoverage,
		app: dispatch,
		coverage,
		column,
		rowsSize,
		columnsSize,
		listSize,
		listRows,
		openClaim: (claim, outlet) => {
			openClaim(claim, (version) => sources.get(version.article) === coverage?.columns[outlet]);
		},
		active,
	});

	const waiting = (text: string): ReactNode => (
		<Box height={height} paddingX={1}>
			<Text dimColor>{text}</Text>
		</Box>
	);
	if (!coverage) return waiting(claims ? 'Counting which outlet states each claim…' : 'Comparing what each outlet says…');
	// Not an empty table: the sources are not known yet.
	if ((view === 'sources' || view === 'source') && !sourced) return waiting(SOURCING_PENDING);
	if (view === 'sources' && sourced) {
		return <SourcesTable coverage={sourced} window={listWindow(state.sources, listSize)} width={width} height={height} tellers={tellers} />;
	}
	if (view === 'outlet' || view === 'source') {
		const title =
			view === 'outlet'
				? `${coverage.columns[column] ?? ''}: what it leaves out, what only it reports`
				: `Claims citing ${sourced?.sources[source]?.name ?? ''} (and who cites it there)`;
		return <CoverageList coverage={coverage} title={title} rows={listRows} window={listWindow(state.list, listSize)} height={height} />;
	}
	return (
		<CoverageMatrix
			coverage={coverage}
			layout={layout}
			rows={listWindow(state.rows, rowsSize)}
			columns={columns}
			tellers={tellers}
			height={height}
		/>
	);
}
