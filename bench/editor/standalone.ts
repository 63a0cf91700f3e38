// The editor benchmark's keystrokes analysed in a plain Node process (no editor): the analyzer's own cost
// for the same edits, for comparison with the extension host. Run by run.mjs under the extension host's
// Node (24); prints JSON `{ node, wallMs, cpuMs }`.
import type { SourceHost } from '../../src/core/api';
import { loadAnalyzer } from '../../src/host/node';
import { bigFile, directEdits } from './bigFile';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 30);
  const analyzer = await loadAnalyzer();
  const entry = '/tmp/tfscope-bench/big_model.py';
  let current = '';
  const host: SourceHost = { readFile: (p) => (p === entry ? current : undefined) };
  const r = directEdits((text) => {
    current = text;
    return analyzer.analyze(entry, host, { mode: 'auto' }).diagnostics.some((d) => /already exists/.test(d.message));
  }, bigFile(), n);
  console.log(JSON.stringify({ node: process.version, ...r }));
}
void main();
