import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Key } from 'ink';
import { helpRows } from '../src/ui/components/HelpOverlay.js';
import { commandFor, KEYMAP } from '../src/ui/keymap.js';
import { splitPresses } from '../src/ui/hooks/use-commands.js';

const noKey = splitPresses('ab', { ctrl: false, meta: false } as Key)[0]?.key as Key;

test('every command has a description and at least one key, and a key means one command in its scope', () => {
	const labels = new Map<string, string>();
	for (const spec of KEYMAP) {
		assert.ok(spec.description.trim().length > 0, `${spec.command} has a description`);
		assert.ok(spec.keys.length > 0, `${spec.command} has a key`);
		// The search field reads keys before anything else, so only its own bindings must be distinct.
		const space = spec.scope === 'Text fields' ? 'field' : 'panes';
		for (const key of spec.keys) {
			const id = `${space}:${key.label}`;
			assert.ok(!labels.has(id), `${key.label} is bound to ${labels.get(id)} and ${spec.command}`);
			labels.set(id, spec.command);
		}
	}
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
	assert.equal(commandFor('g', noKey, null), null);
	assert.equal(commandFor('g', noKey, 'g'), 'cursor.top');
	assert.equal(commandFor('G', { ...noKey, shift: true }, null), 'cursor.bottom');
});

test('a burst of typed keys splits into single presses, Enter included', () => {
	const presses = splitPresses('jk\r', noKey);
	assert.deepEqual(presses.map((p) => p.input), ['j', 'k', '']);
	assert.equal(presses[2]?.key.return, true);
	assert.deepEqual(presses.map((p) => commandFor(p.input, p.key, null)), ['cursor.down', 'cursor.up', 'item.open']);
});

test('the progress bar fills with the work done', async () => {
	const { progressBar } = await import('../src/ui/App.js');
	assert.equal(progressBar(0), '░░░░░░░░░░ 0%');
	assert.equal(progressBar(0.42), '▓▓▓▓░░░░░░ 42%');
	assert.equal(progressBar(1.5), '▓▓▓▓▓▓▓▓▓▓ 100%');
});
