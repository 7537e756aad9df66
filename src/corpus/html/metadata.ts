/**
 * A page's own statement of what it is: JSON-LD first (schema.org
 * `NewsArticle`, `Article`, `BlogPosting`...), then Open Graph and `article:`
 * meta tags, then other common meta names, then `<link rel="canonical">` and
 * `<title>`. Publishers fill these for search engines and link previews, so
 * they are far more reliable than anything guessed from the layout.
 */
import { normaliseDate } from '../dates.js';
import { collapse, type DomDocument } from './dom.js';

export interface PageMetadata {
	title: string | null;
	outlet: string | null;
	date: string | null;
	author: string | null;
	url: string | null;
	/** schema.org `articleBody`, when the page gives the text itself. */
	body: string | null;
}

type Json = Record<string, unknown>;

/** schema.org types that describe an article (NewsArticle, ReportageNewsArticle, BlogPosting, ...). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report)$/u;

export function pageMetadata(document: DomDocument): PageMetadata {
	const ld = articleJsonLd(document);
	const meta = metaTags(document);
	const first = (...values: (string | null | undefined)[]): string | null => {
		for (const value of values) {
			const text = value === null || value === undefined ? '' : collapse(decodeEntities(value));
			if (text !== '') return text;
		}
		return null;
	};
	const dateText = first(
		ld === null ? null : text(ld['datePublished']),
		meta.get('article:published_time'),
		meta.get('og:published_time'),
		meta.get('datepublished'),
		meta.get('date'),
		meta.get('pubdate'),
		meta.get('publishdate'),
		meta.get('publish-date'),
		meta.get('dc.date'),
		meta.get('dc.date.issued'),
		meta.get('dcterms.created'),
		meta.get('citation_publication_date'),
		meta.get('parsely-pub-date'),
		meta.get('sailthru.date'),
		timeElement(document),
		ld === null ? null : text(ld['dateCreated']),
		ld === null ? null : text(ld['dateModified']),
		meta.get('article:modified_time'),
	);
	const title = first(ld === null ? null : text(ld['headline']), meta.get('og:title'), meta.get('twitter:title'), meta.get('dc.title'), document.querySelector('title')?.textContent);
	return {
		title: title === null ? null : cleanTitle(title, first(ld === null ? null : nameOf(ld['publisher']), meta.get('og:site_name'))),
		outlet: first(ld === null ? null : nameOf(ld['publisher']), meta.get('og:site_name'), meta.get('application-name'), meta.get('publisher'), meta.get('dc.publisher'), meta.get('twitter:site')?.replace(/^@/u, '')),
		date: dateText === null ? null : normaliseDate(dateText),
		author: first(ld === null ? null : nameOf(ld['author']), meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('parsely-author'), meta.get('sailthru.author'), meta.get('byl')?.replace(/^by\s+/iu, '')),
		url: first(canonicalLink(document), meta.get('og:url'), ld === null ? null : text(ld['url']) ?? urlOf(ld['mainEntityOfPage'])),
		body: ld === null ? null : text(ld['articleBody']),
	};
}

/** The article object among the page's JSON-LD scripts (inside `@graph` or arrays too). */
function articleJsonLd(document: DomDocument): Json | null {
	let best: Json | null = null;
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		let value: unknown;
		try {
			// Some CMSs wrap the JSON in CDATA markers or leave a trailing semicolon.
			value = JSON.parse((script.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|\]\]>\s*$|;\s*$/gu, ''));
		} catch {
			continue;
		}
		const stack: unknown[] = [value];
		// Bounded: a hostile page could nest JSON-LD deeply or widely.
		for (let visited = 0; stack.length > 0 && visited < 10_000; visited++) {
			const item = stack.pop();
			if (Array.isArray(item)) {
				stack.push(...item);
				continue;
			}
			if (!isJson(item)) continue;
			if (Array.isArray(item['@graph'])) stack.push(...item['@graph']);
			const types = ([] as unknown[]).concat(item['@type']).filter((t): t is string => typeof t === 'string');
			if (!types.some((type) => ARTICLE_TYPE.test(type))) continue;
			// Several article objects (a page's own and a related one): the one with a body or headline wins.
			if (best === null || (typeof item['articleBody'] === 'string' && typeof best['articleBody'] !== 'string')) best = item;
		}
	}
	return best;
}

/** `<meta property|name|itemprop=... content=...>`, keys lower-cased; the first of each wins. */
function metaTags(document: DomDocument): Map<string, string> {
	const tags = new Map<string, string>();
	for (const meta of Array.from(document.querySelectorAll('meta'))) {
		const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
		const content = meta.getAttribute('content');
		if (key === '' || content === null || content.trim() === '' || tags.has(key)) continue;
		tags.set(key, content);
	}
	return tags;
}

function canonicalLink(document: DomDocument): string | null {
	for (const link of Array.from(document.querySelectorAll('link[rel]'))) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
		const href = link.getAttribute('href')?.trim();
		if (rel.includes('canonical') && href && /^https?:\/\//iu.test(href)) return href;
	}
	return null;
}

/** `<time datetime>` inside the article or the page, the way many blogs mark the date. */
function timeElement(document: DomDocument): string | null {
	const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
	return time?.getAttribute('datetime') ?? null;
}

/** "Headline | The Outlet" and "Headline - Outlet": the outlet's name is not part of the title. */
function cleanTitle(title: string, outlet: string | null): string {
	const parts = title.split(/\s+[|–—-]\s+/u);
	if (parts.length < 2) return title;
	const last = (parts.at(-1) ?? '').toLowerCase();
	if (outlet !== null && (last === outlet.toLowerCase() || outlet.toLowerCase().includes(last) || last.includes(outlet.toLowerCase()))) {
		return parts.slice(0, -1).join(' - ');
	}
	return title;
}

function text(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return text(value[0]);
	return null;
}

/** A person or organisation given as a string, `{ "name": ... }`, or a list of them. */
function nameOf(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		const names = value.map(nameOf).filter((name): name is string => name !== null && name.trim() !== '');
		return names.length === 0 ? null : names.join(', ');
	}
	return isJson(value) ? text(value['name']) : null;
}

function urlOf(value: unknown): string | null {
	if (typeof value === 'string') return value;
	return isJson(value) ? text(value['@id']) ?? text(value['url']) : null;
}

function isJson(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Meta content is already decoded by the parser; JSON-LD strings sometimes carry entities as text. */
function decodeEntities(value: string): string {
	return value.replace(/&(amp|quot|apos|#39|lt|gt|nbsp);/gu, (_, name: string) => ({ amp: '&', quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>', nbsp: ' ' })[name] ?? '');
}
