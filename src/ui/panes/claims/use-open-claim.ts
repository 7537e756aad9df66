import type { Dispatch } from 'react';
import type { ClaimsAnalysis, ClaimVersion } from '../../../analysis/claims/index.js';
import type { AppAction, PaneId } from '../../app-state.js';
import { usePaneSend } from '../../pane-memory.js';
import { claimsReducer, initialClaims } from './claims-state.js';
import { bestVersions } from './side-by-side-layout.js';

/**
 * Opens a claim side by side in the Claims pane from another pane (Coverage,
 * the Reader): the column of the first version `focus` accepts is focused, and
 * Esc in the side by side returns to `back`.
 */
export function useOpenClaim(
	claims: ClaimsAnalysis | null,
	app: Dispatch<AppAction>,
	back: PaneId,
	listHeight: number,
): (claim: number, focus: (version: ClaimVersion) => boolean) => void {
	const send = usePaneSend();
	return (claim, focus) => {
		const cluster = claims?.claims[claim];
		if (!claims || !cluster) return;
		const column = Math.max(0, bestVersions(cluster).findIndex(focus));
		const size = { count: claims.claims.length, height: listHeight };
		send('claims', claimsReducer, initialClaims, { type: 'open', claim, column, back, size });
		app({ type: 'pane/show', pane: 'claims' });
	};
}
