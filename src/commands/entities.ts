/** `storylens entities`: who and what the corpus names, as JSON or a table grouped by type. */
import { ENTITY_TYPES, type Entity } from '../analysis/entities/index.js';
import type { Corpus } from '../corpus/index.js';
import { countBySource, sourceLabels, sourcesText } from '../corpus/source.js';
import { table } from './plain-table.js';

export function entitiesJson(entities: readonly Entity[]): { entities: Entity[] } {
	return { entities: [...entities] };
}

export function entitiesTable(corpus: Corpus, entities: readonly Entity[], width: number): string {
	const sources = sourceLabels(corpus);
	const sections: string[] = [];
	for (const type of ENTITY_TYPES) {
		const ofType = entities.filter((e) => e.type === type);
		if (ofType.length === 0) continue;
		sections.push(
			`${type} (${ofType.length})`,
			table(
				['Name', 'Mentions', 'Articles', 'Also written', 'Outlets'],
				ofType.map((e) => [
					e.name,
					String(e.mentions.length),
					`${e.articles.length}/${corpus.articles.length}`,
					[...e.aliases, ...(e.demonym ? [`${e.demonym.name} (adj.)`] : [])].join(', ') || '-',
					sourcesText(countBySource(e.articles, sources)) || '-',
				]),
				{ width, alignRight: [1] },
			),
			'',
		);
	}
	return sections.join('\n').trimEnd();
}
