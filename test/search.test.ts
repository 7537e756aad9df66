import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Fuse from 'fuse.js';
import { createSearchIndex, FUSE_OPTIONS, type SearchDoc } from '../src/search/index.js';
import { compactPostings, createWordIndex } from '../src/search/word-index.js';

const doc = (text: string, article = 'a', sentence = 0): SearchDoc => ({ kind: 'sentence', article, sentence, text });

describe('search index', () => {
	const docs = [
		doc('Tourists gathered in Cancun for the festival.', 'a', 0),
		doc('The minister denied every accusation.', 'a', 1),
		doc('A "Russia watcher" post was created at the embassy.', 'b', 0),
		doc('Officials watched the border closely.', 'b', 1),
	];
	const index = createSearchIndex(docs);

	test('finds a word from a typo, with the matched characters as ranges', () => {
		const [hit] = index.search('cancn');
		assert.equal(hit?.text, docs[0]?.text);
		assert.deepEqual(
			hit?.ranges.map(([s, e]) => hit.text.slice(s, e)),
			['Canc'],
		);
	});

	test('ranks the exact phrase first and rejects noise', () => {
		assert.equal(index.search('russia watcher')[0]?.text, docs[2]?.text);
		assert.deepEqual(index.search('zqxvw'), []);
	});

	test("supports fuse.js's extended syntax: 'exact and !not", () => {
		assert.deepEqual(
			index.search("'minister").map((h) => h.text),
			[docs[1]?.text],
		);
		assert.ok(index.search('!watch').every((h) => !/watch/iu.test(h.text)));
	});

	test('one character is too little to search', () => {
		assert.deepEqual(index.search('c'), []);
	});
});

describe('word prefilter for large corpora', () => {
	// A deterministic corpus of made-up sentences, large enough that the prefilter is used.
	const subjects = ['The minister', 'A spokesman', 'Local police', 'The committee', 'Investors', 'The mayor'];
	const verbs = ['announced', 'rejected', 'welcomed', 'questioned', 'postponed', 'approved'];
	const objects = ['the budget', 'a new tariff', 'the harbour plan', 'the election date', 'an inquiry', 'the merger'];
	const texts: string[] = [];
	for (let i = 0; i < 3000; i++)
		texts.push(`${subjects[i % 6]} ${verbs[Math.floor(i / 6) % 6]} ${objects[Math.floor(i / 36) % 6]} on day ${i}.`);
	texts.push('Fishermen protested against the harbour extension in Valparaiso.');

	test('keeps every document that fuse.js would match, for typos and prefixes', () => {
		const words = createWordIndex(texts, FUSE_OPTIONS.threshold ?? 0.34);
		const { keys: _keys, ...options } = FUSE_OPTIONS;
		const fuse = new Fuse<string>(texts, options as ConstructorParameters<typeof Fuse<string>>[1]);
		for (const query of ['valparaso', 'harbour exten', 'fisherm', 'postponed budget']) {
			const expected = new Set(fuse.search(query).map((r) => r.refIndex));
			const candidates = new Set(words.candidates(query, 100_000) ?? []);
			for (const doc of expected) assert.ok(candidates.has(doc), `"${query}": document ${doc} (${texts[doc]}) was filtered out`);
		}
	});

	test('caps the candidates, keeping documents where words start with the query words', () => {
		const words = createWordIndex(texts, FUSE_OPTIONS.threshold ?? 0.34);
		const capped = words.candidates('minister budget', 50) ?? [];
		assert.equal(capped.length, 50);
		assert.ok(capped.every((d) => /minister/u.test(texts[d] ?? '') && /budget/u.test(texts[d] ?? '')));
	});

	test('the search index over a large corpus still finds the rare sentence first', () => {
		const index = createSearchIndex(texts.map((text, i) => doc(text, `a${i % 50}`, i)));
		assert.match(index.search('valparaso harbor')[0]?.text ?? '', /Valparaiso/u);
	});
});

test('word postings list each document once, in order, folded', () => {
	const postings = compactPostings(['Cancún and Cancun', 'nothing here', 'CANCUN again', 'and']);
	assert.deepEqual(Array.from(postings.get('cancun') ?? []), [0, 2]);
	assert.deepEqual(Array.from(postings.get('and') ?? []), [0, 3]);
	assert.equal(postings.has('Cancún'), false);
});
