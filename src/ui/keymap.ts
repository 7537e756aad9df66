/**
 * The one table of keys. Panes ask for commands by name, and the help overlay
 * is generated from this table, so a key cannot work without being documented.
 */
import type { Key } from 'ink';

export type Command =
	| 'app.quit'
	| 'app.help'
	| 'pane.next'
	| 'pane.previous'
	| 'pane.articles'
	| 'pane.search'
	| 'pane.entities'
	| 'pane.claims'
	| 'pane.reader'
	| 'search.focus'
	| 'cursor.up'
	| 'cursor.down'
	| 'page.up'
	| 'page.down'
	| 'cursor.top'
	| 'hit.next'
	| 'hit.previous'
	| 'field.leave'
	| 'field.open'
	| 'field.results'
	| 'field.erase'
	| 'field.clear'
	| 'field.up'
	| 'field.down'
	| 'column.previous'
	| 'column.next'
	| 'list.filter'
	| 'list.types'
	| 'cursor.bottom'
	| 'item.open'
	| 'view.back';

/** Where a binding applies, for grouping in the help. */
export type Scope = 'Everywhere' | 'Lists and reader' | 'Reader and claims' | 'Text fields';

/** One physical key; `sequence` is typed as is ("gg"), special keys by name. */
export interface KeyBinding {
	label: string;
	matches: (input: string, key: Key) => boolean;
}

export interface CommandSpec {
	command: Command;
	scope: Scope;
	description: string;
	keys: KeyBinding[];
}

const char = (c: string, label = c): KeyBinding => ({
	label,
	matches: (input, key) => input === c && !key.ctrl && !key.meta,
});
const special = (label: string, test: (key: Key) => boolean): KeyBinding => ({
	label,
	matches: (_input, key) => test(key),
});
const ctrl = (c: string): KeyBinding => ({
	label: `Ctrl-${c.toUpperCase()}`,
	matches: (input, key) => key.ctrl && input === c,
});
/** A two-key sequence such as vim's gg; matched by the key-sequence tracker in use-commands. */
export const SEQUENCE_PREFIX = 'g';
const sequence = (keys: string): KeyBinding => ({
	label: keys,
	matches: (input) => input === keys,
});

export const KEYMAP: readonly CommandSpec[] = [
	{ command: 'pane.next', scope: 'Everywhere', description: 'Next pane', keys: [special('Tab', (k) => k.tab && !k.shift)] },
	{ command: 'pane.previous', scope: 'Everywhere', description: 'Previous pane', keys: [special('Shift-Tab', (k) => k.tab && k.shift)] },
	{ command: 'pane.articles', scope: 'Everywhere', description: 'Articles pane', keys: [char('1')] },
	{ command: 'pane.search', scope: 'Everywhere', description: 'Search pane', keys: [char('2')] },
	{ command: 'pane.entities', scope: 'Everywhere', description: 'Entities pane', keys: [char('3')] },
	{ command: 'pane.claims', scope: 'Everywhere', description: 'Claims pane', keys: [char('4')] },
	{ command: 'pane.reader', scope: 'Everywhere', description: 'Reader (last article opened)', keys: [char('5')] },
	{ command: 'search.focus', scope: 'Everywhere', description: 'Search across all articles', keys: [char('/')] },
	{ command: 'app.help', scope: 'Everywhere', description: 'Show or hide this help', keys: [char('?')] },
	{ command: 'app.quit', scope: 'Everywhere', description: 'Quit', keys: [char('q'), ctrl('c')] },
	{ command: 'cursor.up', scope: 'Lists and reader', description: 'Move up', keys: [special('↑', (k) => k.upArrow), char('k')] },
	{ command: 'cursor.down', scope: 'Lists and reader', description: 'Move down', keys: [special('↓', (k) => k.downArrow), char('j')] },
	{ command: 'page.up', scope: 'Lists and reader', description: 'Page up', keys: [special('PgUp', (k) => k.pageUp), ctrl('b')] },
	{ command: 'page.down', scope: 'Lists and reader', description: 'Page down', keys: [special('PgDn', (k) => k.pageDown), ctrl('f'), char(' ', 'Space')] },
	{ command: 'cursor.top', scope: 'Lists and reader', description: 'Go to the top', keys: [sequence('gg'), special('Home', (k) => k.home)] },
	{ command: 'cursor.bottom', scope: 'Lists and reader', description: 'Go to the bottom', keys: [char('G'), special('End', (k) => k.end)] },
	{ command: 'item.open', scope: 'Lists and reader', description: 'Open the selected item', keys: [special('Enter', (k) => k.return)] },
	{ command: 'view.back', scope: 'Lists and reader', description: 'Back / close', keys: [special('Esc', (k) => k.escape)] },
	{ command: 'column.previous', scope: 'Lists and reader', description: 'Previous column (Claims side by side)', keys: [special('←', (k) => k.leftArrow), char('h')] },
	{ command: 'column.next', scope: 'Lists and reader', description: 'Next column (Claims side by side)', keys: [special('→', (k) => k.rightArrow), char('l')] },
	{ command: 'list.filter', scope: 'Lists and reader', description: 'Filter the list by typing (Entities, Claims)', keys: [char('f')] },
	{ command: 'list.types', scope: 'Lists and reader', description: 'Choose which kinds of entity to show', keys: [char('t')] },
	{ command: 'hit.next', scope: 'Reader and claims', description: 'Next search hit (Reader) / next claim (Claims side by side)', keys: [char('n')] },
	{ command: 'hit.previous', scope: 'Reader and claims', description: 'Previous search hit / previous claim', keys: [char('N')] },
	{ command: 'field.open', scope: 'Text fields', description: 'Open the selected item', keys: [special('Enter', (k) => k.return)] },
	{ command: 'field.up', scope: 'Text fields', description: 'Select the previous item', keys: [special('↑', (k) => k.upArrow)] },
	{ command: 'field.down', scope: 'Text fields', description: 'Select the next item', keys: [special('↓', (k) => k.downArrow)] },
	{ command: 'field.results', scope: 'Text fields', description: 'Leave the field for the list (j/k work there; Search with no query: next pane)', keys: [special('Tab', (k) => k.tab)] },
	{ command: 'field.erase', scope: 'Text fields', description: 'Delete the last character', keys: [special('Backspace', (k) => k.backspace || k.delete)] },
	{ command: 'field.clear', scope: 'Text fields', description: 'Clear the query', keys: [ctrl('u')] },
	{ command: 'field.leave', scope: 'Text fields', description: 'Clear the query and leave the field (Search: Esc again goes back)', keys: [special('Esc', (k) => k.escape)] },
];

/** The command a key press means, given the key typed just before it (for gg). */
export function commandFor(input: string, key: Key, previousInput: string | null): Command | null {
	const typed = previousInput === SEQUENCE_PREFIX && input === SEQUENCE_PREFIX ? SEQUENCE_PREFIX + input : input;
	for (const spec of KEYMAP) {
		if (spec.scope === 'Text fields') continue;
		if (spec.keys.some((binding) => binding.matches(typed, key))) return spec.command;
	}
	return null;
}

/** What a key means inside a text field, where letters are text and only a few keys are commands. */
export function fieldCommandFor(input: string, key: Key): Command | null {
	for (const spec of KEYMAP) {
		if (spec.scope === 'Text fields' && spec.keys.some((binding) => binding.matches(input, key))) return spec.command;
	}
	return null;
}

/** The keys of a command for hints: all of them, or only the first where space is short. */
export function keyLabels(command: Command, options: { first?: boolean } = {}): string {
	const keys = KEYMAP.find((s) => s.command === command)?.keys ?? [];
	return (options.first ? keys.slice(0, 1) : keys).map((k) => k.label).join('/');
}
