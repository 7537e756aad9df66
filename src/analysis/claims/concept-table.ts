/**
 * Every unit's concepts in one table: concepts as small integers, each
 * unit's as a sorted run of them in one shared array (compressed sparse
 * rows). A Set of strings per unit costs about a kilobyte; at 200,000 units
 * (10,000 articles) that was most of the claims analysis's memory, while
 * the table holds the same in a few megabytes, and sorted runs let two
 * units be compared by one merge instead of hash lookups.
 */
import { grownUint32 } from './typed-arrays.js';

export class UnitConceptTable {
	readonly #ids = new Map<string, number>();
	readonly #names: string[] = [];
	readonly #frequency: number[] = [];
	#values = new Uint32Array(1024);
	#offsets = new Uint32Array(257);
	#unitCount = 0;

	/** Builds a table from concept sets, one per unit (tests and scripts). */
	static from(units: Iterable<Iterable<string>>): UnitConceptTable {
		const table = new UnitConceptTable();
		for (const concepts of units) table.add(concepts);
		return table;
	}

	/** Appends the next unit; repeats within it are kept once. */
	add(concepts: Iterable<string>): void {
		const ids = new Set<number>();
		for (const concept of concepts) {
			let id = this.#ids.get(concept);
			if (id === undefined) {
				id = this.#names.length;
				this.#ids.set(concept, id);
				this.#names.push(concept);
				this.#frequency.push(0);
			}
			ids.add(id);
		}
		const start = this.#offsets[this.#unitCount] ?? 0;
		if (start + ids.size > this.#values.length) this.#values = grownUint32(this.#values, start + ids.size);
		const sorted = [...ids].sort((a, b) => a - b);
		sorted.forEach((id, k) => {
			this.#values[start + k] = id;
			this.#frequency[id] = (this.#frequency[id] ?? 0) + 1;
		});
		if (this.#unitCount + 2 > this.#offsets.length) this.#offsets = grownUint32(this.#offsets, this.#unitCount + 2);
		this.#unitCount++;
		this.#offsets[this.#unitCount] = start + sorted.length;
	}

	get unitCount(): number {
		return this.#unitCount;
	}

	get conceptCount(): number {
		return this.#names.length;
	}

	/** All units' concept ids; unit u's are values[start(u)] to values[end(u) - 1], ascending. */
	get values(): Uint32Array {
		return this.#values;
	}

	start(unit: number): number {
		return this.#offsets[unit] ?? 0;
	}

	end(unit: number): number {
		return this.#offsets[unit + 1] ?? 0;
	}

	size(unit: number): number {
		return this.end(unit) - this.start(unit);
	}

	idOf(concept: string): number | undefined {
		return this.#ids.get(concept);
	}

	nameOf(id: number): string {
		return this.#names[id] ?? '';
	}

	/** How many units hold the concept. */
	frequency(id: number): number {
		return this.#frequency[id] ?? 0;
	}

	/** Whether the unit holds the concept: binary search in its sorted run. */
	has(unit: number, id: number): boolean {
		let low = this.start(unit);
		let high = this.end(unit) - 1;
		while (low <= high) {
			const middle = (low + high) >>> 1;
			const value = this.#values[middle] ?? 0;
			if (value === id) return true;
			if (value < id) low = middle + 1;
			else high = middle - 1;
		}
		return false;
	}

	hasConcept(unit: number, concept: string): boolean {
		const id = this.#ids.get(concept);
		return id !== undefined && this.has(unit, id);
	}

	/** The unit's concepts as strings, for the few pairs that need them whole. */
	conceptsOf(unit: number): Set<string> {
		const concepts = new Set<string>();
		for (let k = this.start(unit); k < this.end(unit); k++) concepts.add(this.nameOf(this.#values[k] ?? 0));
		return concepts;
	}
}
