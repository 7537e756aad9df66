import assert from 'node:assert/strict';
import { test } from 'node:test';
import stringWidth from 'string-width';
import { buildArticle } from '../src/corpus/build-article.js';
import { layoutArticle } from '../src/ui/reader/layout.js';

const article = buildArticle('a', 'a.txt', {
	title: 'Title',
	outlet: null,
	date: null,
	author: null,
	place: null,
	url: null,
	paragraphs: [
		{ kind: 'text', text: 'The first sentence is here. The second sentence runs on for a good while so that it wraps. Third.' },
		{ kind: 'heading', text: 'Background' },
		{ kind: 'text', text: '漢字の文章は幅が二倍です。 Wide characters take two columns each.' },
	],
});

test('wraps every line within the width, counting wide characters as two columns', () => {
	const { lines } = layoutArticle(article, 20, null);
	for (const line of lines) assert.ok(stringWidth(line.spans.map((s) => s.text).join('')) <= 20);
	assert.ok(lines.some((line) => line.spans.some((s) => s.style === 'heading' && s.text === 'Background')));
});

test('knows the line each sentence starts on', () => {
	const { lines, sentenceLines } = layoutArticle(article, 20, null);
	assert.equal(sentenceLines.length, article.sentences.length);
	article.sentences.forEach((sentence, i) => {
		const line = lines[sentenceLines[i] ?? -1];
		const text = line?.spans.map((s) => s.text).join('') ?? '';
		const opening = [...sentence.text].slice(0, 3).join('');
		assert.ok(text.includes(opening), `sentence ${i} (${opening}) starts on line ${sentenceLines[i]}: "${text}"`);
	});
});

test('marks exactly the focused sentence, across its wrapped lines', () => {
	const { lines } = layoutArticle(article, 20, { sentence: 1 });
	const focused = lines.flatMap((line) => line.spans.filter((s) => s.style === 'focus').map((s) => s.text)).join(' ');
	assert.equal(focused, article.sentences[1]?.text);
});

test('marks match ranges inside the focused sentence apart from the rest of it', () => {
	const sentence = article.sentences[1]?.text ?? '';
	const start = sentence.indexOf('good while');
	const { lines } = layoutArticle(article, 20, { sentence: 1, ranges: [[start, start + 'good while'.length]] });
	const spans = lines.flatMap((line) => line.spans);
	assert.deepEqual(
		spans
			.filter((s) => s.style === 'match')
			.map((s) => s.text)
			.join(' '),
		'good while',
	);
	assert.ok(
		spans.some((s) => s.style === 'focus'),
		'the rest of the sentence is still marked',
	);
});
