/** How an entity reads in the list and in its detail view. */
import type { Entity, EntityType } from '../../../analysis/entities/types.js';
import { quantityValueText } from '../../../analysis/quantities/index.js';

export const TYPE_LABELS: Record<EntityType, string> = {
	person: 'people',
	organization: 'organisations',
	place: 'places',
	date: 'dates',
	quantity: 'quantities',
};

export const TYPE_TAGS: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'PLC', date: 'DAT', quantity: 'QTY' };

export function mentionCount(entity: Entity): number {
	return entity.mentions.length + (entity.demonym?.mentions.length ?? 0);
}

/** After a place's outlets: the nationality adjective that also names it. */
export function demonymNote(entity: Entity): string {
	return entity.demonym ? ` · also "${entity.demonym.name}" ×${entity.demonym.mentions.length}` : '';
}

/** What the Name column shows: the name, and a quantity's value as read. */
export function nameText(entity: Entity): string {
	return entity.value ? `${entity.name} ${valueText(entity)}` : entity.name;
}

/** The detail view's counts: "3 mentions in 2 of 3 articles, and "Russian" 4×". */
export function describe(entity: Entity, total: number): string {
	const count = entity.mentions.length;
	const demonym = entity.demonym ? `, and "${entity.demonym.name}" ${entity.demonym.mentions.length}×` : '';
	const value = entity.value ? ` · ${valueText(entity)}` : '';
	return `${count} mention${count === 1 ? '' : 's'} in ${entity.articles.length} of ${total} articles${demonym}${value}`;
}

function valueText(entity: Entity): string {
	return entity.value ? `(${quantityValueText(entity.value)})` : '';
}
