/**
 * A prefilter for fuzzy search: which documents could match a query at all,
 * best first. Each query word is looked up in the vocabulary of the corpus
 * (fuzzily, with fuse.js over the distinct words, which are few: a
 * vocabulary grows with about the square root of a corpus), and only
 * documents holding a matching word for every query word go on to the full
 * fuse.js ranking. Documents where a word starts with the typed word rank
 * before those matching only fuzzily, so a cap on candidates keeps the best.
 */
import Fuse from 'fuse.js';
import { foldText } from './fold.js';

const WORD = /[\p{L}\p{N}]+/gu;

export interface WordIndex {
	/** Document ids that may match every word of `query`, best first, at most `cap`; null when the query cannot be prefiltered. */
	candidates(query: string, cap: number): number[] | null;
}

interface TokenWords {
	/** Vocabulary words starting with the token: the word being typed. */
	prefix: string[];
	/** Vocabulary words fuse.js finds for the token but that do not start with it. */
	fuzzy: string[];
	/** Documents these words occur in, counted with repeats: how much work the token costs. */
	weight: number;
}

export function createWordIndex(texts: readonly string[], threshold: number): WordIndex {
	const postings = compactPostings(texts);
	const vocabulary = [...postings.keys()];
	const fuzzyWords = new Fuse(vocabulary, { ignoreLocation: true, threshold, isCaseSensitive: true });
	const cache = new Map<string, TokenWords>();
	const wordsFor = (token: string): TokenWords => {
		let found = cache.get(token);
		if (found === undefined) {
			const prefix = vocabulary.filter((w) => w.startsWith(token));
			// Fuzzy matching one or two letters finds everything; short tokens are prefixes being typed.
			const fuzzy =
				token.length < 3
					? []
					: fuzzyWords
							.search(token)
							.map((r) => r.item)
							.filter((w) => !w.startsWith(token));
			const weight = [...prefix, ...fuzzy].reduce((n, w) => n + (postings.get(w)?.length ?? 0), 0);
			found = { prefix, fuzzy, weight };
			if (cache.size > 500) cache.clear();
			cache.set(token, found);
		}
		return found;
	};
	// Per-document scratch, reset after each query: how many tokens matched so far, and a score.
	const matched = new Uint8Array(texts.length);
	const score = new Uint16Array(texts.length);

	return {
		candidates(query, cap) {
			// fuse.js's extended operators ('exact ^prefix !not a|b) change what matches; rank everything then.
			if (/['^!$|="]/u.test(query)) return null;
			const tokens = [...new Set([...query.matchAll(WORD)].map((m) => foldText(m[0])))].slice(0, 250);
			if (tokens.length === 0) return null;
			// Every token must match: the cheapest token first gives the fewest documents to carry forward.
			const words = tokens.map(wordsFor).sort((a, b) => a.weight - b.weight);
			const touched: number[] = [];
			words.forEach((token, k) => {
				// Prefix words first, so a document matched both ways keeps the higher score.
				for (const [list, bonus] of [
					[token.prefix, 2],
					[token.fuzzy, 1],
				] as const) {
					for (const word of list) {
						const docs = postings.get(word);
						if (docs === undefined) continue;
						for (let j = 0; j < docs.length; j++) {
							const doc = docs[j] as number;
							if (matched[doc] !== k) continue;
							if (k === 0) touched.push(doc);
							matched[doc] = k + 1;
							score[doc] = (score[doc] ?? 0) + bonus;
						}
					}
				}
			});
			const survivors: number[] = [];
			for (const doc of touched) if (matched[doc] === words.length) survivors.push(doc);
			if (survivors.length > cap) {
				// fuse.js favours short fields too; among equal scores, keep the shorter texts.
				survivors.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || (texts[a]?.length ?? 0) - (texts[b]?.length ?? 0));
				survivors.length = cap;
			}
			for (const doc of touched) {
				matched[doc] = 0;
				score[doc] = 0;
			}
			return survivors.sort((a, b) => a - b);
		},
	};
}

/**
 * Each word's documents, in order. Collected in growable arrays, then kept as
 * exact-size Int32Arrays: 4 bytes a posting instead of 8 plus the arrays'
 * spare capacity, about half the index at 10,000 articles.
 */
export function compactPostings(texts: readonly string[]): Map<string, Int32Array> {
	const growing = new Map<string, number[]>();
	texts.forEach((text, doc) => {
		for (const match of text.matchAll(WORD)) {
			const word = foldText(match[0]);
			const list = growing.get(word);
			if (list === undefined) growing.set(word, [doc]);
			else if (list.at(-1) !== doc) list.push(doc);
		}
	});
	const postings = new Map<string, Int32Array>();
	for (const [word, docs] of growing) postings.set(word, Int32Array.from(docs));
	return postings;
}
