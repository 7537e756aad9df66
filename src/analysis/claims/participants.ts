/**
 * Different participants in the same frame: "The Saints placed Reggie Bush
 * on injured reserve" and "The Saints placed Pierre Thomas on injured
 * reserve" share almost every word, yet report two events. Look-alike events
 * (two coaches fired by one team, two title fights of one boxer) differ
 * mostly in who: the same frame with another name in one of its slots.
 *
 * Two units clash when, once their shared concepts are aligned in order, some
 * short gap between aligned concepts (a slot) holds a name in each unit that
 * the other unit never mentions. A name added in one version only ("Russia"
 * against "Moscow officials" aside, which concepts.ts folds) is a detail,
 * not a clash; names in different slots ("at the CIA's request" against
 * "the US asked") are two participants of one event. Sources are left out
 * first: "NYT reports" against "according to the CIA" is a difference of
 * attribution, which the claims view shows rather than splits.
 *
 * Which words are names is learnt from the corpus itself: a word is a
 * name when at least two units write it capitalised mid-sentence and they
 * outnumber those that write it in lower case (headline-case units, where
 * every word is capitalised, are left out of that count). A participant of
 * an event is named more than once; a name mentioned once is a detail. No
 * gazetteer is needed, and a word that is a name in one story ("Interior")
 * and common in another is treated as each story writes it. Weekdays and
 * months are capitalised too but say when, not who, and outlets date one
 * event differently ("on Tuesday", "on July 10"), so they never clash.
 *
 * Two different names can still be one participant: parts of one name
 * ("Saddam" and "Hussein", seen side by side elsewhere in the corpus) and
 * spellings a letter apart ("Falluja", "Fallujah"). Those are not a clash.
 */
import { MONTH_NAMES, WEEKDAYS } from '../../corpus/calendar.js';
import { findAttributions } from './attribution.js';
import { profileConcepts } from './concepts.js';

/**
 * A slot is the stretch between two aligned concepts of at most this many
 * concepts on each side: "placed [Reggie Bush] on injured reserve". On the
 * BASIL development events, gaps of any length vetoed 29 pairs people judged
 * one claim for 12 that were not (at the operating point); capped at three
 * concepts, 11 for 7, while ECB+'s look-alike events stay apart (mixed pairs
 * 3.3% to 3.8%; at two concepts 5.6%).
 */
const SLOT_CONCEPTS = 3;

/** A name must be written capitalised in at least this many units. */
const MIN_NAME_UNITS = 2;

const WHEN_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTH_NAMES]);

/** The corpus's names, and which of them are parts of one longer name. */
export interface NameKnowledge {
	readonly names: ReadonlySet<string>;
	/** The concepts the names stand for, to rule a pair out cheaply before aligning it (evidence.ts). */
	readonly nameConcepts: ReadonlySet<string>;
	/** Pairs of words seen side by side in one capitalised run, as `a\u0000b` both ways. */
	readonly mates: ReadonlySet<string>;
}

/** Per word (lower-cased), how many units write it capitalised inside a sentence and how many in lower case. */
export class CasingCounts {
	readonly #capitalised = new Map<string, number>();
	readonly #conceptOf = new Map<string, string>();
	readonly #lowercase = new Map<string, number>();
	readonly #mates = new Set<string>();

	/** Records one unit's casing: its capitalised words (with their concepts) and its lower-case words. */
	add(capitalised: ReadonlyMap<string, string>, lowercase: ReadonlySet<string>): void {
		for (const [word, concept] of capitalised) {
			this.#capitalised.set(word, (this.#capitalised.get(word) ?? 0) + 1);
			this.#conceptOf.set(word, concept);
		}
		for (const word of lowercase) this.#lowercase.set(word, (this.#lowercase.get(word) ?? 0) + 1);
	}

	/** Two capitalised words written side by side ("Saddam Hussein"): parts of one name. */
	addMates(first: string, second: string): void {
		if (first === second) return;
		this.#mates.add(`${first}\u0000${second}`);
		this.#mates.add(`${second}\u0000${first}`);
	}

	knowledge(): NameKnowledge {
		const names = new Set<string>();
		const nameConcepts = new Set<string>();
		for (const [word, count] of this.#capitalised) {
			if (count >= MIN_NAME_UNITS && count > (this.#lowercase.get(word) ?? 0) && !WHEN_WORDS.has(word)) {
				names.add(word);
				nameConcepts.add(this.#conceptOf.get(word) ?? word);
			}
		}
		return { names, nameConcepts, mates: this.#mates };
	}
}

/** A unit's concepts in order, with its sources blanked out, and each concept's word as written: the frame whose slots are compared. */
export interface Frame {
	readonly concepts: readonly string[];
	/** Lower-cased words, parallel to `concepts`; names are known by these. */
	readonly forms: readonly string[];
}

export function frameOf(text: string): Frame {
	let framed = text;
	for (const source of findAttributions(text)) {
		framed = framed.slice(0, source.start) + ' '.repeat(source.end - source.start) + framed.slice(source.end);
	}
	const forms: string[] = [];
	const { concepts } = profileConcepts(framed, undefined, forms);
	return { concepts, forms };
}

/**
 * Whether two frames put different names in the same slot. `allA` and
 * `allB` are each unit's full concept sets (a name counts as missing only
 * if the other unit never mentions it, sources included).
 */
export function participantsClash(a: Frame, b: Frame, known: NameKnowledge, allA: ReadonlySet<string>, allB: ReadonlySet<string>): boolean {
	const aligned = alignInOrder(a.concepts, b.concepts);
	let previousA = -1;
	let previousB = -1;
	for (const [i, j] of [...aligned, [a.concepts.length, b.concepts.length] as const]) {
		// A wide gap is no slot: two long sentences anchored by a few shared words hold other names between
		// them as details of one claim, each outlet its own.
		if (i - previousA - 1 > SLOT_CONCEPTS || j - previousB - 1 > SLOT_CONCEPTS) {
			previousA = i;
			previousB = j;
			continue;
		}
		const onlyA = namesMissingFrom(a, previousA + 1, i, known.names, allB);
		const onlyB = namesMissingFrom(b, previousB + 1, j, known.names, allA);
		if (onlyA.length > 0 && onlyB.length > 0 && !onlyA.some((x) => onlyB.some((y) => sameParticipant(x, y, known.mates)))) return true;
		previousA = i;
		previousB = j;
	}
	return false;
}

/** Names (as written) in frame positions [from, to) whose concept the other unit lacks. */
function namesMissingFrom(frame: Frame, from: number, to: number, names: ReadonlySet<string>, other: ReadonlySet<string>): string[] {
	const missing: string[] = [];
	for (let k = from; k < to; k++) {
		const form = frame.forms[k];
		const concept = frame.concepts[k];
		if (form !== undefined && concept !== undefined && names.has(form) && !other.has(concept)) missing.push(form);
	}
	return missing;
}

function sameParticipant(x: string, y: string, mates: ReadonlySet<string>): boolean {
	return mates.has(`${x}\u0000${y}`) || spellingVariants(x, y);
}

/** One edit apart (two for long names): "falluja" and "fallujah", "qaeda" and "qaida". */
export function spellingVariants(x: string, y: string): boolean {
	const allowed = Math.min(x.length, y.length) >= 8 ? 2 : 1;
	if (Math.min(x.length, y.length) < 4 || Math.abs(x.length - y.length) > allowed) return false;
	return editDistanceWithin(x, y, allowed);
}

/**
 * Levenshtein distance <= limit, with the row minimum as an early exit.
 * Written here because the question is only "within one or two edits?" of
 * two short words; a library would compute the whole distance.
 */
function editDistanceWithin(x: string, y: string, limit: number): boolean {
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= y.length; j++) {
			const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return false;
		previous = current;
	}
	return (previous[y.length] ?? Infinity) <= limit;
}

/**
 * Longest common subsequence of two concept sequences, as index pairs in
 * order. Units are a sentence long (tens of concepts), so the quadratic
 * table is small; it is computed only for pairs that already look alike.
 * Written here rather than taken from jsdiff's diffArrays, which gives the
 * same alignment but made the whole claims step 30-40% slower on 2,000
 * articles (objects and callbacks per call, for sequences this short).
 */
export function alignInOrder(a: readonly string[], b: readonly string[]): [number, number][] {
	const width = b.length + 1;
	const table = new Uint16Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			table[i * width + j] =
				a[i] === b[j]
					? (table[(i + 1) * width + j + 1] ?? 0) + 1
					: Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
		}
	}
	const pairs: [number, number][] = [];
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i] === b[j]) {
			pairs.push([i, j]);
			i++;
			j++;
		} else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
		else j++;
	}
	return pairs;
}
