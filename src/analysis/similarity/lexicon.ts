/**
 * A small, general-English equivalence layer applied before and after
 * stemming. The Porter stemmer leaves irregular forms apart ("bought" / "buy",
 * "men" / "man") and knows no abbreviations ("Sept" / "September"); a handful
 * of near-synonyms common in reporting are folded as well. Nothing here is
 * specific to any story: these are everyday words an outlet swaps freely.
 */
// `stemmer` (wooorm) rather than `natural`: it is the classic Porter algorithm
// in one small, dependency-free, typed ES module, whereas `natural` would pull a
// large CommonJS toolkit into the bundle for one function. Porter (v1) stems
// slightly more aggressively than Porter2, which suits matching across outlets.
import { stemmer } from 'stemmer';
import { monthAbbreviations } from '../../corpus/calendar.js';

/** Lower-case surface form -> lower-case base form, applied before stemming. */
// prettier-ignore
const BASE_FORMS: ReadonlyMap<string, string> = new Map(
	Object.entries({
		// irregular verbs
		bought: 'buy', brought: 'bring', thought: 'think', sought: 'seek', caught: 'catch', taught: 'teach',
		fought: 'fight', sold: 'sell', told: 'tell', said: 'say', made: 'make', paid: 'pay', laid: 'lay',
		rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', went: 'go', gone: 'go', took: 'take',
		taken: 'take', gave: 'give', given: 'give', won: 'win', lost: 'lose', left: 'leave', met: 'meet',
		held: 'hold', kept: 'keep', led: 'lead', began: 'begin', begun: 'begin', came: 'come', became: 'become',
		got: 'get', gotten: 'get', found: 'find', saw: 'see', seen: 'see', knew: 'know', known: 'know',
		grew: 'grow', grown: 'grow', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write',
		chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive', ran: 'run', struck: 'strike',
		shot: 'shoot', stood: 'stand', understood: 'understand', felt: 'feel', heard: 'hear',
		sent: 'send', spent: 'spend', built: 'build', meant: 'mean', broke: 'break', broken: 'break',
		stole: 'steal', stolen: 'steal', froze: 'freeze', frozen: 'freeze', flew: 'fly', flown: 'fly',
		threw: 'throw', thrown: 'throw', wore: 'wear', worn: 'wear', hid: 'hide', hidden: 'hide', slid: 'slide',
		dealt: 'deal', fled: 'flee', bore: 'bear', born: 'bear', forgave: 'forgive', withdrew: 'withdraw',
		withdrawn: 'withdraw', overtook: 'overtake', undertook: 'undertake',
		// irregular plurals
		men: 'man', women: 'woman', children: 'child', people: 'person', feet: 'foot', teeth: 'tooth',
		mice: 'mouse', lives: 'life', wives: 'wife', knives: 'knife', data: 'datum', criteria: 'criterion',
		// abbreviations
		...Object.fromEntries(monthAbbreviations()),
		mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday',
		thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
		govt: 'government', gov: 'governor', dept: 'department', intl: 'international', natl: 'national',
		approx: 'approximately', yr: 'year', yrs: 'year', pc: 'percent', mins: 'minute', hrs: 'hour',
		// spelling variants
		favourite: 'favorite', colour: 'color', labour: 'labor', defence: 'defense', offence: 'offense',
		organisation: 'organization', programme: 'program', centre: 'center', theatre: 'theater',
		travelling: 'traveling', cancelled: 'canceled', judgement: 'judgment', towards: 'toward', jewellery: 'jewelry',
	}),
);

/**
 * Near-synonyms that reporters substitute for each other. Each group folds to
 * the stem of its first word. Kept deliberately small: a wrong fold makes two
 * different claims look alike, which is worse than missing a paraphrase.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	['buy', 'purchase', 'acquire'],
	['big', 'large', 'huge'],
	['small', 'little', 'tiny'],
	['begin', 'start', 'commence'],
	['finish', 'end', 'conclude'],
	['help', 'assist', 'aid'],
	['try', 'attempt'],
	['need', 'require'],
	['use', 'utilize', 'utilise', 'employ'],
	['get', 'obtain', 'receive'],
	['allow', 'permit', 'let'],
	['quick', 'fast', 'rapid', 'swift'],
	['show', 'indicate', 'reveal'],
	['lawyer', 'attorney'],
	['car', 'automobile', 'vehicle'],
	['child', 'kid'],
	['kill', 'slay'],
	['rise', 'increase', 'climb', 'gain', 'jump'],
	['fall', 'decline', 'drop', 'decrease', 'slide'],
	['plan', 'intend'],
	['approve', 'endorse'],
	['nation', 'country'],
	['arrest', 'detain'],
	['judge', 'magistrate'],
	['doctor', 'physician'],
	['expert', 'specialist'],
	['rule', 'regulation'],
	['law', 'legislation'],
	['suspend', 'halt'],
];

const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

function porterStem(lowerWord: string): string {
	let stem = stemCache.get(lowerWord);
	if (stem === undefined) {
		// A corpus has a bounded vocabulary, but a long-running session may see
		// many; start over rather than grow without limit.
		if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
		stem = stemmer(lowerWord);
		stemCache.set(lowerWord, stem);
	}
	return stem;
}

const SYNONYM_STEMS: ReadonlyMap<string, string> = (() => {
	const folds = new Map<string, string>();
	for (const group of SYNONYM_GROUPS) {
		const canonical = porterStem(BASE_FORMS.get(group[0] ?? '') ?? group[0] ?? '');
		for (const word of group) folds.set(porterStem(word), canonical);
	}
	return folds;
})();

let synonymsEnabled = true;

/** For ablation in the training script: measure what the synonym folds are worth. */
export function setSynonymFolding(enabled: boolean): void {
	synonymsEnabled = enabled;
}

/** Base form of a lower-case word: irregular forms and abbreviations resolved. */
export function baseForm(lowerWord: string): string {
	return BASE_FORMS.get(lowerWord) ?? lowerWord;
}

/** Stem of a lower-case word, with irregular forms and near-synonyms folded. */
export function wordStem(lowerWord: string): string {
	const stem = porterStem(baseForm(lowerWord));
	return synonymsEnabled ? (SYNONYM_STEMS.get(stem) ?? stem) : stem;
}
