import assert from 'node:assert/strict';
import { test } from 'node:test';
import nlp from 'compromise';
import { lexiconLabel, tagLines, tagNames } from '../src/analysis/entities/name-tagger.js';

const WORDS = ['Cancun', 'Paris', 'Mexico', 'Merkel', 'Rachel', 'John', 'Toyota', 'Microsoft', 'Google', 'However', 'Monday', 'December', 'Kremlin', 'Pentagon', 'Russian', 'Spies', 'Embassy', 'Reuters', 'Texas', 'Smith', 'Oslo', 'Yukos', 'Nato', 'Senate'];

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
