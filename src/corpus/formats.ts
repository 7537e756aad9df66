/** What a file's name says about how to read it. */
import { extname } from 'node:path';

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'tsv';

export interface FileFormat {
	format: Format;
	/** `.gz`: read through zlib. */
	gzip: boolean;
}

const BY_EXTENSION: Readonly<Record<string, Format>> = {
	'.txt': 'text',
	'.text': 'text',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.json': 'json',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
	'.csv': 'csv',
	'.tsv': 'tsv',
};

/** Files people keep beside their articles that storylens cannot read, by the kind named in the skip line. */
const NOT_SUPPORTED: Readonly<Record<string, string>> = {
	...Object.fromEntries(
		['.jpg', '.jpeg', '.png', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.svg', '.heic', '.avif', '.ico'].map((ext) => [ext, 'an image']),
	),
	'.pdf': 'a PDF',
	// Browsers' single-file saves: MIME or binary wrappers around the page (save as "Webpage, HTML only" instead).
	...Object.fromEntries(['.mhtml', '.mht', '.webarchive'].map((ext) => [ext, 'a web archive'])),
	...Object.fromEntries(
		['.doc', '.docx', '.odt', '.rtf', '.pages', '.xls', '.xlsx', '.ods', '.numbers', '.ppt', '.pptx', '.odp', '.key'].map((ext) => [
			ext,
			'an office document',
		]),
	),
};

/** The format a name declares (`story.jsonl.gz` is gzipped JSON Lines), or null for other names. */
export function formatOfName(name: string): FileFormat | null {
	const lower = name.toLowerCase();
	const gzip = lower.endsWith('.gz');
	const format = BY_EXTENSION[extname(gzip ? lower.slice(0, -3) : lower)];
	return format === undefined ? null : { format, gzip };
}

/** "an image, not supported (...)" for a file storylens does not read, else null. */
export function notSupportedReason(name: string): string | null {
	const lower = name.toLowerCase();
	const kind = NOT_SUPPORTED[extname(lower.endsWith('.gz') ? lower.slice(0, -3) : lower)];
	return kind === undefined ? null : `${kind}, not supported (storylens reads text, Markdown, HTML, JSON, JSON Lines, CSV and TSV)`;
}

/** The id stem of a name: `story.html` and `story.jsonl.gz` are both `story`. */
export function stripExtensions(name: string): string {
	const withoutGzip = name.toLowerCase().endsWith('.gz') ? name.slice(0, -3) : name;
	const ext = extname(withoutGzip);
	return ext === '' ? withoutGzip : withoutGzip.slice(0, -ext.length);
}

/** True when a file's text is plainly a web page, whatever its name says. */
export function looksLikeHtml(text: string): boolean {
	const start = text.slice(0, 2048).replace(/^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*|<\?xml[^>]*>\s*)*/u, '');
	return /^<(?:!doctype\s+html|html[\s>])/iu.test(start);
}
