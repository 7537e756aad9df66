#!/usr/bin/env node
/**
 * The ECB+ counterpart of basil-entity-offsets.mjs: turns an entities annotation draft of one
 * ECB+ subtopic (one story, told by several documents) into character offsets into each
 * document's `text_naive_detok` (the repository never holds ECB+'s text; the eval reads it from
 * ../shared/eval/ecbplus when it runs).
 *
 *   node scripts/ecbplus-entity-offsets.mjs DRAFT.json [--ecbplus DIR] > eval/ecbplus-entities/<subtopic>.json
 *
 * A draft: {"subtopic": "13_ecb", "split": "dev"|"test", "annotator": "...",
 *   "entities": [[name, "PER"|"ORG"|"LOC"|"MISC", [surface, ...]], ...]}
 * Surfaces as in basil-entity-offsets.mjs; "Reid@1_10ecb" is a mention in that document only.
 * A mention's `outlet` is its document's id.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityOffsets, writeOffsets } from './entity-offsets.mjs';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--ecbplus');
const root = dirAt >= 0 ? args[dirAt + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'ecbplus');
const draftPath = args.find((a, i) => !a.startsWith('--') && (dirAt < 0 || i !== dirAt + 1));
if (!draftPath) {
	console.error('usage: ecbplus-entity-offsets.mjs DRAFT.json [--ecbplus DIR]');
	process.exit(2);
}
const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
const sources = readFileSync(join(root, 'ecbplus_documents.jsonl'), 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line))
	.filter((d) => d.subtopic === draft.subtopic)
	.map((d) => ({ outlet: d.doc, field: 'text', text: d.text_naive_detok }));
if (sources.length === 0) {
	console.error(`no ECB+ document of subtopic ${draft.subtopic}`);
	process.exit(2);
}
writeOffsets({ subtopic: draft.subtopic, split: draft.split, annotator: draft.annotator }, entityOffsets(draft, sources));
