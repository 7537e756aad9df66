/**
 * BASIL events for the differences evals, split so that nothing is tuned
 * on what is measured: the 8 events eval/basil-claims holds back for the
 * claims grouping are never read; of the rest, every third (in uuid order)
 * is held back for the final measurement, the others are for development.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from '../../src/corpus/index.js';
import { packageRoot } from '../../src/paths.js';

/** `all`: every event outside the claims test, both parts together. */
export type Part = 'development' | 'held-back' | 'all';

export function defaultBasil(): string {
	return join(packageRoot(), '..', 'shared', 'eval', 'basil');
}

/** Events the claims grouping keeps for its test, by uuid. */
function claimsTestEvents(): Set<string> {
	const dir = join(packageRoot(), 'eval', 'basil-claims');
	const held = new Set<string>();
	if (!existsSync(dir)) return held;
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { event?: string; split?: string };
		if (gold.split === 'test' && gold.event) held.add(gold.event);
	}
	return held;
}

/** The folder's events (events.tsv) in the given part. */
export function basilEvents(basil: string, part: Part): string[] {
	const tsv = readFileSync(join(basil, 'events.tsv'), 'utf8');
	const test = claimsTestEvents();
	const uuids = tsv
		.split('\n')
		.slice(1)
		.map((line) => line.split('\t')[0]?.trim() ?? '')
		.filter((u) => u !== '' && !test.has(u) && existsSync(join(basil, 'events', u)))
		.sort();
	return part === 'all' ? uuids : uuids.filter((_, i) => (i % 3 === 2) === (part === 'held-back'));
}

export async function loadEvent(basil: string, event: string): Promise<Corpus> {
	return loadCorpus([join(basil, 'events', event)], { cwd: basil });
}

export function partOption(args: readonly string[]): Part {
	if (args.includes('--all')) return 'all';
	return args.includes('--held-back') ? 'held-back' : 'development';
}

export function basilOption(args: readonly string[]): string {
	const at = args.indexOf('--basil');
	return at >= 0 ? (args[at + 1] ?? '') : defaultBasil();
}
