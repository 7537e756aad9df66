import { chmod, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseClaims } from '../../src/analysis/claims/index.js';
import { analyseEntities } from '../../src/analysis/entities/index.js';
import type { AnalysisResult } from '../../src/analysis-runtime/texts.js';
import { loadCorpus, type Article, type Corpus } from '../../src/corpus/index.js';
import { seedsPath } from '../../src/paths.js';

export function loadSeeds(): Promise<Corpus> {
	return loadCorpus([seedsPath()]);
}

/** The seeds and both parts of their analysis, run in this thread. */
export async function analysedSeeds(): Promise<{ seeds: Corpus; results: AnalysisResult }> {
	const seeds = await loadSeeds();
	return { seeds, results: { entities: analyseEntities(seeds), claims: analyseClaims(seeds) } };
}

/** A fresh temporary folder holding the given files; `remove` deletes it. */
export async function tempCorpus(files: Record<string, string | Uint8Array>): Promise<{ dir: string; remove: () => Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'storylens-test-'));
	for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
	return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export { chmod, symlink };

/** A saved page small enough to read here, whole enough for Readability. */
export function savedPage(title: string, outlet: string, date: string): string {
	const paragraph = `${title} was the talk of the harbour on Monday, and the port authority said more would follow. `;
	return `<!DOCTYPE html><html><head><title>${title} - ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}T08:00:00Z">
<link rel="canonical" href="https://news.example/${encodeURIComponent(title)}"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
<p>${paragraph.repeat(3)}</p><p>Second paragraph: ${paragraph.repeat(2)}</p><div class="share-tools"><a href="#">Share</a></div></article></body></html>`;
}

export const GOOD_ARTICLE = 'Harbour reopens after storm\n\nThe harbour reopened on Monday. Ships returned at noon.\n';

/** An article built in memory, one sentence per entry, with no outlet or date. */
export function articleOf(id: string, title: string, sentences: readonly string[]): Article {
	const text = sentences.join(' ');
	return {
		id,
		file: `${id}.txt`,
		title,
		outlet: null,
		date: null,
		author: null,
		place: null,
		url: null,
		paragraphs: [{ kind: 'text', text }],
		sentences: sentences.map((s, index) => ({ index, paragraph: 0, text: s })),
		wordCount: text.split(/\s+/u).length,
	};
}
