/** Quantities and dates in news sentences, normalised so outlets' numbers can be compared. */
export { findQuantities, findQuantitiesAndDates } from './find-quantities.js';
export { findDates } from './find-dates.js';
export { compareQuantities, unitsRelated } from './compare.js';
export { PERSON_NOUNS, isPersonNoun } from './units.js';
export { quantityValueText } from './value-text.js';
export type { Bound, DateGranularity, DateMention, FindDatesOptions, QuantityComparison, QuantityMention, QuantityValue } from './types.js';
