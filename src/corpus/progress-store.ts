/**
 * The latest loading progress, for a reader on another path than the loader's
 * own: the dashboard shows the count while a large export loads, and the
 * loader only calls `report`.
 */
import type { LoadProgress } from './load.js';

export class ProgressStore {
	#latest: LoadProgress | null = null;
	readonly #listeners = new Set<() => void>();

	readonly report = (progress: LoadProgress): void => {
		this.#latest = progress;
		for (const listener of this.#listeners) listener();
	};

	/** In the shape React's useSyncExternalStore takes. */
	readonly subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};

	readonly latest = (): LoadProgress | null => this.#latest;
}
