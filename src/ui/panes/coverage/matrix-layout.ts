/**
 * The matrix at a width: the claim label takes what the outlet columns leave,
 * and as many outlet columns are shown as fit beside a readable label; the
 * rest are reached by moving the focused column (the window slides).
 */
/** Outlet names are cut to this less one; a symbol sits in the middle. */
export const COLUMN_WIDTH = 10;
/** "independent", the widest short origin, and a space. */
export const ORIGIN_WIDTH = 12;
/** The cursor mark and the count of outlets stating the claim. */
export const LEAD_WIDTH = 5;
/** Narrower, a claim label says too little to recognise the claim. */
const LABEL_MIN = 24;

export interface MatrixLayout {
	labelWidth: number;
	/** How many outlet columns are on screen. */
	fit: number;
}

export function matrixLayout(width: number, columns: number): MatrixLayout {
	const inner = Math.max(1, width - 2);
	const fixed = LEAD_WIDTH + ORIGIN_WIDTH;
	const fit = Math.max(1, Math.min(columns, Math.floor((inner - fixed - LABEL_MIN) / COLUMN_WIDTH)));
	return { labelWidth: Math.max(1, inner - fixed - fit * COLUMN_WIDTH), fit };
}
