import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import { originText } from '../../../analysis/coverage/index.js';
import { listWindow } from '../../list-state.js';
import { usePaneReducer } from '../../pane-memory.js';
import type { PaneProps } from '../pane-props.js';
import { claimCounting, claimRows } from './claim-rows.js';
import { claimsReducer, initialClaims } from './claims-state.js';
import { ClaimList } from './ClaimList.js';
import { SideBySide } from './SideBySide.js';
import { sideBySideLayout } from './side-by-side-layout.js';
import { useClaimsKeys } from './use-claims-keys.js';

/** The counts line above the list. */
const HEADER_LINES = 1;

export function ClaimsPane({ corpus, labels, width, height, active, dispatch, analysis }: PaneProps): ReactNode {
	const claims = analysis.claims;
	const [state, dispatchClaims] = usePaneReducer('claims', claimsReducer, initialClaims);
	const rows = useMemo(() => (claims ? claimRows(claims, labels) : []), [claims, labels]);
	const counting = useMemo(() => claimCounting(corpus, claims), [corpus, claims]);
	const listSize = { count: rows.length, height: Math.max(1, height - HEADER_LINES) };
	const opened = state.open === null ? undefined : claims?.claims[state.open];
	const { column } = state;
	const sourced = analysis.coverage?.sourced() ?? null;
	const layout = useMemo(() => (opened ? sideBySideLayout(opened, width, height, column) : null), [opened, width, height, column]);
	useClaimsKeys({ state, dispatch: dispatchClaims, app: dispatch, claims, rows, listSize, layout, active });

	if (claims === null) {
		return (
			<Box height={height} paddingX={1}>
				<Text dimColor>Comparing what each outlet says…</Text>
			</Box>
		);
	}
	if (opened && layout && state.open !== null) {
		const window = listWindow(state.scroll, { count: layout.tallest, height: layout.bodyHeight });
		return (
			<SideBySide
				claim={opened}
				index={state.open}
				total={claims.claims.length}
				labels={labels}
				layout={layout}
				focus={state.column}
				window={window}
				height={height}
				origin={sourced ? originText(sourced.origin(state.open), sourced.sources) : null}
			/>
		);
	}
	return <ClaimList claims={claims} rows={rows} window={listWindow(state.list, listSize)} counting={counting} height={height} />;
}
