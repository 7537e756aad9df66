/**
 * The one table of keys. Every key the dashboard handles is a command of this
 * table; the help overlay and the status bar's hints are generated from it,
 * so a key cannot work without being documented.
 */
import type { Key } from 'ink';

export type Command =
	| 'app.quit'
	| 'app.help'
	| 'pane.next'
	| 'pane.previous'
	| 'pane.number'
	| 'search.focus'
	| 'cursor.up'
	| 'cursor.down'
	| 'page.up'
	| 'page.down'
	| 'cursor.top'
	| 'cursor.bottom'
	| 'view.back'
	| 'article.read'
	| 'hit.open'
	| 'entities.mentions'
	| 'entities.filter'
	| 'entities.types'
	| 'mention.read'
	| 'types.choose'
	| 'claims.compare'
	| 'claims.next'
	| 'claims.previous'
	| 'claims.column-next'
	| 'claims.column-previous'
	| 'claims.read'
	| 'reader.hit-next'
	| 'reader.hit-previous'
	| 'field.leave'
	| 'field.open'
	| 'field.results'
	| 'field.erase'
	| 'field.clear'
	| 'field.up'
	| 'field.down';

/**
 * Where a binding applies, and the help's sections. A pane's keys are those of
 * 'Lists and views' and one scope of its own (see `KeyMode`); 'Everywhere' is
 * the app's; 'Text fields' take keys before anything else while a field is open.
 */
export const SCOPES = [
	'Everywhere',
	'Lists and views',
	'Articles',
	'Search results',
	'Entities',
	'Entity mentions',
	'Entity types menu',
	'Claims',
	'Claim side by side',
	'Reader',
	'Text fields',
] as const;
export type Scope = (typeof SCOPES)[number];

/** One physical key; `sequence` is typed as is ("gg"), special keys by name. */
export interface KeyBinding {
	label: string;
	matches: (input: string, key: Key) => boolean;
}

export interface CommandSpec {
	command: Command;
	scope: Scope;
	description: string;
	/** What the status bar says after the key: a word or two. */
	hint: string;
	keys: KeyBinding[];
}

/**
 * The keys a pane listens to in one of its modes (a list, a detail view, a
 * text field) and the commands its status bar hints at, in that order.
 */
export interface KeyMode {
	scopes: readonly Scope[];
	hints: readonly Command[];
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
/** A two-key sequence such as vim's gg; `commandFor` is given the key before. */
const SEQUENCE_PREFIX = 'g';
const sequence = (keys: string): KeyBinding => ({
	label: keys,
	matches: (input) => input === keys,
});
/** The pane number keys: the digit says which pane (`paneIndex`). */
const digits: KeyBinding = { label: '1-9', matches: (input, key) => /^[1-9]$/u.test(input) && !key.ctrl && !key.meta };
const enter = special('Enter', (k) => k.return);
const esc = special('Esc', (k) => k.escape);

export const KEYMAP: readonly CommandSpec[] = [
	{ command: 'pane.next', scope: 'Everywhere', description: 'Next pane', hint: 'panes', keys: [special('Tab', (k) => k.tab && !k.shift)] },
	{ command: 'pane.previous', scope: 'Everywhere', description: 'Previous pane', hint: 'previous pane', keys: [special('Shift-Tab', (k) => k.tab && k.shift)] },
	{ command: 'pane.number', scope: 'Everywhere', description: 'The pane of that number in the tab bar', hint: 'panes', keys: [digits] },
	{ command: 'search.focus', scope: 'Everywhere', description: 'Search across all articles', hint: 'search', keys: [char('/')] },
	{ command: 'app.help', scope: 'Everywhere', description: 'Show or hide this help', hint: 'help', keys: [char('?')] },
	{ command: 'app.quit', scope: 'Everywhere', description: 'Quit', hint: 'quit', keys: [char('q'), ctrl('c')] },

	{ command: 'cursor.up', scope: 'Lists and views', description: 'Move up', hint: 'up', keys: [special('↑', (k) => k.upArrow), char('k')] },
	{ command: 'cursor.down', scope: 'Lists and views', description: 'Move down', hint: 'move', keys: [special('↓', (k) => k.downArrow), char('j')] },
	{ command: 'page.up', scope: 'Lists and views', description: 'Page up', hint: 'page up', keys: [special('PgUp', (k) => k.pageUp), ctrl('b')] },
	{
		command: 'page.down',
		scope: 'Lists and views',
		description: 'Page down',
		hint: 'page',
		keys: [special('PgDn', (k) => k.pageDown), ctrl('f'), char(' ', 'Space')],
	},
	{ command: 'cursor.top', scope: 'Lists and views', description: 'Go to the top', hint: 'top', keys: [sequence('gg'), special('Home', (k) => k.home)] },
	{ command: 'cursor.bottom', scope: 'Lists and views', description: 'Go to the bottom', hint: 'end', keys: [char('G'), special('End', (k) => k.end)] },
	{ command: 'view.back', scope: 'Lists and views', description: 'Back / close', hint: 'back', keys: [esc] },

	{ command: 'article.read', scope: 'Articles', description: 'Read the selected article', hint: 'read', keys: [enter] },
	{ command: 'hit.open', scope: 'Search results', description: 'Read the selected hit in its article', hint: 'open', keys: [enter] },
	{ command: 'entities.mentions', scope: 'Entities', description: 'List every mention of the selected entity', hint: 'mentions', keys: [enter] },
	{ command: 'entities.filter', scope: 'Entities', description: 'Filter the entities by name, typed', hint: 'filter', keys: [char('f')] },
	{ command: 'entities.types', scope: 'Entities', description: 'Choose which kinds of entity to show', hint: 'types', keys: [char('t')] },
	{ command: 'mention.read', scope: 'Entity mentions', description: 'Read the selected mention in its article', hint: 'read', keys: [enter] },
	{ command: 'types.choose', scope: 'Entity types menu', description: 'Show the highlighted kind of entity', hint: 'choose', keys: [enter] },
	{
		command: 'claims.compare',
		scope: 'Claims',
		description: 'Show the claim side by side (a claim one outlet makes: read it)',
		hint: 'side by side',
		keys: [enter],
	},
	{ command: 'claims.read', scope: 'Claim side by side', description: 'Read the focused version in its article', hint: 'read', keys: [enter] },
	{ command: 'claims.next', scope: 'Claim side by side', description: 'Next claim', hint: 'next claim', keys: [char('n')] },
	{ command: 'claims.previous', scope: 'Claim side by side', description: 'Previous claim', hint: 'previous claim', keys: [char('N')] },
	{
		command: 'claims.column-previous',
		scope: 'Claim side by side',
		description: 'Focus the column on the left',
		hint: 'left',
		keys: [special('←', (k) => k.leftArrow), char('h')],
	},
	{
		command: 'claims.column-next',
		scope: 'Claim side by side',
		description: 'Focus the column on the right',
		hint: 'columns',
		keys: [special('→', (k) => k.rightArrow), char('l')],
	},
	{ command: 'reader.hit-next', scope: 'Reader', description: 'Next search hit (opened from Search)', hint: 'next hit', keys: [char('n')] },
	{ command: 'reader.hit-previous', scope: 'Reader', description: 'Previous search hit', hint: 'previous hit', keys: [char('N')] },

	{ command: 'field.open', scope: 'Text fields', description: 'Open the selected item', hint: 'open', keys: [enter] },
	{ command: 'field.up', scope: 'Text fields', description: 'Select the previous item', hint: 'up', keys: [special('↑', (k) => k.upArrow)] },
	{ command: 'field.down', scope: 'Text fields', description: 'Select the next item', hint: 'select', keys: [special('↓', (k) => k.downArrow)] },
	{
		command: 'field.results',
		scope: 'Text fields',
		description: 'Leave the field for the list (j/k work there; Search with no query: next pane)',
		hint: 'to results',
		keys: [special('Tab', (k) => k.tab && !k.shift)],
	},
	{ command: 'field.erase', scope: 'Text fields', description: 'Delete the last character', hint: 'erase', keys: [special('Backspace', (k) => k.backspace || k.delete)] },
	{ command: 'field.clear', scope: 'Text fields', description: 'Clear the query', hint: 'clear', keys: [ctrl('u')] },
	{
		command: 'field.leave',
		scope: 'Text fields',
		description: 'Clear the query and leave the field (Search: Esc again goes back)',
		hint: 'clear/back',
		keys: [esc],
	},
];

const SPECS = new Map(KEYMAP.map((spec) => [spec.command, spec]));

function specOf(command: Command): CommandSpec {
	const spec = SPECS.get(command);
	if (spec === undefined) throw new Error(`${command} is not in the keymap`);
	return spec;
}

/** What was typed, given the key before it: "gg" for the second g of a pair, else the key itself. */
export function typedSequence(input: string, previousInput: string | null): string {
	return previousInput === SEQUENCE_PREFIX && input === SEQUENCE_PREFIX ? SEQUENCE_PREFIX + input : input;
}

/** The command a key press means among the commands of `scopes`, given the key typed just before it (for gg). */
export function commandFor(input: string, key: Key, previousInput: string | null, scopes: readonly Scope[]): Command | null {
	const typed = typedSequence(input, previousInput);
	for (const spec of KEYMAP) {
		if (scopes.includes(spec.scope) && spec.keys.some((binding) => binding.matches(typed, key))) return spec.command;
	}
	return null;
}

/** Which pane a `pane.number` key names, counted from 0. */
export function paneIndex(input: string): number {
	return Number(input) - 1;
}

/**
 * The text a key types into a field, or null when it types nothing (a control
 * key, an arrow). A paste may carry line breaks and control characters; a field
 * holds one line of text.
 */
export function typedText(input: string, key: Key): string | null {
	if (key.ctrl || key.meta || key.escape || input === '') return null;
	const text = input.replace(/[\r\n\t]+/gu, ' ').replace(/\p{Cc}/gu, '');
	return text === '' ? null : text;
}

/** The keys of a command for hints: all of them, or only the first where space is short. */
export function keyLabels(command: Command, options: { first?: boolean } = {}): string {
	const keys = specOf(command).keys;
	return (options.first ? keys.slice(0, 1) : keys).map((k) => k.label).join('/');
}

/** "Enter read · Esc back": the first key of each command and what it does. */
export function hintText(commands: readonly Command[]): string {
	return commands.map((command) => `${keyLabels(command, { first: true })} ${specOf(command).hint}`).join(' · ');
}
