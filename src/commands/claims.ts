/** `storylens claims`: each claim as every outlet states it, as JSON or as plain text. */
import type { ClaimsAnalysis } from '../analysis/claims/index.js';
import { restatesMark } from '../analysis/claims/types.js';
import { articleLabels, labelOf } from '../corpus/article-labels.js';
import type { Corpus } from '../corpus/index.js';
import { claimTellers, sourceLabels } from '../corpus/source.js';

export function claimsJson(analysis: ClaimsAnalysis): unknown {
	return {
		claims: analysis.claims.map((c) => ({
			id: c.id,
			label: c.label,
			articles: c.articles,
			conflict: c.conflict,
			lead: c.lead,
			position: Number(c.position.toFixed(3)),
			versions: c.versions.map((v) => ({
				article: v.article,
				sentence: v.sentence,
				text: v.text,
				best: v.best,
				restates: v.restates,
				start: v.start,
				end: v.end,
			})),
			differences: c.differences.map((d) => ({ kind: d.kind, values: d.values, conflict: d.conflict, ranges: d.ranges })),
		})),
		singleSource: analysis.singleSource.map((u) => ({ article: u.article, sentence: u.sentence, text: u.text })),
	};
}

export function claimsText(corpus: Corpus, analysis: ClaimsAnalysis): string {
	const labels = articleLabels(corpus);
	const label = (id: string): string => labelOf(labels, id);
	const lines: string[] = [];
	analysis.claims.forEach((claim, i) => {
		lines.push(`${i + 1}. ${claim.conflict ? '[conflict] ' : ''}${claim.label} (${claim.articles.length} articles)`);
		for (const v of claim.versions.filter((x) => x.best)) {
			const mark = restatesMark(v.restates);
			lines.push(`   ${label(v.article)}${mark === null ? '' : ` (${mark})`}: ${v.text}`);
		}
		for (const d of claim.differences) {
			lines.push(
				`   ${d.conflict ? '≠' : '~'} ${d.kind}: ${Object.entries(d.values)
					.map(([id, value]) => `${label(id)}: ${value}`)
					.join(' | ')}`,
			);
		}
		lines.push('');
	});
	lines.push(`Told by one ${claimTellers(corpus).one} only (${analysis.singleSource.length}):`);
	// One outlet's or one section's own claims: named by their source, as the dashboard's single-source list is.
	const source = sourceLabels(corpus);
	for (const u of analysis.singleSource) lines.push(`   ${source.get(u.article) ?? label(u.article)}: ${u.text}`);
	return lines.join('\n');
}
