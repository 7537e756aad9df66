/**
 * `storylens export --format md`: the story as a Markdown report a reader can
 * forward: the articles, who and what they name, the claims they share with
 * each outlet's wording and the conflicts, which outlet states which claim
 * and where each comes from, and what only one outlet reports.
 */
import type { AnalysisResult } from '../analysis-runtime/run-analysis.js';
import type { Coverage } from '../analysis/coverage/coverage.js';
import { CELL_LEGEND, CELL_SYMBOLS, originText } from '../analysis/coverage/words.js';
import { ENTITY_TYPES, type EntityType } from '../analysis/entities/types.js';
import { articleLabels } from '../corpus/article-labels.js';
import type { Corpus } from '../corpus/index.js';
import { articleSource, claimTellers, countBySource, sourceLabels, sourcesText } from '../corpus/source.js';
import { PLAIN_SOURCES, shownColumns } from './coverage.js';

const TYPE_HEADINGS: Record<EntityType, string> = {
	person: 'People',
	organization: 'Organisations',
	place: 'Places',
	date: 'Dates',
	quantity: 'Numbers',
};
const ENTITIES_PER_TYPE = 15;

/** Text as one Markdown table cell. */
const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').trim();

export function markdownReport(corpus: Corpus, { entities, claims }: AnalysisResult, coverage: Coverage, source: string): string {
	const label = articleLabels(corpus);
	const sourceOf = sourceLabels(corpus);
	const tellers = claimTellers(corpus);
	const out: string[] = [];
	const conflicts = claims.claims.filter((c) => c.conflict);

	out.push(`# Story report: ${cell(corpus.articles[0]?.title ?? source)}`, '');
	const conflicting = conflicts.length > 0 ? `, ${conflicts.length} with numbers that conflict` : '';
	out.push(
		`${corpus.articles.length} articles from ${source}; ${claims.claims.length} claims told by more than one ${tellers.one}` +
			`${conflicting}; ${claims.singleSource.length} statements told by one ${tellers.one} only.`,
		'',
	);

	out.push('## Articles', '', '| # | Outlet | Date | Words | Title |', '| ---: | --- | --- | ---: | --- |');
	corpus.articles.forEach((a, i) =>
		out.push(`| ${i + 1} | ${cell(articleSource(a) ?? '-')} | ${a.date ?? '-'} | ${a.wordCount} | ${cell(a.title)} |`),
	);
	out.push('');

	if (conflicts.length > 0) {
		out.push(`## Where the ${tellers.several} disagree`, '');
		for (const claim of conflicts) {
			out.push(`- **${cell(claim.label)}**`);
			for (const d of claim.differences.filter((x) => x.conflict)) {
				for (const [id, value] of Object.entries(d.values)) out.push(`  - ${label.get(id) ?? id}: ${cell(value)}`);
			}
		}
		out.push('');
	}

	out.push(`## Claims told by several ${tellers.several}`, '');
	claims.claims.forEach((claim, i) => {
		out.push(`### ${i + 1}. ${cell(claim.label)}${claim.conflict ? ' (conflicting numbers)' : ''}`, '');
		for (const v of claim.versions.filter((x) => x.best)) out.push(`- **${label.get(v.article) ?? v.article}:** ${cell(v.text)}`);
		const notable = claim.differences.filter((d) => d.kind !== 'wording');
		if (notable.length > 0) {
			out.push('', 'Differences:');
			for (const d of notable) {
				out.push(
					`- ${d.kind}${d.conflict ? ' (conflict)' : ''}: ${Object.entries(d.values)
						.map(([id, value]) => `${label.get(id) ?? id}: ${cell(value)}`)
						.join('; ')}`,
				);
			}
		}
		out.push('');
	});

	out.push(...coverageSection(coverage, tellers.one));

	out.push(`## Told by one ${tellers.one} only`, '');
	// By source: articles that share one (a section's, an outlet's) share a heading.
	for (const name of new Set(sourceOf.values())) {
		const own = claims.singleSource.filter((u) => sourceOf.get(u.article) === name);
		if (own.length === 0) continue;
		out.push(`### ${name}`, '');
		for (const u of own) out.push(`- ${cell(u.text)}`);
		out.push('');
	}

	out.push('## Who and what the story names', '');
	for (const type of ENTITY_TYPES) {
		const ofType = entities.filter((e) => e.type === type);
		if (ofType.length === 0) continue;
		out.push(`### ${TYPE_HEADINGS[type]}`, '', '| Name | Also written | Mentions | Outlets |', '| --- | --- | ---: | --- |');
		for (const e of ofType.slice(0, ENTITIES_PER_TYPE)) {
			const outlets = sourcesText(countBySource(e.articles, label));
			out.push(`| ${cell(e.name)} | ${cell(e.aliases.join(', ') || '-')} | ${e.mentions.length} | ${cell(outlets)} |`);
		}
		if (ofType.length > ENTITIES_PER_TYPE) out.push('', `and ${ofType.length - ENTITIES_PER_TYPE} more.`);
		out.push('');
	}
	out.push('_Made with storylens._', '');
	return out.join('\n');
}

/** Which outlet states which claim, what each leaves out, and the sourcing: each claim's origin and the sources cited. */
function coverageSection(coverage: Coverage, one: string): string[] {
	const out: string[] = [];
	const columns = shownColumns(coverage);
	const name = (column: number): string => cell(coverage.columns[column] ?? '');
	if (coverage.claimRows > 0) {
		out.push('## Coverage', '', `${CELL_LEGEND.map(([state, words]) => `\`${CELL_SYMBOLS[state]}\` ${words}`).join(', ')}.`, '');
		out.push(`| # | Claim | ${columns.map(name).join(' | ')} |`, `| ---: | --- |${columns.map(() => ' :---: |').join('')}`);
		for (let row = 0; row < coverage.claimRows; row++) {
			out.push(`| ${row + 1} | ${cell(coverage.rowLabel(row))} | ${columns.map((c) => CELL_SYMBOLS[coverage.cell(row, c)]).join(' | ')} |`);
		}
		if (columns.length < coverage.columns.length)
			out.push('', `${coverage.columns.length - columns.length} more not shown (\`storylens coverage --json\` lists them all).`);
		out.push('');
	}
	out.push(`| ${one[0]?.toUpperCase()}${one.slice(1)} | Articles | States | Only it | Leaves out |`, '| --- | ---: | ---: | ---: | --- |');
	coverage.outlets.forEach((o, column) => {
		const left = coverage.leftOutRows(column).map((r) => r + 1);
		out.push(
			`| ${cell(o.label)} | ${o.articles} | ${o.stated} | ${o.only} | ${o.leftOut}${left.length > 0 ? ` (${left.join(', ')})` : ''} |`,
		);
	});
	out.push('', '## Sourcing', '');
	if (coverage.claimRows > 0) {
		out.push('Where each claim comes from (one origin repeated is not independent confirmation):', '');
		for (let row = 0; row < coverage.claimRows; row++) out.push(`${row + 1}. ${cell(originText(coverage.origin(row), coverage.sources))}`);
		out.push('');
	}
	const sources = coverage.sourceTable();
	if (sources.length === 0) out.push('No article names a source.', '');
	else {
		out.push('| Source | Kind | Cited by | For claims | Statements of one |', '| --- | --- | --- | --- | ---: |');
		for (const s of sources.slice(0, PLAIN_SOURCES)) {
			const claims = s.rows.filter((r) => r < coverage.claimRows);
			const forClaims = claims.map((r) => r + 1).join(', ') || '-';
			out.push(`| ${cell(s.name)} | ${s.kind} | ${s.columns.map(name).join(', ')} | ${forClaims} | ${s.rows.length - claims.length} |`);
		}
		if (sources.length > PLAIN_SOURCES) out.push('', `and ${sources.length - PLAIN_SOURCES} more.`);
		out.push('');
	}
	return out;
}
