/**
 * The precision of each kind of flagged difference (source, hedge, number
 * conflict) on BASIL events, against verdicts a reader gave by reading the
 * sentences (eval/basil-differences/<part>.json). A flag raised now counts
 * when a verdict covers it; flags no verdict covers are counted apart, as
 * unjudged, and so are the real differences judged before that are no
 * longer flagged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { basilEvents, loadEvent, type Part } from './basil-events.js';
import { eventFlags, FLAG_KINDS, sameFlag, type Flag, type FlagKind, type Verdict } from './basil-differences.js';

export function verdictsFile(part: Exclude<Part, 'all'>): string {
	return join(packageRoot(), 'eval', 'basil-differences', `${part}.json`);
}

interface Tally {
	flagged: number;
	judged: number;
	real: number;
	/** Real differences in the set that are no longer flagged. */
	missed: number;
}

export interface DifferencesEvaluation {
	lines: string[];
	precision: Record<FlagKind, number | null>;
	unjudged: Flag[];
}

export async function evaluateDifferences(basil: string, part: Part): Promise<DifferencesEvaluation | null> {
	const files = (part === 'all' ? (['development', 'held-back'] as const) : [part]).map(verdictsFile);
	if (!files.every(existsSync) || !existsSync(join(basil, 'events.tsv'))) return null;
	const verdicts = files.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as Verdict[]);
	const events = new Set(basilEvents(basil, part));
	const tally = new Map<FlagKind, Tally>(FLAG_KINDS.map((k) => [k, { flagged: 0, judged: 0, real: 0, missed: 0 }]));
	const unjudged: Flag[] = [];
	const matched = new Set<Verdict>();
	for (const event of events) {
		const corpus = await loadEvent(basil, event);
		for (const { flag } of eventFlags(basil, event, corpus)) {
			const t = tally.get(flag.kind) as Tally;
			t.flagged++;
			const verdict = verdicts.find((v) => sameFlag(flag, v));
			if (!verdict) {
				unjudged.push(flag);
				continue;
			}
			matched.add(verdict);
			t.judged++;
			if (verdict.real) t.real++;
		}
	}
	for (const v of verdicts) if (v.real && events.has(v.event) && !matched.has(v)) (tally.get(v.kind) as Tally).missed++;
	const setSize = verdicts.filter((v) => events.has(v.event)).length;
	const realInSet = verdicts.filter((v) => v.real && events.has(v.event)).length;
	const lines = [
		`flagged differences on BASIL (${part} part, ${events.size} events; ${setSize} flags judged by reading, ${realInSet} of them real):`,
	];
	const precision = {} as Record<FlagKind, number | null>;
	for (const [kind, t] of tally) {
		precision[kind] = t.judged === 0 ? null : t.real / t.judged;
		lines.push(
			`  ${kind.padEnd(15)} ${String(t.flagged).padStart(3)} flagged, ${String(t.judged).padStart(3)} judged, ` +
				`${String(t.real).padStart(3)} real: precision ${precision[kind] === null ? '-' : precision[kind].toFixed(2)}; ` +
				`${t.missed} real ones of the set no longer flagged`,
		);
	}
	if (unjudged.length > 0)
		lines.push(`  ${unjudged.length} flags not in the judged set (judge them: node dist/scripts/draft-differences.js)`);
	return { lines, precision, unjudged };
}
