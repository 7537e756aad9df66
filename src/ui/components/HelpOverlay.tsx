import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useCommands } from '../hooks/use-commands.js';
import { KEYMAP, SCOPES, type KeyMode } from '../keymap.js';
import { listReducer, listState, listWindow, movementFor } from '../list-state.js';
import { usePaneReducer } from '../pane-memory.js';
import { tint } from '../theme.js';

const LABEL_WIDTH = 20;

export const HELP_KEYS: KeyMode = { scopes: ['Lists and views'], hints: ['cursor.down', 'app.help', 'view.back', 'app.quit'] };

type HelpRow = { heading: string } | { keys: string; description: string };

/** Every key of the keymap, by scope, generated from it. */
export function helpRows(): HelpRow[] {
	return SCOPES.flatMap((scope) => {
		const specs = KEYMAP.filter((s) => s.scope === scope);
		const keys = specs.map((spec) => ({ keys: spec.keys.map((k) => k.label).join(' '), description: spec.description }));
		return specs.length === 0 ? [] : [{ heading: scope }, ...keys];
	});
}

/** The keys, scrolled with the list reducer when the terminal is short; its own scroll outlives it. */
export function HelpOverlay({ height, onClose }: { height: number; onClose: () => void }): ReactNode {
	const rows = helpRows();
	const size = { count: rows.length, height: Math.max(1, height - 1) };
	const [scroll, dispatch] = usePaneReducer('help', listReducer, listState('scroll'));
	useCommands(
		HELP_KEYS,
		(command) => {
			const movement = movementFor(command);
			if (movement) dispatch({ type: 'move', movement, size });
			else if (command === 'view.back') onClose();
		},
		{ isActive: true },
	);
	const window = listWindow(scroll, size);
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold>
				Keys{rows.length > size.height ? <Text dimColor>{`  ${window.offset + 1}-${window.end}/${rows.length}`}</Text> : null}
			</Text>
			{rows.slice(window.offset, window.end).map((row, i) =>
				'heading' in row ? (
					<Text key={`h${window.offset + i}`} color={tint('cyan')} bold>
						{row.heading}
					</Text>
				) : (
					<Box key={`k${window.offset + i}`}>
						<Box width={LABEL_WIDTH} flexShrink={0}>
							<Text color={tint('yellow')}>{`  ${row.keys}`}</Text>
						</Box>
						<Text wrap="truncate-end">{row.description}</Text>
					</Box>
				),
			)}
		</Box>
	);
}
