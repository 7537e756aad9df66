/** Entry point of the `storylens` command: flags in, one branch run, an exit code out. */
import meow from 'meow';
import { parseInvocation, run, UsageError } from './cli/run.js';
import { DEFAULT_MAX_FILE_BYTES } from './corpus/index.js';
import { setColours } from './ui/theme.js';

/** Put in by the bundler (scripts/bundle.mjs); without it, meow reads the version from package.json. */
declare const STORYLENS_VERSION: string | undefined;
// meow's search for package.json and its normalising cost ~5 ms of a ~200 ms start.
const bundledPackage = typeof STORYLENS_VERSION === 'string' ? { pkg: { name: 'storylens', version: STORYLENS_VERSION } } : {};

const cli = meow(
	`
  A terminal dashboard for one news story as told by many outlets.

  Usage
    $ storylens [PATH...]             open the dashboard (no PATH: the bundled seeds/ corpus)
    $ storylens articles [PATH...]    list the parsed articles
    $ storylens entities [PATH...]    people, organisations, places, dates and quantities
    $ storylens claims [PATH...]      each claim as every outlet states it, and how they differ
    $ storylens export [PATH...] --format md
                                      a Markdown report of the story (to stdout)
    $ storylens search QUERY [PATH...]
                                      fuzzy search titles and sentences, best hits first

  PATH is an article file (.txt, .md, .html, .json, .jsonl, .csv, .tsv, or any of them .gz)
  or a folder, read recursively.
  When output is not a terminal, storylens prints a plain summary instead of the dashboard.

  Options
    --json                 print JSON (with a command)
    --max-file-size <MB>   skip files larger than this (default ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024});
                           for JSON Lines, CSV and TSV, records larger than this
    --no-cache             analyse afresh; do not read or write the cache (~/.cache/storylens)
    --strict               exit 1 when any file was skipped
    --no-color             no colours (also when NO_COLOR is set); bold and inverse still mark things
    --help                 show this help
    --version              show the version

  Exit status: 0 ok; 1 some files skipped (with --strict) or an internal error;
  2 usage error, missing path or no article loaded.

  Examples
    $ storylens
    $ storylens ~/stories/mexico-spies
    $ storylens articles seeds --json
    $ storylens search "russia watcher" seeds --json
    $ storylens export seeds --format md > report.md
`,
	{
		importMeta: import.meta,
		...bundledPackage,
		description: false,
		// Checked below, so an unknown option gets storylens' one-line error rather than meow's two lines.
		allowUnknownFlags: true,
		flags: {
			json: { type: 'boolean', default: false },
			maxFileSize: { type: 'number', default: DEFAULT_MAX_FILE_BYTES / 1024 / 1024 },
			cache: { type: 'boolean', default: true },
			color: { type: 'boolean', default: true },
			format: { type: 'string', default: 'md' },
			strict: { type: 'boolean', default: false },
		},
	},
);

function invocation(): ReturnType<typeof parseInvocation> {
	return parseInvocation(cli.input, cli.flags);
}

const known = new Set(['json', 'format', 'strict', 'maxFileSize', 'max-file-size', 'cache', 'color', 'help', 'version']);
const unknown = Object.keys(cli.unnormalizedFlags).filter((name) => !known.has(name));
if (unknown.length > 0) {
	process.stderr.write(`storylens: unknown option --${unknown[0]} (storylens --help lists the options)\n`);
	process.exit(2);
}

// NO_COLOR asks for no colour, not for no emphasis: keep chalk's bold and inverse (FORCE_COLOR=1)
// and let the dashboard leave out its colours.
if (!cli.flags.color || (process.env['NO_COLOR'] ?? '') !== '') {
	process.env['FORCE_COLOR'] = '1';
	setColours(false);
}

try {
	process.exitCode = await run(invocation(), process, async (corpus, source, options) => {
		// Loaded only for the dashboard, so JSON commands and pipes never pay for Ink and React.
		const { startDashboard } = await import('./ui/start.js');
		await startDashboard(corpus, source, options);
	});
} catch (error) {
	if (error instanceof UsageError) {
		process.stderr.write(`storylens: ${error.message}\n`);
		process.exit(2);
	}
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`storylens: unexpected error: ${message.split('\n')[0]}\n`);
	if (process.env['STORYLENS_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
	process.exitCode = 1;
}
