import { useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore, type RefObject, type ReactNode } from 'react';
import { unstable_LowPriority as LowPriority, unstable_scheduleCallback as scheduleCallback } from 'scheduler';
import { commandFor, typedSequence, typedText, type Command, type KeyMode } from '../keymap.js';

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

/** Gets each command with the key's input, which says which pane a `pane.number` names. */
export type CommandHandler = (command: Command, input: string) => void;

/** A one-line text field: what is typed, and its commands ('Text fields', then its mode's other scopes). */
export interface FieldHandlers {
	onText: (text: string) => void;
	onCommand: CommandHandler;
}

interface Registration {
	mode: KeyMode;
	onCommand: CommandHandler;
	/** Set for a text field, which takes every key before the panes do. */
	onText: ((text: string) => void) | null;
}

const NO_HINTS: readonly Command[] = [];

class Router {
	readonly registrations = new Set<RefObject<Registration>>();
	private hints: readonly Command[] = NO_HINTS;
	private readonly listeners = new Set<() => void>();
	private previousInput: string | null = null;

	add(registration: RefObject<Registration>): () => void {
		this.registrations.add(registration);
		this.refresh();
		return () => {
			this.registrations.delete(registration);
			this.refresh();
		};
	}

	/** A key's command to the field that is open, else to every active handler, each resolving it in its own scopes. */
	dispatch(input: string, key: Key): void {
		const active = [...this.registrations].map((r) => r.current);
		const field = active.findLast((r) => r.onText !== null);
		if (field?.onText) {
			this.previousInput = null;
			const command = commandFor(input, key, null, ['Text fields']);
			const text = command === null ? typedText(input, key) : null;
			if (text !== null) field.onText(text);
			else {
				const other = command ?? commandFor(input, key, null, field.mode.scopes);
				if (other !== null) field.onCommand(other, input);
			}
			return;
		}
		const previous = this.previousInput;
		// After a completed "gg" the next g starts a new sequence.
		this.previousInput = typedSequence(input, previous) === 'gg' ? null : input;
		for (const registration of active) {
			const command = commandFor(input, key, previous, registration.mode.scopes);
			if (command !== null) registration.onCommand(command, input);
		}
	}

	/** The hints of the mode that took the keys last: the active pane's, in its current mode. */
	readonly currentHints = (): readonly Command[] => this.hints;

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	private refresh(): void {
		const last = [...this.registrations].findLast((r) => r.current.mode.hints.length > 0);
		const hints = last?.current.mode.hints ?? NO_HINTS;
		if (hints === this.hints) return;
		this.hints = hints;
		for (const listener of this.listeners) listener();
	}
}

const RouterContext = createContext<Router | null>(null);

/**
 * One stdin listener for the whole app, routing each key to the handlers that
 * are active right now. Ink's own useInput subscribes in a passive effect, so
 * a pane that just appeared would miss the next key and the pane that just
 * left would still get it; registering in a layout effect closes that gap.
 */
export function CommandRouter({ children }: { children: ReactNode }): ReactNode {
	const router = useRef(new Router()).current;

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
		router.dispatch(press.input, press.key);
		afterRendering(pump);
	};

	useInput((input, key) => {
		// A text field takes a burst whole (typing fast or pasting); for commands each key counts.
		const typing = [...router.registrations].some((r) => r.current.onText !== null);
		queue.current.push(...(typing ? [{ input, key }] : splitPresses(input, key)));
		// A key that finds everything rendered is handled now.
		if (!rendering.current) pump();
	});

	return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** Runs `handler` for each command of `mode` while `isActive`; the status bar then shows the mode's hints. */
export function useCommands(mode: KeyMode, handler: CommandHandler, options: { isActive: boolean }): void {
	useRegistered({ mode, onCommand: handler, onText: null }, options.isActive);
}

/** A text field: while `isActive` it takes every key, typed text and its commands, before any pane. */
export function useTextInput(mode: KeyMode, handlers: FieldHandlers, options: { isActive: boolean }): void {
	useRegistered({ mode, ...handlers }, options.isActive);
}

/** The hints of the mode that has the keys, for the status bar. */
export function useHints(): readonly Command[] {
	const router = useRouter();
	return useSyncExternalStore(router.subscribe, router.currentHints);
}

function useRouter(): Router {
	const router = useContext(RouterContext);
	if (router === null) throw new Error('useCommands needs a <CommandRouter> above it');
	return router;
}

function useRegistered(registration: Registration, isActive: boolean): void {
	const router = useRouter();
	const latest = useRef(registration);
	latest.current = registration;
	const { mode } = registration;
	useLayoutEffect(() => {
		if (!isActive) return;
		return router.add(latest);
	}, [isActive, router, mode]);
}

const NO_KEY: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
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
