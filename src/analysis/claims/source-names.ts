/**
 * The words that name sources in English news: nouns of role, titles, words
 * of office, and the capitalised words that are not names. Shared by the
 * source patterns (attribution.ts) and the comparison of sources across
 * outlets (the name helpers below).
 */
import { alternation, oneWordOf } from '../../word-lists.js';

/** Nouns that make a phrase a source on their own: "American officials say". */
export const ROLE_NOUN = oneWordOf(
	'officials? sources? analysts? experts? diplomats? authorities government ministry embassy',
	'spokes(?:man|woman|person|men|women|people) governor senator congressman congresswoman mayor speaker',
	'representatives? police prosecutors? investigators? intelligence agency agencies department departments office',
	'report reports media newspaper statement observers? witnesses residents president minister leaders? aides?',
	'advisers? advisors? lawmakers? senators? congressmen members? critics supporters opponents democrats',
	'republicans officers? agents? campaign administration committee court judges? lawyers? attorneys? researchers?',
	'scientists? economists? doctors? staff staffers director secretary chairman chairwoman chief nominee candidate',
	'executives? people groups? organizers activists protesters protestors voters polls? survey study data figures',
	'projections estimates statistics records documents? letter memo filing book article indictment complaint',
	'lawsuit company companies firm bank union party council board club team airline hospital university network',
	'channel paper army military navy court',
);

/** Words allowed in a source phrase besides names and role nouns: determiners, numbers, adjectives of office. */
export const ROLE_WORD = new RegExp(
	oneWordOf(
		'a an the vice home two three four five six seven eight nine ten several some many few',
		'senior junior former current top other federal state local military administration government party',
		'white house campaign press deputy assistant acting chief spokesman \\d+ anonymous unnamed high-ranking ranking',
		'u\\.?s\\.? us american european mexican russian british chinese israeli palestinian iranian',
		'democratic republican conservative liberal progressive congressional intelligence law enforcement defense foreign',
		'presidential county city school police fire health medical company industry legal public his her their its own said',
	),
	'iu',
);

const ABBREVIATED_TITLES = alternation(
	'Mr Mrs Ms Miss Dr Sen Rep Gov Lt Gen Col Sgt Capt Adm Prof Rev Atty Supt Insp Det Cmdr Maj St Jr Sr',
);
const FULL_TITLES = alternation(
	'President Vice Senator Representative Congressman Congresswoman Governor Secretary Speaker Mayor',
	'Judge Justice Chief Minister Prime Attorney General Sheriff Director Commissioner Chairman Chairwoman Leader',
	'Ambassador Officer Detective Rabbi Pope King Queen Prince Princess Lord Lady Sir Dame Father Sister Pastor',
	'Bishop Cardinal Coach Chancellor Premier Councilman Councilwoman Delegate Spokesman Spokeswoman',
);

/** Titles kept with the name they stand before: abbreviated, with or without the full stop, or in full. */
export const TITLE = new RegExp(`^(?:${ABBREVIATED_TITLES})\\.?$|^(?:${FULL_TITLES})$`, 'u');

/** Capitalised words that open sentences or clauses without being names. */
export const NOT_A_NAME = oneWordOf(
	'The A An But And Or So Yet In On At Of For With From By As If When While After Before Since Because Although',
	'Though Still However Meanwhile Then Now That This These Those There Here',
	'It He She They We I You His Her Their Our My Your Its What Who Which Why How Where',
	'Asked Also Even Only Just Some Many Most All Both Each Every No Not Yes Later Earlier Today Yesterday Tomorrow',
	'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
	'January February March April June July August September October November December',
	'Instead Indeed Again Last Next One Two Three To Until Unlike Like Despite During Under Over Without Within Among Amid',
	'According Citing Speaking Posting Writing Following Including Asked',
);

/** For comparing sources across outlets: "The New York Times" = "the New York Times", "U.S." = "US". */
export function comparableSource(text: string): string {
	return text
		.toLowerCase()
		.replace(/\./gu, '')
		.replace(/^the\s+/u, '')
		.replace(/\s+/gu, ' ')
		.trim();
}

/** The name of a source without the role beside it or its title: "Mr. Trump" → "Trump". */
export function sourceName(text: string): string {
	const name = text.split(',')[0] ?? text;
	const words = name.split(/\s+/u).filter((w) => w.length > 0);
	while (words.length > 1 && TITLE.test(words[0] ?? '')) words.shift();
	// "Theodore J. Boutrous Jr." is Boutrous.
	while (words.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?$/u.test(words.at(-1) ?? '')) words.pop();
	return words.join(' ');
}

const ORGANISATION_WORD = oneWordOf(
	'House Department Times Post News Committee Party Agency Office Council Ministry Court Association Institute',
	'University Journal Press Bureau Service Administration Commission Senate Congress Government',
	'Politico Reuters Twitter Facebook Google Microsoft Apple',
	'Network Foundation Center Centre Group Company Corporation Inc Media Campaign',
);

/**
 * The names a source holds, without titles and roles: "acting White House
 * chief of staff Mick Mulvaney" holds Mick and Mulvaney (and White House).
 * Empty for a source that is only a role ("the spokesman", "The letter").
 */
export function nameKeys(text: string): Set<string> {
	const keys = new Set<string>();
	for (const word of text.split(/[\s,]+/u)) {
		const bare = word.replace(/[’']s$/u, '').replace(/[.’']+$/u, '');
		if (
			!/^\p{Lu}/u.test(bare) ||
			TITLE.test(bare) ||
			TITLE.test(`${bare}.`) ||
			NOT_A_NAME.test(bare) ||
			ROLE_NOUN.test(bare.toLowerCase()) ||
			ROLE_WORD.test(bare)
		)
			continue;
		keys.add(bare.toLowerCase());
	}
	return keys;
}

/** Whether a source is one person by name ("Mr. Trump", "Juan Gonzalez"), not a role or an organisation. */
export function isPersonName(text: string): boolean {
	const words = (text.split(',')[0] ?? text).split(/\s+/u).filter((w) => w.length > 0);
	if (words.length === 0 || words.some((w) => ROLE_NOUN.test(w.toLowerCase()) && !/^\p{Lu}/u.test(w))) return false;
	if (words.some((w) => NOT_A_NAME.test(w))) return false;
	const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
	if (capitals.length !== words.length) return false;
	// One word is a person's surname when it is not an acronym ("Perry", not "CNN").
	if (words.length === 1) return !/^\p{Lu}+$/u.test(words[0] ?? '') && !ORGANISATION_WORD.test(words[0] ?? '');
	return TITLE.test(words[0] ?? '') || (words.length >= 2 && words.length <= 4 && !words.some((w) => ORGANISATION_WORD.test(w)));
}
