import type { Command } from '../keymap.js';

/** A change to a one-line text field: typed text (see keymap's `typedText`), or a field command's edit. */
export type LineEdit = { type: 'insert'; text: string } | { type: 'erase' } | { type: 'clear' };

export function editLine(text: string, edit: LineEdit): string {
	switch (edit.type) {
		case 'insert':
			return text + edit.text;
		case 'erase':
			// By code point, so an emoji or an accented letter typed as one goes as one.
			return [...text].slice(0, -1).join('');
		case 'clear':
			return '';
	}
}

/** The edit a field command makes, if it is one. */
export function lineEditFor(command: Command): LineEdit | null {
	if (command === 'field.erase') return { type: 'erase' };
	if (command === 'field.clear') return { type: 'clear' };
	return null;
}
