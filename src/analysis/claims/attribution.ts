/**
 * Who a sentence says its claim comes from, and how sure it sounds. Patterns
 * cover the reporting forms of English news ("according to X", "citing X",
 * "X said", `..." said X`); they are grammar, not knowledge of any story.
 */

export interface Found {
	text: string;
	start: number;
	end: number;
}

/** Nouns that make a phrase before a speech verb a source: "American officials say". */
const SOURCE_NOUN = /\b(?:officials?|sources?|analysts?|experts?|diplomats?|authorities|government|ministry|embassy|spokes(?:man|woman|person)|representatives?|police|prosecutors?|investigators?|intelligence|agency|department|office|report|reports|media|newspaper|statement|observers?|witnesses|residents|president|minister|leaders?|side|times|post|journal|press|news)\b/iu;

// Base forms that are also common nouns ("the report", "a quote", "the state") are left out.
const SPEECH_VERBS = 'said|say|says|told|claim|claims|claimed|note|notes|noted|warn|warns|warned|maintain|maintains|maintained|reported|reports|quotes|quoted|insist|insists|insisted|states|stated|confirm|confirms|confirmed|deny|denies|denied|allege|alleges|alleged|believe|believes|estimates';

/** Most sentences have no speech verb; they skip the two patterns below, which try every word as a start. */
const ANY_SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'iu');

const INTRODUCED = /\b(?:according to|citing|cited by|quoting|reported by|as reported by|in the words of)\s+([^,;:"“”()]+?)(?=\s*(?:[,;:"“”()]|\.(?:\s|$)|$))/giu;
const INVERTED = new RegExp(`["”’,–—-]\\s*(?:${SPEECH_VERBS})\\s+([^,;:"“”()]+?)(?=\\s*(?:[,;:"“”()]|\\.(?:\\s|$)|$))`, 'giu');
const BEFORE_VERB = new RegExp(`((?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?[\\p{L}\\p{N}'’.-]+)\\s+(?:${SPEECH_VERBS})\\b`, 'gu');
/** Verbs that only ever report speech ("claimed" can be "the storm claimed 12 lives"). */
const PLAIN_SPEECH = /\b(?:said|say|says|told|stated|noted|warned)$/u;
/** Sources that name no one. */
const PRONOUN = /^(?:it|he|she|they|we|i|you|this|that|these|those|some|many|others?)$/iu;
const CLAUSE_OPENER = /^(?:.*?\b(?:that|which|who|and|but|while|as|when|since|because|after|before|however|instead)\s+)/iu;

/** Dots inside abbreviations ("U.S.") are not sentence ends; hide them from the patterns, keeping offsets. */
function maskAbbreviations(text: string): string {
	return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./gu, '\u2024'));
}

const MAX_SOURCE_WORDS = 10;
const PHRASE_STOP = new RegExp(`\\s+(?:that|which|who|${SPEECH_VERBS})\\b`, 'iu');

/** Where a source phrase ends: before a clause it runs into ("... diplomats maintain that ..."), at most ten words in. */
function phraseEnd(phrase: string): number {
	const stop = PHRASE_STOP.exec(phrase);
	let end = stop ? stop.index : phrase.length;
	const words = [...phrase.slice(0, end).matchAll(/\S+/gu)];
	const last = words[MAX_SOURCE_WORDS - 1];
	if (words.length > MAX_SOURCE_WORDS && last) end = last.index + last[0].length;
	return end;
}

export function findAttributions(text: string): Found[] {
	const masked = maskAbbreviations(text);
	const found: Found[] = [];
	const add = (start: number, end: number): void => {
		const raw = text.slice(start, end);
		const trimmed = raw.replace(/^\s+|[\s.]+$/gu, '');
		const offset = start + raw.indexOf(trimmed);
		if (trimmed.length < 2 || found.some((f) => f.start < offset + trimmed.length && offset < f.end)) return;
		found.push({ text: trimmed, start: offset, end: offset + trimmed.length });
	};
	for (const m of masked.matchAll(INTRODUCED)) {
		const phrase = m[1] ?? '';
		const start = m.index + m[0].length - phrase.length;
		add(start, start + phraseEnd(phrase));
	}
	if (ANY_SPEECH_VERB.test(masked)) {
		for (const m of masked.matchAll(INVERTED)) {
			const phrase = m[1] ?? '';
			if (SOURCE_NOUN.test(phrase) || /\p{Lu}/u.test(phrase)) add(m.index + m[0].length - phrase.length, m.index + m[0].length);
		}
		for (const m of masked.matchAll(BEFORE_VERB)) {
			let phrase = m[1] ?? '';
			let start = m.index;
			const opener = CLAUSE_OPENER.exec(phrase);
			if (opener) {
				start += opener[0].length;
				phrase = phrase.slice(opener[0].length);
			}
			// The subject of the whole sentence before a plain speech verb is its source ("Fire crews said ..."), a pronoun aside.
			const subject = start === 0 && !PRONOUN.test(phrase) && PLAIN_SPEECH.test(m[0]);
			if (phrase === '' || !(subject || SOURCE_NOUN.test(phrase) || /\b\p{Lu}{2,}\b/u.test(phrase))) continue;
			add(start, start + phrase.length);
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

const HEDGES = /\b(?:allegedly|reportedly|apparently|purportedly|suspected|suspect|claims?|claimed|could|may|might|possibly|possible|likely|unconfirmed|believed to|said to be|appears? to|seems? to|accused of|accusations?)\b/giu;

export function findHedges(text: string): Found[] {
	return [...text.matchAll(HEDGES)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** For comparing sources across outlets: "The New York Times" = "the New York Times", "U.S." = "US". */
export function comparableSource(text: string): string {
	return text.toLowerCase().replace(/\./gu, '').replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();
}
