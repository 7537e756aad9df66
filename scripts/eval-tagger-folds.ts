/**
 * `npm run eval:tagger-folds`: does training the perceptron on the entity gold standards (news of 2010-2019
 * and ECB+'s, beside CoNLL-2003's 1996 Reuters) help on stories it was not trained on? The gold events (dev
 * split of eval/basil-entities/ and eval/ecbplus-entities/) are cut into four folds by a seeded shuffle; each
 * fold is scored (storylens' whole entity analysis, as eval:entities scores it) with a tagger trained on
 * CoNLL train.txt and the other three folds, against the tagger trained on CoNLL alone. Prints both figures
 * and the top-15 rows wrong, out of fold, then `tagger folds f1 <conll only> <with gold>`.
 */

import { join } from 'node:path';
import { useModel } from '../src/analysis/perceptron/index.js';
import { packageRoot } from '../src/paths.js';
import { seededRandom } from '../src/seeded-random.js';
import { auditTop, countMatches, emptyCounts, runCorpus, scores, type Counts } from './eval/basil-entities.js';
import { goldCorpora, type GoldCorpus } from './perceptron/gold-corpora.js';
import { goldTexts } from './perceptron/gold-documents.js';
import { fit, readDocs } from './perceptron/training.js';

const FOLDS = 4;
const args = process.argv.slice(2);
/** How many times the gold text is repeated beside CoNLL's (`--weight N`). */
/** `--rows`: print each wrong top-15 row of the out-of-fold runs. */
const showRows = args.includes('--rows');
const weight = Number(args.includes('--weight') ? args[args.indexOf('--weight') + 1] : 1);
const epochs = Number(args.includes('--epochs') ? args[args.indexOf('--epochs') + 1] : 8);
const shared = join(packageRoot(), '..', 'shared', 'eval');
const conll = readDocs(join(shared, 'conll2003', 'train.txt'));
const events = await goldCorpora(shared, 'dev');
const order = events.map((_, i) => i);
const next = seededRandom(Number(args.includes('--seed') ? args[args.indexOf('--seed') + 1] : 4));
for (let i = order.length - 1; i > 0; i--) {
	const j = Math.floor(next() * (i + 1));
	[order[i], order[j]] = [order[j] as number, order[i] as number];
}
const foldOf = new Map(order.map((event, at) => [event, at % FOLDS]));

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const started = performance.now();
const conllOnly = fit(conll, epochs);
log(`trained on CoNLL alone (${((performance.now() - started) / 1000).toFixed(0)} s)`);
// The kinds (MISC) the gold leaves unmarked come from the CoNLL-only tagger, so every fold's text is the same.
const goldDocs = goldTexts(events, conllOnly);

const measure = (subset: readonly GoldCorpus[], print: boolean): { counts: Counts; wrong: number } => {
	const counts = emptyCounts();
	let wrong = 0;
	for (const e of subset) {
		const run = runCorpus(e.corpus, e.recordOf);
		countMatches(e.gold, run.placed, counts);
		const rows = auditTop(e.gold, run).filter((r) => r.verdict !== 'ok');
		wrong += rows.length;
		if (print)
			for (const r of rows)
				log(
					`  ${e.gold.event.slice(0, 8)} ${r.entity.type.padEnd(12)} ${r.entity.name.padEnd(32)} ${r.verdict}${r.gold ? ` (${r.gold.name}, ${r.gold.type})` : ''}`,
				);
	}
	return { counts, wrong };
};
const add = (into: Counts, from: Counts): void => {
	for (const key of Object.keys(into) as (keyof Counts)[])
		into[key] = into[key].map((n, i) => n + (from[key][i] ?? 0)) as Counts[keyof Counts];
};

// goldTexts() leaves the shipped model in use: the baseline is scored with the CoNLL-only tagger, set again here.
useModel(conllOnly);
const baseline = measure(events, false);
const adapted = { counts: emptyCounts(), wrong: 0 };
for (let fold = 0; fold < FOLDS; fold++) {
	const held = events.filter((_, i) => foldOf.get(i) === fold);
	const gold = goldDocs.filter((_, i) => foldOf.get(i) !== fold).flat();
	const trainOn = [...conll, ...Array.from({ length: weight }, () => gold).flat()];
	useModel(fit(trainOn, epochs));
	const result = measure(held, showRows);
	add(adapted.counts, result.counts);
	adapted.wrong += result.wrong;
	log(`fold ${fold + 1}: ${held.length} events, f1 ${scores(result.counts).overall.f1.toFixed(4)}, top-15 rows wrong ${result.wrong}`);
}
useModel(null);

const line = (name: string, r: { counts: Counts; wrong: number }): void => {
	const s = scores(r.counts);
	log(
		`${name.padEnd(34)} f1 ${s.overall.f1.toFixed(4)} (P ${s.overall.precision.toFixed(3)} R ${s.overall.recall.toFixed(3)}; ` +
			`person ${s.person.f1.toFixed(3)}, organisation ${s.organization.f1.toFixed(3)}, place ${s.place.f1.toFixed(3)}); ` +
			`top-15 rows wrong ${r.wrong} in ${events.length}`,
	);
};
log(
	`\n${events.length} gold events (${events.filter((e) => e.source === 'basil').length} BASIL, ${events.filter((e) => e.source === 'ecb+').length} ECB+), ${FOLDS} folds`,
);
line('tagger trained on CoNLL alone', baseline);
line('CoNLL + the other folds (out of fold)', adapted);
log(`tagger folds f1 ${scores(baseline.counts).overall.f1.toFixed(4)} ${scores(adapted.counts).overall.f1.toFixed(4)}`);
