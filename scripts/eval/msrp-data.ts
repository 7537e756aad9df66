/**
 * Reading the Microsoft Research Paraphrase corpus and splitting it into a
 * tuning part and a held-out part. The split is decided by a hash of each
 * pair's two sentence ids, so it does not depend on file order and a pair is
 * on the same side in every run, every script and every copy of the file.
 */
import { readFileSync } from 'node:fs';

export interface MsrpPair {
	readonly paraphrase: boolean;
	readonly id1: string;
	readonly id2: string;
	readonly sentence1: string;
	readonly sentence2: string;
}

/** Parses MSRP's tab-separated format; fields are split on tabs only because sentences contain quotes. */
export function parseMsrp(content: string): MsrpPair[] {
	const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
	const pairs: MsrpPair[] = [];
	lines.forEach((line, index) => {
		if (index === 0 && line.startsWith('Quality')) return;
		if (line.trim() === '') return;
		const fields = line.split('\t');
		if (fields.length < 5) throw new Error(`MSRP line ${index + 1}: expected 5 tab-separated fields, got ${fields.length}`);
		const [quality, id1, id2, sentence1, sentence2] = fields as [string, string, string, string, string];
		if (quality !== '0' && quality !== '1') throw new Error(`MSRP line ${index + 1}: quality must be 0 or 1, got "${quality}"`);
		pairs.push({ paraphrase: quality === '1', id1, id2, sentence1, sentence2 });
	});
	return pairs;
}

export function readMsrp(file: string): MsrpPair[] {
	return parseMsrp(readFileSync(file, 'utf8'));
}

/** 32-bit FNV-1a: tiny, stable across platforms and Node versions. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** One pair in five is held out. */
export function isHeldOut(pair: MsrpPair): boolean {
	return fnv1a(`${pair.id1}:${pair.id2}`) % 5 === 0;
}

export interface MsrpSplit {
	readonly tuning: MsrpPair[];
	readonly heldOut: MsrpPair[];
}

export function splitMsrp(pairs: readonly MsrpPair[]): MsrpSplit {
	return {
		tuning: pairs.filter((pair) => !isHeldOut(pair)),
		heldOut: pairs.filter((pair) => isHeldOut(pair)),
	};
}

/** Deterministic fold number in 0..folds-1 for cross-validation inside the tuning part. */
export function foldOf(pair: MsrpPair, folds: number): number {
	return fnv1a(`fold:${pair.id1}:${pair.id2}`) % folds;
}
