import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseClaims } from '../src/analysis/claims/index.js';
import { prepareUnits } from '../src/analysis/claims/evidence.js';
import { profileConcepts } from '../src/analysis/claims/concepts.js';
import { alignInOrder, CasingCounts, frameOf, participantsClash, spellingVariants } from '../src/analysis/claims/participants.js';
import type { Article } from '../src/corpus/index.js';
import { articleOf } from './helpers/fixtures.js';

// Made-up sentences about made-up teams and players.
function knowledgeOf(texts: readonly string[]): ReturnType<CasingCounts['knowledge']> {
	const casing = new CasingCounts();
	for (const text of texts) profileConcepts(text, casing);
	return casing.knowledge();
}

function clash(a: string, b: string, corpus: readonly string[]): boolean {
	const known = knowledgeOf(corpus);
	return participantsClash(frameOf(a), frameOf(b), known, profileConcepts(a).conceptSet, profileConcepts(b).conceptSet);
}

const BACKGROUND = [
	'The Harbour Gulls placed Tomas Verlaine on the injured list after the match.',
	'Coach Ada Brenner said Verlaine would miss three weeks.',
	'Ines Okafor was placed on the injured list a week earlier.',
	'Okafor hurt her ankle in training, the club said.',
	'Fans at the ground chanted for Okafor before kick-off.',
	'Brenner praised the players who stepped in on Tuesday.',
	'Asked about the injuries, Brenner blamed the pitch.',
	'The Gulls play again on Tuesday at home.',
];

describe('names learnt from the corpus', () => {
	it('takes words written capitalised in mid-sentence by two units or more, not weekdays', () => {
		const { names } = knowledgeOf(BACKGROUND);
		assert.ok(names.has('verlaine') && names.has('okafor') && names.has('brenner') && names.has('gulls'));
		assert.ok(!names.has('tuesday'), 'a weekday says when, not who');
		assert.ok(!names.has('ines'), 'written capitalised once only (and at the start of its sentence)');
		assert.ok(!names.has('placed') && !names.has('injured'));
	});

	it('does not take a word the corpus also writes in lower case more often', () => {
		const { names } = knowledgeOf([
			'The New York Times reported it.',
			'As the Times said, it was time.',
			'It took time, and more time, and then time again.',
			'They ran out of time.',
		]);
		assert.ok(!names.has('time'));
		assert.ok(names.has('times'), 'the name is known by its written form, not by the stem it shares with "time"');
	});

	it('records capitalised words side by side as parts of one name', () => {
		const { mates } = knowledgeOf(['Coach Ada Brenner said so.']);
		assert.ok(mates.has('ada\u0000brenner') && mates.has('brenner\u0000ada'));
	});
});

describe('participants clash', () => {
	it('finds another name in the same slot of the same frame', () => {
		assert.equal(clash('The Gulls placed Verlaine on the injured list.', 'The Gulls placed Okafor on the injured list.', BACKGROUND), true);
	});

	it('lets a version add a name the other leaves out', () => {
		assert.equal(clash('The Gulls placed Verlaine on the injured list.', 'Verlaine was placed on the injured list.', BACKGROUND), false);
		assert.equal(
			clash('Verlaine was placed on the injured list, Brenner said.', 'The Gulls placed Verlaine on the injured list.', BACKGROUND),
			false,
		);
	});

	it('ignores names in different slots and names inside sources', () => {
		assert.equal(
			clash('Okafor said Verlaine was placed on the injured list.', 'Verlaine was placed on the injured list by the Gulls.', BACKGROUND),
			false,
		);
		assert.equal(
			clash(
				'Verlaine was placed on the injured list, according to Brenner.',
				'Verlaine was placed on the injured list, according to Okafor.',
				BACKGROUND,
			),
			false,
		);
	});

	it('reads a wide gap between aligned words as details, not as one slot', () => {
		// Each outlet adds its own background after the shared words: a coach's comment against a fan's chant.
		assert.equal(
			clash(
				'The Gulls placed Verlaine on the injured list after a training clash that Brenner later described as a needless and careless accident.',
				'The Gulls placed Verlaine on the injured list, and supporters outside the ground chanted for Okafor while rain fell hard on the stands.',
				BACKGROUND,
			),
			false,
		);
		// The same frame with a short slot still keeps two players apart.
		assert.equal(
			clash(
				'The Gulls placed Verlaine on the injured list after the match.',
				'The Gulls placed Okafor on the injured list after the match.',
				BACKGROUND,
			),
			true,
		);
	});

	it('takes parts of one name and spellings a letter apart for one participant', () => {
		const corpus = [...BACKGROUND, 'Fans cheered Tomas Verlaine at the gate.'];
		assert.equal(clash('The Gulls placed Tomas on the injured list.', 'The Gulls placed Verlaine on the injured list.', corpus), false);
		assert.ok(spellingVariants('verlaine', 'verlane'));
		assert.ok(spellingVariants('falluja', 'fallujah'));
		assert.ok(!spellingVariants('okafor', 'brenner'));
		assert.ok(!spellingVariants('ada', 'adam'), 'too short to call a variant');
	});

	it('aligns shared concepts in order', () => {
		assert.deepEqual(alignInOrder(['a', 'b', 'c', 'd'], ['b', 'x', 'd']), [
			[1, 0],
			[3, 2],
		]);
		assert.deepEqual(alignInOrder([], ['a']), []);
	});
});

describe('pair scores', () => {
	it('do not depend on which unit of the pair asks', () => {
		const texts = [
			...BACKGROUND,
			'The Gulls placed Verlaine on the injured list.',
			'The Gulls placed Okafor on the injured list.',
			'Verlaine was placed on the injured list by the Gulls on Tuesday.',
		];
		const { namesClash, features } = prepareUnits(texts);
		for (let i = 0; i < texts.length; i++) {
			for (let j = 0; j < texts.length; j++) {
				assert.equal(namesClash(i, j), namesClash(j, i), `${i} and ${j}`);
				assert.deepEqual([...features(i, j)], [...features(j, i)], `${i} and ${j}`);
			}
		}
	});
});

describe('claims keep look-alike events apart', () => {
	const article = (id: string, sentences: readonly string[]): Article => articleOf(id, '', sentences);
	const corpus = {
		skipped: [],
		articles: [
			article('a', ['The Harbour Gulls placed Tomas Verlaine on the injured list on Monday.', 'Verlaine tore a ligament in his knee.']),
			article('b', ['The Gulls placed Verlaine on the injured list, ending his season.', 'Verlaine will need surgery on the knee.']),
			article('c', [
				'The Harbour Gulls placed Ines Okafor on the injured list on Monday.',
				'Doctors said Okafor broke her wrist in practice.',
			]),
		],
	};

	it('groups the same player but not the other player', () => {
		const { claims } = analyseClaims(corpus);
		const injured = claims.find((c) => c.versions.some((v) => /injured list/u.test(v.text)));
		assert.ok(injured, 'the injured-list claim is found');
		assert.deepEqual([...injured.articles].sort(), ['a', 'b']);
	});
});
