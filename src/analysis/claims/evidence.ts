/**
 * Everything about a set of units that pair scoring needs, computed once:
 * concepts, corpus statistics over them, and each unit's mass. Shared by
 * the analysis and by the calibration script, so the threshold is chosen on
 * exactly what the analysis sees at run time.
 */
import { claimAffinity, unitMasses, type AffinityInput, type PairScorer } from './affinity.js';
import { UnitConceptTable } from './concept-table.js';
import { profileConcepts } from './concepts.js';
import { corpusStatistics, type CorpusStatistics } from './corpus-statistics.js';
import { CasingCounts, frameOf, participantsClash, type Frame } from './participants.js';
import { UnitQuantities } from './quantity-evidence.js';

export interface PreparedUnits {
	readonly table: UnitConceptTable;
	readonly stats: CorpusStatistics;
	/** Claim affinity of two units by index; 0 when their participants clash (participants.ts). */
	readonly score: PairScorer;
}

export function prepareUnits(texts: readonly string[]): PreparedUnits {
	const casing = new CasingCounts();
	const table = new UnitConceptTable();
	for (const text of texts) table.add(profileConcepts(text, casing).conceptSet);
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
	// Always scored in one order: the frame alignment breaks ties by position, so a pair must not depend on which side asks.
	const score: PairScorer = (x, y) => {
		const i = Math.min(x, y);
		const j = Math.max(x, y);
		const value = claimAffinity(i, j, input);
		if (value === 0 || !holdsNameMissingFrom(i, j) || !holdsNameMissingFrom(j, i)) return value;
		return participantsClash(frame(i), frame(j), names, table.conceptsOf(i), table.conceptsOf(j)) ? 0 : value;
	};
	return { table, stats, score };
}
