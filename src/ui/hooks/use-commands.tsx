import { useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, type MutableRefObject, type ReactNode } from 'react';
import { commandFor, type Command } from '../keymap.js';

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

	useInput((input, key) => {
		const presses = splitPresses(input, key);
		// A text field takes a burst whole: it is typing or pasting, not a series of commands.
		if ([...router.text].some((handler) => handler.current(input, key))) return;
		const step = (index: number): void => {
			const press = presses[index];
			if (press === undefined) return;
			const command = commandFor(press.input, press.key, previousInput.current);
			// After a completed "gg" the next g starts a new sequence.
			previousInput.current = command === 'cursor.top' ? null : press.input;
			if (command !== null) for (const handler of [...router.commands]) handler.current(command);
			// Later keys of a burst run after React has re-rendered for the earlier ones.
			if (index + 1 < presses.length) setImmediate(() => step(index + 1));
		};
		step(0);
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
