/**
 * `storylens export --format md`: the story as a Markdown report a reader can
 * forward: the articles, who and what they name, the claims they share with
 * each outlet's wording and the conflicts, and what only one outlet reports.
 */
import type { AnalysisResult } from '../analysis-runtime/run-analysis.js';
import { ENTITY_TYPES, type EntityType } from '../analysis/entities/types.js';
import { articleLabels } from '../corpus/article-labels.js';
import type { Corpus } from '../corpus/index.js';
import { articleSource, claimTellers, countBySource, sourceLabels, sourcesText } from '../corpus/source.js';

const TYPE_HEADINGS: Record<EntityType, string> = {
	person: 'People',
	organization: 'Organisations',
	place: 'Places',
	date: 'Dates',
	quantity: 'Numbers',
};
const ENTITIES_PER_TYPE = 15;

export function markdownReport(corpus: Corpus, { entities, claims }: AnalysisResult, source: string): string {
	const label = articleLabels(corpus);
	const sourceOf = sourceLabels(corpus);
	const tellers = claimTellers(corpus);
	const out: string[] = [];
	const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ').trim();
	const conflicts = claims.claims.filter((c) => c.conflict);

	out.push(`# Story report: ${cell(corpus.articles[0]?.title ?? source)}`, '');
	out.push(
		`${corpus.articles.length} articles from ${source}; ${claims.claims.length} claims told by more than one ${tellers.one}` +
			`${conflicts.length > 0 ? `, ${conflicts.length} with numbers that conflict` : ''}; ${claims.singleSource.length} statements told by one ${tellers.one} only.`,
		'',
	);

	out.push('## Articles', '', '| # | Outlet | Date | Words | Title |', '| ---: | --- | --- | ---: | --- |');
	corpus.articles.forEach((a, i) => out.push(`| ${i + 1} | ${cell(articleSource(a) ?? '-')} | ${a.date ?? '-'} | ${a.wordCount} | ${cell(a.title)} |`));
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
				out.push(`- ${d.kind}${d.conflict ? ' (conflict)' : ''}: ${Object.entries(d.values).map(([id, value]) => `${label.get(id) ?? id}: ${cell(value)}`).join('; ')}`);
			}
		}
		out.push('');
	});

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
			out.push(`| ${cell(e.name)} | ${cell(e.aliases.join(', ') || '-')} | ${e.mentions.length} | ${cell(sourcesText(countBySource(e.articles, label)))} |`);
		}
		if (ofType.length > ENTITIES_PER_TYPE) out.push('', `and ${ofType.length - ENTITIES_PER_TYPE} more.`);
		out.push('');
	}
	out.push('_Made with storylens._', '');
	return out.join('\n');
}
