/**
 * A part's result goes from the analysis worker to the dashboard in slices,
 * one at a time. Reading a message (structured-clone deserialisation) blocks
 * the thread that receives it: at 10,000 articles one message per part held
 * the dashboard's thread for 0.3-0.45 s, and a key pressed then waited. A
 * slice of about SLICE_WEIGHT mentions or claim units reads in a few ms. The
 * worker sends the next slice only when asked: Node delivers every message
 * already queued on a port in one go, so slices sent all at once would be
 * read in one stall again. The receiver asks after a turn of its event loop,
 * so keys pressed meanwhile are answered between slices.
 */
import type { ClaimCluster, ClaimsAnalysis, ClaimUnit } from '../analysis/claims/types.js';
import type { Entity } from '../analysis/entities/types.js';
import type { Corpus } from '../corpus/index.js';
import { withTexts, type AnalysisPart, type AnalysisResult } from './texts.js';

export type ResultSlice =
	| { part: 'entities'; entities: Entity[]; last: boolean }
	| { part: 'claims'; claims: ClaimCluster[]; singleSource: ClaimUnit[]; last: boolean };

export const SLICE_WEIGHT = 10_000;

/** Consecutive runs of `items` whose weights add up to about `budget` (an item heavier than it goes alone). */
function byWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
	const runs: T[][] = [];
	let run: T[] = [];
	let load = 0;
	for (const item of items) {
		const w = weight(item);
		if (run.length > 0 && load + w > budget) {
			runs.push(run);
			run = [];
			load = 0;
		}
		run.push(item);
		load += w;
	}
	if (run.length > 0) runs.push(run);
	return runs;
}

/** The slices of one part's result, in order; the last is marked, and there is always one. */
export function sliceResult<P extends AnalysisPart>(part: P, result: AnalysisResult[P], budget = SLICE_WEIGHT): ResultSlice[] {
	const slices: ResultSlice[] = [];
	if (part === 'entities') {
		for (const entities of byWeight(result as Entity[], (e) => 1 + e.mentions.length + (e.demonym?.mentions.length ?? 0), budget))
			slices.push({ part: 'entities', entities, last: false });
		if (slices.length === 0) slices.push({ part: 'entities', entities: [], last: false });
	} else {
		const { claims, singleSource } = result as ClaimsAnalysis;
		for (const run of byWeight(claims, (c) => 1 + c.versions.length, budget))
			slices.push({ part: 'claims', claims: run, singleSource: [], last: false });
		for (const run of byWeight(singleSource, () => 1, budget)) slices.push({ part: 'claims', claims: [], singleSource: run, last: false });
		if (slices.length === 0) slices.push({ part: 'claims', claims: [], singleSource: [], last: false });
	}
	const final = slices.at(-1);
	if (final) final.last = true;
	return slices;
}

export type Collected = { part: 'entities'; result: Entity[] } | { part: 'claims'; result: ClaimsAnalysis };

/** What the worker's side needs of its port. */
export interface SlicePort {
	postMessage: (message: { step: 'slice'; slice: ResultSlice }) => void;
	on: (event: 'message', listener: (message: unknown) => void) => unknown;
	off: (event: 'message', listener: (message: unknown) => void) => unknown;
}

/** The message by which the receiver asks for the next slice. */
export const NEXT_SLICE = 'next-slice';

/** Sends a part's result over `port` a slice at a time, each when the receiver asks (the first at once); resolves when the last is sent. */
export function sendResult<P extends AnalysisPart>(
	port: SlicePort,
	part: P,
	result: AnalysisResult[P],
	budget = SLICE_WEIGHT,
): Promise<void> {
	const slices = sliceResult(part, result, budget);
	let next = 0;
	return new Promise((resolve) => {
		const send = (): void => {
			const slice = slices[next++];
			if (slice === undefined) return;
			port.postMessage({ step: 'slice', slice });
			if (!slice.last) return;
			// Nothing more to wait for: the worker's thread may end, or go on to what comes after.
			port.off('message', onMessage);
			resolve();
		};
		const onMessage = (message: unknown): void => {
			if (message === NEXT_SLICE) send();
		};
		port.on('message', onMessage);
		send();
	});
}

/**
 * The receiving end for one part: each slice gets its texts back from
 * `corpus` as it comes (texts.ts); after each but the last, `askNext` is
 * called on a later turn of the event loop. The last slice gives the whole
 * result, the ones before it null.
 */
export function resultReceiver(corpus: Corpus, askNext: () => void): (slice: ResultSlice) => Collected | null {
	const entities: Entity[] = [];
	const claims: ClaimCluster[] = [];
	const singleSource: ClaimUnit[] = [];
	return (slice) => {
		if (!slice.last) setImmediate(askNext);
		if (slice.part === 'entities') withTexts('entities', slice.entities, corpus);
		else withTexts('claims', { claims: slice.claims, singleSource: slice.singleSource }, corpus);
		// Loops, not push(...items): a spread of thousands of arguments can overflow the stack.
		if (slice.part === 'entities') {
			for (const entity of slice.entities) entities.push(entity);
			return slice.last ? { part: 'entities', result: entities } : null;
		}
		for (const claim of slice.claims) claims.push(claim);
		for (const unit of slice.singleSource) singleSource.push(unit);
		return slice.last ? { part: 'claims', result: { claims, singleSource } } : null;
	};
}
