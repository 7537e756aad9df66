/**
 * Who a sentence of an article is attributed to, reading the article around
 * it as a reader does. A sentence names its source (attribution.ts), or
 * names it by a pronoun or a role ("he said", "the president said") that
 * stands for a person named before (references.ts). A quote without a
 * speaker of its own belongs to the speaker tagged elsewhere in the same
 * quote, to the one a colon hands it to ("Trump tweeted:"), to a bare tag
 * after it ("Mr. Calderón told CNBC."), or to the speaker of the quote or
 * report just before it: news gives a speaker's quotes one after another
 * and tags the first. Null when no source can be found: "unattributed".
 */
import type { Article } from '../../corpus/index.js';
import { findSentenceSources, speakerOf, type SentenceSource, type SourceForm } from './attribution.js';
import { QuoteRuns, QUOTE_RUN, type ArticleText, type SentenceAt } from './quote-runs.js';
import { articlePeople, campaignRole, carriesTitle, fitsPronoun, mentions, roleReference, type Pronoun } from './references.js';
import { isPersonName } from './source-names.js';
import type { Gender } from './person-gender.js';

export type { ArticleText, SentenceAt } from './quote-runs.js';

export interface Source {
	/** The source as written, with its role ("Juan Gonzalez, former director ..."); a pronoun's or a role's is the name it stands for. */
	text: string;
	form: SourceForm;
	/** Where the source is written in the sentence; null when it was read from a neighbouring sentence. */
	range: [number, number] | null;
}

/** How many sentences with words of the outlet's own a reference looks back over: news names a speaker again within a few paragraphs. */
const LOOK_BACK = 8;

/** At most this many words, and a sentence after a quote is its tag alone: "Mr. Calderón told CNBC." */
const TAG_WORDS = 7;

/** How many quotes back a run of tagless quotes is followed to its speaker. */
const QUOTES_BACK = 3;

/** Everything read of one article, kept: the claims of a corpus ask about the same articles many times. */
export class ArticleSources {
	readonly #quotes: QuoteRuns;
	/** The outlet that published the article, where known. */
	readonly outlet: string | null;
	readonly #own = new Map<number, SentenceSource[]>();
	readonly #resolved = new Map<number, Source[]>();
	#people: { people: Set<string>; genders: Map<string, Gender | null> } | null = null;

	constructor(article: ArticleText | SentenceAt) {
		this.#quotes = new QuoteRuns(typeof article === 'function' ? { sentence: article } : article);
		this.outlet = typeof article === 'function' ? null : (article.outlet ?? null);
	}

	/** The sentence's sources, read with the article around it. */
	sources(index: number): Source[] {
		const resolved = this.#sentenceSources(index);
		// A pronoun that fits no one still names the sentence's speaker: not a quote to give a neighbour's.
		if (resolved.length > 0 || this.#ownSources(index).length > 0) return resolved;
		const speaker = this.#quoteSpeaker(index, 0) ?? this.#blockSpeaker(index);
		return speaker ? [{ text: speaker.text, form: 'neighbour', range: null }] : [];
	}

	text(index: number): string | undefined {
		return this.#quotes.text(index);
	}

	/** Whether the sentence begins inside a quote opened before it: all or some of it is someone's words. */
	openAtStart(index: number): boolean {
		return this.#quotes.openAtStart(index);
	}

	/**
	 * The people a stretch [start, end) of the sentence has in view by a pronoun
	 * or a role ("she holds ...", "the president"), as the article resolves them.
	 */
	referents(index: number, start: number, end: number): string[] {
		const unquoted = this.#quotes.unquoted(index);
		if (unquoted === undefined) return [];
		const people: string[] = [];
		for (const m of mentions(unquoted.slice(0, end), this.#articlePeople().people)) {
			if (m.start < start || m.kind === 'name') continue;
			const pronoun = m.kind === 'pronoun' ? (m.text as Pronoun) : undefined;
			const person = pronoun
				? this.#reference(index, m.start, (name) => fitsPronoun(name, pronoun, this.#articlePeople().genders), pronoun)
				: this.#role(index, m.start, m.text);
			if (person !== null) people.push(person);
		}
		return people;
	}

	#ownSources(index: number): SentenceSource[] {
		let own = this.#own.get(index);
		if (own === undefined) {
			const text = this.#quotes.text(index);
			own = text === undefined ? [] : findSentenceSources(text, this.#quotes.openAtStart(index));
			this.#own.set(index, own);
		}
		return own;
	}

	/** What the sentence names by itself, pronouns and roles resolved; those that fit no one are left out. */
	#sentenceSources(index: number): Source[] {
		let sources = this.#resolved.get(index);
		if (sources !== undefined) return sources;
		sources = [];
		for (const found of this.#ownSources(index)) {
			const range: [number, number] = [found.start, found.end];
			if (found.pronoun !== undefined) {
				const pronoun = found.pronoun;
				const person = this.#reference(index, found.start, (name) => fitsPronoun(name, pronoun, this.#articlePeople().genders), pronoun);
				if (person) sources.push({ text: person, form: 'pronoun', range });
				continue;
			}
			const person = this.#role(index, found.start, found.text);
			sources.push(person ? { text: person, form: 'role', range } : { text: found.text, form: found.form, range });
		}
		this.#resolved.set(index, sources);
		return sources;
	}

	/**
	 * The person a role alone stands for ("the president": "President Obama"),
	 * named before `end` of the sentence; null for any other source.
	 */
	#role(index: number, end: number, text: string): string | null {
		if (campaignRole(text)) return this.#reference(index, end, isPersonName);
		const role = roleReference(text);
		return role ? this.#reference(index, end, (name) => carriesTitle(name, role)) : null;
	}

	#articlePeople(): { people: Set<string>; genders: Map<string, Gender | null> } {
		if (this.#people === null) {
			const texts: string[] = [];
			for (let i = 0; this.#quotes.text(i) !== undefined; i++) texts.push(this.#quotes.text(i) as string);
			this.#people = articlePeople(texts);
		}
		return this.#people;
	}

	/**
	 * The person (or, for "they", the group) a reference at `end` of sentence
	 * `index` stands for: walking back, each sentence's speakers, then its
	 * subject, then the other people it names, latest first. A sentence whose
	 * subject is the same pronoun ("In a statement, he decried ...") keeps
	 * the same person in view: the walk goes on past it.
	 */
	#reference(index: number, end: number, fits: (name: string) => boolean, pronoun?: Pronoun): string | null {
		let read = 0;
		for (let i = index; i >= 0 && read <= LOOK_BACK && index - i <= LOOK_BACK * 3; i--) {
			const unquoted = this.#quotes.unquoted(i);
			if (unquoted === undefined) break;
			const text = i === index ? unquoted.slice(0, end) : unquoted;
			if (!/\p{L}/u.test(text)) continue;
			read++;
			const speakers = i === index ? this.#ownSources(i).filter((s) => s.pronoun === undefined && s.end <= end) : this.#sentenceSources(i);
			for (const s of [...speakers].reverse()) if (fits(s.text)) return s.text;
			if (pronoun === 'they') continue;
			const inView = mentions(text, this.#articlePeople().people);
			const subject = inView.find((m) => m.subject);
			if (subject?.kind === 'pronoun' && subject.text === pronoun) continue;
			if (subject?.kind === 'role') {
				const person = this.#role(i, subject.start, subject.text);
				if (person !== null && fits(person)) return person;
			}
			if (subject?.kind === 'name' && fits(subject.text)) return subject.text;
			for (const m of inView.reverse()) if (m.kind === 'name' && m !== subject && fits(m.text)) return m.text;
		}
		return null;
	}

	/** A speaker for a quote that names none: tagged in the same quote, handed it by a colon, tagged after it, or the speaker just before. */
	#quoteSpeaker(index: number, depth: number): Source | undefined {
		if (!this.#quotes.quoted(index)) return undefined;
		const [first, last] = this.#quotes.run(index);
		for (let step = 1; step <= QUOTE_RUN; step++) {
			for (const at of [index - step, index + step]) {
				if (at < first || at > last) continue;
				const speaker = speakerOf(this.#sentenceSources(at));
				if (speaker) return speaker;
			}
		}
		const before = first - 1;
		const opener = this.#quotes.text(before);
		if (opener !== undefined && /:\s*$/u.test(opener)) {
			const speaker = speakerOf(this.#sentenceSources(before));
			if (speaker) return speaker;
		}
		const after = last + 1;
		const tag = this.#quotes.text(after);
		if (tag !== undefined && !this.#quotes.quoted(after) && !this.#quotes.paragraphStart(after) && tag.split(/\s+/u).length <= TAG_WORDS) {
			const speaker = speakerOf(this.#sentenceSources(after));
			if (speaker) return speaker;
		}
		if (opener === undefined || !this.#quotes.near(before, first)) return undefined;
		if (this.#quotes.quoted(before))
			return speakerOf(this.#sentenceSources(before)) ?? (depth < QUOTES_BACK ? this.#quoteSpeaker(before, depth + 1) : undefined);
		// "Ms. Speier said the action is part of ...", then her words.
		return speakerOf(this.#sentenceSources(before).filter((s) => s.form !== 'according-to'));
	}

	/** A paragraph a colon hands to a speaker ("Trump lashed out on Twitter, saying:"), quoted without marks. */
	#blockSpeaker(index: number): Source | undefined {
		let first = index;
		// Without paragraphs, only the sentence right after the colon is known to be the speaker's.
		if (this.#quotes.knowsParagraphs) {
			while (first > 0 && !this.#quotes.paragraphStart(first) && index - first < QUOTE_RUN) first--;
			if (!this.#quotes.paragraphStart(first)) return undefined;
		}
		const opener = this.#quotes.text(first - 1);
		if (opener === undefined || !/:\s*$/u.test(opener)) return undefined;
		return speakerOf(this.#sentenceSources(first - 1));
	}
}

/** An article of the corpus, read for its sources with its paragraphs. */
export function articleSources({ sentences, outlet }: Pick<Article, 'sentences' | 'outlet'>): ArticleSources {
	return new ArticleSources({ sentence: (i) => sentences[i]?.text, paragraph: (i) => sentences[i]?.paragraph, outlet });
}

/** The sentence's sources, read with the article around it; one question, so nothing is kept. */
export function findSources(article: ArticleText | SentenceAt, index: number): Source[] {
	return new ArticleSources(article).sources(index);
}
