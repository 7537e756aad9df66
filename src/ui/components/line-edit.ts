import type { Key } from 'ink';

/**
 * A key's effect on a one-line text field: the new text, or null when the key
 * is not an edit (arrows, Enter, Esc, control keys) and belongs to the caller.
 */
export function editLine(text: string, input: string, key: Key): string | null {
	if (key.backspace || key.delete) return [...text].slice(0, -1).join('');
	if (key.ctrl && input === 'u') return '';
	if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown) return null;
	if (input === '') return null;
	// A paste may carry line breaks and control characters; a field holds one line of text.
	return text + input.replace(/[\r\n\t]+/gu, ' ').replace(/\p{Cc}/gu, '');
}
