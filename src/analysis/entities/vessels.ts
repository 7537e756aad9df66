/**
 * "INS Sukanya", "USS Cole", "HMS Belfast": a ship is named after a person or a place, and a tagger reads the name
 * as one ("Sukanya" a woman, "Belfast" the city). A name after a ship's prefix is the ship's (CoNLL files "RMS
 * Titanic" as MISC), and so is that name alone read as a person elsewhere in the corpus ("Sukanya fired warning
 * shots"), unless it opens with a given name ("USS Ronald Reagan"): neither is a mention. A place's name alone
 * stays the place ("Belfast" beside "HMS Belfast"). No npm package lists ship prefixes; these are the navies' and
 * merchant fleets' that news writes in English. Not "MS" or "SS", which are as often an illness and a Nazi body.
 */
import type { Article } from '../../corpus/index.js';
import { alternation } from '../../word-lists.js';
import { isTitleWord } from './clean-span.js';
import { linesWithHeadline } from './extract.js';
import { isGivenName } from './gazetteer.js';
import type { RawMention } from './types.js';

const PREFIXES = alternation('USS USNS USCGC HMS HMAS HMCS HMNZS RFA INS PNS BNS ROKS RMS MV MT RV');
const VESSEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${PREFIXES})\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`, 'gu');
/** The prefixes without VESSEL's Unicode classes, a tenth of its cost, asked of every line first. */
const MAY_NAME_A_VESSEL = new RegExp(`\\b(?:${PREFIXES}) [A-Z]`);

export function withoutVessels(articles: readonly Article[], mentions: RawMention[]): RawMention[] {
	const names = new Set<string>();
	const spans = new Map<string, [number, number][]>();
	for (const article of articles) {
		for (const { index, text } of linesWithHeadline(article)) {
			if (!MAY_NAME_A_VESSEL.test(text)) continue;
			for (const match of text.matchAll(VESSEL)) {
				const name = match[1] ?? '';
				// "INS Commissioner Doris Meissner": the Immigration and Naturalization Service, before a title.
				if (isTitleWord(name.split(/\s+/u)[0] ?? '')) continue;
				// "USS Ronald Reagan": a person's name alone elsewhere is as likely the person.
				if (!isGivenName(name.split(/\s+/u)[0] ?? '')) names.add(name);
				const key = `${article.id}\n${index}`;
				spans.set(key, [...(spans.get(key) ?? []), [match.index, match.index + match[0].length]]);
			}
		}
	}
	if (spans.size === 0) return mentions;
	return mentions.filter((m) => {
		if (m.type === 'person' && names.has(m.text)) return false;
		const inSentence = spans.get(`${m.article}\n${m.sentence}`);
		return !inSentence?.some(([start, end]) => m.start < end && start < m.end);
	});
}
