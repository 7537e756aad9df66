/** Currency symbols written before an amount; "$" means US dollars unless prefixed ("C$"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
	['$', 'usd'],
	['€', 'eur'],
	['£', 'gbp'],
	['¥', 'jpy'],
	['₽', 'rub'],
	['₴', 'uah'],
	['₹', 'inr'],
	['₩', 'krw'],
]);

/** Letters glued before "$" that name a different dollar: "C$5", "A$5". "US$" stays usd. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
	['us', 'usd'],
	['c', 'cad'],
	['ca', 'cad'],
	['a', 'aud'],
	['au', 'aud'],
	['nz', 'nzd'],
	['hk', 'hkd'],
	['s', 'sgd'],
	['mx', 'mxn'],
]);

/** ISO 4217 codes as they appear in copy ("USD 5 million", "5 million euros" is handled as a noun). */
export const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'rub', 'uah', 'jpy', 'cny', 'inr', 'mxn', 'cad', 'aud', 'chf']);

/**
 * Abbreviations that may be glued to a number ("10km", "40%") or follow it ("10 km").
 * Bare "m" and "b" are absent: after a currency they mean million and billion, which the
 * scale reader decides, and otherwise "m" is metres only when glued.
 */
// prettier-ignore
const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['%', 'percent'], ['km', 'km'], ['kms', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['kgs', 'kg'],
	['lb', 'lb'], ['lbs', 'lb'], ['mph', 'mph'], ['ft', 'ft'], ['sq', 'sq'], ['ha', 'hectare'],
	['mw', 'mw'], ['gw', 'gw'], ['kw', 'kw'], ['kwh', 'kwh'], ['mwh', 'mwh'], ['pct', 'percent'],
]);

/**
 * Abbreviations only trusted when glued to the digits ("100m" but not "100 m people").
 * Single letters that name products ("5G", "3D") are left out.
 */
const GLUED_ONLY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['m', 'm'],
	['mi', 'mile'],
]);

export function unitAbbreviation(lower: string, glued: boolean): string | null {
	return UNIT_ABBREVIATIONS.get(lower) ?? (glued ? (GLUED_ONLY_ABBREVIATIONS.get(lower) ?? null) : null);
}

/** Singular nouns that name a unit with a conventional short form, so "10 kilometres" and "10km" agree. */
// prettier-ignore
const UNIT_NOUN_CANONICAL: ReadonlyMap<string, string> = new Map([
	['kilometre', 'km'], ['kilometer', 'km'], ['metre', 'm'], ['meter', 'm'], ['centimetre', 'cm'], ['centimeter', 'cm'],
	['millimetre', 'mm'], ['millimeter', 'mm'], ['kilogram', 'kg'], ['kilogramme', 'kg'], ['kilo', 'kg'],
	['gram', 'g'], ['gramme', 'g'], ['ton', 'tonne'], ['foot', 'ft'], ['feet', 'ft'],
	['euro', 'eur'], ['ruble', 'rub'], ['rouble', 'rub'], ['hryvnia', 'uah'], ['yen', 'jpy'],
	['yuan', 'cny'], ['rupee', 'inr'], ['percent', 'percent'], ['pct', 'percent'], ['hectare', 'hectare'],
	['people', 'person'],
]);

/** Maps a lemmatised counted noun to the unit name used in comparisons. */
export function canonicalUnit(lemma: string): string {
	return UNIT_NOUN_CANONICAL.get(lemma) ?? lemma;
}

/**
 * Nouns that count people. Outlets describe the same group as "spies", "diplomats",
 * "officials" or just "people", so a comparison must not treat these as different things.
 * A general English category: roles, occupations and groups, not any one story's cast.
 */
// prettier-ignore
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
	'person', 'people', 'individual', 'human', 'man', 'woman', 'child', 'adult', 'boy', 'girl', 'baby', 'infant',
	'teenager', 'minor', 'youth', 'elder', 'resident', 'citizen', 'national', 'civilian', 'inhabitant', 'local',
	'spy', 'agent', 'operative', 'officer', 'official', 'diplomat', 'envoy', 'ambassador', 'consul', 'attache',
	'staff', 'staffer', 'personnel', 'employee', 'worker', 'member', 'crew', 'crewman', 'crewmember',
	'soldier', 'troop', 'serviceman', 'servicemember', 'fighter', 'militant', 'rebel', 'insurgent', 'combatant',
	'police', 'policeman', 'policewoman', 'guard', 'recruit', 'conscript', 'volunteer', 'mercenary',
	'minister', 'lawmaker', 'legislator', 'senator', 'politician', 'deputy', 'mp', 'representative', 'leader',
	'journalist', 'reporter', 'correspondent', 'activist', 'protester', 'protestor', 'demonstrator', 'voter',
	'student', 'teacher', 'doctor', 'nurse', 'patient', 'lawyer', 'judge', 'expert', 'analyst', 'researcher',
	'scientist', 'engineer', 'executive', 'manager', 'director', 'investigator', 'inspector', 'informant', 'source',
	'prisoner', 'detainee', 'hostage', 'captive', 'suspect', 'defendant', 'convict', 'accomplice', 'defector',
	'refugee', 'migrant', 'immigrant', 'emigrant', 'seeker', 'evacuee', 'passenger', 'tourist', 'visitor',
	'victim', 'casualty', 'survivor', 'fatality', 'dead', 'injured', 'wounded', 'pilot', 'sailor', 'player', 'fan',
	'contractor', 'delegate', 'candidate', 'supporter', 'opponent', 'associate',
]);

export function isPersonNoun(unit: string): boolean {
	return PERSON_NOUNS.has(unit);
}

interface Dimension {
	readonly dimension: 'length' | 'mass' | 'duration';
	/** How many base units (metre, kilogram, day) one of this unit is. */
	readonly factor: number;
}

/** Units of one dimension compare after conversion, so "132 months" can meet "11 years". */
const DIMENSIONS: ReadonlyMap<string, Dimension> = new Map([
	['km', { dimension: 'length', factor: 1000 }],
	['m', { dimension: 'length', factor: 1 }],
	['cm', { dimension: 'length', factor: 0.01 }],
	['mm', { dimension: 'length', factor: 0.001 }],
	['mile', { dimension: 'length', factor: 1609.344 }],
	['ft', { dimension: 'length', factor: 0.3048 }],
	['kg', { dimension: 'mass', factor: 1 }],
	['g', { dimension: 'mass', factor: 0.001 }],
	['tonne', { dimension: 'mass', factor: 1000 }],
	['lb', { dimension: 'mass', factor: 0.45359237 }],
	['day', { dimension: 'duration', factor: 1 }],
	['week', { dimension: 'duration', factor: 7 }],
	['month', { dimension: 'duration', factor: 365.25 / 12 }],
	['year', { dimension: 'duration', factor: 365.25 }],
	['decade', { dimension: 'duration', factor: 3652.5 }],
	['hour', { dimension: 'duration', factor: 1 / 24 }],
	['minute', { dimension: 'duration', factor: 1 / 1440 }],
]);

/** The factor converting `from` into `to`, or null when they measure different things. */
export function conversionFactor(from: string, to: string): number | null {
	const source = DIMENSIONS.get(from);
	const target = DIMENSIONS.get(to);
	if (source === undefined || target === undefined || source.dimension !== target.dimension) return null;
	return source.factor / target.factor;
}
