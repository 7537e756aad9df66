import { readFileSync } from 'node:fs';
import { analyseClaims } from '../../src/analysis/claims/index.js';
import { countWords, type Article, type Corpus } from '../../src/corpus/index.js';
const dir = '/work/shared/eval/ecbplus';
const docs = readFileSync(dir + '/ecbplus_documents.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const want = process.argv[2] ?? 'odd';
const topics = [...new Set(docs.map((d: any) => d.topic))].sort((a: any, b: any) => a - b).filter((t: any) => (want === 'odd' ? t % 2 === 1 : want === 'even' ? t % 2 === 0 : t === Number(want)));
for (const topic of topics) {
  const members = docs.filter((d: any) => d.topic === topic);
  const articles: Article[] = members.map((d: any) => { const lines = d.text_naive_detok.split('\n'); const text = lines.join(' '); return { id: d.doc, file: d.doc, title: '', outlet: null, date: null, place: null, url: null, paragraphs: [{ kind: 'text', text }], sentences: lines.map((line: string, index: number) => ({ index, paragraph: 0, text: line })), wordCount: countWords(text) }; });
  const sub = new Map(members.map((d: any) => [d.doc, d.subtopic]));
  const a = analyseClaims({ articles, skipped: [] } as Corpus);
  for (const c of a.claims) {
    const subs = new Set(c.versions.map((v) => sub.get(v.article)));
    if (subs.size < 2) continue;
    console.log(`\n== topic ${topic} claim ${c.id} (${c.versions.length} versions)`);
    for (const v of c.versions) console.log(`  [${sub.get(v.article)}] ${v.article}: ${v.text.slice(0, 160)}`);
  }
}
// summary of mixed pairs by cluster
{
  let total = 0, mixed = 0; const rows: [number, number, string][] = [];
  for (const topic of [...new Set(docs.map((d: any) => d.topic))] as number[]) {
    if (want === 'odd' ? topic % 2 !== 1 : want === 'even' ? topic % 2 !== 0 : topic !== Number(want)) continue;
    const members = docs.filter((d: any) => d.topic === topic);
    const articles: Article[] = members.map((d: any) => { const lines = d.text_naive_detok.split('\n'); const text = lines.join(' '); return { id: d.doc, file: d.doc, title: '', outlet: null, date: null, place: null, url: null, paragraphs: [{ kind: 'text', text }], sentences: lines.map((line: string, index: number) => ({ index, paragraph: 0, text: line })), wordCount: countWords(text) }; });
    const sub = new Map(members.map((d: any) => [d.doc, d.subtopic]));
    const a = analyseClaims({ articles, skipped: [] } as Corpus);
    for (const c of a.claims) {
      const keys = [...new Set(c.versions.filter((v) => v.sentence !== null).map((v) => `${v.article}#${v.sentence}`))];
      let m = 0, t = 0;
      for (let x = 0; x < keys.length; x++) for (let y = x + 1; y < keys.length; y++) { const ax = keys[x]!.split('#')[0], ay = keys[y]!.split('#')[0]; if (ax === ay) continue; t++; if (sub.get(ax) !== sub.get(ay)) m++; }
      total += t; mixed += m; if (m > 0) rows.push([m, t, `${topic} ${c.id} n=${keys.length}`]);
    }
  }
  rows.sort((a, b) => b[0] - a[0]);
  console.error(`mixed ${mixed} of ${total} = ${(100 * mixed / total).toFixed(1)}%`);
  for (const r of rows.slice(0, 25)) console.error(r.join('  '));
}
