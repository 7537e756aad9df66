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
	const ld = articleJsonLd(document) ?? {};
	const meta = metaTags(document);
	const outlet = first(
		nameOf(ld['publisher']),
		meta.get('og:site_name'),
		meta.get('application-name'),
		meta.get('publisher'),
		meta.get('dc.publisher'),
		meta.get('twitter:site')?.replace(/^@/u, ''),
	);
	const title = first(
		text(ld['headline']),
		meta.get('og:title'),
		meta.get('twitter:title'),
		meta.get('dc.title'),
		document.querySelector('title')?.textContent,
	);
	const url = first(canonicalLink(document), meta.get('og:url'), text(ld['url']) ?? urlOf(ld['mainEntityOfPage']));
	const date = firstDate(
		text(ld['datePublished']),
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
		text(ld['dateCreated']),
		text(ld['dateModified']),
		meta.get('article:modified_time'),
		meta.get('og:updated_time'),
		urlDate(url),
	);
	return {
		title: title === null ? null : cleanTitle(title, outlet),
		outlet: outlet?.replace(/^@/u, '') || hostName(url),
		date,
		author: first(
			...[
				nameOf(ld['author']),
				meta.get('author'),
				meta.get('article:author'),
				meta.get('dc.creator'),
				meta.get('parsely-author'),
				meta.get('sailthru.author'),
				meta.get('byl'),
			].map(byline),
		),
		url,
		body: text(ld['articleBody']),
	};
}

/** The first value that is not empty, entities decoded and spaces collapsed. */
function first(...values: (string | null | undefined)[]): string | null {
	for (const value of values) {
		const clean = value === null || value === undefined ? '' : collapse(decodeEntities(value));
		if (clean !== '') return clean;
	}
	return null;
}

/** The first value that reads as a plausible publication date (CMSs print `0001-01-01` for "none"). */
function firstDate(...values: (string | null | undefined)[]): string | null {
	const latest = new Date().getUTCFullYear() + 1;
	for (const value of values) {
		if (value === null || value === undefined || value.trim() === '') continue;
		const date = normaliseDate(value.trim());
		const year = Number(date?.slice(0, 4));
		if (date !== null && year >= 1800 && year <= latest) return date;
	}
	return null;
}

/** `/2019/11/19/` in a news URL's path. */
function urlDate(url: string | null): string | null {
	const match = url === null ? null : /\/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?:\/|-|$)/u.exec(url);
	return match === null ? null : `${match[1]}-${match[2]}-${match[3]}`;
}

/** `www.example.com` as `example.com`: at least names where the page came from. */
function hostName(url: string | null): string | null {
	if (url === null) return null;
	try {
		return new URL(url).hostname.replace(/^www\./u, '') || null;
	} catch {
		return null;
	}
}

/** "By Jane Doe" as "Jane Doe"; a profile URL is not a name. */
function byline(value: string | null | undefined): string | null {
	if (value === null || value === undefined || /^https?:\/\//iu.test(value.trim())) return null;
	return value.replace(/^\s*by\s+/iu, '');
}

/**
 * The article object among the page's JSON-LD scripts (inside `@graph` or
 * arrays too); failing that, another creative work that has a headline or a
 * date (`WebPage`, `ClaimReview`...).
 */
function articleJsonLd(document: DomDocument): Json | null {
	let best: Json | null = null;
	let bestRank = 0;
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
				stack.push(...(item as unknown[]));
				continue;
			}
			if (!isJson(item)) continue;
			if (Array.isArray(item['@graph'])) stack.push(...(item['@graph'] as unknown[]));
			const rank = jsonLdRank(item);
			if (rank > bestRank) {
				best = item;
				bestRank = rank;
			}
		}
	}
	return best;
}

/** 4: an article with its body; 3: an article; 1: another work with a headline or date; 0: not a work. */
function jsonLdRank(item: Json): number {
	const types = ([] as unknown[]).concat(item['@type']).filter((t): t is string => typeof t === 'string');
	if (types.some((type) => ARTICLE_TYPE.test(type))) return typeof item['articleBody'] === 'string' ? 4 : 3;
	const dated = typeof item['datePublished'] === 'string' || typeof item['headline'] === 'string';
	return dated && !types.some((type) => /^(?:Organization|Person|ImageObject|VideoObject|BreadcrumbList|WebSite|ListItem)$/u.test(type))
		? 1
		: 0;
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

/** Microdata's `itemprop="datePublished"`, else `<time datetime>` in the article or the page, the way many blogs mark the date. */
function timeElement(document: DomDocument): string | null {
	const marked = document.querySelector('[itemprop="datePublished"]');
	const markedDate = marked?.getAttribute('content') ?? marked?.getAttribute('datetime') ?? marked?.textContent ?? null;
	if (markedDate !== null && markedDate.trim() !== '') return markedDate;
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
	return isJson(value) ? (text(value['@id']) ?? text(value['url'])) : null;
}

function isJson(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// prettier-ignore
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ',
	ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};

/** Attributes arrive decoded, but many CMSs encode titles twice (`&#8216;`), and JSON-LD strings carry entities as text. */
function decodeEntities(value: string): string {
	return value.replace(
		/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/giu,
		(entity, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
			const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : null;
			if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
			return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? entity;
		},
	);
}
