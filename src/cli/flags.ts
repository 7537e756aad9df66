/**
 * The command line's words and options, read by meow. Help and version are
 * left to src/cli.tsx (meow would print and exit from inside the parser), and
 * unknown options and bad values become one-line UsageErrors instead of meow's
 * two-line messages.
 */
import meow from 'meow';
import { DEFAULT_MAX_FILE_BYTES } from '../corpus/index.js';
import { UsageError, type CliFlags } from './run.js';

export interface ParsedCommandLine {
	/** The words that are not options: a command, a query, paths. */
	input: string[];
	flags: CliFlags & { color: boolean };
	help: boolean;
	version: boolean;
}

const FLAGS = {
	json: { type: 'boolean', default: false },
	maxFileSize: { type: 'string' },
	cache: { type: 'boolean', default: true },
	color: { type: 'boolean', default: true },
	format: { type: 'string' },
	strict: { type: 'boolean', default: false },
	help: { type: 'boolean', default: false },
	version: { type: 'boolean', default: false },
} as const;

/** Options as written (meow also accepts their camel-case forms). */
const KNOWN = new Set(['json', 'max-file-size', 'maxFileSize', 'cache', 'color', 'format', 'strict', 'help', 'version']);
const TAKES_VALUE = new Set(['max-file-size', 'maxFileSize', 'format']);

/** Reads argv (without node and the script); an unknown option or a bad value is a UsageError. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
	const end = argv.indexOf('--');
	const options = end < 0 ? argv : argv.slice(0, end);
	for (const word of options) {
		if (!word.startsWith('-') || word === '-') continue;
		const [written = '', value] = word.replace(/^--?/u, '').split(/=(.*)/su);
		const name = written.replace(/^no-/u, '');
		if (!word.startsWith('--') || !KNOWN.has(name) || (written !== name && TAKES_VALUE.has(name))) {
			throw new UsageError(`unknown option ${word.split('=')[0]} (storylens --help lists the options)`);
		}
		if (value !== undefined && !TAKES_VALUE.has(name)) throw new UsageError(`--${written} takes no value`);
		const next = options[options.indexOf(word) + 1];
		if (TAKES_VALUE.has(name) && value === undefined && (next === undefined || next.startsWith('--')))
			throw new UsageError(`--${written} needs a value`);
	}
	const cli = meow({
		argv: [...argv],
		importMeta: import.meta,
		// The CLI prints its own help and version; meow need not find package.json.
		pkg: { name: 'storylens' },
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		flags: FLAGS,
	});
	const size = cli.flags.maxFileSize;
	const maxFileSize = size === undefined ? DEFAULT_MAX_FILE_BYTES / 1024 / 1024 : Number(size);
	if (size !== undefined && (size.trim() === '' || !Number.isFinite(maxFileSize) || maxFileSize <= 0)) {
		throw new UsageError(`--max-file-size needs a number of MB, not "${size}"`);
	}
	return {
		input: cli.input.map(String),
		flags: {
			json: cli.flags.json,
			format: cli.flags.format ?? 'md',
			maxFileSize,
			cache: cli.flags.cache,
			color: cli.flags.color,
			strict: cli.flags.strict,
		},
		help: cli.flags.help,
		version: cli.flags.version,
	};
}
