/** Entry point of the `storylens` command: flags in, one branch run, an exit code out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from './cli/flags.js';
import { parseInvocation, run, UsageError } from './cli/run.js';
import { DEFAULT_MAX_FILE_BYTES } from './corpus/index.js';
import { packageRoot } from './paths.js';
import { setColours } from './ui/theme.js';

/** Put in by the bundler (scripts/bundle.mjs), so the version needs no package.json read. */
declare const STORYLENS_VERSION: string | undefined;

const HELP = `
  A terminal dashboard for one news story as told by many outlets.

  Usage
    $ storylens [PATH...]             open the dashboard (no PATH: the bundled seeds/ corpus)
    $ storylens articles [PATH...]    list the parsed articles
    $ storylens entities [PATH...]    people, organisations, places, dates and quantities
    $ storylens claims [PATH...]      each claim as every outlet states it, and how they differ
    $ storylens coverage [PATH...]    which outlet states which claim, what each leaves out,
                                      the sources cited and where each claim comes from
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
    --no-cache             read and analyse afresh; do not read or write the cache (~/.cache/storylens)
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
`;

function version(): string {
	if (typeof STORYLENS_VERSION === 'string') return STORYLENS_VERSION;
	return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

let cli: ReturnType<typeof parseCommandLine>;
try {
	cli = parseCommandLine(process.argv.slice(2));
} catch (error) {
	process.stderr.write(`storylens: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(2);
}
if (cli.help) {
	process.stdout.write(`${HELP.replace(/^\n/u, '').replace(/\n$/u, '')}\n`);
	process.exit(0);
}
if (cli.version) {
	process.stdout.write(`${version()}\n`);
	process.exit(0);
}

// `storylens articles big/ | head` closes the pipe early: the reader has what it wanted, so stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	process.stderr.write(`storylens: cannot write the output: ${error.message}\n`);
	process.exit(1);
});

function invocation(): ReturnType<typeof parseInvocation> {
	return parseInvocation(cli.input, cli.flags);
}

// NO_COLOR asks for no colour, not for no emphasis: keep chalk's bold and inverse (FORCE_COLOR=1)
// and let the dashboard leave out its colours.
if (!cli.flags.color || (process.env['NO_COLOR'] ?? '') !== '') {
	process.env['FORCE_COLOR'] = '1';
	setColours(false);
}

try {
	process.exitCode = await run(invocation(), process, async (loading, source, options) => {
		// Loaded only for the dashboard, so JSON commands and pipes never pay for Ink and React.
		const { startDashboard } = await import('./ui/start.js');
		await startDashboard(loading, source, options);
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
