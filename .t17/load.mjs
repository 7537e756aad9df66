const t0 = performance.now();
const { loadCorpus } = await import('../dist/src/corpus/index.js');
const t1 = performance.now();
const c = await loadCorpus(['seeds']);
const t2 = performance.now();
await loadCorpus(['seeds']);
const t3 = performance.now();
console.log(`import ${(t1-t0).toFixed(1)} first ${(t2-t1).toFixed(1)} second ${(t3-t2).toFixed(1)}`);
