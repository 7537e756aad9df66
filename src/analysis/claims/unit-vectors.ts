/**
 * What word vectors (word-vectors.ts) say about a pair of units: how much
 * of each unit the other says in near words ("deported" for "expelled",
 * "asked" for "requested"), where overlap and WordNet see nothing shared.
 *
 * Names are matched only as themselves: vectors put "Texas" beside
 * "California" and "Kristol" beside "Krauthammer", and one state's bill is
 * not another's. A near word counts in proportion to how far its cosine
 * rises above what unrelated news words reach, so that the many loosely
 * related words of a story add nothing.
 */
import type { UnitConceptTable } from './concept-table.js';
import { cosine, DIMENSIONS, wordVectors } from './word-vectors.js';

/** Cosines up to this are what unrelated words of one story reach; above it, a word is near. */
const NEAR = 0.4;

export interface SoftOverlap {
	/** The IDF mass of each unit's concepts found in the other, exactly or (in part) as a near word. */
	readonly coveredI: number;
	readonly coveredJ: number;
}

export class UnitVectors {
	readonly #table: UnitConceptTable;
	readonly #idf: Float64Array;
	readonly #isName: Uint8Array;
	readonly #formOf: readonly string[];
	/** By concept id: its vector, null without one; read for every concept at first use. */
	#vectors: (Int8Array | null)[] | undefined;

	/** `formOf`: each concept's word as first written, lower-case, by concept id. */
	constructor(table: UnitConceptTable, idf: Float64Array, isName: Uint8Array, formOf: readonly string[]) {
		this.#table = table;
		this.#idf = idf;
		this.#isName = isName;
		this.#formOf = formOf;
	}

	#vectorsRead(): (Int8Array | null)[] {
		if (this.#vectors !== undefined) return this.#vectors;
		// A two-word verb ("stepped_up") is read as its verb, which carries its sense.
		const words = this.#formOf.map((form) => form.split('_')[0] ?? form);
		const found = wordVectors(words);
		this.#vectors = words.map((word, id) => (this.#isName[id] === 1 ? null : (found.get(word) ?? null)));
		return this.#vectors;
	}

	/** How much of each unit the other covers: shared concepts whole, near words by their nearness. */
	softOverlap(i: number, j: number): SoftOverlap {
		return { coveredI: this.#covered(i, j), coveredJ: this.#covered(j, i) };
	}

	#covered(unit: number, other: number): number {
		const vectors = this.#vectorsRead();
		const { values } = this.#table;
		const startOther = this.#table.start(other);
		const endOther = this.#table.end(other);
		let covered = 0;
		for (let k = this.#table.start(unit); k < this.#table.end(unit); k++) {
			const id = values[k] ?? 0;
			const weight = this.#idf[id] ?? 0;
			if (this.#table.has(other, id)) {
				covered += weight;
				continue;
			}
			const vector = vectors[id];
			if (!vector) continue;
			let best = NEAR;
			for (let m = startOther; m < endOther; m++) {
				const near = vectors[values[m] ?? 0];
				if (near) best = Math.max(best, cosine(vector, near));
			}
			covered += (weight * (best - NEAR)) / (1 - NEAR);
		}
		return covered;
	}

	/** The cosine of the two units' IDF-weighted mean vectors (names left out), 0 when either has none. */
	meanCosine(i: number, j: number): number {
		const a = this.#mean(i);
		const b = this.#mean(j);
		let dot = 0;
		let normA = 0;
		let normB = 0;
		for (let k = 0; k < DIMENSIONS; k++) {
			const x = a[k] ?? 0;
			const y = b[k] ?? 0;
			dot += x * y;
			normA += x * x;
			normB += y * y;
		}
		return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
	}

	#mean(unit: number): Float64Array {
		const vectors = this.#vectorsRead();
		const { values } = this.#table;
		const mean = new Float64Array(DIMENSIONS);
		for (let k = this.#table.start(unit); k < this.#table.end(unit); k++) {
			const id = values[k] ?? 0;
			const vector = vectors[id];
			if (!vector) continue;
			const weight = this.#idf[id] ?? 0;
			for (let d = 0; d < DIMENSIONS; d++) mean[d] = (mean[d] ?? 0) + weight * (vector[d] ?? 0);
		}
		return mean;
	}
}
