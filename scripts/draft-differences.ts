/**
 * Writes what a reader needs to judge storylens' flagged differences on
 * BASIL events: each flag with its values and every version's sentence.
 * The draft quotes the articles, so it is written outside the repository:
 *
 *   node dist/scripts/draft-differences.js [--held-back] [--unjudged] > /tmp/differences.draft.json
 */
import { existsSync, readFileSync } from 'node:fs';
import { basilEvents, basilOption, loadEvent, partOption } from './eval/basil-events.js';
import { eventFlags, sameFlag, type Verdict } from './eval/basil-differences.js';
import { verdictsFile } from './eval/differences-eval.js';

const args = process.argv.slice(2);
const basil = basilOption(args);
// With --unjudged, only the flags no verdict covers yet.
const part = partOption(args);
const file = verdictsFile(part === 'all' ? 'development' : part);
const judged = args.includes('--unjudged') && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Verdict[]) : [];
const drafts: unknown[] = [];
for (const event of basilEvents(basil, partOption(args))) {
	const corpus = await loadEvent(basil, event);
	for (const { flag, sentences } of eventFlags(basil, event, corpus))
		if (!judged.some((v) => sameFlag(flag, v))) drafts.push({ id: drafts.length, ...flag, sentences });
}
process.stdout.write(`${JSON.stringify(drafts, null, 1)}\n`);
