import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

/** The pane tabs with their number keys; the active one is inverted so focus is always visible. */
interface TabBarProps {
	panes: readonly { id: string; title: string }[];
	active: string;
	caption: string;
}

export function TabBar({ panes, active, caption }: TabBarProps): ReactNode {
	return (
		<Box flexShrink={0}>
			<Box flexShrink={0}>
				{panes.map(({ id, title }, i) => (
					<Text key={id} inverse={id === active} bold={id === active}>
						{` ${i + 1} ${title} `}
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
