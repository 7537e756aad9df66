/**
 * The one way tests wait: for a frame or a condition, never for a fixed time
 * or a fixed number of event-loop turns, which pass on a quiet machine and
 * fail on a loaded one (or pass while checking nothing).
 */
import { EventEmitter } from 'node:events';
import { unstable_IdlePriority as IdlePriority, unstable_scheduleCallback as scheduleCallback } from 'scheduler';

/** How long a test waits for something before it fails, saying what it waited for. */
export const WAIT_LIMIT_MS = 5000;

/** Waits until `condition` holds, re-checking on every `signal` event and at least every `everyMs` (10). */
export async function waitUntil(
	condition: () => boolean,
	what: string,
	options: { signal?: EventEmitter; event?: string; limitMs?: number; everyMs?: number } = {},
): Promise<void> {
	const limit = Date.now() + (options.limitMs ?? WAIT_LIMIT_MS);
	while (!condition()) {
		if (Date.now() > limit) throw new Error(`timed out waiting for ${what}`);
		await new Promise<void>((resolve) => {
			// Polling is a fallback for conditions no event announces (a file written, a promise settled).
			const timer = setTimeout(done, options.everyMs ?? 10);
			function done(): void {
				clearTimeout(timer);
				options.signal?.off(options.event ?? 'frame', done);
				resolve();
			}
			options.signal?.once(options.event ?? 'frame', done);
		});
	}
}

/** An ink-testing-library stdout, which keeps its frames but announces none. */
export interface FrameSource {
	write: (frame: string) => void;
}

/** Emits 'frame' each time a frame is written to `stdout`, so waits re-check when the picture changes. */
export function watchFrames(stdout: FrameSource): EventEmitter {
	const events = new EventEmitter();
	const write = stdout.write;
	stdout.write = (frame: string): void => {
		write(frame);
		events.emit('frame');
	};
	return events;
}

/**
 * Resolves once React's scheduler has nothing left to run: every render and
 * effect a key caused, and every key the router queued behind it (the router
 * handles each key as a low-priority task of the same scheduler), are done,
 * and their frames written. Work started by a promise or timer is not
 * covered; wait for what it shows with `waitUntil`.
 */
export function schedulerIdle(): Promise<void> {
	return new Promise((resolve) => {
		scheduleCallback(IdlePriority, resolve);
	});
}
