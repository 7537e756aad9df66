import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticleText } from '../src/corpus/index.js';

const parse = (text: string, markdown = false) => parseArticleText(text, { markdown });

describe('parseArticleText: page furniture scraped with the article', () => {
	test('lifts a category-and-timestamp line into the date', () => {
		const fields = parse('World News 2024-03-01T08:00:00Z\n\nTitle of the piece\n\nBody sentence one. Body two.');
		assert.equal(fields.date, '2024-03-01');
		assert.equal(fields.title, 'Title of the piece');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.text),
			['Body sentence one. Body two.'],
		);
	});

	test('drops boilerplate words such as "Posted" above the title', () => {
		const fields = parse('Posted\n\nFloods close the valley road\n\nThe road was closed on Monday.');
		assert.equal(fields.title, 'Floods close the valley road');
		assert.equal(fields.paragraphs.length, 1);
	});

	test('removes the title printed again after the summary', () => {
		const fields = parse('Storm Hits Coast\n\nA short summary of the storm.\n\nStorm Hits Coast\n\nThe full story begins here.');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.text),
			['A short summary of the storm.', 'The full story begins here.'],
		);
	});

	test('reads place, date and outlet from a dateline and removes it from the body', () => {
		const fields = parse('Port Reopens\n\nLisbon / Porto, March 3, 2024 – Atlantic Wire Service (AWS)\n\nThe port reopened today.');
		assert.equal(fields.place, 'Lisbon / Porto');
		assert.equal(fields.date, '2024-03-03');
		assert.equal(fields.outlet, 'Atlantic Wire Service');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.text),
			['The port reopened today.'],
		);
	});

	test('reads an agency dateline prefix such as "OSLO (Reuters) -"', () => {
		const fields = parse('Talks resume\n\nOSLO (Reuters) - Talks resumed on Tuesday after a pause.');
		assert.equal(fields.outlet, 'Reuters');
		assert.equal(fields.place, 'Oslo');
		assert.equal(fields.paragraphs[0]?.text, 'Talks resumed on Tuesday after a pause.');
	});

	test('takes the outlet from "reports X" but not from the cited source', () => {
		const fields = parse(
			'A summary sentence that is long enough. Another one.\nThis was reported by The Guardian, reports ABC.\nMore text.',
		);
		assert.equal(fields.outlet, 'ABC');
	});

	test('a titled person who "writes" is no outlet, and a name ends at its full stop (BBC politics)', () => {
		assert.equal(parse("Brown and Blair\n\nThe two men fell out, writes Mr Peston. In Mr Peston's book the rift is old.").outlet, null);
		assert.equal(parse('Spies\n\nMexico refused, reports UNN. In Kyiv the news was welcomed.').outlet, 'UNN');
		assert.equal(parse('Spies\n\nMexico refused, reports U.S. News. More soon.').outlet, 'U.S. News');
	});

	test('no outlet when the text only cites a source', () => {
		const fields = parse('Headline without outlet\n\nThis was reported by The Guardian, citing officials.');
		assert.equal(fields.outlet, null);
	});

	test('marks short unpunctuated lines between paragraphs as headings', () => {
		const fields = parse('Title here\n\nFirst paragraph.\nDetails\nSecond paragraph.\n\n\n\n');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.kind),
			['text', 'heading', 'text'],
		);
	});

	test('joins a dash-led attribution line to the quote above it', () => {
		const fields = parse('Title here\n\nThey are not watched as closely as elsewhere\n– said a former official.');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.text),
			['They are not watched as closely as elsewhere – said a former official.'],
		);
	});

	test('an article opening with a summary sentence has no explicit title', () => {
		assert.equal(parse('The council voted to close the bridge. Repairs start in May.\nMore text here.').title, null);
	});

	test('CRLF, lone CR, a BOM and invisible characters are normalised', () => {
		const fields = parse('\uFEFFTitle\r\n\r\nOne\u200B line.\rTwo lines.');
		assert.equal(fields.title, 'Title');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.text),
			['One line.', 'Two lines.'],
		);
	});
});

describe('parseArticleText: Markdown', () => {
	test('front matter gives title, outlet, date and url; Markdown syntax is stripped', () => {
		const fields = parse(
			[
				'---',
				'title: "Bridge closed"',
				'source: City Post',
				'date: 2024-05-02',
				'url: https://example.org/a',
				'---',
				'# Bridge closed',
				'',
				'The **bridge** was [closed](https://x.org) on _Monday_.',
			].join('\n'),
			true,
		);
		assert.equal(fields.title, 'Bridge closed');
		assert.equal(fields.outlet, 'City Post');
		assert.equal(fields.date, '2024-05-02');
		assert.equal(fields.url, 'https://example.org/a');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.text),
			['The bridge was closed on Monday.'],
		);
	});

	test('a leading # heading is the title, later ones are headings', () => {
		const fields = parse('# Main title\n\nIntro text.\n\n## Background\n\nMore text.', true);
		assert.equal(fields.title, 'Main title');
		assert.deepEqual(
			fields.paragraphs.map((p) => p.kind),
			['text', 'heading', 'text'],
		);
	});
});
