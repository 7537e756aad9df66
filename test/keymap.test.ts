import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Key } from 'ink';
import { helpRows } from '../src/ui/components/HelpOverlay.js';
import { commandFor, KEYMAP, SCOPES, type Scope } from '../src/ui/keymap.js';
import { splitPresses } from '../src/ui/hooks/use-commands.js';

const noKey = splitPresses('ab', { ctrl: false, meta: false } as Key)[0]?.key as Key;

test('every command has a description, a hint and at least one key', () => {
	for (const spec of KEYMAP) {
		assert.ok(spec.description.trim().length > 0, `${spec.command} has a description`);
		assert.ok(spec.hint.trim().length > 0, `${spec.command} has a hint`);
		assert.ok(spec.keys.length > 0, `${spec.command} has a key`);
	}
});

test('a key means one command wherever it can be pressed: the app keys, the shared list keys and one pane scope', () => {
	// A text field reads keys before anything else, so only its own bindings must be distinct.
	const shared: Scope[] = ['Everywhere', 'Lists and views'];
	const groups = SCOPES.filter((s) => !shared.includes(s) && s !== 'Text fields').map((s) => [...shared, s]);
	for (const scopes of [...groups, ['Text fields']]) {
		const labels = new Map<string, string>();
		for (const spec of KEYMAP.filter((s) => scopes.includes(s.scope))) {
			for (const key of spec.keys) {
				assert.ok(!labels.has(key.label), `${key.label} is bound to ${labels.get(key.label)} and ${spec.command} in ${scopes.join(', ')}`);
				labels.set(key.label, spec.command);
			}
		}
	}
});

test('the same key is a command named for what it does in each pane', () => {
	const enter = { ...noKey, return: true };
	assert.equal(commandFor('', enter, null, ['Lists and views', 'Articles']), 'article.read');
	assert.equal(commandFor('', enter, null, ['Lists and views', 'Claims']), 'claims.compare');
	assert.equal(commandFor('n', noKey, null, ['Lists and views', 'Claim side by side']), 'claims.next');
	assert.equal(commandFor('n', noKey, null, ['Lists and views', 'Reader']), 'reader.hit-next');
	assert.equal(commandFor('f', noKey, null, ['Lists and views', 'Claims']), null, 'Claims has no filter');
	assert.equal(commandFor('', { ...noKey, backspace: true }, null, ['Text fields']), 'field.erase');
	assert.equal(commandFor('u', { ...noKey, ctrl: true }, null, ['Text fields']), 'field.clear');
});

test('the help is generated from the keymap: every command and key appears in it', () => {
	const rows = helpRows();
	for (const spec of KEYMAP) {
		const row = rows.find((r) => 'description' in r && r.description === spec.description);
		assert.ok(row && 'keys' in row, `help has a row for ${spec.command}`);
		for (const key of spec.keys) assert.ok(row.keys.split(' ').includes(key.label), `help shows ${key.label} for ${spec.command}`);
	}
});

test('gg is a sequence: one g does nothing, the second means top', () => {
	const lists: Scope[] = ['Lists and views'];
	assert.equal(commandFor('g', noKey, null, lists), null);
	assert.equal(commandFor('g', noKey, 'g', lists), 'cursor.top');
	assert.equal(commandFor('G', { ...noKey, shift: true }, null, lists), 'cursor.bottom');
});

test('a burst of typed keys splits into single presses, Enter included', () => {
	const presses = splitPresses('jk\r', noKey);
	assert.deepEqual(
		presses.map((p) => p.input),
		['j', 'k', ''],
	);
	assert.equal(presses[2]?.key.return, true);
	const commands = presses.map((p) => commandFor(p.input, p.key, null, ['Lists and views', 'Articles']));
	assert.deepEqual(commands, ['cursor.down', 'cursor.up', 'article.read']);
});

test('the progress bar fills with the work done', async () => {
	const { progressBar } = await import('../src/ui/App.js');
	assert.equal(progressBar(0), '░░░░░░░░░░ 0%');
	assert.equal(progressBar(0.42), '▓▓▓▓░░░░░░ 42%');
	assert.equal(progressBar(1.5), '▓▓▓▓▓▓▓▓▓▓ 100%');
});
