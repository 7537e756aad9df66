import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

/** The pane tabs with their number keys; the active one is inverted so focus is always visible. */
interface TabBarProps {
	panes: readonly { id: string; title: string }[];
	active: string;
	caption: string;
	width: number;
}

/** Room the caption keeps beside full tabs before the other tabs give up their titles. */
const CAPTION_ROOM = 12;

export function TabBar({ panes, active, caption, width }: TabBarProps): ReactNode {
	const full = panes.reduce((sum, { title }, i) => sum + ` ${i + 1} ${title} `.length, 0);
	// Too narrow for every title: the active tab keeps its title, the others show their number key only.
	const titled = (id: string): boolean => full + CAPTION_ROOM <= width || id === active;
	return (
		<Box flexShrink={0}>
			<Box flexShrink={0}>
				{panes.map(({ id, title }, i) => (
					<Text key={id} inverse={id === active} bold={id === active}>
						{titled(id) ? ` ${i + 1} ${title} ` : ` ${i + 1} `}
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
