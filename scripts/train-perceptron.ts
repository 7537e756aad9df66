/**
 * Trains the perceptron name tagger on CoNLL-2003 train.txt and writes
 * data/perceptron/. `--dev` trains on the first 85% of documents and scores
 * the last 15% instead (for choosing features without touching valid.txt).
 * Deterministic: a fixed seed orders the documents in each epoch.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataPath, packageRoot } from '../src/paths.js';
import { buildGazetteer, quantise, readDocs, score, train } from './perceptron/training.js';

const args = process.argv.slice(2);
const file = args.includes('--conll')
	? (args[args.indexOf('--conll') + 1] ?? '')
	: join(packageRoot(), '..', 'shared', 'eval', 'conll2003', 'train.txt');
const epochs = Number(args.includes('--epochs') ? args[args.indexOf('--epochs') + 1] : 8);
const dev = args.includes('--dev');
const withPackages = !args.includes('--no-packages');

const started = performance.now();
const docs = readDocs(file);
const cut = dev ? Math.floor(docs.length * 0.85) : docs.length;
const trainDocs = docs.slice(0, cut);
const gazetteer = buildGazetteer(trainDocs, withPackages);
const weights = train(trainDocs, gazetteer, epochs, (line) => process.stdout.write(`${line}\n`));
process.stdout.write(`trained on ${trainDocs.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
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
