/**
 * `npm run eval:entities [-- --conll FILE] [--split dev|test]`: person/organisation/place
 * extraction scored on CoNLL-2003 (exact span, MISC ignored), for storylens'
 * name tagger and for compromise used plainly, the library it builds on; then
 * storylens' entities on the gold standards of whole stories, BASIL's
 * (eval/basil-entities/) and ECB+'s (eval/ecbplus-entities/), their dev events
 * unless `--split test` (the held-back ones), with the audit of each event's
 * top 15 rows. The last lines are `basil entities f1 <F1>`, `ecb+ entities f1
 * <F1>` (each when its split has events) and `entities f1 <CoNLL F1>`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { tagNamesInSentences } from '../src/analysis/entities/name-tagger.js';
import { tagDocument } from '../src/analysis/perceptron/index.js';
import { packageRoot } from '../src/paths.js';
import {
	auditTop,
	countMatches,
	emptyCounts,
	NAME_TYPES,
	readGold,
	runEvent,
	scores,
	type EventRun,
	type GoldEvent,
	type Verdict,
} from './eval/basil-entities.js';
import { readJsonLines, type EcbDocument } from './eval/ecbplus.js';
import { readEcbGold, runSubtopic } from './eval/ecbplus-entities.js';
import {
	bySentence,
	CONLL_LABELS,
	evaluateTagger,
	readConll,
	type ConllLabel,
	type DocumentTagger,
	type Score,
	type Tagger,
} from './eval/conll.js';

const args = process.argv.slice(2);
const flag = args.indexOf('--conll');
const file = flag >= 0 ? (args[flag + 1] ?? '') : join(packageRoot(), '..', 'shared', 'eval', 'conll2003', 'valid.txt');
if (!existsSync(file)) {
	process.stderr.write(`eval:entities: no CoNLL file at ${file} (pass --conll FILE)\n`);
	process.exit(2);
}

const compromisePlain: Tagger = (text) => {
	const doc = nlp(text);
	const spans: ReturnType<Tagger> = [];
	const add = (label: ConllLabel, matches: { offset: { start: number; length: number } }[]): void => {
		for (const m of matches) spans.push({ label, start: m.offset.start, end: m.offset.start + m.offset.length });
	};
	add('PER', doc.people().json({ offset: true }) as never);
	add('ORG', doc.organizations().json({ offset: true }) as never);
	add('LOC', doc.places().json({ offset: true }) as never);
	return spans;
};

const splitFlag = args.indexOf('--split');
const split = splitFlag >= 0 ? args[splitFlag + 1] : 'dev';
const sentences = readConll(file);
const report = (name: string, tagger: DocumentTagger): Record<ConllLabel | 'overall', Score> => {
	const started = performance.now();
	const result = evaluateTagger(sentences, tagger);
	const seconds = (performance.now() - started) / 1000;
	process.stdout.write(`\n${name} (${sentences.length} sentences, ${seconds.toFixed(1)} s)\n`);
	process.stdout.write('type      precision  recall  f1      gold\n');
	for (const label of [...CONLL_LABELS, 'overall'] as const) {
		const s = result[label];
		process.stdout.write(`${label.padEnd(9)} ${s.precision.toFixed(4)}     ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}  ${s.gold}\n`);
	}
	return result;
};

process.stdout.write(`CoNLL-2003: ${file}\n`);
report('compromise, used plainly (baseline)', bySentence(compromisePlain));
report('perceptron alone (trained on train.txt)', tagDocument);
const ours = report('storylens name tagger (perceptron + news repairs)', tagNamesInSentences);

const basil = join(packageRoot(), '..', 'shared', 'eval', 'basil');
if (existsSync(basil)) {
	const events = readGold(join(packageRoot(), 'eval', 'basil-entities')).filter((e) => e.split === split);
	await reportGold('BASIL', 'basil', events, (gold) => runEvent(basil, gold.event));
} else process.stderr.write(`eval:entities: no BASIL at ${basil}; its figure is left out\n`);
const ecbDocuments = join(packageRoot(), '..', 'shared', 'eval', 'ecbplus', 'ecbplus_documents.jsonl');
if (existsSync(ecbDocuments)) {
	const documents = readJsonLines<EcbDocument>(ecbDocuments);
	const events = readEcbGold(join(packageRoot(), 'eval', 'ecbplus-entities')).filter((e) => e.split === split);
	await reportGold('ECB+', 'ecb+', events, (gold) => runSubtopic(documents, gold.event));
} else process.stderr.write(`eval:entities: no ECB+ at ${ecbDocuments}; its figure is left out\n`);
process.stdout.write(`entities f1 ${ours.overall.f1.toFixed(4)}\n`);

/** P/R/F1 and the top-15 audit of one gold standard's events of the chosen split; its last line is `<key> entities f1 <F1>`. */
async function reportGold(
	title: string,
	key: string,
	events: readonly GoldEvent[],
	run: (gold: GoldEvent) => EventRun | Promise<EventRun>,
): Promise<void> {
	if (events.length === 0) {
		// A split with no event has no figure: each round's held-back events join dev once measured.
		process.stdout.write(`\n${title} entities: no ${split} events; the gold standard's README gives each round's one measurement\n`);
		return;
	}
	const counts = emptyCounts();
	const verdicts = new Map<Verdict, number>();
	let unplaced = 0;
	let audit = '';
	for (const gold of events) {
		const result = await run(gold);
		countMatches(gold, result.placed, counts);
		unplaced += result.unplaced;
		const rows = auditTop(gold, result);
		audit += `\n${gold.event}: ${rows.filter((r) => r.verdict !== 'ok').length} of ${rows.length} wrong\n`;
		for (const row of rows) {
			verdicts.set(row.verdict, (verdicts.get(row.verdict) ?? 0) + 1);
			const gloss =
				row.verdict === 'ok'
					? ''
					: `  ${row.verdict}${row.gold && row.gold.name !== row.entity.name ? ` (${row.gold.name}, ${row.gold.type})` : ''}`;
			audit += `  ${row.entity.type.padEnd(12)} ${row.entity.name.padEnd(32)} ${String(row.entity.articles.length).padStart(2)}${gloss}\n`;
		}
	}
	const result = scores(counts);
	process.stdout.write(`\n${title} entities, ${split} split (${events.length} events; exact span and the type the entity is shown with)\n`);
	process.stdout.write('type          precision  recall  f1      gold\n');
	for (const type of [...NAME_TYPES, 'overall'] as const) {
		const s = result[type];
		process.stdout.write(`${type.padEnd(13)} ${s.precision.toFixed(4)}     ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}  ${s.gold}\n`);
	}
	if (unplaced > 0) process.stdout.write(`(${unplaced} mentions in sentences not found in the files' text, counted as wrong)\n`);
	const wrong = [...verdicts].filter(([v]) => v !== 'ok');
	process.stdout.write(`\ntop-15 audit, ${title}, ${split} split:${audit}`);
	const wrongRows = wrong.reduce((n, [, c]) => n + c, 0);
	const byVerdict = wrong.map(([v, c]) => `${v} ${c}`).join(', ') || 'none';
	process.stdout.write(`top-15 rows wrong: ${wrongRows} in ${events.length} events (${byVerdict})\n`);
	process.stdout.write(`${key} entities f1 ${result.overall.f1.toFixed(4)}\n`);
}
