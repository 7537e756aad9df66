import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
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

/** Which outlet states each claim, what each leaves out, and where each says it got it. */
export function CoveragePane({ corpus, sources, width, height, active, dispatch, analysis }: PaneProps): ReactNode {
	const { coverage, claims } = analysis;
	const [state, dispatchCoverage] = usePaneReducer('coverage', coverageReducer, initialCoverage);
	const tellers = useMemo(() => claimTellers(corpus).several, [corpus]);
	const layout = matrixLayout(width, coverage?.columns.length ?? 0);
	const columnsSize = { count: coverage?.columns.length ?? 0, height: layout.fit };
	const columns = listWindow(state.column, columnsSize);
	const column = columns.cursor;
	const { view, source } = state;
	const listRows = useMemo(() => {
		if (!coverage) return [];
		if (view === 'outlet') return outletRows(coverage, column, tellers);
		return view === 'source' ? sourceRows(coverage, source) : [];
	}, [coverage, view, column, source, tellers]);
	const rowsSize = { count: coverage?.rowCount ?? 0, height: Math.max(1, height - MATRIX_HEADER_LINES - MATRIX_FOOTER_LINES) };
	const listSize =
		view === 'sources'
			? { count: coverage?.sources.length ?? 0, height: Math.max(1, height - SOURCES_HEADER_LINES) }
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

	if (!coverage) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>{claims ? 'Reading who each outlet cites…' : 'Comparing what each outlet says…'}</Text>
			</Box>
		);
	}
	if (view === 'sources') {
		return (
			<SourcesTable coverage={coverage} window={listWindow(state.sources, listSize)} width={width} height={height} tellers={tellers} />
		);
	}
	if (view === 'outlet' || view === 'source') {
		const title =
			view === 'outlet'
				? `${coverage.columns[column] ?? ''}: what it leaves out, what only it reports`
				: `Claims citing ${coverage.sources[source]?.name ?? ''} (and who cites it there)`;
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
