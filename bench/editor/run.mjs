// `npm run bench:editor`: starts real VS Code (code-server, dev mode) on a copy of examples/ plus a
// generated 3,000-line TensorFlow file, runs bench/editor/hostBench.ts in the extension host, prints the
// figures and replaces the "editor" section of bench/RESULTS.md. Needs `npm run build && npm run compile-tests`.
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const cs = require(path.join(root, 'out/test/extension/e2e/codeServer.js'));
if (!existsSync(path.join(root, 'out/bench/editor/hostBench.js'))) throw new Error('run `npm run build && npm run compile-tests` first');

/** 3,000 lines: 40 scopes × 75 lines (8 variables, helper code and comments). */
function bigFile() {
  const lines = ['import tensorflow.compat.v1 as tf', 'tf.disable_v2_behavior()', ''];
  for (let b = 0; lines.length < 3000; b++) {
    lines.push(`with tf.compat.v1.variable_scope("block_${b}"):`);
    for (let v = 1; v <= 8; v++) lines.push(`    w${v} = tf.compat.v1.get_variable("w${v}", shape=[${16 * v}, ${8 + b}], initializer=tf.compat.v1.glorot_uniform_initializer())`);
    for (let k = 0; k < 64 && lines.length < 3000; k++) lines.push(k % 4 === 0 ? `    # layer ${b}, note ${k}` : `    h_${b}_${k} = ${k} * 2 + len("block_${b}")`);
    lines.push('');
  }
  return lines.slice(0, 3000).join('\n');
}

/** Median time to load dist/extension.js in a fresh Node process (the part of activation before activate()). */
function bundleLoadMs() {
  const script = `const M=require('module'),o=M._load;const n=['DiagnosticSeverity','CodeActionKind','ThemeIcon','Uri','window','workspace','languages','commands','EventEmitter','Disposable','env','UIKind'];
M._load=function(r,...a){return r==='vscode'?Object.fromEntries(n.map(k=>[k,{}])):o.call(this,r,...a)};const t=performance.now();require(${JSON.stringify(path.join(root, 'dist/extension.js'))});console.log(performance.now()-t)`;
  const xs = [];
  for (let i = 0; i < 7; i++) xs.push(Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout));
  return +xs.sort((a, b) => a - b)[3].toFixed(1);
}
const loadMs = bundleLoadMs();
const bundleKB = Math.round(statSync(path.join(root, 'dist/extension.js')).size / 1024);

const tmp = mkdtempSync(path.join(tmpdir(), 'tfscope-bench-'));
const ws = cs.copyExamples(tmp);
writeFileSync(path.join(ws, 'big_model.py'), bigFile());
const outFile = path.join(tmp, 'bench.json');
const loadBefore = loadavg()[0];
const server = await cs.startCodeServer({ workspace: ws, devMode: true }, tmp);
const browser = await cs.launchBrowser();
let result;
try {
  const page = await browser.newPage();
  let exit;
  const exited = new Promise((r) => (exit = r));
  const logs = [];
  await page.exposeFunction('codeAutomationLog', (_t, args) => logs.push(String(args)));
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  await page.goto(cs.workbenchUrl(server, ws, [
    ['extensionDevelopmentPath', cs.remoteUri(root)],
    ['extensionTestsPath', cs.remoteUri(path.join(root, 'out/bench/editor/hostBench.js'))],
    ['extensionEnvironment', JSON.stringify({ TFSCOPE_BENCH_OUT: outFile })],
  ]));
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r(-1), 300_000))]);
  if (code !== 0 || !existsSync(outFile)) throw new Error(`bench failed (${code}):\n${logs.slice(-30).join('\n')}`);
  result = JSON.parse(readFileSync(outFile, 'utf8'));
} finally {
  await browser.close();
  await server.stop();
}
console.log(JSON.stringify(result, null, 2));

const ok = (v, target) => (v < target ? `✅ < ${target}` : `❌ ≥ ${target}`);
const section = `## editor

Measured by \`npm run bench:editor\` (bench/editor/) in real VS Code ${result.vscode} (${result.uiKind}), extension in
development mode, on ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} (shared; 1-min load average ${loadBefore.toFixed(1)} before the run), Node 24 extension host, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Workspace: the 3 seed examples + a generated ${result.bigFileLines}-line file (40 scopes, 320 variables).

| measure | value | target |
| --- | --- | --- |
| activation (\`activate()\`) | ${result.activationMs} ms | ${ok(result.activationMs, 50)} ms |
| loading dist/extension.js (${bundleKB} KB) before \`activate()\`, fresh Node process, median of 7 | ${loadMs} ms | with activate(): ${ok(loadMs + result.activationMs, 50)} ms |
| activation → populated tree (parser load + first scan of ${result.programs} programs) | ${result.activationToPopulatedTreeMs} ms | |
| Refresh (re-scan everything) | ${result.refreshMs} ms | |
| hover provider, p50 / p95 (n=${result.hoverProviderMs.n}) | ${result.hoverProviderMs.p50} / ${result.hoverProviderMs.p95} ms | p95 ${ok(result.hoverProviderMs.p95, 5)} ms |
| hover via \`vscode.executeHoverProvider\` (IPC round trip), p50 / p95 | ${result.hoverRoundTripMs.p50} / ${result.hoverRoundTripMs.p95} ms | |
| keystroke → diagnostics on ${result.bigFileLines} lines, p50 / p95 (edit applied → diagnostics handed to VS Code; n=${result.keystrokeToDiagnosticsMs.n}; adaptive 15–250 ms debounce included) | ${result.keystrokeToDiagnosticsMs.p50} / ${result.keystrokeToDiagnosticsMs.p95} ms | p50 ${ok(result.keystrokeToDiagnosticsMs.p50, 50)} ms |
| the same from the extension host's \`onDidChangeTextDocument\` (without the edit's round trip through the browser), p50 / p95 | ${result.changeEventToDiagnosticsMs.p50} / ${result.changeEventToDiagnosticsMs.p95} ms | |
| the same, observed through \`languages.onDidChangeDiagnostics\` (VS Code debounces that event by 50 ms), p50 / p95 | ${result.keystrokeToDiagnosticsEventMs.p50} / ${result.keystrokeToDiagnosticsEventMs.p95} ms | |
| keystroke → diagnostics on the 13-line first example, p50 / p95 (n=${result.smallKeystrokeToDiagnosticsMs.n}) | ${result.smallKeystrokeToDiagnosticsMs.p50} / ${result.smallKeystrokeToDiagnosticsMs.p95} ms | p50 ${ok(result.smallKeystrokeToDiagnosticsMs.p50, 50)} ms |
| the same from \`onDidChangeTextDocument\`, p50 / p95 | ${result.smallChangeEventToDiagnosticsMs.p50} / ${result.smallChangeEventToDiagnosticsMs.p95} ms | p50 ${ok(result.smallChangeEventToDiagnosticsMs.p50, 50)} ms |
| re-analysis of the 3,000-line program per edit (inside the above), p50 / p95 | ${result.reanalysisMs.p50} / ${result.reanalysisMs.p95} ms | |

The keystroke target is met on a small file but missed on the 3,000-line one: re-analysing it costs the
analyzer ${result.reanalysisMs.p50} ms (p50) on this loaded machine although the parse is incremental (one-range \`tree.edit\` + re-parse),
because the evaluator re-runs all ~2,900 top-level statements of the program. The extension's own share (debounce aside: index update,
publishing) is about 1–2 ms. What would meet it: re-evaluating from the first changed top-level statement
(snapshotting the evaluator state per statement), or analysing in a worker. Until then the debounce adapts
to each file's last re-analysis time so typing never queues one blocking analysis per keystroke.
`;
const resultsFile = path.join(root, 'bench/RESULTS.md');
let md = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark results\n';
const re = /## editor\n[\s\S]*?(?=\n## |$)/;
md = re.test(md) ? md.replace(re, section.trimEnd() + '\n') : `${md.trimEnd()}\n\n${section}`;
writeFileSync(resultsFile, md);
console.log(`updated ${path.relative(root, resultsFile)} (section "editor")`);
