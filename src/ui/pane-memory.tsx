import { createContext, useCallback, useContext, useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { Dispatch, ReactNode } from 'react';

/**
 * Pane state that survives switching panes. Only the visible pane is mounted
 * (Ink draws everything mounted), so a pane keeps its state here instead of
 * in component state that would reset on every Tab.
 */
const MemoryContext = createContext<Map<string, unknown> | null>(null);

export function PaneMemoryProvider({ children }: { children: ReactNode }): ReactNode {
	const memory = useRef(new Map<string, unknown>());
	return <MemoryContext.Provider value={memory.current}>{children}</MemoryContext.Provider>;
}

/** A pane's reducer whose state outlives the pane: it starts from what it was when the pane was last shown. */
export function usePaneReducer<S, A>(key: string, reducer: (state: S, action: A) => S, initial: S): [S, Dispatch<A>] {
	const memory = useContext(MemoryContext);
	const [state, dispatch] = useReducer(reducer, initial, (fresh) => (memory?.has(key) ? (memory.get(key) as S) : fresh));
	// Kept before the next key is read: the router handles a key only after the render of the one before.
	useLayoutEffect(() => {
		memory?.set(key, state);
	}, [memory, key, state]);
	return [state, dispatch];
}

/**
 * Hands an action to a pane that is not on screen (the Coverage pane opening a
 * claim in Claims): its remembered state goes through its own reducer now, and
 * the pane starts from the result when it is shown next.
 */
export type PaneSend = <S, A>(key: string, reducer: (state: S, action: A) => S, initial: S, action: A) => void;

export function usePaneSend(): PaneSend {
	const memory = useContext(MemoryContext);
	return useCallback<PaneSend>(
		(key, reducer, initial, action) => {
			memory?.set(key, reducer(memory.has(key) ? (memory.get(key) as typeof initial) : initial, action));
		},
		[memory],
	);
}

export function useRemembered<T>(key: string, initial: T): [T, (update: T | ((previous: T) => T)) => void] {
	const memory = useContext(MemoryContext);
	const [value, setValue] = useState<T>(() => (memory?.has(key) ? (memory.get(key) as T) : initial));
	const set = useCallback(
		(update: T | ((previous: T) => T)) => {
			setValue((previous) => {
				const next = typeof update === 'function' ? (update as (p: T) => T)(previous) : update;
				memory?.set(key, next);
				return next;
			});
		},
		[key, memory],
	);
	return [value, set];
}
