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
		return { ok: false, reason: 'not valid UTF-8 text (re-save it as UTF-8)' };
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
