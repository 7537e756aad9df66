/**
 * A claim's origin: whether the outlets stating it rest on one source or on
 * several. Each outlet rests on every source its versions cite (types.ts,
 * OriginKind). The origins are found greedily: the source the most remaining
 * outlets cite takes them all, a named source before an unnamed group ("The
 * New York Times" over "US officials" when all three cite both: the officials
 * are the Times's), then the source cited more widely in the corpus.
 */
import type { CitedSource, ClaimOrigin, OriginGroup } from './types.js';

const NAMED = (s: CitedSource | undefined): boolean => s !== undefined && s.kind !== 'unnamed' && s.kind !== 'document';

/** `cites`: the sources each column stating the claim rests on; `stating`: every such column. */
export function claimOrigin(
	cites: ReadonlyMap<number, ReadonlySet<number>>,
	stating: readonly number[],
	sources: readonly CitedSource[],
): ClaimOrigin {
	const unattributed = stating.filter((c) => (cites.get(c)?.size ?? 0) === 0);
	const remaining = new Set(stating.filter((c) => (cites.get(c)?.size ?? 0) > 0));
	const attributed = remaining.size;
	const groups: OriginGroup[] = [];
	while (remaining.size > 0) {
		const counts = new Map<number, number[]>();
		for (const column of remaining) {
			for (const source of cites.get(column) ?? []) {
				const columns = counts.get(source);
				if (columns) columns.push(column);
				else counts.set(source, [column]);
			}
		}
		let best: [number, number[]] | null = null;
		for (const entry of counts) {
			if (best === null) best = entry;
			else {
				const [source, columns] = entry;
				const wider =
					columns.length - best[1].length || Number(NAMED(sources[source])) - Number(NAMED(sources[best[0]])) || best[0] - source;
				if (wider > 0) best = entry;
			}
		}
		if (best === null) break;
		groups.push({ source: best[0], columns: [...best[1]].sort((a, b) => a - b) });
		for (const column of best[1]) remaining.delete(column);
	}
	const kind = attributed === 0 ? 'unattributed' : attributed === 1 ? 'one-outlet' : groups.length === 1 ? 'single' : 'independent';
	return { kind, groups, unattributed };
}
