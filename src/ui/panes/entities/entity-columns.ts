/**
 * Column widths of the Entities list, from the terminal's width and the
 * corpus's content. Computed over every entity, not the filtered ones, so the
 * columns stay put while a filter is typed.
 */
import stringWidth from 'string-width';

export const TYPE_WIDTH = 6;
/** The Name column is never narrower, so short names still read as a column at 50 columns. */
const NAME_MIN = 16;
/** Of what the type and count columns leave, the Name column is sure of this share when both want more. */
const NAME_SHARE = 0.5;

export interface EntityColumns {
	/** Including the selection mark before the name and a gap after it. */
	name: number;
	mentions: number;
	articles: number;
}

/**
 * `names` are the texts the Name column shows ("more than 20 people (>20 persons)"),
 * `outlets` the widths of the Outlets column's texts, `counts` each entity's number of
 * mentions, `total` the corpus's number of articles, `width` the room inside the pane.
 */
export function entityColumns(
	names: readonly string[],
	outlets: readonly number[],
	counts: readonly number[],
	total: number,
	width: number,
): EntityColumns {
	// The count columns as wide as the corpus's largest figures ("1685", "614/2088") plus a space,
	// and never narrower than their headings, so a row stays one line.
	const most = counts.reduce((m, n) => Math.max(m, n), 0);
	const mentions = Math.max('Ment.'.length, String(most).length) + 1;
	const articles = Math.max('Arts'.length, `${total}/${total}`.length) + 1;
	const wanted = names.reduce((m, name) => Math.max(m, stringWidth(name)), 'Name'.length) + 2;
	const outletsWanted = outlets.reduce((m, w) => Math.max(m, w), 'Outlets'.length);
	const room = width - TYPE_WIDTH - mentions - articles;
	// Both fit: the names get what they need, the Outlets the rest. Else the names get what the
	// outlets leave, but at least their share of the room: the outlets are cut first, names stay readable.
	if (wanted + outletsWanted <= room) return { name: wanted, mentions, articles };
	return { name: Math.max(NAME_MIN, Math.min(wanted, Math.max(Math.floor(room * NAME_SHARE), room - outletsWanted))), mentions, articles };
}

/**
 * The width of an Outlets text (each article's label, joined by ", ", then a note),
 * counted only up to `limit`: an entity named in 2,000 articles would otherwise have
 * 2,000 labels looked up and measured at every resize.
 */
export function outletsWidth(articles: readonly string[], label: (article: string) => string, note: string, limit: number): number {
	let width = stringWidth(note);
	for (const [i, article] of articles.entries()) {
		if (width > limit) break;
		width += stringWidth(label(article)) + (i > 0 ? 2 : 0);
	}
	return width;
}
