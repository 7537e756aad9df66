#!/usr/bin/env node
/**
 * Turns a claims annotation draft that quotes the articles into the stored form, which keeps
 * only character offsets (the repository never holds BASIL's text; the eval reads it from
 * ../shared/eval/basil when it runs).
 *
 *   node scripts/basil-offsets.mjs DRAFT.json [--basil DIR] > eval/basil-claims/<event>.json
 *
 * A draft: {"event": uuid, "claims": [{"label", "lead"?, "conflict"?, "versions":
 *   [{"outlet": "fox"|"nyt"|"hpo", "quote": "exact text from the title or text"}]}]}
 * Each quote must occur exactly once in the article's title or text (add context if not).
 * Exits 1 naming every quote it cannot place.
 */
import { readDraft } from './basil-draft.mjs';

const { draft, articles } = readDraft(process.argv.slice(2), 'basil-offsets.mjs DRAFT.json [--basil DIR]');

const problems = [];
function place(version, claimIndex) {
	const article = articles[version.outlet];
	if (!article) {
		problems.push(`claim ${claimIndex}: unknown outlet ${version.outlet}`);
		return null;
	}
	const quote = version.quote.trim();
	const found = [];
	for (const field of ['title', 'text']) {
		const text = article[field] ?? '';
		for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push({ field, start: at });
	}
	if (found.length !== 1) {
		problems.push(`claim ${claimIndex} (${version.outlet}): quote found ${found.length} times: ${quote.slice(0, 70)}`);
		return null;
	}
	return { outlet: version.outlet, field: found[0].field, start: found[0].start, end: found[0].start + quote.length };
}

const claims = draft.claims.map((claim, index) => {
	const versions = claim.versions.map((v) => place(v, index)).filter(Boolean);
	const outlets = new Set(versions.map((v) => v.outlet));
	if (outlets.size < 2) problems.push(`claim ${index}: fewer than two outlets (${[...outlets].join(', ')})`);
	return {
		label: claim.label,
		...(claim.lead ? { lead: true } : {}),
		...(claim.conflict ? { conflict: claim.conflict } : {}),
		versions,
	};
});
if (problems.length > 0) {
	for (const p of problems) console.error(p);
	process.exit(1);
}
process.stdout.write(`${JSON.stringify({ event: draft.event, split: draft.split, annotator: draft.annotator, claims }, null, '\t')}\n`);
