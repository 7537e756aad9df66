#!/usr/bin/env node
/**
 * Turns an entities annotation draft, which names each entity of an event and the ways its three
 * articles write it, into the stored form: character offsets only (the repository never holds
 * BASIL's text; `npm run eval:entities` reads it from ../shared/eval/basil when it runs).
 *
 *   node scripts/basil-entity-offsets.mjs DRAFT.json [--basil DIR] > eval/basil-entities/<event>.json
 *
 * A draft: {"event": uuid, "split": "dev"|"test", "annotator": "...",
 *   "entities": [[name, "PER"|"ORG"|"LOC"|"MISC", [surface, ...]], ...]}
 * A surface is a name exactly as written ("Mrs. Clinton" is written "Clinton": titles are not
 * part of the name); entity-offsets.mjs says how surfaces become mentions ("Fox@fox": in one
 * outlet's article only). Writes to stderr each surface found nowhere, and the capitalised words
 * away from a sentence's start that no mention covers, for the annotator to look at again; exits 1
 * on a surface found nowhere.
 */
import { OUTLETS, readDraft } from './basil-draft.mjs';
import { entityOffsets, writeOffsets } from './entity-offsets.mjs';

const { draft, articles } = readDraft(process.argv.slice(2), 'basil-entity-offsets.mjs DRAFT.json [--basil DIR]');
const sources = OUTLETS.flatMap((outlet) => ['text', 'title'].map((field) => ({ outlet, field, text: articles[outlet][field] ?? '' })));
writeOffsets({ event: draft.event, split: draft.split, annotator: draft.annotator }, entityOffsets(draft, sources));
