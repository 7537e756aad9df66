/**
 * The claim side by side, laid out: which versions get a column at this width,
 * each column's wrapped lines, and how tall the scrolled body is, so that
 * scrolling is bounded by the tallest column, not by a guess.
 */
import type { ClaimCluster, ClaimVersion, DifferenceKind } from '../../../analysis/claims/index.js';
import { wrapStyled, type Mark, type StyledSpan } from '../../text/wrap-styled.js';

/** Narrower columns than this wrap a sentence into too many lines to compare. */
const MIN_COLUMN_WIDTH = 26;
const MARK_ORDER: DifferenceKind[] = ['quantity', 'attribution', 'hedge', 'wording'];
/** The claim line, its sourcing, the outlets line and, under the body, at least one line of differences. */
const HEADER_LINES = 4;
const BODY_MIN = 3;

export type ColumnStyle = DifferenceKind | 'further';

export interface SideBySideLayout {
	/** The claim's best version per article: one column each. */
	versions: ClaimVersion[];
	/** The columns on screen: versions [first, first + shown.length). */
	first: number;
	shown: ClaimVersion[];
	columnWidth: number;
	/** Each shown column's lines: the best version, then (dimmed) the article's further sentences on the claim. */
	lines: StyledSpan<ColumnStyle>[][][];
	/** Lines of the tallest column, and the lines the body shows at once. */
	tallest: number;
	bodyHeight: number;
}

/** `focus` is the focused column: when not all fit, the columns shown slide to keep it on screen. */
export function sideBySideLayout(claim: ClaimCluster, width: number, height: number, focus: number): SideBySideLayout {
	const versions = bestVersions(claim);
	const inner = width - 2;
	const fit = Math.max(1, Math.min(versions.length, Math.floor(inner / MIN_COLUMN_WIDTH)));
	const first = Math.min(Math.max(0, focus - fit + 1), Math.max(0, versions.length - fit));
	const shown = versions.slice(first, first + fit);
	const columnWidth = Math.floor(inner / fit);
	const bodyHeight = Math.max(BODY_MIN, height - HEADER_LINES - Math.min(claim.differences.length + 1, Math.floor(height / 2)));
	const textWidth = columnWidth - 2;
	const lines = shown.map((v) => [
		...wrapStyled(v.text, textWidth, marksFor(claim, v)),
		...claim.versions
			.filter((other) => !other.best && other.article === v.article)
			.flatMap((other) => [[] as StyledSpan<ColumnStyle>[], ...wrapStyled<ColumnStyle>(other.text, textWidth, [further(other.text)])]),
	]);
	return { versions, first, shown, columnWidth, lines, tallest: Math.max(0, ...lines.map((l) => l.length)), bodyHeight };
}

function further(text: string): Mark<ColumnStyle> {
	return { start: 0, end: text.length, style: 'further' };
}

export function bestVersions(claim: ClaimCluster): ClaimVersion[] {
	return claim.versions.filter((v) => v.best);
}

/** The ranges of every difference in one version, for the Reader. */
export function versionRanges(claim: ClaimCluster, version: ClaimVersion): [number, number][] {
	return claim.differences
		.flatMap((d) => d.ranges[version.article] ?? [])
		.map(([s, e]): [number, number] => [s + version.start, e + version.start]);
}

function marksFor(claim: ClaimCluster, version: ClaimVersion): Mark<DifferenceKind>[] {
	return MARK_ORDER.flatMap((kind) =>
		claim.differences
			.filter((d) => d.kind === kind)
			.flatMap((d) => (d.ranges[version.article] ?? []).map(([start, end]) => ({ start, end, style: kind }))),
	);
}
