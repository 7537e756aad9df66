/**
 * "the Saints" in an article that never writes "New Orleans Saints": a team's plural alone, written with a
 * capital, is the team wherever the corpus names it in full. Within an article the consistency step votes the
 * plural a body where the team is named in full; a tagger trained on 1996 Reuters leaves it untagged elsewhere.
 */
import type { Article } from '../../corpus/index.js';
import { lastWord } from './alias-key.js';
import { onlyOpenersBefore } from './clean-span.js';
import { linesWithHeadline, namedAt, newMention } from './extract.js';
import { isTeamName } from './type-checks.js';
import type { RawMention } from './types.js';

export function withTeamsAlone(articles: readonly Article[], mentions: RawMention[]): RawMention[] {
	// Named in full twice at least: one "London Critics" makes no team of every "Critics".
	const fullNames = new Map<string, number>();
	for (const m of mentions) {
		if (m.type === 'organization' && m.text.includes(' ') && isTeamName(m.text)) fullNames.set(m.text, (fullNames.get(m.text) ?? 0) + 1);
	}
	const plurals = new Set([...fullNames].filter(([, count]) => count >= 2).map(([name]) => lastWord(name)));
	if (plurals.size === 0) return mentions;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(?:${[...plurals].map(escaped).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
	const words = [...plurals];
	const named = namedAt(mentions);
	const found: RawMention[] = [];
	for (const article of articles) {
		for (const sentence of linesWithHeadline(article)) {
			if (!words.some((word) => sentence.text.includes(word))) continue;
			for (const match of sentence.text.matchAll(pattern)) {
				const start = match.index;
				const end = start + match[0].length;
				// "Critics say": a capitalised plural opening a sentence is as often the common noun.
				if (onlyOpenersBefore(sentence.text, start)) continue;
				if (named(article.id, sentence.index, start, end)) continue;
				found.push(newMention(article.id, sentence.index, sentence.text, { start, end }, 'organization'));
			}
		}
	}
	return found.length === 0 ? mentions : [...mentions, ...found];
}

function escaped(word: string): string {
	return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
