/**
 * The few DOM calls the HTML reader makes, typed here so the project needs no
 * DOM library types: linkedom provides the implementation.
 */
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
	readonly nodeType: number;
	readonly nodeName: string;
	textContent: string | null;
	readonly parentNode: DomNode | null;
	readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
	readonly tagName: string;
	readonly children: ArrayLike<DomElement>;
	getAttribute(name: string): string | null;
	querySelector(selectors: string): DomElement | null;
	querySelectorAll(selectors: string): ArrayLike<DomElement>;
	remove(): void;
}

export interface DomDocument {
	readonly documentElement: DomElement | null;
	readonly body: DomElement | null;
	querySelector(selectors: string): DomElement | null;
	querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** linkedom's own types name the DOM library's (`Window`), which this project does not load. */
const parseHtml = parseHTML as unknown as (html: string) => { document: unknown };

export function parseDocument(html: string): DomDocument {
	const document = parseHtml(html).document as DomDocument;
	if (document.body !== null) return document;
	// linkedom builds no <body> for a fragment or tag soup; Readability needs one.
	return parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`).document as DomDocument;
}

/** The depth of the deepest element under `root`, counted without recursion. */
export function treeDepth(root: DomElement): number {
	let deepest = 0;
	const stack: [DomElement, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [element, depth] = stack.pop() as [DomElement, number];
		if (depth > deepest) deepest = depth;
		const children = element.children;
		for (let i = 0; i < children.length; i++) stack.push([children[i] as DomElement, depth + 1]);
	}
	return deepest;
}

export function isElement(node: DomNode): node is DomElement {
	return node.nodeType === ELEMENT_NODE;
}

/** An element's class and id, lower-cased, for matching template names ("share-bar", "related"). */
export function classAndId(element: DomElement): string {
	return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Whitespace runs (including non-breaking spaces) as one space, ends trimmed. */
export function collapse(text: string): string {
	return text.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/gu, ' ').trim();
}

/** Elements that never hold others, and those the parser closes by itself when the next one starts. */
// prettier-ignore
const NOT_NESTING = new Set([
	'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
	'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'html', 'head', 'body',
]);

export interface HtmlShape {
	/** Opening tags. */
	elements: number;
	/** The deepest nesting of elements, as far as counting tags can tell. */
	depth: number;
}

/**
 * Counts a page's tags and nesting from its text, before building a DOM:
 * building one for 100,000 nested elements takes linkedom seconds and
 * Readability's recursion then overflows the stack. Script and style bodies
 * are passed over, so tags written inside them do not count.
 */
export function htmlShape(html: string): HtmlShape {
	// Scripts, styles and comments first, so the tags written inside them are passed over whole.
	const tag = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/giu;
	let elements = 0;
	let depth = 0;
	let deepest = 0;
	for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
		if (match[1] !== undefined) {
			elements++;
			continue;
		}
		const name = (match[3] ?? '').toLowerCase();
		if (name === '') continue;
		if (match[2] === '/') {
			if (!NOT_NESTING.has(name)) depth = Math.max(0, depth - 1);
			continue;
		}
		elements++;
		if (match[4] === '/' || NOT_NESTING.has(name)) continue;
		depth++;
		if (depth > deepest) deepest = depth;
	}
	return { elements, depth: deepest };
}
