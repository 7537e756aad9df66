/**
 * The part of React's scheduler (the `scheduler` package, which React and
 * Ink's reconciler use) that the key router needs; the package ships no types.
 */
declare module 'scheduler' {
	export const unstable_LowPriority: number;
	export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
