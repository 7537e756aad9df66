/**
 * Everything about a set of units that pair scoring needs, computed once:
 * concepts, corpus statistics over them, and each unit's evidence. Shared by
 * the analysis and by the training script, so the model is fitted on exactly
 * what it sees at run time.
 */
import { affinityScorer, unitEvidence, type PairScorer, type UnitEvidence } from './affinity.js';
import { profileConcepts } from './concepts.js';
import { corpusStatistics, type CorpusStatistics } from './corpus-statistics.js';
import { CasingCounts, frameOf, mayClash, participantsClash, type Frame } from './participants.js';
import { UnitQuantities } from './quantity-evidence.js';

export interface PreparedUnits {
	readonly evidence: readonly UnitEvidence[];
	readonly stats: CorpusStatistics;
	/** Claim affinity of two units by index. */
	readonly score: PairScorer;
}

export function prepareUnits(texts: readonly string[]): PreparedUnits {
	const casing = new CasingCounts();
	const profiles = texts.map((text) => profileConcepts(text, casing));
	const stats = corpusStatistics(profiles);
	const evidence = profiles.map((profile, i) => unitEvidence(profile, stats, new UnitQuantities(texts[i] ?? '', profile.conceptSet)));
	const names = casing.knowledge();
	// Frames are needed only for pairs that already share a claim's worth of concepts: made on first use.
	const frames = new Map<number, Frame>();
	const frame = (i: number): Frame => {
		let made = frames.get(i);
		if (made === undefined) {
			made = frameOf(texts[i] ?? '');
			frames.set(i, made);
		}
		return made;
	};
	const affinity = affinityScorer(evidence, stats);
	const score: PairScorer = (i, j) => {
		const value = affinity(i, j);
		if (value === 0) return 0;
		const a = evidence[i]?.concepts.conceptSet ?? new Set<string>();
		const b = evidence[j]?.concepts.conceptSet ?? new Set<string>();
		return mayClash(a, b, names) && participantsClash(frame(i), frame(j), names, a, b) ? 0 : value;
	};
	return { evidence, stats, score };
}
