import { open, stat, readdir, realpath } from 'node:fs/promises';
import { openSync, fstatSync, readFileSync, closeSync, statSync, readdirSync, realpathSync } from 'node:fs';
const files = readdirSync('seeds').map((f) => 'seeds/' + f);
let t = performance.now();
await stat('seeds'); await realpath('seeds'); await readdir('seeds', { withFileTypes: true });
for (const f of files) { await stat(f); }
for (const f of files) { const h = await open(f, 'r'); await h.stat(); await h.readFile(); await h.close(); }
const a = performance.now() - t;
t = performance.now();
statSync('seeds'); realpathSync('seeds'); readdirSync('seeds', { withFileTypes: true });
for (const f of files) statSync(f);
for (const f of files) { const fd = openSync(f, 'r'); fstatSync(fd); readFileSync(fd); closeSync(fd); }
const b = performance.now() - t;
console.log(`async ${a.toFixed(1)} ms, sync ${b.toFixed(1)} ms`);
