import { useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type MutableRefObject, type ReactNode } from 'react';
import { unstable_LowPriority as LowPriority, unstable_scheduleCallback as scheduleCallback } from 'scheduler';
import { commandFor, type Command } from '../keymap.js';

/**
 * Runs `task` once React has rendered what the current key did. React queues
 * its render from a microtask; queued from a later microtask, the task lands
 * behind it in React's scheduler, and at a lower priority behind every slice
 * of it and its effects too.
 */
function afterRendering(task: () => void): void {
	queueMicrotask(() => {
		scheduleCallback(LowPriority, () => {
			task();
		});
	});
}

type CommandHandler = (command: Command) => void;
/** Returns true when it consumed the key, so that it is not read as a command too. */
export type TextHandler = (input: string, key: Key) => boolean;

interface Router {
	commands: Set<MutableRefObject<CommandHandler>>;
	text: Set<MutableRefObject<TextHandler>>;
}

const RouterContext = createContext<Router | null>(null);

/**
 * One stdin listener for the whole app, routing each key to the handlers that
 * are active right now. Ink's own useInput subscribes in a passive effect, so
 * a pane that just appeared would miss the next key and the pane that just
 * left would still get it; registering in a layout effect closes that gap.
 */
export function CommandRouter({ children }: { children: ReactNode }): ReactNode {
	const router = useRef<Router>({ commands: new Set(), text: new Set() }).current;
	const previousInput = useRef<string | null>(null);

	// Keys wait in a queue and are handled one at a time, each after React has
	// rendered what the key before it did, so every key sees the panes and state
	// it would see if typed slowly. React renders in tasks of its scheduler,
	// cutting long work into slices of a few milliseconds; each key is a task of
	// that scheduler at a lower priority (afterRendering), so it runs only once
	// the render, every slice of it, is done. Queueing keys behind one
	// setImmediate was not enough: on a busy machine a render cut in two let the
	// next key in between, with the state from before ("blair" typed as "bair").
	const queue = useRef<{ input: string; key: Key }[]>([]);
	// True from a key's handling until React has rendered what it did.
	const rendering = useRef(false);
	const pump = (): void => {
		const press = queue.current.shift();
		rendering.current = press !== undefined;
		if (press === undefined) return;
		dispatch(press.input, press.key);
		afterRendering(pump);
	};
	const dispatch = (input: string, key: Key): void => {
		if ([...router.text].some((handler) => handler.current(input, key))) return;
		const command = commandFor(input, key, previousInput.current);
		// After a completed "gg" the next g starts a new sequence.
		previousInput.current = command === 'cursor.top' ? null : input;
		if (command !== null) for (const handler of [...router.commands]) handler.current(command);
	};

	useInput((input, key) => {
		// A text field takes a burst whole (typing fast or pasting); for commands each key counts.
		const presses = router.text.size > 0 ? [{ input, key }] : splitPresses(input, key);
		queue.current.push(...presses);
		// A key that finds everything rendered is handled now, as the components that read
		// keys themselves (ink-select-input's menu) handle it: both see the same state.
		if (!rendering.current) pump();
	});

	return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** Runs `handler` for each keymap command while `isActive`. */
export function useCommands(handler: CommandHandler, options: { isActive: boolean }): void {
	useRegistered('commands', handler, options.isActive);
}

/** Gives a text field first look at raw keys while `isActive`. */
export function useTextInput(handler: TextHandler, options: { isActive: boolean }): void {
	useRegistered('text', handler, options.isActive);
}

function useRegistered<K extends keyof Router>(kind: K, handler: Router[K] extends Set<MutableRefObject<infer H>> ? H : never, isActive: boolean): void {
	const router = useContext(RouterContext);
	if (router === null) throw new Error('useCommands needs a <CommandRouter> above it');
	const latest = useRef(handler);
	latest.current = handler;
	useLayoutEffect(() => {
		if (!isActive) return;
		const handlers = router[kind] as Set<typeof latest>;
		handlers.add(latest);
		return () => {
			handlers.delete(latest);
		};
	}, [isActive, router, kind]);
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
