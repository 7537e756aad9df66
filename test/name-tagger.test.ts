import assert from 'node:assert/strict';
import { test } from 'node:test';
import nlp from 'compromise';
import { lexiconLabel, tagLines, tagNames, tagNamesInSentences } from '../src/analysis/entities/name-tagger.js';

// prettier-ignore
const WORDS = [
	'Cancun', 'Paris', 'Mexico', 'Merkel', 'Rachel', 'John', 'Toyota', 'Microsoft', 'Google', 'However', 'Monday', 'December', 'Kremlin',
	'Pentagon', 'Russian', 'Spies', 'Embassy', 'Reuters', 'Texas', 'Smith', 'Oslo', 'Yukos', 'Nato', 'Senate',
];

test('a lone word gets the same label from the short compromise pass as from the full one', () => {
	const full = (word: string): string | null => {
		const doc = nlp(word);
		return doc.has('#Place') ? 'LOC' : doc.has('#Person') ? 'PER' : doc.has('#Organization') ? 'ORG' : null;
	};
	for (const word of WORDS) assert.equal(lexiconLabel(word), full(word), word);
	assert.equal(lexiconLabel('Paris'), 'LOC');
	assert.equal(lexiconLabel('However'), null);
});

test('headlines tagged together get the names each gets alone', () => {
	const lines = [
		'Mexico refuses to expel Russian spies despite CIA warning',
		'',
		' Putin meets Merkel in Berlin',
		'Two lines\nAngela Merkel in Paris',
		'The New York Times says US National Security Council met in Washington',
		'Trump, known for his tough rhetoric, visits Cancun',
		'Élysée Palace aides met in São Paulo',
	];
	const alone = lines.map((line) => tagNames(line));
	assert.deepEqual(tagLines(lines), alone);
	assert.ok(alone[0]?.some((s) => s.label === 'LOC' && lines[0]?.slice(s.start, s.end) === 'Mexico'));
	assert.deepEqual(tagLines([]), []);
});

test('an honorific is never a name on its own: "Mr" before a surname is not a person', () => {
	const sentences = [
		'"We are going to invest in our products," Mr Eddington said.',
		'Ms Lomax said the figures were scary.',
		'Mr Brown introduced Dr Greenspan to the guests.',
	];
	assert.equal(lexiconLabel('Mr'), 'PER', 'compromise files it under people, which is why the gap filler must skip it');
	const names = tagNamesInSentences(sentences).map((spans, i) => spans.map((s) => (sentences[i] ?? '').slice(s.start, s.end)));
	for (const found of names) for (const name of found) assert.doesNotMatch(name, /^(?:Mr|Ms|Dr)$/u);
	assert.ok(names[0]?.includes('Eddington'), JSON.stringify(names));
});

test('a middle initial keeps a person’s name whole: "George W Bush", "John F. Kennedy"', () => {
	const sentences = [
		'Since President George W Bush came to office the deficit grew.',
		'It was John F. Kennedy who said so.',
		'Then George H. W. Bush spoke.',
		'Mr Blair A Labour source said no.',
	];
	const names = tagNamesInSentences(sentences).map((spans, i) =>
		spans.filter((s) => s.label === 'PER').map((s) => (sentences[i] ?? '').slice(s.start, s.end)),
	);
	assert.deepEqual(names.slice(0, 3), [['George W Bush'], ['John F. Kennedy'], ['George H. W. Bush']]);
	assert.ok(!names[3]?.some((n) => n.includes('A Labour')), 'a capital A is the article, not an initial');
});
