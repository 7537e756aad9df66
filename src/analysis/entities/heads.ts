import { alternation, oneWordOf } from '../../word-lists.js';
import { headKind } from './common-nouns.js';

/** Last words of organisations' and places' names, never of a person's ("Committee", "Register", "Bank"). */
export const NOT_A_SURNAME = oneWordOf(
	'Alliance Coalition Church Club League Caucus Register Tribune Herald Gazette Examiner Chronicle',
	'Department Ministry Agency Office Democrats Republicans Party Group News Times Post Journal Committee Council House Senate',
	'Congress Assembly Legislature Parliament',
	'Street Square Avenue Road Park Center Centre University College School Hospital Bank Fund Foundation Institute Society',
	'Association Conference Commission Bureau Corps Union City County River Valley Island Islands Mountains Bay Airport Stadium',
	'Tower Towers Palace Hotel Plaza Arena Dam',
);

/** A legislature's chambers, which news names by the head alone ("the House", "the Senate"). */
export const CHAMBERS = oneWordOf('House Senate Congress Assembly Legislature');

/**
 * The words after a person's name that name their organisation, which news writes in lower case ("the Obama
 * administration") and a headline or a quoted document with a capital ("Trump Campaign officials").
 */
export const PERSONS_BODY = alternation('Administration Campaign Presidency');

/** Those of NOT_A_SURNAME that end places' names ("Roosevelt Island"); the rest end organisations'. */
export const PLACE_HEADS = oneWordOf(
	'Street Square Avenue Road Park City County River Valley Island Islands Mountains Bay Airport Stadium',
	'Tower Towers Palace Hotel Plaza Arena Dam',
);

const STREETS = 'Street Avenue Road Boulevard Lane Drive';

/** The heads of streets' names ("Lyndale Avenue", "117th Street"). */
export const STREET_HEADS = oneWordOf(STREETS);

/** Heads that end only places' names, a street's or a building's: "City", "County", "Bay" and "Palace" end teams' too. */
export const PLACE_NOT_TEAM_HEADS = oneWordOf(STREETS, 'Hotel Tower Towers Plaza Airport Island Islands Dam');

/**
 * "Court" of "Supreme Court Justice", "Committee" of "Judiciary Committee Chairman", "Service": a word that ends
 * bodies' names, listed here (not a place's head) or one WordNet files first as a kind of body.
 */
export function isBodysHead(word: string): boolean {
	return (NOT_A_SURNAME.test(word) && !PLACE_HEADS.test(word)) || headKind(word) === 'organization';
}
