/** The one list reducer, without rendering: a cursor list and a scrolled view, each bounded by its content. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listReducer, listState, listWindow, type ListAction, type ListState, type Movement } from '../src/ui/list-state.js';

const size = { count: 100, height: 10 };
const moves = (state: ListState, ...movements: Movement[]): ListState =>
	movements.reduce((s, movement) => listReducer(s, { type: 'move', movement, size }), state);

test('a cursor list moves its cursor, and the window follows only as far as it must', () => {
	let list = moves(listState('cursor'), 'down', 'down');
	assert.deepEqual(listWindow(list, size), { cursor: 2, offset: 0, end: 10 });
	list = moves(list, 'pageDown');
	assert.deepEqual(listWindow(list, size), { cursor: 11, offset: 2, end: 12 }, 'a page is the height less one row');
	list = moves(list, 'up');
	assert.equal(listWindow(list, size).offset, 2, 'moving back inside the window leaves it');
	list = moves(list, 'bottom');
	assert.deepEqual(listWindow(list, size), { cursor: 99, offset: 90, end: 100 });
	list = moves(list, 'down', 'top', 'up');
	assert.deepEqual(listWindow(list, size), { cursor: 0, offset: 0, end: 10 }, 'clamped at both ends');
});

test('a scrolled view moves its window, bounded by its content: after the bottom, one line up moves', () => {
	let view = moves(listState('scroll'), 'bottom');
	assert.deepEqual(listWindow(view, size), { cursor: 90, offset: 90, end: 100 }, 'the last line at the bottom');
	view = moves(view, 'up');
	assert.equal(listWindow(view, size).offset, 89, 'k right after G scrolls');
	view = moves(view, 'pageDown', 'pageDown');
	assert.equal(listWindow(view, size).offset, 90);
	const short = listReducer(listState('scroll'), { type: 'move', movement: 'down', size: { count: 5, height: 10 } });
	assert.equal(short.offset, 0, 'a view shorter than the screen does not scroll');
});

test('skipped rows are stepped over in the direction of travel', () => {
	const headings = new Set([3, 7]);
	const move = (state: ListState, movement: Movement): ListState =>
		listReducer(state, { type: 'move', movement, size, skip: (i) => headings.has(i) } satisfies ListAction);
	let list = listState('cursor', 2);
	list = move(list, 'down');
	assert.equal(list.cursor, 4);
	list = move(list, 'up');
	assert.equal(list.cursor, 2);
});

test('the window is clamped to the content as it is now, when the list shrinks under it', () => {
	const list = moves(listState('cursor'), 'bottom');
	assert.deepEqual(listWindow(list, { count: 4, height: 10 }), { cursor: 3, offset: 0, end: 4 });
	const moved = listReducer(list, { type: 'move', movement: 'up', size: { count: 4, height: 10 } });
	assert.equal(moved.cursor, 2, 'a move starts from the clamped cursor');
	assert.deepEqual(listReducer(list, { type: 'reset' }), listState('cursor'));
	assert.equal(listReducer(list, { type: 'select', index: 50, size }).cursor, 50);
});
