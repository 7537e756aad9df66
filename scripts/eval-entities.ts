/**
 * `npm run eval:entities [-- --conll FILE]`: person/organisation/place
 * extraction scored on CoNLL-2003 (exact span, MISC ignored), for storylens'
 * name tagger and for compromise used plainly, the library it builds on.
 * The last line is `entities f1 <F1>`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { tagNamesInSentences } from '../src/analysis/entities/name-tagger.js';
import { tagDocument } from '../src/analysis/perceptron/index.js';
import { packageRoot } from '../src/paths.js';
import { bySentence, CONLL_LABELS, evaluateTagger, readConll, type ConllLabel, type DocumentTagger, type Score, type Tagger } from './eval/conll.js';

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
process.stdout.write(`entities f1 ${ours.overall.f1.toFixed(4)}\n`);
