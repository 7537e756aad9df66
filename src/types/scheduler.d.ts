/**
 * The part of React's scheduler (the `scheduler` package, which React and
 * Ink's reconciler use) that the key router needs (and the tests' wait for it to be idle); the package ships no types.
 */
declare module 'scheduler' {
	export const unstable_LowPriority: number;
	export const unstable_IdlePriority: number;
	export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
