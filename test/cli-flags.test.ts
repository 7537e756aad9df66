import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCommandLine } from '../src/cli/flags.js';
import { UsageError } from '../src/cli/run.js';

describe('parseCommandLine', () => {
	test('defaults: no options, words kept in order', () => {
		const parsed = parseCommandLine(['search', 'russia watcher', 'seeds']);
		assert.deepEqual(parsed.input, ['search', 'russia watcher', 'seeds']);
		assert.deepEqual(parsed.flags, { json: false, format: 'md', maxFileSize: 20, cache: true, color: true, strict: false });
		assert.equal(parsed.help, false);
		assert.equal(parsed.version, false);
	});

	test('every option, in kebab and camel case, with = and with a separate value', () => {
		const parsed = parseCommandLine([
			'entities',
			'--json',
			'--max-file-size',
			'2.5',
			'--no-cache',
			'--no-color',
			'--strict',
			'--format=md',
			'seeds',
		]);
		assert.deepEqual(parsed.input, ['entities', 'seeds']);
		assert.deepEqual(parsed.flags, { json: true, format: 'md', maxFileSize: 2.5, cache: false, color: false, strict: true });
		assert.equal(parseCommandLine(['--maxFileSize=3']).flags.maxFileSize, 3);
	});

	test('the last of --x and --no-x wins', () => {
		assert.equal(parseCommandLine(['--no-cache', '--cache']).flags.cache, true);
		assert.equal(parseCommandLine(['--color', '--no-color']).flags.color, false);
	});

	test('--help and --version', () => {
		assert.equal(parseCommandLine(['--help']).help, true);
		assert.equal(parseCommandLine(['--version']).version, true);
	});

	test('after -- an option-like word is a path', () => {
		assert.deepEqual(parseCommandLine(['--', '--json']).input, ['--json']);
	});

	test('unknown options, missing values and bad sizes are usage errors naming the option', () => {
		assert.throws(
			() => parseCommandLine(['--frobnicate']),
			(e: unknown) => e instanceof UsageError && e.message === 'unknown option --frobnicate (storylens --help lists the options)',
		);
		assert.throws(() => parseCommandLine(['-x']), /unknown option -x/u);
		assert.throws(() => parseCommandLine(['--format']), /--format needs a value/u);
		assert.throws(() => parseCommandLine(['--json=yes']), /--json takes no value/u);
		for (const bad of ['abc', '0', '-1', '']) {
			assert.throws(() => parseCommandLine([`--max-file-size=${bad}`]), UsageError, bad);
		}
	});
});
