/**
 * Saved web pages: metadata from what the page declares (html/metadata.ts),
 * the body from the page's main content (html/body.ts).
 */
import { parseDocument } from './html/dom.js';
import { articleBody } from './html/body.js';
import { pageMetadata } from './html/metadata.js';
import { parseBodyText, type ArticleFields } from './parse-text.js';

/** True when a file's text is plainly a web page, whatever its name says. */
export function looksLikeHtml(text: string): boolean {
	const start = text.slice(0, 2048).replace(/^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*/u, '');
	return /^<(?:!doctype\s+html|html[\s>])/iu.test(start);
}

export function parseHtmlPage(html: string): ArticleFields {
	const document = parseDocument(html);
	const meta = pageMetadata(document);
	const body = articleBody(document, meta.title);
	let paragraphs = body.paragraphs;
	const words = paragraphs.reduce((sum, p) => sum + (p.kind === 'text' ? p.text.split(' ').length : 0), 0);
	// The page's own copy of its text is the better source when the layout hid the article.
	if (meta.body !== null && meta.body.split(/\s+/u).length > Math.max(words * 2, 30)) paragraphs = parseBodyText(meta.body);
	return { title: meta.title, outlet: meta.outlet, date: meta.date, author: meta.author, place: null, url: meta.url, paragraphs };
}
