/** Which files a list of paths names: folders are walked recursively, in a stable order. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { formatOfName, notSupportedReason, stripExtensions } from './formats.js';

export interface FoundFile {
	path: string;
	/** The id stem: the path under the folder the user named, without extension. */
	stem: string;
}

export interface Discovery {
	files: FoundFile[];
	/** Folders or links that could not be walked, and files plainly not articles, with the reason. */
	problems: { file: string; reason: string; ignored?: boolean }[];
}

export class MissingPathError extends Error {
	override name = 'MissingPathError';
	constructor(readonly path: string) {
		super(`no such file or folder: ${path}`);
	}
}

export async function discoverFiles(paths: string[]): Promise<Discovery> {
	const discovery: Discovery = { files: [], problems: [] };
	for (const path of paths) {
		const info = await stat(path).catch(() => null);
		if (info === null) throw new MissingPathError(path);
		if (info.isDirectory()) {
			await walk(path, path, new Set(), discovery);
		} else {
			// A file named explicitly is read whatever its extension, unless it is plainly not text.
			const unsupported = notSupportedReason(path);
			if (unsupported !== null) discovery.problems.push({ file: path, reason: unsupported });
			else discovery.files.push({ path, stem: stripExtension(basename(path)) });
		}
	}
	return discovery;
}

async function walk(root: string, dir: string, visited: Set<string>, discovery: Discovery): Promise<void> {
	// Following symlinks is what users expect; remembering real paths stops link loops.
	const real = await realpath(dir).catch(() => dir);
	if (visited.has(real)) return;
	visited.add(real);
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch (error) {
		discovery.problems.push({ file: dir, reason: `cannot read folder (${errorCode(error)})` });
		return;
	}
	const names = entries.map((e) => e.name);
	names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	for (const name of names) {
		const path = join(dir, name);
		const notArticle = notAnArticle(name);
		if (notArticle !== null) {
			discovery.problems.push({ file: path, reason: notArticle, ignored: true });
			continue;
		}
		let info;
		try {
			info = await stat(path);
		} catch (error) {
			discovery.problems.push({ file: path, reason: `cannot open (${errorCode(error)})` });
			continue;
		}
		if (info.isDirectory()) {
			// A browser's "save page, complete" puts the page's images and scripts in `<page>_files/`.
			if (!savedPageFiles(name, names)) await walk(root, path, visited, discovery);
		} else if (info.isFile() && formatOfName(name) !== null) {
			discovery.files.push({ path, stem: stripExtension(relative(root, path).split('\\').join('/')) });
		} else if (info.isFile()) {
			const unsupported = notSupportedReason(name);
			if (unsupported !== null) discovery.problems.push({ file: path, reason: unsupported });
		}
	}
}

/**
 * Why a name in a folder is plainly not an article (a README.TXT beside the BBC
 * set's articles was read as one), or null. A file named explicitly is read anyway.
 */
export function notAnArticle(name: string): string | null {
	if (name.startsWith('.')) return 'hidden, not an article';
	const kind = NOT_ARTICLES[name.split('.')[0]?.toUpperCase() ?? ''];
	return kind === undefined ? null : `${kind}, not an article`;
}

const NOT_ARTICLES: Readonly<Record<string, string>> = {
	README: 'a README',
	LICENSE: 'a licence',
	LICENCE: 'a licence',
	CHANGELOG: 'a change log',
};

function stripExtension(name: string): string {
	return stripExtensions(name);
}

/** Node's error code in words a user can act on. */
export function errorCode(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'symbolic link loop';
		case 'ENOENT':
			return 'broken link or file vanished';
		case 'EISDIR':
			return 'is a folder';
		default:
			return code || (error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : 'unknown error');
	}
}

function savedPageFiles(name: string, siblings: string[]): boolean {
	const page = /^(.+)_files$/u.exec(name)?.[1];
	return page !== undefined && (siblings.includes(`${page}.html`) || siblings.includes(`${page}.htm`));
}
