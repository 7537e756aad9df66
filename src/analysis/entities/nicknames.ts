/**
 * English familiar forms of given names that do not open with the formal name's first two letters
 * ("Liz" and "Elizabeth", "Bill" and "William"; "Mike" and "Michael" need no table: merge.ts's familiarForm).
 * Written by hand: no maintained npm package lists English nicknames (the one named "nicknames" makes up
 * new ones; the genealogy list others use, carltonnorthern/nicknames, is not published on npm), and news
 * writes only a few dozen of them, the NYT's formal names beside other outlets' familiar ones.
 */
const FAMILIAR_FORMS: Readonly<Record<string, string>> = {
	Elizabeth: 'Liz Lizzie Beth Betsy Betty Bess Libby',
	William: 'Bill Billy Will Willie',
	Robert: 'Bob Bobby Rob Robbie Bert Beto',
	Richard: 'Dick Rick Ricky Rich',
	Edward: 'Ted Teddy Ned Eddie Ed',
	James: 'Jim Jimmy Jamie',
	John: 'Jack Johnny',
	Anthony: 'Tony',
	Thomas: 'Tom Tommy',
	Margaret: 'Peggy Maggie Meg Marge',
	Henry: 'Hank Harry',
	Mary: 'Molly Polly Mamie',
	Alexander: 'Sandy Alex Xander',
	Alexandra: 'Sandy Sasha Alex',
	Andrew: 'Andy Drew',
	Rebecca: 'Becky Becca',
	Gerald: 'Jerry',
	Patricia: 'Trish Patty Pat',
	Katherine: 'Kate Kathy Katie',
	Catherine: 'Kate Cathy Katie',
	Kathryn: 'Kate Kathy Katie',
	Katharine: 'Kate Kathy Katie',
	Theodore: 'Ted Teddy',
	Charles: 'Chuck Charlie',
	Frederick: 'Fred Freddie',
	Lawrence: 'Larry',
	Susan: 'Sue Suzy',
	Nicholas: 'Nick',
	Joseph: 'Joe Joey',
	Daniel: 'Dan Danny',
	Michael: 'Mike Mickey',
	Letitia: 'Tish',
	Harold: 'Hal',
	Francis: 'Frank',
	Benjamin: 'Ben Benji Bibi',
};

const FORMAL_OF = new Map<string, Set<string>>();
for (const [formal, familiar] of Object.entries(FAMILIAR_FORMS)) {
	for (const name of familiar.split(' ')) {
		const formals = FORMAL_OF.get(name) ?? new Set<string>();
		formals.add(formal);
		FORMAL_OF.set(name, formals);
	}
}

/** Whether one given name is a familiar form of the other ("Liz", "Elizabeth"), in either order. */
export function isNicknameOf(a: string, b: string): boolean {
	return (FORMAL_OF.get(a)?.has(b) ?? false) || (FORMAL_OF.get(b)?.has(a) ?? false);
}
