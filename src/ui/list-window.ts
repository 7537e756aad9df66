/**
 * Which rows of a long list are on screen. Only these are rendered, so a list
 * of 10,000 rows costs the same per frame as a list of 30.
 */
export interface ListWindow {
	offset: number;
	end: number;
}

/** Keeps `selected` visible, moving the window as little as possible from `previousOffset`. */
export function windowFor(selected: number, count: number, height: number, previousOffset: number): ListWindow {
	const visible = Math.max(1, height);
	const maxOffset = Math.max(0, count - visible);
	let offset = Math.min(Math.max(0, previousOffset), maxOffset);
	if (selected < offset) offset = selected;
	else if (selected >= offset + visible) offset = selected - visible + 1;
	offset = Math.min(Math.max(0, offset), maxOffset);
	return { offset, end: Math.min(count, offset + visible) };
}

/** Applies a movement command to a cursor over `count` rows. */
export function moveCursor(cursor: number, count: number, move: 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom', page: number): number {
	if (count === 0) return 0;
	const step = Math.max(1, page - 1);
	const next = {
		up: cursor - 1,
		down: cursor + 1,
		pageUp: cursor - step,
		pageDown: cursor + step,
		top: 0,
		bottom: count - 1,
	}[move];
	return Math.min(Math.max(0, next), count - 1);
}

export type Movement = Parameters<typeof moveCursor>[2];

const MOVEMENTS: Partial<Record<string, Movement>> = {
	'cursor.up': 'up',
	'cursor.down': 'down',
	'page.up': 'pageUp',
	'page.down': 'pageDown',
	'cursor.top': 'top',
	'cursor.bottom': 'bottom',
};

/** The movement a keymap command asks of a list or a scrolled view, if any. */
export function movementFor(command: string): Movement | null {
	return MOVEMENTS[command] ?? null;
}
