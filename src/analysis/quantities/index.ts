/** Quantities and dates in news sentences, normalised so outlets' numbers can be compared. */
export { findQuantities } from './find-quantities.js';
export { findDates } from './find-dates.js';
export { compareQuantities, unitsRelated, type Comparison } from './compare.js';
export type { Bound, DateMention, QuantityMention, QuantityValue } from './types.js';
