/**
 * The first-frame figure as ../shared/bench/README.md defines it: the shared
 * harness (ttff.py: a 120x40 pseudo-terminal, spawn to marker, the two programs
 * alternating, the median of the per-pair ratios last) times `storylens seeds`
 * to text of its article list against the reference Ink hello world that
 * ref-hello/build.sh builds (minified, production).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/paths.js';

export const SHARED_BENCH = join(packageRoot(), '..', 'shared', 'bench');
/** Text of the article list (the third seed's outlet), not the tab bar: the user sees the articles. */
export const STORYLENS_MARKER = 'Total News Agency';
export const REFERENCE_MARKER = 'Hello, world';

export interface FirstFrame {
	/** ttff.py's output, as it printed it. */
	report: string;
	storylensMs: number;
	referenceMs: number;
	ratio: number;
	/** Set when the reference had to be built apart (see `reference`). */
	note: string | null;
}

/**
 * The reference bundle, built by the shared build.sh. Where `npm init -y` writes
 * "type": "commonjs" (npm 11), esbuild wraps the app in a CommonJS closure around a
 * top-level await, and the bundle dies with a SyntaxError before drawing anything;
 * since the error's source excerpt holds the marker text, the harness would time
 * the crash. Then the same script builds it again in a folder given a package.json
 * without "type", as older npm wrote it, and that one draws its frame.
 */
function reference(): { path: string; note: string | null } {
	const script = join(SHARED_BENCH, 'ref-hello', 'build.sh');
	const build = (env: NodeJS.ProcessEnv): string =>
		execFileSync('bash', [script], { encoding: 'utf8', env: { ...process.env, ...env } })
			.trim()
			.split('\n')
			.at(-1) ?? '';
	const runs = (bundle: string): boolean => spawnSync(process.execPath, ['--check', bundle]).status === 0;
	const standard = build({});
	if (runs(standard)) return { path: standard, note: null };
	const folder = join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'storylens-ref-hello-esm');
	mkdirSync(folder, { recursive: true });
	if (!existsSync(join(folder, 'package.json')))
		writeFileSync(join(folder, 'package.json'), '{ "name": "storylens-ref-hello", "private": true }\n');
	const rebuilt = build({ STORYLENS_REF_HELLO: folder });
	if (!runs(rebuilt)) throw new Error(`the reference ${rebuilt} does not run either`);
	const commonjs = /"type":\s*"commonjs"/u.test(readFileSync(join(dirname(standard), 'package.json'), 'utf8'));
	return {
		path: rebuilt,
		note:
			`The reference as build.sh builds it by default (${standard}) does not run here: node --check fails` +
			`${commonjs ? ' (its package.json, from npm init, says "type": "commonjs")' : ''}. ` +
			`Measured against the same app built in ${dirname(rebuilt)}, whose package.json has no "type"; it draws its frame.`,
	};
}

/** Null when ../shared/bench is not there (a clone without the shared folder). */
export function measureFirstFrame(runs = 7): FirstFrame | null {
	if (!existsSync(join(SHARED_BENCH, 'ttff.py'))) return null;
	const { path, note } = reference();
	const report = execFileSync(
		'python3',
		[join(SHARED_BENCH, 'ttff.py'), '-n', String(runs), STORYLENS_MARKER, 'node bin/storylens seeds', REFERENCE_MARKER, `node ${path}`],
		{ cwd: packageRoot(), encoding: 'utf8' },
	);
	const median = (command: string): number =>
		Number(new RegExp(`^${command.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}: median (\\d+) ms`, 'mu').exec(report)?.[1]);
	const ratio = Number(/^ttff ratio ([\d.]+)$/mu.exec(report)?.[1]);
	return { report: report.trimEnd(), storylensMs: median('node bin/storylens seeds'), referenceMs: median(`node ${path}`), ratio, note };
}
