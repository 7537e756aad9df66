/**
 * Saved web pages: each metadata source on its own and in its order of
 * trust, and the body with the furniture news pages put around it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { looksLikeHtml } from '../src/corpus/formats.js';
import { MAX_DEPTH, parseHtmlPage, UnreadablePageError } from '../src/corpus/parse-html.js';
import { htmlShape } from '../src/corpus/html/dom.js';

const BODY = [
	'The harbour reopened on Monday after the storm that closed it for a week.',
	'Ships returned at noon, and the port authority said the damage was less than feared.',
	'Officials expect traffic to be back to normal by the end of the month, the authority said.',
	'Fishermen who had waited in the next town sailed home in the afternoon.',
];

/** A page with the given head and an article of four paragraphs, plus optional extras inside the article. */
function page(head: string, options: { extras?: string; title?: string } = {}): string {
	const paragraphs = BODY.map((p) => `<p>${p} ${p}</p>`).join('\n');
	return `<!DOCTYPE html><html><head>${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${options.title ?? 'Harbour reopens after storm'}</h1>${options.extras ?? ''}${paragraphs}</article></main>
<footer>© 2024 The Harbour Times. All rights reserved.</footer>
</body></html>`;
}

function texts(html: string): string[] {
	return parseHtmlPage(html).paragraphs.map((p) => p.text);
}

describe('HTML metadata, by source', () => {
	test('JSON-LD NewsArticle: headline, date, publisher, authors, URL', () => {
		const ld = {
			'@context': 'https://schema.org',
			'@graph': [
				{ '@type': 'Organization', 'name': 'Not the publisher' },
				{
					'@type': 'NewsArticle',
					'headline': 'Harbour reopens &amp; ships return',
					'datePublished': '2024-03-04T09:30:00+01:00',
					'publisher': { '@type': 'Organization', 'name': 'The Harbour Times' },
					'author': [
						{ '@type': 'Person', 'name': 'Jane Doe' },
						{ '@type': 'Person', 'name': 'John Roe' },
					],
					'mainEntityOfPage': { '@id': 'https://harbour.example/2024/03/04/reopens' },
				},
			],
		};
		const fields = parseHtmlPage(page(`<title>Something else</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
		assert.equal(fields.title, 'Harbour reopens & ships return');
		assert.equal(fields.date, '2024-03-04');
		assert.equal(fields.outlet, 'The Harbour Times');
		assert.equal(fields.author, 'Jane Doe, John Roe');
		assert.equal(fields.url, 'https://harbour.example/2024/03/04/reopens');
	});

	test('JSON-LD articleBody is the text when the layout hides the article', () => {
		const ld = { '@type': 'Article', 'headline': 'Hidden story', 'articleBody': `${BODY.join(' ')}\n\n${BODY.join(' ')}` };
		const html =
			`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>` + '<body><div id="app"></div></body></html>';
		const fields = parseHtmlPage(html);
		assert.equal(fields.title, 'Hidden story');
		assert.equal(fields.paragraphs.length, 2);
		assert.ok(fields.paragraphs[0]?.text.startsWith('The harbour reopened on Monday'));
	});

	test('broken or placeholder JSON-LD is passed over for the next source', () => {
		const head = [
			'<script type="application/ld+json">{ not json </script>',
			'<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>',
			'<meta property="article:published_time" content="2023-11-19T10:00:00Z">',
		].join('');
		assert.equal(parseHtmlPage(page(head)).date, '2023-11-19');
	});

	test('Open Graph and article: tags', () => {
		const head = [
			'<meta property="og:title" content="Harbour reopens after storm">',
			'<meta property="og:site_name" content="Harbour Times">',
			'<meta property="og:url" content="https://harbour.example/reopens">',
			'<meta property="article:published_time" content="2024-03-04T09:30:00Z">',
			'<meta property="article:author" content="Jane Doe">',
		].join('');
		const fields = parseHtmlPage(page(head));
		assert.deepEqual(
			[fields.title, fields.outlet, fields.url, fields.date, fields.author],
			['Harbour reopens after storm', 'Harbour Times', 'https://harbour.example/reopens', '2024-03-04', 'Jane Doe'],
		);
	});

	test('plain meta names: author, date, citation and Dublin Core', () => {
		assert.equal(
			parseHtmlPage(page('<meta name="author" content="By Jane Doe"><meta name="date" content="March 4, 2024">')).author,
			'Jane Doe',
		);
		assert.equal(parseHtmlPage(page('<meta name="date" content="March 4, 2024">')).date, '2024-03-04');
		assert.equal(parseHtmlPage(page('<meta name="citation_publication_date" content="2021/05/06">')).date, '2021-05-06');
		assert.equal(parseHtmlPage(page('<meta name="DC.publisher" content="Harbour Press">')).outlet, 'Harbour Press');
		assert.equal(parseHtmlPage(page('<meta name="author" content="https://www.facebook.com/someone">')).author, null);
	});

	test('the canonical link wins over og:url; the URL gives the outlet and date when nothing else does', () => {
		const head =
			'<link rel="canonical" href="https://www.harbour.example/2024/03/04/reopens/">' +
			'<meta property="og:url" content="http://social.harbour.example/x">';
		const fields = parseHtmlPage(page(head));
		assert.equal(fields.url, 'https://www.harbour.example/2024/03/04/reopens/');
		assert.equal(fields.outlet, 'harbour.example');
		assert.equal(fields.date, '2024-03-04');
	});

	test("<title> without the outlet's name, and with entities a CMS encoded twice", () => {
		const head =
			'<title>Harbour reopens &amp;#8216;at last&amp;#8217; | The Harbour Times</title>' +
			'<meta property="og:site_name" content="The Harbour Times">';
		assert.equal(parseHtmlPage(page(head)).title, 'Harbour reopens ‘at last’');
	});

	test('microdata and <time datetime> give the date', () => {
		assert.equal(parseHtmlPage(page('', { extras: '<span itemprop="datePublished" content="2022-07-08"></span>' })).date, '2022-07-08');
		assert.equal(parseHtmlPage(page('', { extras: '<time datetime="2020-01-02T03:04:05Z">2 Jan</time>' })).date, '2020-01-02');
	});

	test('a page without metadata takes its headline as the title, and nulls, not guesses, for the rest', () => {
		const fields = parseHtmlPage(page(''));
		assert.deepEqual(
			[fields.title, fields.outlet, fields.date, fields.author, fields.url],
			['Harbour reopens after storm', null, null, null, null],
		);
		assert.equal(fields.paragraphs.length, 4, 'the headline is not also a paragraph');
	});
});

describe('HTML body', () => {
	test('keeps the paragraphs and drops navigation, the footer and the repeated headline', () => {
		const paragraphs = texts(page('<title>Harbour reopens after storm</title>'));
		assert.equal(paragraphs.length, 4);
		assert.ok(paragraphs.every((p, i) => p === `${BODY[i]} ${BODY[i]}`));
	});

	test('drops captions, credits, share and newsletter boxes, related links and furniture lines', () => {
		const extras = [
			'<figure><img src="a.jpg"><figcaption>Ships in the harbour. Photo: Jane Doe</figcaption></figure>',
			'<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>',
			'<div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news first.</p></div>',
			'<p>Advertisement</p>',
			'<p>The port was busy again. (Image: GETTY)</p>',
			'<ul class="related-links"><li><a href="/a">Storm closes harbour for a week</a></li>' +
				'<li><a href="/b">Fishermen wait out the storm</a></li></ul>',
			'<p><a href="/c">Why storms are getting stronger</a></p>',
			'<p>Published: 10:48, Tue, Mar 4, 2024</p>',
			'<p>Nov. 20, 2019, 9:28 AM UTC</p>',
			'<p>Image 1 of / 9</p><p>Caption</p><p>Close</p>',
			'<p>Natalie Naccache | Bloomberg | Getty Images</p>',
			'<p>Follow Harbour News on Twitter and Instagram.</p>',
			'<p>This post may contain affiliate links. Please see my disclosure page.</p>',
		].join('\n');
		const credits = '<p>(Reporting by Jane Doe; editing by John Roe)</p><p>Keith Bradsher contributed reporting from Hong Kong.</p>';
		const paragraphs = texts(page('', { extras }).replace('</article>', `${credits}</article>`));
		assert.deepEqual(
			paragraphs,
			BODY.map((p) => `${p} ${p}`),
		);
	});

	test('a sentence that mentions a date, a credit or a share is kept', () => {
		const extras = '<p>On March 4, 2024 the harbour reopened.</p><p>Getty Images said it would share the photographs with the port.</p>';
		const paragraphs = texts(page('', { extras }));
		assert.deepEqual(paragraphs.slice(0, 2), [
			'On March 4, 2024 the harbour reopened.',
			'Getty Images said it would share the photographs with the port.',
		]);
	});

	test('subheadings are headings, line breaks end paragraphs, inline markup joins words', () => {
		const extras =
			'<h2>What happened next</h2><p>First line of a list<br>Second line of a list</p>' +
			'<p>Some <b>bold</b> and <i>italic</i> text in one paragraph of the story.</p>';
		const fields = parseHtmlPage(page('', { extras }));
		assert.deepEqual(fields.paragraphs.slice(0, 4), [
			{ kind: 'heading', text: 'What happened next' },
			{ kind: 'text', text: 'First line of a list' },
			{ kind: 'text', text: 'Second line of a list' },
			{ kind: 'text', text: 'Some bold and italic text in one paragraph of the story.' },
		]);
	});

	test('an ASP.NET page wrapped in one <form> still yields its article', () => {
		const html = page('').replace('<body>', '<body><form id="aspnetForm">').replace('</body>', '</form></body>');
		assert.equal(texts(html).length, 4);
	});
});

describe('recognising and refusing pages', () => {
	test('content that is plainly HTML is recognised whatever the file is called', () => {
		assert.ok(looksLikeHtml('<!DOCTYPE html><html><body></body></html>'));
		assert.ok(looksLikeHtml('\uFEFF  <!-- saved from url=(0042)https://example.com/ -->\n<html lang="en">'));
		assert.ok(looksLikeHtml('<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" ><html>'));
		assert.ok(!looksLikeHtml('Harbour reopens\n\n<b>Ships</b> returned at noon.'));
		assert.ok(!looksLikeHtml('<p>A fragment is not a page</p>'));
	});

	test('the tag count passes over scripts and counts nesting', () => {
		assert.deepEqual(htmlShape('<div><div><p>a<p>b</div></div><script>"<div><div><div>"</script><br><img src=x>'), {
			elements: 7,
			depth: 2,
		});
	});

	test('pages nested past the limit or with too many elements are refused with a reason', () => {
		const deep = `<html><body>${'<div>'.repeat(MAX_DEPTH + 50)}text${'</div>'.repeat(MAX_DEPTH + 50)}</body></html>`;
		assert.throws(
			() => parseHtmlPage(deep),
			(error: unknown) => error instanceof UnreadablePageError && /nests elements more than 400 deep/u.test(error.message),
		);
		const wide = `<html><body>${'<span>x</span>'.repeat(70_000)}</body></html>`;
		assert.throws(
			() => parseHtmlPage(wide),
			(error: unknown) => error instanceof UnreadablePageError && /too large to read \(70,002 elements/u.test(error.message),
		);
	});
});
