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

export function parseDocument(html: string): DomDocument {
	return parseHTML(html).document as unknown as DomDocument;
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
