/**
 * What the two BASIL annotation converters (basil-offsets.mjs for claims,
 * basil-entity-offsets.mjs for entities) share: reading `DRAFT.json [--basil DIR]`
 * and the draft's event's three articles from ../shared/eval/basil.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUTLETS = ['fox', 'nyt', 'hpo'];

/** The draft and its articles by outlet; exits 2 with `usage` when no draft is named. */
export function readDraft(args, usage) {
	const basilAt = args.indexOf('--basil');
	const basil = basilAt >= 0 ? args[basilAt + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'eval', 'basil');
	const draftPath = args.find((a, i) => !a.startsWith('--') && (basilAt < 0 || i !== basilAt + 1));
	if (!draftPath) {
		console.error(`usage: ${usage}`);
		process.exit(2);
	}
	const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
	const articles = Object.fromEntries(
		OUTLETS.map((o) => [o, JSON.parse(readFileSync(join(basil, 'events', draft.event, `${o}.json`), 'utf8'))]),
	);
	return { draft, articles };
}
