/**
 * The one list reducer: a cursor over rows and the window of rows on screen,
 * or a view scrolled line by line. Every list and every scrolled view keeps one,
 * and only the window's rows are rendered, so a list of 10,000 rows costs the
 * same per frame as a list of 30.
 */
import type { Command } from './keymap.js';

export type Movement = 'up' | 'down' | 'pageUp' | 'pageDown' | 'top' | 'bottom';

/** The rows (or lines) there are and how many fit: every movement is bounded by these. */
export interface ListSize {
	count: number;
	height: number;
}

/**
 * A 'cursor' list selects a row and its window follows the cursor; a 'scroll'
 * view (the Reader, the claims side by side) has no selection, and its window
 * moves: its cursor is its first line on screen.
 */
export interface ListState {
	kind: 'cursor' | 'scroll';
	cursor: number;
	offset: number;
}

export type ListAction =
	/** `skip` names rows the cursor passes over (headings), stepping on in the direction of travel. */
	| { type: 'move'; movement: Movement; size: ListSize; skip?: (index: number) => boolean }
	| { type: 'select'; index: number; size: ListSize }
	| { type: 'reset' };

export function listState(kind: ListState['kind'], cursor = 0): ListState {
	return { kind, cursor, offset: cursor };
}

export function listReducer(state: ListState, action: ListAction): ListState {
	switch (action.type) {
		case 'reset':
			return listState(state.kind);
		case 'select':
			return place(state, action.index, action.size);
		case 'move': {
			const { size, movement, skip } = action;
			const from = listWindow(state, size).cursor;
			const count = positions(state.kind, size);
			let to = step(from, count, movement, size.height);
			const backwards = movement === 'up' || movement === 'pageUp' || movement === 'bottom';
			if (skip?.(to) === true) to = step(to, count, backwards ? 'up' : 'down', size.height);
			return place(state, to, size);
		}
	}
}

/** What is on screen: the cursor and rows [offset, end), clamped to the content as it is now. */
export function listWindow(state: ListState, size: ListSize): { cursor: number; offset: number; end: number } {
	const visible = Math.max(1, size.height);
	const maxOffset = Math.max(0, size.count - visible);
	if (state.kind === 'scroll') {
		const offset = clamp(state.offset, 0, maxOffset);
		return { cursor: offset, offset, end: Math.min(size.count, offset + visible) };
	}
	const cursor = clamp(state.cursor, 0, Math.max(0, size.count - 1));
	// The window moves as little as it must to keep the cursor on screen.
	let offset = clamp(state.offset, 0, maxOffset);
	if (cursor < offset) offset = cursor;
	else if (cursor >= offset + visible) offset = cursor - visible + 1;
	offset = clamp(offset, 0, maxOffset);
	return { cursor, offset, end: Math.min(size.count, offset + visible) };
}

const MOVEMENTS: Partial<Record<Command, Movement>> = {
	'cursor.up': 'up',
	'cursor.down': 'down',
	'page.up': 'pageUp',
	'page.down': 'pageDown',
	'cursor.top': 'top',
	'cursor.bottom': 'bottom',
	// A text field's ↑/↓ select in the list under it.
	'field.up': 'up',
	'field.down': 'down',
};

/** The movement a keymap command asks of a list or a scrolled view, if any. */
export function movementFor(command: Command): Movement | null {
	return MOVEMENTS[command] ?? null;
}

/** A scrolled view's positions are its possible first lines; a list's, its rows. */
function positions(kind: ListState['kind'], size: ListSize): number {
	return kind === 'scroll' ? Math.max(1, size.count - Math.max(1, size.height) + 1) : size.count;
}

function place(state: ListState, index: number, size: ListSize): ListState {
	if (state.kind === 'scroll') {
		const offset = clamp(index, 0, positions('scroll', size) - 1);
		return { kind: 'scroll', cursor: offset, offset };
	}
	const { cursor, offset } = listWindow({ ...state, cursor: index }, size);
	return { kind: 'cursor', cursor, offset };
}

/** A page keeps one row of the last page on screen, for context. */
function step(from: number, count: number, movement: Movement, height: number): number {
	if (count === 0) return 0;
	const page = Math.max(1, height - 1);
	const to = { up: from - 1, down: from + 1, pageUp: from - page, pageDown: from + page, top: 0, bottom: count - 1 }[movement];
	return clamp(to, 0, count - 1);
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(low, value), high);
}
