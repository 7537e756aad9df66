/**
 * What the entity annotation converters (basil-entity-offsets.mjs, ecbplus-entity-offsets.mjs)
 * share: turning a draft's entities, each with the ways the articles write it, into character
 * offsets. Every whole-word occurrence of a surface is a mention, longest surfaces first, so
 * "Bill Clinton" takes its words before "Clinton" does. Three refinements:
 * - "Fox@fox" (or "Reid@1_10ecb"): only in that article;
 * - "The [[Dallas Morning News]]recently": a context; the bracketed part of each occurrence is the
 *   mention (for names glued to a word, or a surface that is a name only in one place);
 * - occurrences inside a party-and-state tag ("R-Iowa", "(D-Mo.)") and after "anti-"/"pro-" are
 *   not mentions of the place or person: they are roles and adjectives.
 * An entity of type MISC (a show, a law, an event: "Fox News Sunday") takes its words so that no
 * name inside it is a mention, and is not written out: the gold standards have people,
 * organisations and places only.
 */

const TYPES = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** "R-Iowa", "(D-Mo.)", "anti-Trump": the match is a role or an adjective, not a mention. */
const isExcludedPrefix = (before) => /(?:^|[^\p{L}])[RDI]-$/u.test(before) || /\b(?:anti|pro|non)-$/iu.test(before);

/** Every [start, end) of the surface (or of a context's bracketed part) in text. */
function occurrences(text, surface) {
	const found = [];
	const context = /^(.*)\[\[(.+)\]\](.*)$/u.exec(surface);
	if (context) {
		const [, left, name, right] = context;
		const whole = left + name + right;
		for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
			found.push({ start: at + left.length, end: at + left.length + name.length });
		}
		return found;
	}
	for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
		const end = at + surface.length;
		if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
		if (isExcludedPrefix(text.slice(Math.max(0, at - 6), at))) continue;
		found.push({ start: at, end });
	}
	return found;
}

/**
 * The draft's entities as offsets into `sources` ({outlet, field, text}, in the order the output
 * lists mentions), the problems to fix (unknown types, surfaces found nowhere) and the capitalised
 * words away from a sentence's start that no mention covers, for the annotator to read again.
 */
export function entityOffsets(draft, sources) {
	const problems = [];
	const used = new Set();
	const entities = draft.entities.map(([name, label, surfaces]) => {
		if (!TYPES[label]) problems.push(`${name}: unknown type ${label}`);
		return { name, type: TYPES[label], mentions: [], surfaces };
	});
	const uncovered = [];
	for (const { outlet, field, text } of sources) {
		const taken = [];
		const candidates = [];
		entities.forEach((entity, e) => {
			for (const written of entity.surfaces) {
				const [surface, only] = written.split(/@(?=[\w]+$)/u);
				if (only && only !== outlet) continue;
				candidates.push({ e, surface, written });
			}
		});
		candidates.sort((a, b) => b.surface.replace(/\[\[|\]\]/gu, '').length - a.surface.replace(/\[\[|\]\]/gu, '').length);
		for (const { e, surface, written } of candidates) {
			for (const span of occurrences(text, surface)) {
				if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
				taken.push(span);
				used.add(`${e}|${written}`);
				entities[e].mentions.push({ outlet, field, start: span.start, end: span.end });
			}
		}
		for (const m of text.matchAll(/(?<=[\p{L},;:)]\s+)\p{Lu}[\p{L}.'’-]*/gu)) {
			if (!taken.some((t) => t.start <= m.index && m.index < t.end)) uncovered.push(m[0]);
		}
	}
	entities.forEach((entity, e) => {
		for (const written of entity.surfaces) if (!used.has(`${e}|${written}`)) problems.push(`${entity.name}: "${written}" found nowhere`);
	});
	const rank = new Map(sources.map((s, i) => [`${s.outlet}|${s.field}`, i]));
	const order = (a, b) => rank.get(`${a.outlet}|${a.field}`) - rank.get(`${b.outlet}|${b.field}`) || a.start - b.start;
	return {
		entities: entities.filter((e) => e.type !== 'misc').map(({ name, type, mentions }) => ({ name, type, mentions: mentions.sort(order) })),
		problems,
		uncovered,
	};
}

/** Writes the converter's report to stderr and the stored form to stdout; exits 1 on a problem. */
export function writeOffsets(header, { entities, problems, uncovered }) {
	const counts = new Map();
	for (const word of uncovered) counts.set(word, (counts.get(word) ?? 0) + 1);
	console.error(`uncovered capitalised words: ${[...counts].map(([w, n]) => (n > 1 ? `${w} x${n}` : w)).join(', ')}`);
	if (problems.length > 0) {
		for (const p of problems) console.error(p);
		process.exit(1);
	}
	process.stdout.write(`${JSON.stringify({ ...header, entities }, null, '\t')}\n`);
}
