/** Typed arrays that grow by doubling: the claims tables hold hundreds of thousands of numbers, never an object each. */

export function grownUint32(array: Uint32Array<ArrayBuffer>, atLeast: number): Uint32Array<ArrayBuffer> {
	const grown = new Uint32Array(Math.max(atLeast, array.length * 2));
	grown.set(array);
	return grown;
}

export function grownFloat64(array: Float64Array<ArrayBuffer>, atLeast: number): Float64Array<ArrayBuffer> {
	const grown = new Float64Array(Math.max(atLeast, array.length * 2));
	grown.set(array);
	return grown;
}
