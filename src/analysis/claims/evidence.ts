/**
 * Everything about a set of units that pair scoring needs, computed once:
 * concepts, corpus statistics over them, and each unit's evidence. Shared by
 * the analysis and by the training script, so the model is fitted on exactly
 * what it sees at run time.
 */
import { affinityScorer, unitEvidence, type PairScorer, type UnitEvidence } from './affinity.js';
import { profileConcepts } from './concepts.js';
import { corpusStatistics, type CorpusStatistics } from './corpus-statistics.js';
import { UnitQuantities } from './quantity-evidence.js';

export interface PreparedUnits {
	readonly evidence: readonly UnitEvidence[];
	readonly stats: CorpusStatistics;
	/** Claim affinity of two units by index. */
	readonly score: PairScorer;
}

export function prepareUnits(texts: readonly string[]): PreparedUnits {
	const profiles = texts.map(profileConcepts);
	const stats = corpusStatistics(profiles);
	const evidence = profiles.map((profile, i) => unitEvidence(profile, stats, new UnitQuantities(texts[i] ?? '', profile.conceptSet)));
	return { evidence, stats, score: affinityScorer(evidence, stats) };
}
