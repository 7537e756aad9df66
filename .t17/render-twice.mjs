import { EventEmitter } from 'node:events';
process.env.NODE_ENV = 'production';
const { render } = await import('ink');
const React = await import('react');
const { App } = await import('../dist/src/ui/App.js');
const { loadCorpus } = await import('../dist/src/corpus/index.js');
const corpus = await loadCorpus(['seeds']);
class Out extends EventEmitter { columns = 120; rows = 40; isTTY = true; frames = 0; write(s) { this.frames++; return true; } }
class In extends EventEmitter { isTTY = true; setRawMode() {} setEncoding() {} ref() {} unref() {} read() { return null; } resume() {} pause() {} }
const noAnalysis = { kind: 'in-process', analysers: { entities: () => [], claims: () => ({ claims: [], singleSource: [] }) } };
for (let i = 0; i < 12; i++) {
  const stdout = new Out(); const stdin = new In();
  const t = performance.now();
  const inst = render(React.createElement(App, { corpus, source: 'seeds', analysis: noAnalysis }), { stdout, stdin, stderr: stdout, patchConsole: false, exitOnCtrlC: false });
  console.log(`render ${i}: ${(performance.now() - t).toFixed(1)} ms, writes ${stdout.frames}`);
  inst.unmount();
}
