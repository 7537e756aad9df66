import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useHints } from '../hooks/use-commands.js';
import { hintText } from '../keymap.js';

/** Key hints of the mode that has the keys (the pane's list, its detail, a field), from the keymap; a note at the right. */
export function StatusBar({ note }: { note: string }): ReactNode {
	const text = hintText(useHints());
	return (
		<Box flexShrink={0}>
			<Box flexGrow={1} flexShrink={1}>
				<Text wrap="truncate-end">{text}</Text>
			</Box>
			{note === '' ? null : (
				<Box flexShrink={0} marginLeft={1}>
					<Text dimColor>{note}</Text>
				</Box>
			)}
		</Box>
	);
}
