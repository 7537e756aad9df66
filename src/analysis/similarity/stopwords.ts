/**
 * Words that carry no claim content of their own. Beyond the usual function
 * words this also holds news boilerplate that differs between outlets without
 * changing the claim: attribution verbs ("said", "told"), honorifics ("Mr") and
 * company-form suffixes ("Inc", "Corp"). Entries are lower-case surface forms.
 */
import { words } from '../../word-lists.js';

const FUNCTION_WORDS = `
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under
until very was we were what when where which while who whom why will with would you your yours
yourself yourselves also upon via per whether yet however although though since unless within
onto toward towards among amid may might must shall us its thus hence therefore whose whereas ago
`;

// Negations and direction words ("up", "down") are kept out of this list on
// purpose: dropping them would make "did" / "did not" and "up 2%" / "down 2%"
// look identical. Negations are counted separately rather than as content.
const NEWS_BOILERPLATE = `
said say says saying told tell tells added adding according stated statement
mr mrs ms dr sir
inc corp co ltd plc llc
`;

export const STOPWORDS: ReadonlySet<string> = new Set(words(FUNCTION_WORDS, NEWS_BOILERPLATE));

export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

export function isStopword(lowerWord: string): boolean {
	return STOPWORDS.has(lowerWord);
}
