/**
 * A generated corpus as one publisher exports it: 2,500 articles sorted into
 * three section folders (the ids keep the folder, as the loader's do), no outlet
 * named anywhere, and written as news copy is: the same few people, bodies and
 * places, "on Tuesday", "last year", "today" in most articles. A few articles
 * carry their date, so their relative dates can be pinned to a day or a year.
 */
import type { Corpus } from '../../src/corpus/index.js';
import { articleOf } from './fixtures.js';

export const SECTIONS = ['business', 'politics', 'sport'] as const;
export const SECTION_ARTICLES = 2500;

const PEOPLE = ['Tony Blair', 'Gordon Brown', 'Michael Howard', 'Charles Kennedy', 'Jose Mourinho', 'Arsene Wenger'];
const BODIES = ['the Treasury', 'the Football Association', 'the Bank of England', 'Vodafone'];
const PLACES = ['London', 'Manchester', 'Scotland', 'Brussels'];

/** Article `i`: its section, and the sentences that make its cast and its dates. */
function sentences(i: number): string[] {
	const person = PEOPLE[i % PEOPLE.length] ?? '';
	const body = BODIES[(i >> 1) % BODIES.length] ?? '';
	const place = PLACES[(i >> 2) % PLACES.length] ?? '';
	// Barclays: in a tenth of business articles, a twentieth of politics ones, no sport one.
	const barclays = i % 30 === 0 || i % 60 === 1 ? ['Analysts at Barclays were surprised.'] : [];
	return [
		`${person} spoke to ${body} in ${place} on Tuesday.`,
		`Sales rose by 12% last year, and 300 jobs will go this year.`,
		`Officials said today that the plan would be published in 2005.`,
		...barclays,
	];
}

/**
 * `i % 3` picks the section. The first article of each section is dated, a Thursday, and
 * names the Tuesday before in full, so its "Tuesday" has a written date to join.
 */
export function sectionCorpus(count = SECTION_ARTICLES): Corpus {
	const articles = Array.from({ length: count }, (_, i) => {
		const section = SECTIONS[i % SECTIONS.length] ?? 'business';
		const id = `${section}/${String(i).padStart(4, '0')}`;
		// No number in the title: "Story 1999" would be a year.
		if (i >= SECTIONS.length) return articleOf(id, `A ${section} story`, sentences(i));
		return {
			...articleOf(id, `A dated ${section} story`, [...sentences(i), 'The figures were sent on 8 February 2005.']),
			date: '2005-02-10',
		};
	});
	return { articles, skipped: [] };
}
