/**
 * What the costly pair features read of a unit beyond its concept set: its
 * concept bigrams in text order (reprinted quotations keep word order,
 * topic words do not), its words as written (for WordNet synonyms) and its
 * verbs (the predicate). Made only for units whose pairs might reach the
 * threshold, and kept in two pooled typed arrays with words interned: at
 * 10,000 articles a tuple and a string per word cost 170 MB, and even three
 * small typed arrays per unit cost 90 MB in their headers alone.
 */
import type { UnitConceptTable } from './concept-table.js';
import { profileConcepts } from './concepts.js';
import type { CorpusStatistics } from './corpus-statistics.js';
import { sharesSense, Synonyms } from './synonyms.js';

/**
 * Verbs that tag speech ("said", "told", "wrote") carry the source, not the
 * claim: two sentences both "saying" something need not say the same thing.
 */
const SPEECH_TAGS = new Set(['say', 'tell', 'add', 'note', 'write', 'state', 'report', 'tweet', 'quote', 'continue', 'explain', 'comment']);

export class UnitWords {
	readonly #texts: readonly string[];
	readonly #table: UnitConceptTable;
	readonly #vocabulary: ReadonlySet<string>;
	#synonyms: Synonyms | undefined;
	readonly #wordIds = new Map<string, number>();
	readonly #words: string[] = [];
	/** By word id: its senses and whether it is a verb other than a speech tag, read on first use. */
	readonly #senses: (Float64Array | undefined)[] = [];
	readonly #predicate: (boolean | undefined)[] = [];
	/** Where each unit's words lie in the pools; -1 until read. */
	#start: Int32Array;
	#end: Int32Array;
	/** Each read word's concept id and interned word id, unit after unit, in text order. */
	#concepts = new Int32Array(4096);
	#wordsRead = new Int32Array(4096);
	#length = 0;

	/** `vocabulary`: every word of the units, so that WordNet is read for these words only. */
	constructor(texts: readonly string[], table: UnitConceptTable, vocabulary: ReadonlySet<string>) {
		this.#texts = texts;
		this.#table = table;
		this.#vocabulary = vocabulary;
		this.#start = new Int32Array(texts.length).fill(-1);
		this.#end = new Int32Array(texts.length);
	}

	/** Details are kept while candidate pairs are scored; after that only a few pairs are asked again. */
	forget(): void {
		this.#start.fill(-1);
		this.#length = 0;
		this.#concepts = new Int32Array(4096);
		this.#wordsRead = new Int32Array(4096);
	}

	#synonymsRead(): Synonyms {
		this.#synonyms ??= Synonyms.forWords(this.#vocabulary);
		return this.#synonyms;
	}

	#wordId(word: string): number {
		let id = this.#wordIds.get(word);
		if (id === undefined) {
			id = this.#words.length;
			this.#words.push(word);
			this.#wordIds.set(word, id);
		}
		return id;
	}

	/** Reads the unit's words into the pools on first use; returns where they start. */
	#read(unit: number): number {
		const start = this.#start[unit] ?? -1;
		if (start >= 0) return start;
		const forms: string[] = [];
		const concepts = profileConcepts(this.#texts[unit] ?? '', undefined, forms).concepts;
		if (this.#length + concepts.length > this.#concepts.length) {
			const size = Math.max(this.#length + concepts.length, this.#concepts.length * 2);
			const grownConcepts = new Int32Array(size);
			grownConcepts.set(this.#concepts);
			this.#concepts = grownConcepts;
			const grownWords = new Int32Array(size);
			grownWords.set(this.#wordsRead);
			this.#wordsRead = grownWords;
		}
		const at = this.#length;
		concepts.forEach((concept, k) => {
			this.#concepts[at + k] = this.#table.idOf(concept) ?? 0;
			this.#wordsRead[at + k] = this.#wordId(forms[k] ?? '');
		});
		this.#length += concepts.length;
		this.#start[unit] = at;
		this.#end[unit] = this.#length;
		return at;
	}

	/** The unit's distinct concept bigrams, as first * conceptCount + second. */
	#bigrams(unit: number): Set<number> {
		const start = this.#read(unit);
		const keys = new Set<number>();
		for (let k = start + 1; k < (this.#end[unit] ?? 0); k++)
			keys.add((this.#concepts[k - 1] ?? 0) * this.#table.conceptCount + (this.#concepts[k] ?? 0));
		return keys;
	}

	#sensesOf(word: number): Float64Array {
		let senses = this.#senses[word];
		if (senses === undefined) {
			senses = this.#synonymsRead().sensesOf(this.#words[word] ?? '');
			this.#senses[word] = senses;
		}
		return senses;
	}

	#isPredicate(word: number): boolean {
		let predicate = this.#predicate[word];
		if (predicate === undefined) {
			const synonyms = this.#synonymsRead();
			const form = this.#words[word] ?? '';
			predicate = synonyms.isVerb(form) && !SPEECH_TAGS.has(synonyms.verbLemma(form));
			this.#predicate[word] = predicate;
		}
		return predicate;
	}

	/** Concept bigrams (in text order) both hold, and the smaller unit's count of them. */
	sharedBigrams(i: number, j: number): { shared: number; smaller: number } {
		const a = this.#bigrams(i);
		const b = this.#bigrams(j);
		let shared = 0;
		for (const key of a) if (b.has(key)) shared++;
		return { shared, smaller: Math.min(a.size, b.size) };
	}

	/**
	 * The IDF mass of the words of one unit that the other unit does not share
	 * but says in a synonym, each word matched once: what overlap misses when
	 * outlets word a claim differently.
	 */
	synonymMass(i: number, j: number, stats: CorpusStatistics): number {
		const startA = this.#read(i);
		const startB = this.#read(j);
		const endA = this.#end[i] ?? 0;
		const endB = this.#end[j] ?? 0;
		const used = new Set<number>();
		let mass = 0;
		for (let x = startA; x < endA; x++) {
			const concept = this.#concepts[x] ?? 0;
			if (this.#table.has(j, concept)) continue;
			const senses = this.#sensesOf(this.#wordsRead[x] ?? 0);
			if (senses.length === 0) continue;
			for (let y = startB; y < endB; y++) {
				const other = this.#concepts[y] ?? 0;
				if (used.has(y) || this.#table.has(i, other) || !sharesSense(senses, this.#sensesOf(this.#wordsRead[y] ?? 0))) continue;
				used.add(y);
				mass += Math.min(stats.idfById[concept] ?? 0, stats.idfById[other] ?? 0);
				break;
			}
		}
		return mass;
	}

	/**
	 * Whether two units' predicates agree: 1 when they share a verb (the same
	 * word or a WordNet synonym: "intensified" / "stepped up"), -1 when both
	 * have verbs and share none ("intensified its work" / "carried out
	 * expulsions", under the same background words), 0 when either has none.
	 */
	predicates(i: number, j: number): number {
		const startA = this.#read(i);
		const startB = this.#read(j);
		const endA = this.#end[i] ?? 0;
		const endB = this.#end[j] ?? 0;
		let verbsA = 0;
		let verbsB = 0;
		for (let y = startB; y < endB; y++) if (this.#isPredicate(this.#wordsRead[y] ?? 0)) verbsB++;
		for (let x = startA; x < endA; x++) {
			const word = this.#wordsRead[x] ?? 0;
			if (!this.#isPredicate(word)) continue;
			verbsA++;
			for (let y = startB; y < endB; y++) {
				const other = this.#wordsRead[y] ?? 0;
				if (!this.#isPredicate(other)) continue;
				if (this.#concepts[x] === this.#concepts[y] || sharesSense(this.#sensesOf(word), this.#sensesOf(other))) return 1;
			}
		}
		return verbsA > 0 && verbsB > 0 ? -1 : 0;
	}
}
