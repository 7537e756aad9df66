import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '/work/wt-17/dist/scripts/bundle-options.js';

const extra = JSON.parse(process.argv[2] ?? '{}');
const r = await build({ ...BUNDLE_OPTIONS, ...extra, entryPoints: { storylens: 'src/cli.tsx', 'analysis-worker': 'src/analysis/worker.ts', 'search-worker': 'src/search/worker.ts' }, outdir: '/tmp/t17/metaout', entryNames: '[name]', define: { ...BUNDLE_OPTIONS.define, STORYLENS_VERSION: '"0"' }, metafile: true, write: true });
for (const [out, info] of Object.entries(r.metafile.outputs)) {
  if (info.bytes < 20000) continue;
  console.log(out, info.bytes, 'imports:', info.imports.filter(i=>!i.external).map(i=>i.path.split('/').pop()+(i.kind==='dynamic-import'?'(dyn)':'')).join(' '));
  const pk = {};
  for (const [inp, b] of Object.entries(info.inputs)) { const m = inp.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/); const k = m ? m[1] : inp.split('/').slice(0,2).join('/'); pk[k] = (pk[k] ?? 0) + b.bytesInOutput; }
  console.log('   ', Object.entries(pk).sort((a,b)=>b[1]-a[1]).slice(0,14).map(([k,v])=>`${k}:${(v/1024).toFixed(0)}K`).join('  '));
}
