import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { PANES, PANE_TITLES, type PaneId } from '../app-state.js';

/** The pane tabs with their number keys; the active one is inverted so focus is always visible. */
export function TabBar({ active, caption }: { active: PaneId; caption: string }): ReactNode {
	return (
		<Box flexShrink={0}>
			<Box flexShrink={0}>
				{PANES.map((pane, i) => (
					<Text key={pane} inverse={pane === active} bold={pane === active}>
						{` ${i + 1} ${PANE_TITLES[pane]} `}
					</Text>
				))}
			</Box>
			<Box flexGrow={1} justifyContent="flex-end" marginLeft={1}>
				<Text dimColor wrap="truncate-start">
					{caption}
				</Text>
			</Box>
		</Box>
	);
}
