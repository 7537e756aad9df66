import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { keyLabels, type Command } from '../keymap.js';

export type Hint = readonly [Command, string];

/** Key hints for what the user can do now, built from the keymap so labels never drift. */
export function StatusBar({ hints, note }: { hints: readonly Hint[]; note: string }): ReactNode {
	const text = hints.map(([command, what]) => `${keyLabels(command, { first: true })} ${what}`).join(' · ');
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
