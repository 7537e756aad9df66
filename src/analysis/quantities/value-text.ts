import type { QuantityValue } from './types.js';

const BOUND_SYMBOLS: Readonly<Record<QuantityValue['bound'], string>> = {
	'exact': '',
	'more-than': '>',
	'at-least': '≥',
	'less-than': '<',
	'at-most': '≤',
	'about': '~',
	'range': '',
};

/** A value as read, for people: ">24 spy", "20-30 people, vague"; `extra` is appended inside ("part"). */
export function quantityValueText(quantity: QuantityValue, extra: string | null = null): string {
	const { bound, value, high, unit, vague } = quantity;
	const number = high === undefined ? String(value) : `${value}-${high}`;
	return `${BOUND_SYMBOLS[bound]}${number}${unit ? ` ${unit}` : ''}${vague ? ', vague' : ''}${extra ? `, ${extra}` : ''}`;
}
