import { grownFloat64, grownUint32 } from './typed-arrays.js';

/**
 * Scored unit pairs in typed arrays: at 10,000 articles there are hundreds of
 * thousands of candidates, and an object per pair cost more memory than the
 * rest of the clustering.
 */
export class ScoredPairs {
	#first = new Uint32Array(1024);
	#second = new Uint32Array(1024);
	#probability = new Float64Array(1024);
	#length = 0;

	add(i: number, j: number, probability: number): void {
		if (this.#length === this.#first.length) {
			this.#first = grownUint32(this.#first, this.#length + 1);
			this.#second = grownUint32(this.#second, this.#length + 1);
			this.#probability = grownFloat64(this.#probability, this.#length + 1);
		}
		this.#first[this.#length] = i;
		this.#second[this.#length] = j;
		this.#probability[this.#length] = probability;
		this.#length++;
	}

	get length(): number {
		return this.#length;
	}

	first(k: number): number {
		return this.#first[k] ?? 0;
	}

	second(k: number): number {
		return this.#second[k] ?? 0;
	}

	probability(k: number): number {
		return this.#probability[k] ?? 0;
	}

	/** Pair indices, strongest first (ties by unit order, for a stable result). */
	strongestFirst(): Uint32Array {
		const order = new Uint32Array(this.#length);
		for (let k = 0; k < order.length; k++) order[k] = k;
		const first = this.#first;
		const second = this.#second;
		const probability = this.#probability;
		return order.sort(
			(a, b) => (probability[b] ?? 0) - (probability[a] ?? 0) || (first[a] ?? 0) - (first[b] ?? 0) || (second[a] ?? 0) - (second[b] ?? 0),
		);
	}
}
