const { loadCorpus } = await import('../dist/src/corpus/index.js');
const { default: sw } = await import('string-width'); sw('─'); // ICU already up, as in the CLI
const t = performance.now(); const u = process.cpuUsage();
await loadCorpus(['seeds']);
const c = process.cpuUsage(u);
console.log(`first load ${(performance.now() - t).toFixed(1)} ms wall, ${((c.user + c.system) / 1000).toFixed(1)} ms cpu`);
