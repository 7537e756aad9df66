/**
 * The tagger's types checked against the gazetteers (gazetteer.ts): the name
 * of a country or a US state is a place, not a person. Organisations keep
 * their type: many are named after a place (a team: "Washington" in a sports
 * result). Tried and left out: a place opening with a given name is a person
 * ("Bruce Braley" after "Rep."); the lists' given names open many places
 * ("Trent Bridge", "Pembroke Pines"), and the titles the consistency step
 * reads (consistency.ts) already settle the people.
 */
import { isKnownPlace } from './gazetteer.js';
import { nameKey } from './consistency.js';

interface Labelled {
	label: string;
	start: number;
	end: number;
}

/** Last words of organisations' and places' names, never of a person's. */
export const NOT_A_SURNAME = /^(?:Alliance|Coalition|Church|Club|League|Caucus|Register|Tribune|Herald|Gazette|Examiner|Chronicle|Department|Ministry|Agency|Office|Democrats|Republicans|Party|Group|News|Times|Post|Journal|Committee|Council|House|Senate|Street|Square|Avenue|Road|Park|Center|Centre|University|College|School|Hospital|Bank|Fund|Foundation|Institute|Society|Association|Union|City|County|River|Valley|Island|Islands|Mountains|Bay|Airport|Stadium)$/u;

export function checkTypes<S extends Labelled>(text: string, spans: readonly S[]): S[] {
	return spans.map((span) => (span.label === 'PER' && isKnownPlace(nameKey(text.slice(span.start, span.end))) ? { ...span, label: 'LOC' } : span));
}
