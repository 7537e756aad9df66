/**
 * Trains the perceptron name tagger on CoNLL-2003 train.txt and writes
 * data/perceptron/. `--dev` trains on the first 85% of documents and scores
 * the last 15% instead (for choosing features without touching valid.txt).
 * `--gold N` adds the entity gold standards' dev events (BASIL's and ECB+'s,
 * scripts/perceptron/gold-documents.ts), N times over: 1996 Reuters text
 * alone knows little of today's news (eval:tagger-folds measures the gain out
 * of fold). The shipped model is `--gold 1 --gold-events
 * data/perceptron/gold-events.txt` (npm run train:perceptron): the gold twice
 * over cost 1.5 points of CoNLL valid F1 for no gain out of fold, and with the
 * last 26 BASIL events too CoNLL valid fell from 0.879 to 0.866.
 * Deterministic: a fixed seed orders the documents in each epoch.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataPath, packageRoot } from '../src/paths.js';
import { goldCorpora } from './perceptron/gold-corpora.js';
import { goldTexts } from './perceptron/gold-documents.js';
import { buildGazetteer, fit, quantise, readDocs, score, train, type Doc } from './perceptron/training.js';

const args = process.argv.slice(2);
const file = args.includes('--conll')
	? (args[args.indexOf('--conll') + 1] ?? '')
	: join(packageRoot(), '..', 'shared', 'eval', 'conll2003', 'train.txt');
const epochs = Number(args.includes('--epochs') ? args[args.indexOf('--epochs') + 1] : 8);
const dev = args.includes('--dev');
const withPackages = !args.includes('--no-packages');
const goldWeight = Number(args.includes('--gold') ? args[args.indexOf('--gold') + 1] : 0);
/** `--gold-events FILE`: only the gold events FILE lists, one id a line ("#" opens a comment). */
const goldEvents = args.includes('--gold-events') ? readEventList(args[args.indexOf('--gold-events') + 1] ?? '') : null;

function readEventList(path: string): Set<string> {
	const lines = readFileSync(path, 'utf8').split('\n');
	return new Set(lines.map((l) => l.replace(/#.*/u, '').trim()).filter((l) => l !== ''));
}

/** The gold standards' dev events as training text, their unmarked kinds (MISC) from a tagger trained on `conll` alone. */
async function goldText(conll: readonly Doc[]): Promise<Doc[]> {
	const events = (await goldCorpora(join(packageRoot(), '..', 'shared', 'eval'), 'dev')).filter(
		(e) => goldEvents?.has(e.gold.event) ?? true,
	);
	const docs = goldTexts(events, fit(conll, epochs, withPackages)).flat();
	process.stdout.write(`gold standards: ${events.length} events, ${docs.length} articles, ${goldWeight} times over\n`);
	return docs;
}

const started = performance.now();
const docs = readDocs(file);
const cut = dev ? Math.floor(docs.length * 0.85) : docs.length;
const conll = docs.slice(0, cut);
const gold = goldWeight > 0 ? await goldText(conll) : [];
const trainDocs = [...conll, ...Array.from({ length: goldWeight }, () => gold).flat()];
const gazetteer = buildGazetteer(trainDocs, withPackages);
const weights = train(trainDocs, gazetteer, epochs, (line) => process.stdout.write(`${line}\n`));
process.stdout.write(
	`trained on ${trainDocs.length} documents (${conll.length} of CoNLL) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
if (dev) {
	process.stdout.write(
		`dev (last 15% of train.txt, ${docs.length - cut} documents, PER/ORG/LOC): ${score(docs.slice(cut), weights, gazetteer)}\n`,
	);
} else {
	const { scale, ints } = quantise(weights);
	const header = Buffer.alloc(4);
	header.writeFloatLE(scale, 0);
	mkdirSync(dataPath('perceptron'), { recursive: true });
	writeFileSync(dataPath('perceptron', 'weights.bin.gz'), gzipSync(Buffer.concat([header, Buffer.from(ints.buffer)]), { level: 9 }));
	writeFileSync(dataPath('perceptron', 'gazetteer.json.gz'), gzipSync(JSON.stringify(Object.fromEntries(gazetteer)), { level: 9 }));
	process.stdout.write(`wrote ${dataPath('perceptron')}\n`);
}
