/**
 * Colours, or none. NO_COLOR (no-color.org) and --no-color turn off colour
 * only: bold, inverse and underline still mark the selection and matches,
 * so the dashboard stays usable. Set once at start-up, before any render.
 */
let coloursOn = true;

export function setColours(on: boolean): void {
	coloursOn = on;
}

export function coloursEnabled(): boolean {
	return coloursOn;
}

/** The colour name, or undefined (the terminal's default) when colours are off. */
export function tint<C extends string>(colour: C): C | undefined {
	return coloursOn ? colour : undefined;
}
