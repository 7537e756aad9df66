/** Bytes to text, or the reason a file is not an article's text. */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Bytes inspected for NUL when guessing whether a file is binary (git uses the same window). */
export const BINARY_SNIFF_BYTES = 8000;

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { ok: false, reason: 'empty file' };
	const utf16 = utf16Encoding(bytes);
	if (utf16) return finish(new TextDecoder(utf16).decode(bytes.subarray(2)));
	if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary file, not text' };
	try {
		// TextDecoder drops a UTF-8 byte-order mark by itself.
		return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		// A web page saved in its original legacy encoding says which one in its head.
		const charset = declaredCharset(bytes);
		if (charset !== null) return finish(new TextDecoder(charset).decode(bytes));
		return { ok: false, reason: 'not valid UTF-8 text (re-save it as UTF-8)' };
	}
}

/**
 * The encoding a web page declares in its first bytes (`<meta charset="windows-1252">`
 * or the `http-equiv` form), when Node's TextDecoder knows it; else null.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
	const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head)?.[1];
	if (label === undefined) return null;
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return null;
	}
}

export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

function finish(text: string): Decoded {
	return text.trim() === '' ? { ok: false, reason: 'empty file (only whitespace)' } : { ok: true, text };
}
