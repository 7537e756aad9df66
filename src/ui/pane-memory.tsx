import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/**
 * Pane state that survives switching panes. Only the visible pane is mounted
 * (Ink draws everything mounted), so a pane keeps its cursor here instead of
 * in component state that would reset on every Tab.
 */
const MemoryContext = createContext<Map<string, unknown> | null>(null);

export function PaneMemoryProvider({ children }: { children: ReactNode }): ReactNode {
	const memory = useRef(new Map<string, unknown>());
	return <MemoryContext.Provider value={memory.current}>{children}</MemoryContext.Provider>;
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
