/**
 * The Reader's scroll, kept for the opening it belongs to: opening an article
 * (or the same one on another sentence) starts where that opening starts.
 */
import { listReducer, listState, listWindow, type ListSize, type ListState, type Movement } from '../../list-state.js';

/** One opening of an article: `key` tells openings apart, `start` is the first line it shows. */
export interface Opening {
	key: string;
	start: number;
}

export interface ReaderState {
	opening: string;
	scroll: ListState;
}

export type ReaderAction = { type: 'scroll'; opening: Opening; movement: Movement; size: ListSize };

export const initialReader: ReaderState = { opening: '', scroll: listState('scroll') };

/** The Reader's one action is a scroll, within the opening the action names. */
export function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
	const { opening, movement, size } = action;
	return { opening: opening.key, scroll: listReducer(scrollOf(state, opening), { type: 'move', movement, size }) };
}

/** The lines on screen for this opening. */
export function readerWindow(state: ReaderState, opening: Opening, size: ListSize): { offset: number; end: number } {
	return listWindow(scrollOf(state, opening), size);
}

function scrollOf(state: ReaderState, opening: Opening): ListState {
	return state.opening === opening.key ? state.scroll : listState('scroll', opening.start);
}
