/**
 * Everything about a set of units that pair scoring needs: concepts, corpus
 * statistics over them and each unit's mass, computed once; quantities,
 * frames and words, on first use. Shared by the analysis and by the training
 * script, so the model is learnt on exactly what the analysis sees.
 */
import { unitMasses, type AffinityInput } from './affinity.js';
import { alignmentFeatures, UnitPlace, type PairContext } from './alignment-features.js';
import { UnitConceptTable } from './concept-table.js';
import { profileConcepts } from './concepts.js';
import { corpusStatistics, type CorpusStatistics } from './corpus-statistics.js';
import { CasingCounts, frameOf, participantsClash, type Frame } from './participants.js';
import { UnitQuantities } from './quantity-evidence.js';
import { UnitWords } from './unit-words.js';

export interface PreparedUnits {
	readonly table: UnitConceptTable;
	readonly stats: CorpusStatistics;
	/** Whether two units name different participants in the same slot of one frame (participants.ts). */
	readonly namesClash: (i: number, j: number) => boolean;
	/** The same-claim model's features of a pair (alignment-features.ts); without `costly`, the cheap ones only. */
	readonly features: (i: number, j: number, costly?: boolean) => Float64Array;
	/** Drops what was kept of each unit for scoring pairs (words, frames, quantities), once the candidate pairs are scored. */
	readonly forgetDetails: () => void;
}

/** Where each unit stands in its article; without it every unit is read as body text. */
export interface UnitLayout {
	readonly places: Uint8Array;
	readonly positions: Float32Array;
}

export function prepareUnits(texts: readonly string[], layout?: UnitLayout): PreparedUnits {
	const casing = new CasingCounts();
	const table = new UnitConceptTable();
	// Every word as written, for the synonym lookup: WordNet is read for the corpus's words only.
	const vocabulary = new Set<string>();
	const forms: string[] = [];
	for (const text of texts) {
		forms.length = 0;
		table.add(profileConcepts(text, casing, forms).conceptSet);
		for (const form of forms) vocabulary.add(form);
	}

	const stats = corpusStatistics(table);
	const names = casing.knowledge();
	const isName = new Uint8Array(table.conceptCount);
	for (const concept of names.nameConcepts) {
		const id = table.idOf(concept);
		if (id !== undefined) isName[id] = 1;
	}
	// The cheap necessary condition of participants.ts's mayClash, on the table: each unit holds a name the other lacks.
	const holdsNameMissingFrom = (unit: number, other: number): boolean => {
		for (let k = table.start(unit); k < table.end(unit); k++) {
			const id = table.values[k] ?? 0;
			if (isName[id] === 1 && !table.has(other, id)) return true;
		}
		return false;
	};
	// Quantities and frames are needed only for units that blocking pairs with another: made on first use.
	const quantities = new Map<number, UnitQuantities>();
	const input: AffinityInput = {
		table,
		stats,
		mass: unitMasses(table, stats),
		quantitiesOf: (unit) => {
			let found = quantities.get(unit);
			if (found === undefined) {
				found = new UnitQuantities(texts[unit] ?? '', (concept) => table.hasConcept(unit, concept));
				quantities.set(unit, found);
			}
			return found;
		},
	};
	const frames = new Map<number, Frame>();
	const frame = (unit: number): Frame => {
		let made = frames.get(unit);
		if (made === undefined) {
			made = frameOf(texts[unit] ?? '');
			frames.set(unit, made);
		}
		return made;
	};
	// Always asked in one order: the frame alignment breaks ties by position, so a pair must not depend on which side asks.
	const namesClash = (x: number, y: number): boolean => {
		const i = Math.min(x, y);
		const j = Math.max(x, y);
		if (!holdsNameMissingFrom(i, j) || !holdsNameMissingFrom(j, i)) return false;
		return participantsClash(frame(i), frame(j), names, table.conceptsOf(i), table.conceptsOf(j));
	};
	const words = new UnitWords(texts, table, vocabulary);
	const context: PairContext = {
		...input,
		places: layout?.places ?? new Uint8Array(texts.length).fill(UnitPlace.Body),
		positions: layout?.positions ?? new Float32Array(texts.length),
		sharedNames: (i, j) => {
			let shared = 0;
			for (let k = table.start(i); k < table.end(i); k++) {
				const id = table.values[k] ?? 0;
				if (isName[id] === 1 && table.has(j, id)) shared++;
			}
			return shared;
		},
		predicates: (i, j) => words.predicates(i, j),
		synonymMass: (i, j) => words.synonymMass(i, j, stats),
		sharedBigrams: (i, j) => words.sharedBigrams(i, j),
		maxSharedIdf: (i, j) => {
			let best = 0;
			for (let k = table.start(i); k < table.end(i); k++) {
				const id = table.values[k] ?? 0;
				if (table.has(j, id)) best = Math.max(best, stats.idfById[id] ?? 0);
			}
			return best;
		},
	};
	return {
		table,
		stats,
		namesClash,
		features: (i, j, costly = true) => alignmentFeatures(Math.min(i, j), Math.max(i, j), context, costly),
		forgetDetails: () => {
			words.forget();
			frames.clear();
			quantities.clear();
		},
	};
}
