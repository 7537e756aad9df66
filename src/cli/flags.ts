/**
 * The command line's words and options, read with Node's own parseArgs: meow
 * and its parser were 130 KB of the entry bundle that every start compiled,
 * for a handful of flags (about 15 ms of each first frame).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_BYTES } from '../corpus/index.js';
import { UsageError, type CliFlags } from './run.js';

export interface ParsedCommandLine {
	/** The words that are not options: a command, a query, paths. */
	input: string[];
	flags: CliFlags & { color: boolean };
	help: boolean;
	version: boolean;
}

// Node 20's parseArgs knows no `--no-x`, so each negation is an option of its own.
const OPTIONS = {
	json: { type: 'boolean' },
	'max-file-size': { type: 'string' },
	maxFileSize: { type: 'string' },
	cache: { type: 'boolean' },
	'no-cache': { type: 'boolean' },
	color: { type: 'boolean' },
	'no-color': { type: 'boolean' },
	format: { type: 'string' },
	strict: { type: 'boolean' },
	help: { type: 'boolean' },
	version: { type: 'boolean' },
} as const;

/** Reads argv (without node and the script); an unknown option or a bad value is a UsageError. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
	const { values, positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`unknown option ${token.rawName} (storylens --help lists the options)`);
		const wanted = OPTIONS[token.name as keyof typeof OPTIONS].type;
		if (wanted === 'string' && token.value === undefined) throw new UsageError(`${token.rawName} needs a value`);
		if (wanted === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
	}
	const size = values['max-file-size'] ?? values.maxFileSize;
	const maxFileSize = size === undefined ? DEFAULT_MAX_FILE_BYTES / 1024 / 1024 : Number(size);
	if (typeof size === 'string' && (size.trim() === '' || !Number.isFinite(maxFileSize) || maxFileSize <= 0)) {
		throw new UsageError(`--max-file-size needs a number of MB, not "${size}"`);
	}
	/** The last of `--x` and `--no-x` wins, as in most command lines. */
	const enabled = (name: 'cache' | 'color'): boolean => {
		const last = tokens.findLast((t) => t.kind === 'option' && (t.name === name || t.name === `no-${name}`));
		return last === undefined || (last.kind === 'option' && last.name === name);
	};
	return {
		input: positionals,
		flags: {
			json: values.json === true,
			format: typeof values.format === 'string' ? values.format : 'md',
			maxFileSize,
			cache: enabled('cache'),
			color: enabled('color'),
			strict: values.strict === true,
		},
		help: values.help === true,
		version: values.version === true,
	};
}
