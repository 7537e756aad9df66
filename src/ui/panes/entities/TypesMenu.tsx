import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { ReactNode } from 'react';
import type { Entity, EntityType } from '../../../analysis/entities/types.js';
import { TYPE_CHOICES } from './entities-state.js';
import { TYPE_LABELS } from './entity-text.js';

/**
 * ink-select-input's menu, drawn but not listening: it reads stdin itself when
 * focused, beside the router, so it is never focused. The router's commands move
 * the cursor in the pane's reducer, and the menu is remounted at that index
 * (`initialIndex` is the only way in: it keeps its own index after mounting).
 */
export function TypesMenu({ entities, cursor, height }: { entities: readonly Entity[]; cursor: number; height: number }): ReactNode {
	const items = TYPE_CHOICES.map((value) => {
		const name = value === 'all' ? 'all' : TYPE_LABELS[value];
		return { label: `${name} (${count(entities, value)})`, value };
	});
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold>Show which entities?</Text>
			<SelectInput key={cursor} items={items} initialIndex={cursor} isFocused={false} />
		</Box>
	);
}

function count(entities: readonly Entity[], type: EntityType | 'all'): number {
	return type === 'all' ? entities.length : entities.filter((e) => e.type === type).length;
}
