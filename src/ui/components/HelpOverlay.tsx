import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { KEYMAP, type Scope } from '../keymap.js';
import { useCommands } from '../hooks/use-commands.js';
import { movementFor, moveCursor } from '../list-window.js';
import { useRemembered } from '../pane-memory.js';
import { tint } from '../theme.js';

const SCOPES: Scope[] = ['Everywhere', 'Lists and reader', 'Reader and claims', 'Text fields'];
const LABEL_WIDTH = 20;

type HelpRow = { heading: string } | { keys: string; description: string };

/** Every key of the keymap, generated from it; scrolls when the terminal is short. */
export function helpRows(): HelpRow[] {
	const rows: HelpRow[] = [];
	for (const scope of SCOPES) {
		rows.push({ heading: scope });
		for (const spec of KEYMAP.filter((s) => s.scope === scope)) {
			rows.push({ keys: spec.keys.map((k) => k.label).join(' '), description: spec.description });
		}
	}
	return rows;
}

export function HelpOverlay({ height, active }: { height: number; active: boolean }): ReactNode {
	const rows = helpRows();
	const visible = Math.max(1, height - 1);
	const maxScroll = Math.max(0, rows.length - visible);
	const [scroll, setScroll] = useRemembered('help.scroll', 0);
	useCommands(
		(command) => {
			const movement = movementFor(command);
			if (movement) setScroll((s) => Math.min(maxScroll, moveCursor(s, maxScroll + 1, movement, visible)));
		},
		{ isActive: active },
	);
	const top = Math.min(scroll, maxScroll);
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold>
				Keys{maxScroll > 0 ? <Text dimColor>{`  (j/k to scroll, ${top + visible}/${rows.length})`}</Text> : null}
				<Text dimColor>{'  ? or Esc closes'}</Text>
			</Text>
			{rows.slice(top, top + visible).map((row, i) =>
				'heading' in row ? (
					<Text key={`h${top + i}`} color={tint('cyan')} bold>
						{row.heading}
					</Text>
				) : (
					<Box key={`k${top + i}`}>
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
