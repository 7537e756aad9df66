import { useInput, type Key } from 'ink';
import { useRef } from 'react';
import { commandFor, type Command } from '../keymap.js';

/**
 * Key presses as keymap commands. Every pane listens through this hook with
 * `isActive` tied to its focus, so a key reaches only the panes meant to see it.
 */
export function useCommands(handler: (command: Command) => void, options: { isActive: boolean }): void {
	const previousInput = useRef<string | null>(null);
	// Later presses of a burst run after React re-rendered, so they must call the newest handler.
	const latestHandler = useRef(handler);
	latestHandler.current = handler;

	useInput((input, key) => {
		const presses = splitPresses(input, key);
		const step = (index: number): void => {
			const press = presses[index];
			if (press === undefined) return;
			const command = commandFor(press.input, press.key, previousInput.current);
			// After a completed "gg" the next g starts a new sequence.
			previousInput.current = command === 'cursor.top' ? null : press.input;
			if (command !== null) latestHandler.current(command);
			if (index + 1 < presses.length) setImmediate(() => step(index + 1));
		};
		step(0);
	}, options);
}

const NO_KEY: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

/**
 * Ink hands over keys that arrive together (fast typing, key repeat, tmux
 * send-keys) as one string, as if pasted. For commands each key counts, so
 * the burst is split back into single presses.
 */
export function splitPresses(input: string, key: Key): { input: string; key: Key }[] {
	const chars = [...input];
	if (chars.length <= 1 || key.ctrl || key.meta) return [{ input, key }];
	return chars.map((char) => {
		if (char === '\r' || char === '\n') return { input: '', key: { ...NO_KEY, return: true } };
		if (char === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
		return { input: char, key: { ...NO_KEY, shift: /\p{Lu}/u.test(char) } };
	});
}
