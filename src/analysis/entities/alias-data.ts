/**
 * General knowledge about names that news text writes in several ways. These
 * are facts about the world (countries, international bodies, major outlets),
 * not about any one story; names seen only in one corpus are merged by the
 * rules in merge.ts instead (acronyms, surnames, "The").
 */
import { aliasKey } from './alias-key.js';

/** Canonical name → other ways of writing it. Keys are compared after aliasKey(). */
export const KNOWN_ALIASES: Record<string, string[]> = {
	// "America" alone is the country in news English; the continents are "the Americas", and names that hold it are longer ("Bank of America").
	'United States': ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'the States', 'America'],
	'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
	'European Union': ['EU', 'E.U.'],
	'United Nations': ['UN', 'U.N.'],
	'United Arab Emirates': ['UAE', 'U.A.E.', 'Emirates'],
	'Soviet Union': ['USSR', 'U.S.S.R.'],
	'Democratic Republic of the Congo': ['DRC', 'DR Congo', 'Congo-Kinshasa'],
	'South Korea': ['Republic of Korea', 'ROK'],
	'North Korea': ['DPRK', "Democratic People's Republic of Korea"],
	'Czech Republic': ['Czechia'],
	'Netherlands': ['Holland', 'The Netherlands'],
	'Russia': ['Russian Federation'],
	'China': ["People's Republic of China", 'PRC'],
	'Taiwan': ['Republic of China', 'ROC'],
	'Myanmar': ['Burma'],
	'Türkiye': ['Turkey'],
	'Ivory Coast': ["Côte d'Ivoire", "Cote d'Ivoire"],
	'NATO': ['North Atlantic Treaty Organization', 'N.A.T.O.'],
	'World Health Organization': ['WHO'],
	'International Monetary Fund': ['IMF'],
	'World Bank': ['WB'],
	'World Trade Organization': ['WTO'],
	'Central Intelligence Agency': ['CIA'],
	'Federal Bureau of Investigation': ['FBI'],
	'National Security Agency': ['NSA'],
	'State Department': ['US State Department', 'U.S. State Department', 'Department of State'],
	'Pentagon': ['Department of Defense', 'Defense Department', 'DoD'],
	'Kremlin': [],
	// The United States' two parties' other names: "GOP" is in every other story of US politics, and no tagger trained on 1996 Reuters knows it.
	'Republican Party': ['GOP', 'G.O.P.', 'Grand Old Party'],
	// Britain's third party as news writes it every day; a tagger trained on 1996 Reuters reads "Lib Dems" as a person.
	'Liberal Democrats': ['Lib Dems', 'Lib Dem', 'LibDems'],
	'The New York Times': ['NYT', 'New York Times', 'NY Times', 'the Times'],
	'The Washington Post': ['Washington Post', 'WaPo'],
	'The Wall Street Journal': ['Wall Street Journal', 'WSJ'],
	'The Associated Press': ['Associated Press', 'AP'],
	'Agence France-Presse': ['AFP'],
	'Reuters': ['Thomson Reuters'],
	'BBC': ['British Broadcasting Corporation', 'BBC News'],
	'CNN': ['Cable News Network'],
	'Mexico City': ['CDMX', 'Ciudad de México'],
	'New York City': ['NYC'],
	'Los Angeles': ['LA', 'L.A.'],
	'Washington, D.C.': ['Washington DC', 'Washington D.C.', 'Washington, DC', 'D.C.', 'DC'],
	'Latin America': [],
	'White House': [],
	'USA Today': [],
	'Fox News': ['Fox News Channel', 'FoxNews.com'],
	'Capitol Hill': [],
	'Oval Office': [],
};

/** Which of the known names are organisations; the rest are places. */
// prettier-ignore
export const KNOWN_ORGANISATIONS = new Set([
	'European Union', 'United Nations', 'NATO', 'World Health Organization', 'International Monetary Fund', 'World Bank',
	'World Trade Organization', 'Central Intelligence Agency', 'Federal Bureau of Investigation', 'National Security Agency',
	'State Department', 'Pentagon', 'Kremlin', 'Republican Party', 'Liberal Democrats', 'The New York Times', 'The Washington Post', 'The Wall Street Journal',
	'The Associated Press', 'Agence France-Presse', 'Reuters', 'BBC', 'CNN', 'White House', 'Fox News', 'USA Today',
]);

const KNOWN_KEYS = new Set(
	Object.entries(KNOWN_ALIASES).flatMap(([canonical, variants]) => [canonical, ...variants].map((n) => n.toLowerCase())),
);

const CANONICAL_BY_KEY = new Map(
	Object.entries(KNOWN_ALIASES).flatMap(([canonical, variants]) =>
		[canonical, ...variants].map((n): [string, string] => [aliasKey(n), canonical]),
	),
);

/** The canonical form of a known name written any of its ways ("the NYT" → "The New York Times"); null for a name not in the table. */
export function knownCanonical(name: string): string | null {
	return CANONICAL_BY_KEY.get(aliasKey(name)) ?? null;
}

/** One of the names above, as written in any case. */
export function isKnownName(name: string): boolean {
	return KNOWN_KEYS.has(name.toLowerCase());
}

/**
 * Nationality and regional adjectives → the place. A demonym is kept apart from
 * the place's own mentions ("Russian spies" is not a mention of Russia) but linked.
 */
// prettier-ignore
export const DEMONYMS: Record<string, string> = {
	Afghan: 'Afghanistan', Albanian: 'Albania', Algerian: 'Algeria', American: 'United States', Angolan: 'Angola',
	Argentine: 'Argentina', Argentinian: 'Argentina', Armenian: 'Armenia', Australian: 'Australia', Austrian: 'Austria',
	Azerbaijani: 'Azerbaijan', Bangladeshi: 'Bangladesh', Belarusian: 'Belarus', Belgian: 'Belgium', Bolivian: 'Bolivia',
	Bosnian: 'Bosnia and Herzegovina', Brazilian: 'Brazil', British: 'United Kingdom', Bulgarian: 'Bulgaria',
	Cambodian: 'Cambodia', Cameroonian: 'Cameroon', Canadian: 'Canada', Chilean: 'Chile', Chinese: 'China',
	Colombian: 'Colombia', Congolese: 'Democratic Republic of the Congo', Croatian: 'Croatia', Cuban: 'Cuba',
	Cypriot: 'Cyprus', Czech: 'Czech Republic', Danish: 'Denmark', Dutch: 'Netherlands', Ecuadorian: 'Ecuador',
	Egyptian: 'Egypt', Emirati: 'United Arab Emirates', English: 'England', Eritrean: 'Eritrea', Estonian: 'Estonia',
	Ethiopian: 'Ethiopia', European: 'Europe', Filipino: 'Philippines', Finnish: 'Finland', French: 'France',
	Georgian: 'Georgia', German: 'Germany', Ghanaian: 'Ghana', Greek: 'Greece', Guatemalan: 'Guatemala', Haitian: 'Haiti',
	Honduran: 'Honduras', Hungarian: 'Hungary', Icelandic: 'Iceland', Indian: 'India', Indonesian: 'Indonesia',
	Iranian: 'Iran', Iraqi: 'Iraq', Irish: 'Ireland', Israeli: 'Israel', Italian: 'Italy', Jamaican: 'Jamaica',
	Japanese: 'Japan', Jordanian: 'Jordan', Kazakh: 'Kazakhstan', Kenyan: 'Kenya', Korean: 'Korea', Kosovar: 'Kosovo',
	Kuwaiti: 'Kuwait', Kyrgyz: 'Kyrgyzstan', Latvian: 'Latvia', Lebanese: 'Lebanon', Libyan: 'Libya',
	Lithuanian: 'Lithuania', Malaysian: 'Malaysia', Malian: 'Mali', Mexican: 'Mexico', Moldovan: 'Moldova',
	Mongolian: 'Mongolia', Moroccan: 'Morocco', Mozambican: 'Mozambique', Nepalese: 'Nepal', Nicaraguan: 'Nicaragua',
	Nigerian: 'Nigeria', Nigerien: 'Niger', Norwegian: 'Norway', Pakistani: 'Pakistan', Palestinian: 'Palestine',
	Panamanian: 'Panama', Paraguayan: 'Paraguay', Peruvian: 'Peru', Polish: 'Poland', Portuguese: 'Portugal',
	Qatari: 'Qatar', Romanian: 'Romania', Russian: 'Russia', Rwandan: 'Rwanda', Saudi: 'Saudi Arabia', Scottish: 'Scotland',
	Senegalese: 'Senegal', Serbian: 'Serbia', Singaporean: 'Singapore', Slovak: 'Slovakia', Slovenian: 'Slovenia',
	Somali: 'Somalia', 'South African': 'South Africa', 'South Korean': 'South Korea', 'North Korean': 'North Korea',
	Spanish: 'Spain', 'Sri Lankan': 'Sri Lanka', Sudanese: 'Sudan', Swedish: 'Sweden', Swiss: 'Switzerland',
	Syrian: 'Syria', Taiwanese: 'Taiwan', Tajik: 'Tajikistan', Tanzanian: 'Tanzania', Thai: 'Thailand', Tunisian: 'Tunisia',
	Turkish: 'Türkiye', Turkmen: 'Turkmenistan', Ugandan: 'Uganda', Ukrainian: 'Ukraine', Uruguayan: 'Uruguay',
	Uzbek: 'Uzbekistan', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam', Welsh: 'Wales', Yemeni: 'Yemen',
	Zambian: 'Zambia', Zimbabwean: 'Zimbabwe', African: 'Africa', Asian: 'Asia',
	'Latin American': 'Latin America', Soviet: 'Soviet Union',
};
