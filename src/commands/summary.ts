/** What `storylens` prints when its output is not a terminal: a readable overview of the corpus. */
import type { Corpus } from '../corpus/index.js';
import { articlesTable } from './articles.js';

export function corpusSummary(corpus: Corpus, source: string, width: number): string {
	const { articles, skipped } = corpus;
	const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
	const words = articles.reduce((n, a) => n + a.wordCount, 0);
	const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
	const dates = articles
		.map((a) => a.date)
		.filter((d): d is string => d !== null)
		.sort();
	const unnamed = articles.length > outlets.length ? ` (${articles.filter((a) => a.outlet === null).length} without an outlet)` : '';
	const lines = [
		`${articles.length} article${articles.length === 1 ? '' : 's'} from ${source}: ${sentences} sentences, ${words} words.`,
		`Outlets: ${outlets.length > 0 ? outlets.join(', ') : 'none named'}${unnamed}.`,
	];
	if (dates.length > 0) lines.push(`Dates: ${dates[0] === dates.at(-1) ? dates[0] : `${dates[0]} to ${dates.at(-1)}`}.`);
	lines.push('', articlesTable(articles, width));
	if (skipped.length > 0) {
		lines.push('', `Skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}:`);
		for (const s of skipped) lines.push(`  ${s.file}: ${s.reason}`);
	}
	lines.push('', 'Run storylens in a terminal for the dashboard; `storylens articles --json` prints the parsed articles.');
	return lines.join('\n');
}
