/** Each pane's reducer, without rendering. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appReducer, initialAppState } from '../src/ui/app-state.js';
import { listWindow } from '../src/ui/list-state.js';
import { claimsReducer, initialClaims, type ClaimsState } from '../src/ui/panes/claims/claims-state.js';
import { coverageReducer, initialCoverage, type CoverageAction, type CoverageState } from '../src/ui/panes/coverage/coverage-state.js';
import { entitiesReducer, entitiesView, initialEntities } from '../src/ui/panes/entities/entities-state.js';
import type { EntitiesAction, EntitiesState } from '../src/ui/panes/entities/entities-state.js';
import { initialReader, readerReducer, readerWindow } from '../src/ui/panes/reader/reader-state.js';
import { initialSearch, searchReducer } from '../src/ui/panes/search/search-state.js';

const size = { count: 50, height: 10 };

test('Search: typing, erasing and clearing edit the query, each edit starting the cursor at the best hit', () => {
	let state = searchReducer(initialSearch, { type: 'edit', edit: { type: 'insert', text: 'cancún' } });
	state = searchReducer(state, { type: 'move', movement: 'down', size });
	assert.equal(state.list.cursor, 1);
	state = searchReducer(state, { type: 'edit', edit: { type: 'erase' } });
	assert.equal(state.query, 'cancú', 'erase takes one character, accented or not');
	assert.equal(state.list.cursor, 0);
	state = searchReducer(state, { type: 'edit', edit: { type: 'clear' } });
	assert.equal(state.query, '');
});

test('Entities: filter, open and close, and the types menu choosing a type', () => {
	const run = (...actions: EntitiesAction[]): EntitiesState => actions.reduce(entitiesReducer, initialEntities);
	let state = run({ type: 'move', list: 'entities', movement: 'down', size }, { type: 'filter', edit: { type: 'insert', text: 'nyt' } });
	assert.equal(state.filter, 'nyt');
	assert.equal(state.list.cursor, 0, 'a new filter starts at the top');
	state = entitiesReducer(state, { type: 'open', id: 'org:nyt' });
	assert.equal(entitiesView(state), 'mentions');
	state = entitiesReducer(state, { type: 'move', list: 'mentions', movement: 'bottom', size });
	assert.equal(state.mentions.cursor, 49);
	state = entitiesReducer(state, { type: 'close' });
	assert.equal(entitiesView(state), 'list');
	assert.equal(state.filter, 'nyt', 'closing the mentions keeps the filter');
	const menu = { count: 6, height: 10 };
	state = run({ type: 'menu/open' }, { type: 'move', list: 'menu', movement: 'down', size: menu }, { type: 'menu/choose' });
	assert.equal(state.types, 'person');
	assert.equal(state.menu, null);
	state = run({ type: 'menu/open' }, { type: 'menu/close' });
	assert.equal(state.types, 'all', 'Esc leaves the type as it was');
});

test('Claims: open a claim, step through claims with the list following, columns bounded, scroll bounded by the tallest column', () => {
	let state: ClaimsState = claimsReducer(initialClaims, { type: 'open', claim: 2 });
	state = claimsReducer(state, { type: 'step', step: 1, total: 3, size });
	assert.equal(state.open, 0, 'wraps around');
	assert.equal(state.list.cursor, 0, 'the list cursor follows the claim shown');
	state = claimsReducer(state, { type: 'column', step: -1, columns: 3 });
	assert.equal(state.column, 0);
	state = [1, 1, 1].reduce((s) => claimsReducer(s, { type: 'column', step: 1, columns: 3 }), state);
	assert.equal(state.column, 2);
	const body = { count: 30, height: 8 };
	state = claimsReducer(state, { type: 'scroll', movement: 'bottom', size: body });
	assert.equal(state.scroll.offset, 22);
	state = claimsReducer(state, { type: 'scroll', movement: 'up', size: body });
	assert.equal(state.scroll.offset, 21, 'one line up after the bottom moves at once');
	assert.equal(claimsReducer(state, { type: 'close' }).open, null);
});

test('Reader: each opening starts at its own line and keeps its scroll', () => {
	const first = { key: 'a#3', start: 12 };
	let state = readerReducer(initialReader, { type: 'scroll', opening: first, movement: 'down', size });
	assert.equal(readerWindow(state, first, size).offset, 13);
	const other = { key: 'a#7', start: 30 };
	assert.equal(readerWindow(state, other, size).offset, 30, 'another opening starts where it starts');
	state = readerReducer(state, { type: 'scroll', opening: first, movement: 'bottom', size });
	assert.equal(readerWindow(state, first, size).offset, 40);
});

test('App: Tab and the number keys go through the panes in registry order', () => {
	const state = initialAppState(['articles', 'search', 'entities', 'claims', 'reader']);
	assert.equal(appReducer(state, { type: 'pane/cycle', step: -1 }).pane, 'reader');
	assert.equal(appReducer(state, { type: 'pane/number', index: 3 }).pane, 'claims');
	assert.equal(appReducer(state, { type: 'pane/number', index: 8 }), state, 'a number past the last pane does nothing');
});

test('Coverage: rows, the focused column sliding, the outlet lists starting past their heading, sources and back', () => {
	const run = (...actions: CoverageAction[]): CoverageState => actions.reduce(coverageReducer, initialCoverage);
	const columns = { count: 12, height: 3 };
	let state = run(
		{ type: 'move', movement: 'down', size },
		...Array.from({ length: 4 }, (): CoverageAction => ({ type: 'column', step: 1, size: columns })),
	);
	assert.equal(state.rows.cursor, 1);
	assert.deepEqual(listWindow(state.column, columns), { cursor: 4, offset: 2, end: 5 }, 'the columns on screen follow the focus');
	state = coverageReducer(state, { type: 'column', step: -1, size: columns });
	assert.equal(listWindow(state.column, columns).offset, 2, 'moving back within the window does not slide it');
	state = coverageReducer(state, { type: 'show-outlet', first: 2 });
	assert.equal(state.view, 'outlet');
	assert.equal(state.list.cursor, 2);
	state = coverageReducer(state, { type: 'move', movement: 'down', size, skip: (row) => row === 3 });
	assert.equal(state.list.cursor, 4, 'headings are stepped over');
	state = run({ type: 'show-sources' }, { type: 'move', movement: 'down', size }, { type: 'show-source', source: 1 });
	assert.equal(state.view, 'source');
	assert.equal(state.source, 1);
	state = coverageReducer(state, { type: 'back' });
	assert.equal(state.view, 'sources');
	assert.equal(state.sources.cursor, 1, 'the sources table keeps its cursor');
	state = coverageReducer(state, { type: 'back' });
	assert.equal(state.view, 'matrix');
});

test('Claims: opened from another pane, on a column, with the pane Esc returns to', () => {
	const state = claimsReducer(initialClaims, { type: 'open', claim: 7, column: 2, back: 'coverage', size });
	assert.equal(state.open, 7);
	assert.equal(state.column, 2);
	assert.equal(state.back, 'coverage');
	assert.equal(state.list.cursor, 7, "the list's cursor follows");
	assert.equal(claimsReducer(state, { type: 'close' }).back, null);
});
