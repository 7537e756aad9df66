import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../dist/scripts/bundle-options.js';
import { lazyEmojiRegex } from '../dist/scripts/string-width-plugin.js';
const r = await build({ ...BUNDLE_OPTIONS, entryPoints: { storylens: 'src/cli.tsx' }, outdir: '/tmp/t17/chunks', entryNames: '[name]', plugins: [lazyEmojiRegex], define: { ...BUNDLE_OPTIONS.define, STORYLENS_VERSION: '"0"' }, metafile: true, write: true });
for (const [out, info] of Object.entries(r.metafile.outputs)) {
  if (!/storylens\.js$|start-/.test(out)) continue;
  console.log(out.split('/').pop(), info.bytes, info.imports.filter(i => !i.external && i.kind === 'import-statement').map(i => `${i.path.split('/').pop()}(${r.metafile.outputs[i.path]?.bytes})`).join(' '));
}
