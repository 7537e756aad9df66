/**
 * The key router under load: each key of a burst is handled after React has
 * rendered what the key before it did, even when rendering is slow and React
 * cuts it into slices. On a busy machine "blair" was once typed as "bair".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { useEffect, useState, type ReactNode } from 'react';
import { CommandRouter, useTextInput } from '../src/ui/hooks/use-commands.js';
import { waitUntil } from './helpers/wait.js';

function busy(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// Stands for a render and effects that take a while.
	}
}

/** A text field that reads its value from the render it belongs to, as the panes do. */
function SlowField(): ReactNode {
	const [value, setValue] = useState('');
	useTextInput(
		{ scopes: ['Text fields'], hints: [] },
		{ onText: (text) => setValue(value + text), onCommand: () => undefined },
		{ isActive: true },
	);
	busy(8);
	useEffect(() => busy(8), [value]);
	return <Text>{`[${value}]`}</Text>;
}

test('a burst of keys reaches a slow field one at a time, each seeing the value the key before it made', async () => {
	const ui = render(
		<CommandRouter>
			<SlowField />
		</CommandRouter>,
	);
	await waitUntil(() => ui.stdin.listenerCount('readable') > 0, 'Ink to listen to stdin');
	// One letter per write, as a terminal under load delivers them.
	for (const letter of 'blair election') ui.stdin.write(letter);
	await waitUntil(() => ui.lastFrame() === '[blair election]', 'the whole burst in the field').catch(() => undefined);
	assert.equal(ui.lastFrame(), '[blair election]');
	ui.unmount();
});
