/**
 * Development aid: every cross-article unit pair of the BASIL development
 * events, with its features, whether blocking makes it a candidate, whether
 * the participants veto it, and whether people judged it one claim, as JSON
 * lines for study outside the analysis.
 *
 *   node dist/scripts/claims/dump-pairs.js > pairs.jsonl
 */
import { join } from 'node:path';
import { isClaimSized } from '../../src/analysis/claims/alignment.js';
import { candidateWeight, forEachCandidatePair } from '../../src/analysis/claims/blocking.js';
import { prepareClaimUnits } from '../../src/analysis/claims/units.js';
import { packageRoot } from '../../src/paths.js';
import { defaultBasil, loadEvent } from '../eval/basil-events.js';
import { goldSentencePairs, readGoldEvents } from '../eval/basil-claims.js';
import { pairKey } from '../eval/ecbplus.js';

const basilDir = defaultBasil();
for (const gold of readGoldEvents(join(packageRoot(), 'eval', 'basil-claims'), 'dev')) {
	const corpus = await loadEvent(basilDir, gold.event);
	const pairs = goldSentencePairs(gold, corpus.articles, join(basilDir, 'events', gold.event));
	const claimOf = (key: string): number[] => pairs.claims.flatMap((c, k) => (c.pairs.has(key) ? [k] : []));
	const { units, layout, prepared } = prepareClaimUnits(corpus);
	const keys = units.map((u) => `${u.article}#${u.sentence ?? 'title'}`);
	const candidates = new Set<number>();
	forEachCandidatePair(
		units.map((u) => u.article),
		prepared.table,
		(i, j) => candidates.add(i * units.length + j),
		candidateWeight(units.length),
	);
	for (let i = 0; i < units.length; i++) {
		for (let j = i + 1; j < units.length; j++) {
			if (units[i]?.article === units[j]?.article) continue;
			const key = pairKey(keys[i] ?? '', keys[j] ?? '');
			const row = {
				event: gold.event,
				i,
				j,
				a: keys[i],
				b: keys[j],
				candidate: candidates.has(i * units.length + j),
				sized: isClaimSized(prepared.table, i) && isClaimSized(prepared.table, j),
				veto: prepared.namesClash(i, j),
				places: [layout.places[i], layout.places[j]],
				gold: pairs.all.has(key),
				claims: claimOf(key),
				features: [...prepared.features(i, j)].map((x) => Number(x.toFixed(4))),
				ti: units[i]?.text,
				tj: units[j]?.text,
			};
			process.stdout.write(`${JSON.stringify(row)}\n`);
		}
	}
	process.stderr.write(`${gold.event}: ${units.length} units, ${gold.claims.length} claims\n`);
}
