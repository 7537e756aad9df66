/** The rows the Entities lists hold: the entities a type and a filter leave, and one entity's mentions. */
import type { Entity, EntityType, Mention } from '../../../analysis/entities/types.js';
import { foldText } from '../../../search/fold.js';

/**
 * The cast first: a reader opens this list for who and what the story is about, so all types
 * together list people, organisations and places, then quantities, then dates, each group in
 * the analysis's order (most widely reported first).
 */
const LIST_ORDER: Record<EntityType, number> = { person: 0, organization: 0, place: 0, quantity: 1, date: 2 };

/**
 * Matches a filter against the name and every alias, case- and accent-insensitively. Dates
 * that only say "last week" or an undated article's "Tuesday" are left to the date type.
 */
export function visibleEntities(entities: readonly Entity[], types: EntityType | 'all', filter: string): Entity[] {
	const needle = foldText(filter.trim());
	const shown = entities.filter(
		(e) =>
			(types === 'all' ? e.unresolved !== true : e.type === types) &&
			(needle === '' || [e.name, ...e.aliases, e.demonym?.name ?? ''].some((n) => foldText(n).includes(needle))),
	);
	return types === 'all' ? shown.sort((a, b) => LIST_ORDER[a.type] - LIST_ORDER[b.type]) : shown;
}

export interface MentionRow {
	mention: Mention;
	/** Set for a demonym's mention ("Russian" listed under Russia). */
	via: string | null;
}

export function mentionRows(entity: Entity): MentionRow[] {
	const demonym = entity.demonym;
	const own = entity.mentions.map((mention) => ({ mention, via: null }));
	return [...own, ...(demonym?.mentions ?? []).map((mention) => ({ mention, via: demonym?.name ?? null }))];
}
