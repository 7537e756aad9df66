import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAttributions, findHedges } from '../src/analysis/claims/attribution.js';
import { sameSource } from '../src/analysis/claims/source-compare.js';
import { maskQuoted } from '../src/analysis/claims/quotes.js';
import { ArticleSources, findSources } from '../src/analysis/claims/sources.js';
import { seededRandom } from '../src/seeded-random.js';

const sourcesOf = (text: string): string[] => findAttributions(text).map((f) => f.text);
const article =
	(sentences: readonly string[]) =>
	(i: number): string | undefined =>
		sentences[i];
/** An article given as paragraphs of sentences. */
const paragraphs = (texts: readonly (readonly string[])[]) => {
	const sentences = texts.flatMap((p, paragraph) => p.map((text) => ({ text, paragraph })));
	return { sentence: (i: number) => sentences[i]?.text, paragraph: (i: number) => sentences[i]?.paragraph };
};

describe('sources a sentence names', () => {
	it('reads speech verbs in both orders, "according to" and "citing", keeping offsets', () => {
		const cases: [string, string[]][] = [
			['Fire crews said more than 50 homes were destroyed.', ['Fire crews']],
			['"We will not go," said Senator Ann Brown of Ohio.', ['Senator Ann Brown of Ohio']],
			['The plan failed, according to two senior officials.', ['two senior officials']],
			['This was reported by The New York Times, citing five senior US officials.', ['The New York Times', 'five senior US officials']],
			['Pelosi later told reporters that the bill would pass.', ['Pelosi']],
			['Gov. Rick Perry wrote in a letter that the state would sue.', ['Gov. Rick Perry']],
		];
		for (const [text, expected] of cases) {
			assert.deepEqual(sourcesOf(text), expected, text);
			for (const f of findAttributions(text)) assert.equal(text.slice(f.start, f.end), f.text);
		}
	});

	it('keeps a name with the role written beside it', () => {
		assert.deepEqual(
			sourcesOf(
				'Juan Gonzalez, former director for the Western Hemisphere at the US National Security Council, said: "We gave them the names."',
			),
			['Juan Gonzalez, former director for the Western Hemisphere at the US National Security Council'],
		);
	});

	it('never takes a fragment of a clause or a name inside a quote as a source', () => {
		for (const text of [
			'She went on to say it.',
			'He declined to say whether it was true.',
			'The storm claimed 12 lives.',
			'"Nobody said Smith was wrong," she added.',
		]) {
			assert.ok(!sourcesOf(text).some((s) => /went|declined|storm|Smith/u.test(s)), `${text} → ${sourcesOf(text).join('; ')}`);
		}
	});
});

describe('sources read with the article around the sentence', () => {
	it('resolves "he said" to the person last named as a speaker', () => {
		const sentences = [
			'Mr. Obama met the press on Monday.',
			'John Smith, the mayor, said the road would reopen.',
			'"It will take a week," he said.',
		];
		const [source] = findSources(article(sentences), 2);
		assert.equal(source?.form, 'pronoun');
		assert.match(source.text, /^John Smith/u);
	});

	it('gives a quote standing alone the speaker tagged in the quote before or after it', () => {
		const sentences = ['The council met on Monday.', '"We were not told," Ms. Lee said.', '"Nobody asked us."', 'The vote is next week.'];
		assert.deepEqual(
			findSources(article(sentences), 2).map((s) => [s.text, s.form]),
			[['Ms. Lee', 'neighbour']],
		);
		const after = ['"Nobody asked us.', 'We were not told," Ms. Lee said.'];
		assert.deepEqual(
			findSources(article(after), 0).map((s) => s.text),
			['Ms. Lee'],
		);
	});

	it("reads the speech verb after a time and a coordinated verb, and never takes the report's subject for its speaker", () => {
		assert.deepEqual(sourcesOf('The trustees of the fund last week warned that it would run dry.'), ['The trustees of the fund']);
		assert.deepEqual(sourcesOf('After the vote, Mr. Grant stood up and said: "We lost."'), ['Mr. Grant']);
		assert.deepEqual(sourcesOf('Jane Roe, chair of the committee, said Britain had to act.'), ['Jane Roe, chair of the committee']);
	});

	it('follows a quote over its sentences and paragraphs to the speaker tagged in it', () => {
		// News leaves a quote that runs into the next paragraph open and opens that paragraph with a mark again.
		const run = new ArticleSources(paragraphs([['"We will fight this.'], ['"And we will win," Mr. Cole said.', 'The vote is on Monday.']]));
		assert.deepEqual(
			run.sources(0).map((s) => [s.text, s.form]),
			[['Mr. Cole', 'neighbour']],
		);
		assert.deepEqual(run.sources(2), []);
		// A paragraph opening without a mark ends a quote left open by mistake.
		const unclosed = new ArticleSources(paragraphs([['"We will fight this, Mr. Cole said.'], ['The vote is on Monday.']]));
		assert.equal(unclosed.openAtStart(1), false);
		// Without paragraphs, a stray mark opens no quote longer than any quote runs.
		const stray = [
			'"We will fight this, Mr. Cole said.',
			...Array.from({ length: 8 }, (_, i) => `The council met ${i + 2} times.`),
			'Mr. Lee said the road is closed.',
		];
		assert.deepEqual(
			findSources(article(stray), 9).map((s) => s.text),
			['Mr. Lee'],
		);
		// A quote inside a quote: the sentence after it is still the letter's words.
		const nested = new ArticleSources(
			article([
				'Mr. Kristol wrote a letter on Monday.',
				'“The war was not “a war of choice.”',
				'It was fought by two presidents.”',
				'The letter was widely shared.',
			]),
		);
		assert.equal(nested.openAtStart(2), true);
		assert.deepEqual(
			nested.sources(2).map((s) => s.text),
			['Mr. Kristol'],
		);
		assert.equal(nested.openAtStart(3), false);
	});

	it('gives a quote the speaker a colon hands it to, or a bare tag after it, and the next quote the same speaker', () => {
		const block = new ArticleSources(
			paragraphs([
				['Mr. Cole lashed out on Twitter, saying:'],
				['The judge has embarrassed everyone.', 'She should resign!'],
				['The court declined to comment.'],
			]),
		);
		assert.deepEqual(
			[1, 2, 3].map((i) => block.sources(i).map((s) => s.text)),
			[['Mr. Cole'], ['Mr. Cole'], []],
		);
		const tagged = new ArticleSources(
			article(['“We will not pay for the wall!”', 'Mr. Ruiz told reporters.', '“It is useless.”', 'The wall is planned for next year.']),
		);
		assert.deepEqual(
			[0, 2, 3].map((i) => tagged.sources(i).map((s) => s.text)),
			[['Mr. Ruiz'], ['Mr. Ruiz'], []],
		);
	});

	it("resolves a pronoun to the person in view who fits it, never to a place or a name in the same pronoun's shadow", () => {
		const speaker = (sentences: readonly string[]): string | undefined => findSources(article(sentences), sentences.length - 1)[0]?.text;
		assert.equal(speaker(['Senator Richard Moss met Ms. Kane on Monday.', '"It went well," she said.']), 'Ms. Kane');
		assert.equal(speaker(['Susan Kane met Senator Richard Moss on Monday.', '"It went well," he said.']), 'Senator Richard Moss');
		assert.equal(
			speaker(['Mark Dean arrived on Sunday.', 'The storm had hit New York and Texas hard.', '"We are ready," he said.']),
			'Mark Dean',
		);
		assert.equal(
			speaker(['Gov. Tom Reed spoke on Tuesday.', 'In a statement, he criticized the Obama administration.', '"This is wrong," he said.']),
			'Gov. Tom Reed',
		);
		// A name is read out of its run of capitals from its title or given name.
		assert.equal(
			speaker(['Florida Sen. Marco Rubio praised the offer from Mr. Trump.', '"It is a good deal," he said.']),
			'Sen. Marco Rubio',
		);
		assert.equal(
			speaker(["Republican Whip Steve Scalise called on Democrats to match Trump's offer.", '"The time for games has passed," he said.']),
			'Steve Scalise',
		);
	});

	it('resolves a role to the person written with that title', () => {
		const [source] = findSources(
			article(['President Ann Hale visited the plant on Friday.', 'Workers cheered.', '"We will rebuild," the president said.']),
			2,
		);
		assert.deepEqual([source?.text, source?.form], ['President Ann Hale', 'role']);
	});

	it('finds no source where none is named: unattributed', () => {
		assert.deepEqual(findSources(article(['The road reopened on Monday.', 'Traffic was light.']), 1), []);
	});

	it('knows two names of one source', () => {
		assert.ok(sameSource('Mr. Trump', 'Donald Trump'));
		assert.ok(sameSource('The New York Times', 'the NYT'));
		assert.ok(!sameSource('Mr. Trump', 'Ms. Pelosi'));
	});
});

describe('hedges', () => {
	const hedges = (text: string): string[] => findHedges(text).map((h) => h.text);

	it('finds modals used as auxiliaries and reporting hedges', () => {
		assert.deepEqual(hedges('The tax may rise next year.'), ['may']);
		assert.deepEqual(hedges('He could face ten years in prison.'), ['could']);
		assert.deepEqual(hedges('The spies were reportedly expelled.'), ['reportedly']);
		assert.deepEqual(hedges('The man is said to have fled, according to police.'), ['is said to', 'according to']);
		assert.deepEqual(hedges('Two men suspected of arson were held.'), ['suspected of']);
	});

	it('never reads a month, a name, a noun or a past inability as a hedge', () => {
		for (const text of [
			'The meeting on May 10 was cancelled.',
			'Theresa May spoke first.',
			'In May, the suspect was arrested.',
			'The suspect fled.',
			'He could not attend the meeting.',
			'May 2019 was wet.',
		]) {
			assert.deepEqual(hedges(text), [], text);
		}
	});
});

describe('sources, hedges and quotes on hostile input', () => {
	// Pieces of news English and of broken scraped text, joined at random.
	// prettier-ignore
	const PIECES = [
		'"', '“', '”', ',', '.', ':', ' — ', 'said', 'Mr.', 'he', 'she', 'they', 'according to', 'citing', 'told', 'May', 'may', 'could',
		'reportedly', 'Smith', 'U.S.', 'officials', 'who', 'that', '  ', '\n', 'D-Calif.', 'the', 'suspected of', '40', 'é', '😀',
	];
	const sentences = (seed: number, count: number): string[] => {
		const random = seededRandom(seed);
		return Array.from({ length: count }, () =>
			Array.from({ length: Math.floor(random() * 25) }, () => PIECES[Math.floor(random() * PIECES.length)] ?? '').join(
				random() < 0.7 ? ' ' : '',
			),
		);
	};

	it('never throw, and every range cuts its own text out of the sentence', () => {
		const all = sentences(13, 400);
		all.forEach((text, i) => {
			for (const f of [...findAttributions(text), ...findHedges(text)])
				assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `${JSON.stringify(text)}: ${JSON.stringify(f)}`);
			for (const f of findAttributions(text)) assert.equal(text.slice(f.start, f.end), f.text);
			for (const s of findSources(article(all), i)) if (s.range) assert.ok(s.range[0] >= 0 && s.range[1] <= text.length);
		});
	});

	it('masking quotes keeps every offset', () => {
		for (const text of sentences(14, 300)) {
			for (const open of [false, true]) {
				const masked = maskQuoted(text, open);
				assert.equal(masked.length, text.length);
				for (let i = 0; i < text.length; i++) if (masked[i] !== ' ') assert.equal(masked[i], text[i] === '"' ? masked[i] : text[i]);
			}
		}
	});

	it('read whole articles of such pieces, in paragraphs, without throwing', () => {
		const all = sentences(15, 300);
		const reader = new ArticleSources({ sentence: (i) => all[i], paragraph: (i) => Math.floor(i / 3) });
		all.forEach((text, i) => {
			for (const s of reader.sources(i)) if (s.range) assert.ok(s.range[0] >= 0 && s.range[1] <= text.length);
			for (const name of reader.referents(i, 0, text.length)) assert.ok(name.length > 0);
		});
	});
});
