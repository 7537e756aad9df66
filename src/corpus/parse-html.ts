/**
 * Saved web pages: metadata from what the page declares (html/metadata.ts),
 * the body from the page's main content (html/body.ts).
 */
import { articleBody, MAX_ELEMENTS } from './html/body.js';
import { htmlShape, parseDocument, treeDepth } from './html/dom.js';
import { pageMetadata } from './html/metadata.js';
import { parseBodyText } from './parse-text.js';
import type { ArticleFields } from './types.js';
import { countWords } from './sentences.js';

/**
 * Nesting deeper than this is refused: Readability's cost grows much faster
 * than the depth (1 s at 500 levels, a minute at 2,000) and its recursion
 * overflows the stack beyond. Browsers stop nesting at 512; news pages stay
 * under 60.
 */
export const MAX_DEPTH = 400;

/** A page that is not read, with the reason in words for the one-line report. */
export class UnreadablePageError extends Error {
	override name = 'UnreadablePageError';
}

export function parseHtmlPage(html: string): ArticleFields {
	// Counted on the text first: building the DOM of a hostile page is itself the slow part.
	const shape = htmlShape(html);
	if (shape.elements > MAX_ELEMENTS)
		throw new UnreadablePageError(
			`web page too large to read (${shape.elements.toLocaleString('en')} elements, limit ${MAX_ELEMENTS.toLocaleString('en')})`,
		);
	// Counting tags overstates nesting where closing tags are left out, so only a far deeper count refuses here.
	if (shape.depth > MAX_DEPTH * 10) throw new UnreadablePageError(tooDeep());
	const document = parseDocument(html);
	if (document.documentElement !== null && treeDepth(document.documentElement) > MAX_DEPTH) throw new UnreadablePageError(tooDeep());
	const meta = pageMetadata(document);
	let paragraphs = articleBody(document, meta.title);
	if (paragraphs.length === 0) paragraphs = articleBody(parseDocument(html), meta.title, { clean: false });
	const words = paragraphs.reduce((sum, p) => sum + (p.kind === 'text' ? countWords(p.text) : 0), 0);
	// The page's own copy of its text is the better source when the layout hid the article.
	if (meta.body !== null && countWords(meta.body) > Math.max(words * 2, 30)) paragraphs = parseBodyText(meta.body);
	// Without a title in the metadata, the page's own headline above the text is the title.
	let title = meta.title;
	if (title === null && paragraphs[0]?.kind === 'heading') title = paragraphs.shift()?.text ?? null;
	return { title, outlet: meta.outlet, date: meta.date, author: meta.author, place: null, url: meta.url, paragraphs };
}

function tooDeep(): string {
	return `web page nests elements more than ${MAX_DEPTH} deep, too deep to read`;
}
