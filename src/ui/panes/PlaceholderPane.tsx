import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

/** A pane whose analysis is not built yet says what it will hold, rather than nothing. */
export function PlaceholderPane({ title, purpose, height }: { title: string; purpose: string; height: number }): ReactNode {
	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold>{title}</Text>
			<Text dimColor wrap="wrap">
				{purpose}
			</Text>
		</Box>
	);
}
