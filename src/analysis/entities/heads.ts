import { oneWordOf } from '../../word-lists.js';

/** Last words of organisations' and places' names, never of a person's ("Committee", "Register", "Bank"). */
export const NOT_A_SURNAME = oneWordOf(
	'Alliance Coalition Church Club League Caucus Register Tribune Herald Gazette Examiner Chronicle',
	'Department Ministry Agency Office Democrats Republicans Party Group News Times Post Journal Committee Council House Senate',
	'Street Square Avenue Road Park Center Centre University College School Hospital Bank Fund Foundation Institute Society',
	'Association Conference Commission Bureau Corps Union City County River Valley Island Islands Mountains Bay Airport Stadium',
);

/** Those of NOT_A_SURNAME that end places' names ("Roosevelt Island"); the rest end organisations'. */
export const PLACE_HEADS = oneWordOf(
	'Street Square Avenue Road Park City County River Valley Island Islands Mountains Bay Airport Stadium',
);
