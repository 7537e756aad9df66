/**
 * `npm run eval:attribution [-- --basil DIR] [--held-back | --all]`: who each
 * BASIL quote is attributed to, against the dataset's own annotation of
 * quoted spans and their speakers. Each annotated quote with a named speaker
 * (not "other_pro"/"other_anti"/"other_neutral") is found in the sentence
 * holding it, storylens names that sentence's source with the article
 * around it (src/analysis/claims/sources.ts), and the two names are matched
 * through the Entities analysis (same entity, or the same surname or words).
 * Prints figures per way the source was found; the last line is
 * `attribution precision P recall R`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { speakerOf } from '../src/analysis/claims/attribution.js';
import { sameSource } from '../src/analysis/claims/source-compare.js';
import { sourceName } from '../src/analysis/claims/source-names.js';
import { articleSources } from '../src/analysis/claims/sources.js';
import { aliasKey, analyseEntities, type Entity } from '../src/analysis/entities/index.js';
import type { Article } from '../src/corpus/index.js';
import { alternation } from '../src/word-lists.js';
import { basilEvents, basilOption, loadEvent, partOption } from './eval/basil-events.js';

interface Annotation {
	quote: string;
	speaker: string;
	txt: string;
}

const OUTLETS = ['fox', 'nyt', 'hpo'] as const;

function namedQuotes(basil: string, event: string, outlet: string): Annotation[] {
	const file = join(basil, 'annotations', `${event}_${outlet}_ann.json`);
	if (!existsSync(file)) return [];
	const data = JSON.parse(readFileSync(file, 'utf8')) as { 'phrase-level-annotations'?: Annotation[] };
	return (data['phrase-level-annotations'] ?? []).filter((a) => a.quote === 'yes' && a.speaker !== '' && !/^other_/u.test(a.speaker));
}

/**
 * Speakers the annotators gave as a group ("Democratic_lawmakers",
 * "Catholics") name no one: the article quotes one member by name, which
 * no matching of names can check. They are counted apart, not scored.
 */
const GROUP_WORDS = alternation(
	'lawmakers members officials democrats republicans catholics protestors protesters companies leaders senators students',
	'supporters critics residents activists nuns conservatives liberals plaintiffs voters parents advocates groups',
);
const GROUP = new RegExp(`(?:${GROUP_WORDS})$`, 'iu');

const squash = (s: string): string =>
	s
		.replace(/[“”"‘’']/gu, '')
		.replace(/\s+/gu, ' ')
		.trim()
		.toLowerCase();

/** The sentence holding the quote's opening words; -1 when the loader's sentences do not hold it. */
function sentenceOf(article: Article, quote: string): number {
	const words = squash(quote).split(' ');
	for (const take of [8, 5, 3]) {
		const head = words.slice(0, take).join(' ');
		if (head.length < 8) continue;
		const hit = article.sentences.findIndex((s) => squash(s.text).includes(head));
		if (hit >= 0) return hit;
	}
	return -1;
}

const words = (s: string): string[] =>
	aliasKey(s)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 2)
		.map((w) => w.replace(/s$/u, ''));

/**
 * Gold "Donald_Trump" against "Mr. Trump, who ...": one entity of the Entities
 * analysis, one source by sameSource, or a shared word of a group
 * ("House_Democrats" / "Democrats").
 */
function matches(gold: string, predicted: string, entities: readonly Entity[]): boolean {
	const name = gold.replace(/_/gu, ' ');
	if (sameSource(name, predicted)) return true;
	const keyOf = (e: Entity): Set<string> => new Set([e.name, ...e.aliases].map(aliasKey));
	const predictedKey = aliasKey(predicted.split(',')[0] ?? predicted);
	const entity = entities.find((e) => keyOf(e).has(aliasKey(name)));
	if (entity && [...keyOf(entity)].some((k) => predictedKey.endsWith(k))) return true;
	// BASIL's speaker names lose their accents' letters ("Felipe_Calder" for Calderón).
	const goldLast = aliasKey(name).split(' ').at(-1) ?? '';
	if (goldLast.length >= 4 && aliasKey(sourceName(predicted)).split(' ').at(-1)?.startsWith(goldLast)) return true;
	const predictedWords = new Set(words(predicted));
	return words(name).some((w) => predictedWords.has(w));
}

interface Tally {
	predicted: number;
	correct: number;
}

async function main(args: readonly string[]): Promise<number> {
	const basil = basilOption(args);
	if (!existsSync(join(basil, 'events.tsv'))) {
		console.log(`eval:attribution: no events.tsv in ${basil} (pass --basil DIR)`);
		return 2;
	}
	const part = partOption(args);
	const events = basilEvents(basil, part);
	const byForm = new Map<string, Tally>();
	let gold = 0;
	let groups = 0;
	let unplaced = 0;
	let unattributed = 0;
	let correct = 0;
	let predicted = 0;
	const verbose = args.includes('--verbose');
	for (const event of events) {
		const corpus = await loadEvent(basil, event);
		const entities = analyseEntities(corpus).filter((e) => e.type === 'person' || e.type === 'organization');
		for (const outlet of OUTLETS) {
			const article = corpus.articles.find((a) => a.id === outlet);
			if (!article) continue;
			const reader = articleSources(article);
			for (const quote of namedQuotes(basil, event, outlet)) {
				if (GROUP.test(quote.speaker)) {
					groups++;
					continue;
				}
				gold++;
				const index = sentenceOf(article, quote.txt);
				if (index < 0) {
					unplaced++;
					continue;
				}
				const source = speakerOf(reader.sources(index));
				if (!source) {
					unattributed++;
					if (verbose) console.log(`  none  ${quote.speaker} | ${article.sentences[index]?.text.slice(0, 160)}`);
					continue;
				}
				predicted++;
				const tally = byForm.get(source.form) ?? { predicted: 0, correct: 0 };
				tally.predicted++;
				const ok = matches(quote.speaker, source.text, entities);
				if (ok) {
					tally.correct++;
					correct++;
				} else if (verbose)
					console.log(`  wrong ${quote.speaker} ≠ ${source.text} [${source.form}] | ${article.sentences[index]?.text.slice(0, 160)}`);
				byForm.set(source.form, tally);
			}
		}
	}
	console.log(
		`${part} part: ${events.length} BASIL events, ${gold} quotes with a named speaker ` +
			`(${unplaced} not found in the loaded sentences, counted as missed); ${groups} more whose speaker is a group, not scored`,
	);
	for (const [form, t] of [...byForm].sort((a, b) => b[1].predicted - a[1].predicted)) {
		console.log(
			`  ${form.padEnd(13)} ${String(t.predicted).padStart(4)} attributed, ${String(t.correct).padStart(4)} right, ` +
				`precision ${(t.correct / t.predicted).toFixed(3)}`,
		);
	}
	console.log(`  ${'unattributed'.padEnd(13)} ${String(unattributed).padStart(4)}`);
	const precision = predicted === 0 ? 0 : correct / predicted;
	const recall = gold === 0 ? 0 : correct / gold;
	console.log(`attribution precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
