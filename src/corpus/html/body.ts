/**
 * The article's text out of a whole page: Mozilla's Readability (the reader
 * view of Firefox) finds the main content, then the news furniture it keeps
 * is dropped (captions and credits, share and newsletter boxes, related-link
 * lists, "Advertisement", "Published: ..." lines), and the result is cut into
 * paragraphs and headings at block elements and line breaks.
 */
import { Readability } from '@mozilla/readability';
import { findDate } from '../dates.js';
import type { Paragraph } from '../types.js';
import { alternation } from '../../word-lists.js';
import { classAndId, collapse, isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * Removed before Readability looks: never article text. (Not `form`: ASP.NET pages wrap the
 * whole page in one.)
 */
// prettier-ignore
const NEVER_CONTENT = [
	'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'nav', 'aside', 'footer',
	'button', 'select', 'textarea', 'dialog', 'figcaption',
	'[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="dialog"]', '[role="alertdialog"]',
	'[hidden]', '[aria-hidden="true"]',
].join(',');

/** Elements that end one paragraph and start the next. */
// prettier-ignore
const BLOCKS = new Set([
	'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE',
	'MAIN', 'HEADER', 'ADDRESS', 'CENTER', 'HR', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Subtrees left out of the text wherever they stand. */
// prettier-ignore
const SKIPPED_TAGS = new Set([
	'FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'BUTTON', 'NAV', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT',
]);

/**
 * Class or id names that page templates give to furniture inside an article.
 * Matched on whole name parts, so "article-share" matches and "shareholder" does not.
 */
const FURNITURE_NAMES = alternation(
	'caption credits? share sharing social related newsletter subscribe subscription signup',
	'promo advert advertisement ads? ad-slot sponsored cookie consent comments? tags breadcrumbs?',
	'byline author timestamp dateline recommended read-?more more-stories outbrain taboola toolbar print',
	'popular trending most-read inline-related disclaimer copyright rating hidden',
);
const FURNITURE = new RegExp(`(?:^|[\\s_-])(?:${FURNITURE_NAMES})(?:$|[\\s_-])`, 'u');

/** Headings over links to other stories. */
const MORE_STORIES = alternation([
	'read more',
	'see more',
	'see also',
	'also read',
	'more',
	'related',
	'related (?:articles?|stories|posts?|content|coverage)',
	'you may also like',
	'recommended(?: for you)?',
	'most (?:read|popular)',
	'recent (?:articles|posts|stories)',
	'popular this week',
	"don't miss",
	'trending',
	'more from \\S.*',
	'more (?:\\S+ ){0,2}(?:news|stories)',
]);

/** Whole short paragraphs that are page furniture, in the wording sites use. */
const FURNITURE_TEXT = new RegExp(
	[
		'^(?:advertisement|advert|sponsored(?: content)?|ad|by|caption|close|loading(?: content)?\\W*|highlights|tags|about the author)$',
		'^(?:skip to (?:main )?content|sign in|log in|subscribe|share|share this(?: article| story| page)?|print|email|comments?|tweet)$',
		`^(?:${MORE_STORIES})\\s*[:.…]*$`,
		"^(?:read more|see more|related(?: \\S+)?|also read|watch|listen|more|recommended|don't miss)\\s*:",
		'^(?:click here|tap here|sign up|subscribe)\\b.{0,120}$',
		'^\\|?\\s*(?:published|updated|posted|last updated|first published|modified)\\b[\\s:]*.{0,60}$',
		'^(?:photo|image|picture|video|credit|source|illustration)s?\\s*(?:credit)?\\s*:.{0,200}$',
		'^image \\d+ of\\b',
		'\\((?:image|photo|picture|credit)s?\\s*:[^)]*\\)\\s*$',
		'^.{0,80}\\b(?:getty images|ap photo|afp|shutterstock|reuters/\\S+)\\s*$',
		'^\\(?(?:additional )?reporting by\\b.{0,200}$',
		'\\bcontributed (?:reporting|to this report)\\b.{0,60}$',
		'^follow\\b.{0,100}\\b(?:twitter|facebook|instagram|youtube)\\b',
		'\\baffiliate\\b.{0,200}$',
		'\\b(?:share it with|delivered (?:to your inbox|weekday)|meet your inbox)\\b',
		'^this (?:slideshow|video|content|feature) requires javascript',
		'^(?:this|our) (?:website|site) uses cookies',
		'^(?:copyright|©)\\s',
		'^tell us what you think',
		'^text size$',
		'^(?:write to|email|contact)\\b.{0,60}\\S+@\\S+\\.\\w+\\W*$',
		'^(?:\\S+@\\S+\\.\\w+|(?:https?://)?(?:www\\.)?(?:twitter|facebook|instagram)\\.com/\\S+)$',
	].join('|'),
	'iu',
);

/** `19.11.2019` or `05/10/2018`: day and month in either order, so only for finding the line, never for a date. */
function numericDate(text: string): { index: number; length: number } | null {
	const match = /\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b/u.exec(text);
	return match === null ? null : { index: match.index, length: match[0].length };
}

/** A line that is only a date and a time ("Nov. 20, 2019, 9:28 AM UTC", "23 Nov 2017"): the page's timestamp. */
function dateLine(text: string): boolean {
	if (text.length > 60) return false;
	const found = findDate(text) ?? numericDate(text);
	if (found === null) return false;
	const rest = (text.slice(0, found.index) + text.slice(found.index + found.length))
		.replace(
			/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\b(?:[A-Z]{2,4}T?|UTC|GMT)\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|[\s,|·•–—-]+/giu,
			' ',
		)
		.trim();
	return rest === '';
}

/** Pages with more elements than this are refused rather than analysed for seconds (news pages have a few thousand). */
export const MAX_ELEMENTS = 60_000;

/**
 * The article's paragraphs. Changes `document` (Readability works in place).
 * `clean: false` leaves the page as it is for Readability, the fallback when a
 * page's layout puts its article inside what `NEVER_CONTENT` removes.
 */
export function articleBody(document: DomDocument, title: string | null, options: { clean: boolean } = { clean: true }): Paragraph[] {
	if (options.clean) for (const element of Array.from(document.querySelectorAll(NEVER_CONTENT))) element.remove();
	const reader = new Readability<DomElement>(document, {
		keepClasses: true,
		maxElemsToParse: MAX_ELEMENTS,
		// Hand back the element itself; serialising and re-parsing it would double the cost.
		serializer: (node: unknown) => node as DomElement,
	});
	const content = reader.parse()?.content;
	return content === null || content === undefined ? [] : keepArticleText(paragraphsOf(content), title);
}

interface RawParagraph {
	text: string;
	heading: boolean;
	/** Characters of the text inside links. */
	linked: number;
}

/** Text cut at blocks and `<br>`, walking without recursion (pages nest deeply). */
function paragraphsOf(root: DomElement): RawParagraph[] {
	// Raw lengths: collapsing a whole page's text only to measure it costs more than the walk.
	const total = (root.textContent ?? '').length;
	const paragraphs: RawParagraph[] = [];
	let buffer = '';
	let linked = 0;
	let linkDepth = 0;
	let headingDepth = 0;
	const flush = (): void => {
		const text = collapse(buffer);
		if (text !== '') paragraphs.push({ text, heading: headingDepth > 0, linked });
		buffer = '';
		linked = 0;
	};
	const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
	while (stack.length > 0) {
		const { node, leaving } = stack.pop() as { node: DomNode; leaving: boolean };
		if (node.nodeType === TEXT_NODE) {
			const text = node.textContent ?? '';
			buffer += text;
			if (linkDepth > 0) linked += text.trim().length;
			continue;
		}
		if (!isElement(node)) continue;
		const tag = node.tagName.toUpperCase();
		if (leaving) {
			if (tag === 'A') linkDepth--;
			if (BLOCKS.has(tag)) flush();
			if (HEADINGS.has(tag)) headingDepth--;
			continue;
		}
		if (tag === 'BR') {
			flush();
			continue;
		}
		if (node !== root && isFurniture(node, tag, total)) continue;
		if (BLOCKS.has(tag)) flush();
		if (HEADINGS.has(tag)) headingDepth++;
		if (tag === 'A') linkDepth++;
		stack.push({ node, leaving: true });
		const children = node.childNodes;
		for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as DomNode, leaving: false });
	}
	flush();
	return paragraphs;
}

function isFurniture(element: DomElement, tag: string, total: number): boolean {
	if (SKIPPED_TAGS.has(tag)) return true;
	const names = classAndId(element);
	if (names.trim() === '' || !FURNITURE.test(names)) return false;
	// A template may name the whole story's wrapper "post-share-container"; never drop most of the text.
	return (element.textContent ?? '').length < total * 0.25;
}

function keepArticleText(paragraphs: RawParagraph[], title: string | null): Paragraph[] {
	const titleKey = title === null ? null : comparable(title);
	const kept: Paragraph[] = [];
	for (const paragraph of paragraphs) {
		const { text } = paragraph;
		if ((text.length < 300 && FURNITURE_TEXT.test(text)) || dateLine(text)) continue;
		// A run of links standing alone is a "related stories" entry, not prose.
		if (paragraph.linked >= text.length * 0.8 && text.length < 200) continue;
		if (titleKey !== null && comparable(text) === titleKey) continue;
		kept.push({ kind: paragraph.heading ? 'heading' : 'text', text });
	}
	return kept;
}

function comparable(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
