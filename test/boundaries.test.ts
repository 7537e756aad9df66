/**
 * The layers of src, each importing only from layers below it or its own:
 * the corpus, then the pure analysis, then its runtime and search, then the
 * plain commands, then the dashboard, then the command line. Only the
 * dashboard and the command line may import ink or react.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../src/paths.js';

/** Folders of src from the bottom layer up; files at the top of src (paths, cache folder) sit below them all. */
const LAYERS: readonly (readonly string[])[] = [
	['corpus'],
	['analysis'],
	['analysis-runtime', 'search'],
	['commands'],
	['ui'],
	['cli', 'cli.tsx'],
];
const BASE = -1;
const UI_FROM = LAYERS.findIndex((layer) => layer.includes('ui'));
const UI_PACKAGE = /^(?:ink|react|ink-[a-z-]+|react-[a-z-]+)(?:\/|$)/u;
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/gu;

const src = join(packageRoot(), 'src');

/** The layer of a file under src, by its first folder (or name, for cli.tsx). */
function layerOf(file: string): number {
	const first = relative(src, file).split(sep)[0] ?? '';
	const index = LAYERS.findIndex((layer) => layer.includes(first));
	if (index >= 0) return index;
	assert.ok(!relative(src, file).includes(sep) || first === 'types', `${relative(src, file)} is in no layer; add its folder to LAYERS`);
	return BASE;
}

const nameOf = (layer: number): string => (layer === BASE ? 'src/ (base)' : (LAYERS[layer] ?? []).join('/'));

async function sourceFiles(): Promise<string[]> {
	const entries = await readdir(src, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && /\.tsx?$/u.test(e.name) && !e.name.endsWith('.d.ts')).map((e) => join(e.parentPath, e.name));
}

/** The source file a relative specifier names (`./x.js` is x.ts or x.tsx). */
function resolveSource(from: string, specifier: string): string {
	const base = join(dirname(from), specifier).replace(/\.js$/u, '');
	const found = ['.ts', '.tsx'].map((ext) => base + ext).find((file) => existsSync(file));
	assert.ok(found !== undefined, `${relative(src, from)}: cannot resolve ${specifier}`);
	return found;
}

test('every import in src runs down the layers or stays in its own, never up', async () => {
	const files = await sourceFiles();
	assert.ok(files.length > 50, 'found the sources');
	const upward: string[] = [];
	for (const file of files) {
		const layer = layerOf(file);
		for (const [, specifier = ''] of (await readFile(file, 'utf8')).matchAll(SPECIFIER)) {
			if (!specifier.startsWith('.')) continue;
			const target = layerOf(resolveSource(file, specifier));
			if (target > layer) upward.push(`${relative(src, file)} (${nameOf(layer)}) imports ${specifier} (${nameOf(target)})`);
		}
	}
	assert.deepEqual(upward, []);
});

test('only the dashboard and the command line import ink or react', async () => {
	const below: string[] = [];
	for (const file of await sourceFiles()) {
		if (layerOf(file) >= UI_FROM) continue;
		for (const [, specifier = ''] of (await readFile(file, 'utf8')).matchAll(SPECIFIER)) {
			if (UI_PACKAGE.test(specifier)) below.push(`${relative(src, file)} imports ${specifier}`);
		}
	}
	assert.deepEqual(below, []);
});

test('the layer check sees an upward import (it can fail)', () => {
	const corpusFile = join(src, 'corpus', 'load.ts');
	const uiFile = resolveSource(corpusFile, '../ui/App.js');
	assert.ok(layerOf(uiFile) > layerOf(corpusFile));
	assert.deepEqual(
		[..."import { App } from '../ui/App.js';".matchAll(SPECIFIER)].map((m) => m[1]),
		['../ui/App.js'],
	);
});
