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
	| 'coverage.compare'
	| 'coverage.column-next'
	| 'coverage.column-previous'
	| 'coverage.outlet'
	| 'coverage.sources'
	| 'coverage.open'
	| 'reader.claim'
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
	'Coverage',
	'Coverage lists',
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
const tab = special('Tab', (k) => k.tab && !k.shift);
const up = special('↑', (k) => k.upArrow);
const down = special('↓', (k) => k.downArrow);
const left = special('←', (k) => k.leftArrow);
const right = special('→', (k) => k.rightArrow);
const shiftTab = special('Shift-Tab', (k) => k.tab && k.shift);
const pageUp = special('PgUp', (k) => k.pageUp);
const pageDown = special('PgDn', (k) => k.pageDown);
const home = special('Home', (k) => k.home);
const end = special('End', (k) => k.end);
const backspace = special('Backspace', (k) => k.backspace || k.delete);

const bind = (command: Command, scope: Scope, hint: string, description: string, ...keys: KeyBinding[]): CommandSpec => ({
	command,
	scope,
	hint,
	description,
	keys,
});

export const KEYMAP: readonly CommandSpec[] = [
	bind('pane.next', 'Everywhere', 'panes', 'Next pane', tab),
	bind('pane.previous', 'Everywhere', 'previous pane', 'Previous pane', shiftTab),
	bind('pane.number', 'Everywhere', 'panes', 'The pane of that number in the tab bar', digits),
	bind('search.focus', 'Everywhere', 'search', 'Search across all articles', char('/')),
	bind('app.help', 'Everywhere', 'help', 'Show or hide this help', char('?')),
	bind('app.quit', 'Everywhere', 'quit', 'Quit', char('q'), ctrl('c')),

	bind('cursor.up', 'Lists and views', 'up', 'Move up', up, char('k')),
	bind('cursor.down', 'Lists and views', 'move', 'Move down', down, char('j')),
	bind('page.up', 'Lists and views', 'page up', 'Page up', pageUp, ctrl('b')),
	bind('page.down', 'Lists and views', 'page', 'Page down', pageDown, ctrl('f'), char(' ', 'Space')),
	bind('cursor.top', 'Lists and views', 'top', 'Go to the top', sequence('gg'), home),
	bind('cursor.bottom', 'Lists and views', 'end', 'Go to the bottom', char('G'), end),
	bind('view.back', 'Lists and views', 'back', 'Back / close', esc),

	bind('article.read', 'Articles', 'read', 'Read the selected article', enter),
	bind('hit.open', 'Search results', 'open', 'Read the selected hit in its article', enter),
	bind('entities.mentions', 'Entities', 'mentions', 'List every mention of the selected entity', enter),
	bind('entities.filter', 'Entities', 'filter', 'Filter the entities by name, typed', char('f')),
	bind('entities.types', 'Entities', 'types', 'Choose which kinds of entity to show', char('t')),
	bind('mention.read', 'Entity mentions', 'read', 'Read the selected mention in its article', enter),
	bind('types.choose', 'Entity types menu', 'choose', 'Show the highlighted kind of entity', enter),
	bind('claims.compare', 'Claims', 'side by side', 'Show the claim side by side (a claim one outlet makes: read it)', enter),
	bind('claims.read', 'Claim side by side', 'read', 'Read the focused version in its article', enter),
	bind('claims.next', 'Claim side by side', 'next claim', 'Next claim', char('n')),
	bind('claims.previous', 'Claim side by side', 'previous claim', 'Previous claim', char('N')),
	bind('claims.column-previous', 'Claim side by side', 'left', 'Focus the column on the left', left, char('h')),
	bind('claims.column-next', 'Claim side by side', 'columns', 'Focus the column on the right', right, char('l')),
	bind(
		'coverage.compare',
		'Coverage',
		'side by side',
		"The claim side by side, the focused outlet's column selected (a claim one outlet makes: read it)",
		enter,
	),
	bind('coverage.column-previous', 'Coverage', 'left', 'Focus the outlet column on the left', left, char('h')),
	bind('coverage.column-next', 'Coverage', 'outlets', 'Focus the outlet column on the right', right, char('l')),
	bind('coverage.outlet', 'Coverage', 'outlet', 'What the focused outlet leaves out, then what only it reports', char('o')),
	bind('coverage.sources', 'Coverage', 'sources', 'Every source the articles cite: which outlets cite it, for which claims', char('s')),
	bind('coverage.open', 'Coverage lists', 'open', 'Open the selected claim side by side, or the selected source’s claims', enter),
	bind(
		'reader.claim',
		'Reader',
		'its claim',
		'The claim of the marked sentence side by side (the sentence opened on, else the first marked on screen)',
		char('c'),
	),
	bind('reader.hit-next', 'Reader', 'next hit', 'Next search hit (opened from Search)', char('n')),
	bind('reader.hit-previous', 'Reader', 'previous hit', 'Previous search hit', char('N')),

	bind('field.open', 'Text fields', 'open', 'Open the selected item', enter),
	bind('field.up', 'Text fields', 'up', 'Select the previous item', up),
	bind('field.down', 'Text fields', 'select', 'Select the next item', down),
	bind('field.results', 'Text fields', 'to results', 'Leave the field for the list (Search with no query: next pane)', tab),
	bind('field.erase', 'Text fields', 'erase', 'Delete the last character', backspace),
	bind('field.clear', 'Text fields', 'clear', 'Clear the query', ctrl('u')),
	bind('field.leave', 'Text fields', 'clear/back', 'Clear the query and leave the field (Search: Esc again goes back)', esc),
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
