// Editor benchmark body, run inside the real extension host (code-server, development mode) as
// extensionTestsPath: activation time, activation → populated tree, hover latency (provider and the
// executeHoverProvider round trip), keystroke → diagnostics on a 3,000-line file. Writes JSON to
// process.env.TFSCOPE_BENCH_OUT.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TfScopeApi } from '../../src/extension/extension';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function stats(xs: number[]): { n: number; p50: number; p95: number; max: number } {
  return { n: xs.length, p50: +pct(xs, 50).toFixed(3), p95: +pct(xs, 95).toFixed(3), max: +Math.max(...xs).toFixed(3) };
}

/** Time until the extension hands diagnostics satisfying `pred` to VS Code (its own publish event). */
function waitPublished(api: TfScopeApi, uri: vscode.Uri, pred: (d: readonly vscode.Diagnostic[]) => boolean, t0: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('diagnostics were not published within 10 s')); }, 10_000);
    const sub = api.diagnostics.onDidPublish(() => {
      if (!pred(api.diagnostics.collection.get(uri) ?? [])) return;
      const dt = performance.now() - t0;
      clearTimeout(timer);
      sub.dispose();
      resolve(dt);
    });
  });
}

async function waitDiagnostics(uri: vscode.Uri, pred: (d: readonly vscode.Diagnostic[]) => boolean, t0: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error('diagnostics did not change within 10 s')); }, 10_000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      if (!pred(vscode.languages.getDiagnostics(uri))) return;
      const dt = performance.now() - t0;
      clearTimeout(timer);
      sub.dispose();
      resolve(dt);
    });
  });
}

export async function run(): Promise<void> {
  const out = process.env.TFSCOPE_BENCH_OUT!;
  const ext = vscode.extensions.getExtension<TfScopeApi>('tfscope.tf-scope-explorer')!;
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.analysis.ensureStarted();
  const populated = api.analysis.firstScanDoneAt! - api.analysis.createdAt;
  const roots = await api.tree.getChildren();
  const ws = vscode.workspace.workspaceFolders![0]!.uri.fsPath;

  // Re-scan of the whole workspace (the Refresh command).
  const r0 = performance.now();
  await vscode.commands.executeCommand('tfScope.refresh');
  const refreshMs = performance.now() - r0;

  // Hover latency on the examples' binding W and on a variable of the big file.
  const doc = await vscode.workspace.openTextDocument(path.join(ws, 'seed_explicit_init.py'));
  const big = await vscode.workspace.openTextDocument(path.join(ws, 'big_model.py'));
  await vscode.window.showTextDocument(big);
  await api.analysis.flush();
  const provider: number[] = [];
  const positions: [vscode.TextDocument, vscode.Position][] = [[doc, new vscode.Position(4, 4)], [doc, new vscode.Position(5, 40)], [doc, new vscode.Position(3, 10)]];
  const bigVars = api.analysis.index.get(big.uri.fsPath)?.variables ?? [];
  if (bigVars.length < 300) throw new Error(`big_model.py: only ${bigVars.length} variables analysed`);
  for (let i = 0; i < bigVars.length; i += 8) {
    const b = bigVars[i]!.binding!.location;
    positions.push([big, new vscode.Position(b.line - 1, b.column - 1)]);
  }
  for (let i = 0; i < 3000; i++) {
    const [d, p] = positions[i % positions.length]!;
    const t = performance.now();
    const h = api.hover.hoverAt(d, p);
    provider.push(performance.now() - t);
    if (i < positions.length && !h) throw new Error(`no hover at ${d.uri.fsPath}:${p.line + 1}:${p.character + 1}`);
  }
  const roundTrip: number[] = [];
  for (let i = 0; i < 200; i++) {
    const [d, p] = positions[i % positions.length]!;
    const t = performance.now();
    await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', d.uri, p);
    roundTrip.push(performance.now() - t);
  }

  // Keystroke → diagnostics on the 3,000-line file: turn a name into a duplicate and back.
  const editor = vscode.window.activeTextEditor!;
  const lineNo = 4; // `    w1 = tf.compat.v1.get_variable("w1", ...)` in block 0
  const lineText = big.lineAt(lineNo).text;
  const col = lineText.indexOf('"w1"') + 2;
  const keystroke: number[] = [];
  const keystrokeEvent: number[] = [];
  const analysisMs: number[] = [];
  const sub = api.analysis.onDidUpdate((e) => { if (e.cause === 'change') analysisMs.push(e.analysisMs); });
  const bigFromChange: number[] = [];
  let bigChangedAt = 0;
  const bigSub = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === big) bigChangedAt = performance.now(); });
  for (let i = 0; i < 30; i++) {
    const dup = i % 2 === 0;
    const t = performance.now();
    const pred = (ds: readonly vscode.Diagnostic[]): boolean => ds.some((d) => /already exists/.test(d.message)) === dup;
    const published = waitPublished(api, big.uri, pred, t);
    const event = waitDiagnostics(big.uri, pred, t);
    await editor.edit((b) => b.replace(new vscode.Range(lineNo, col, lineNo, col + 1), dup ? '2' : '1'), { undoStopBefore: false, undoStopAfter: false });
    keystroke.push(await published);
    bigFromChange.push(performance.now() - bigChangedAt);
    keystrokeEvent.push(await event);
  }
  sub.dispose();
  bigSub.dispose();

  // The same on a small file (the first example, 13 lines): rename "bias" to "weight" and back.
  const small = await vscode.window.showTextDocument(doc);
  const smallLine = 5;
  const smallKeystroke: number[] = [];
  const smallFromChange: number[] = [];
  let changedAt = 0;
  const docSub = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) changedAt = performance.now(); });
  for (let i = 0; i < 30; i++) {
    const dup = i % 2 === 0;
    const text = doc.lineAt(smallLine).text;
    const from = dup ? '"bias"' : '"weight"';
    const c = text.indexOf(from);
    const t = performance.now();
    const wait = waitPublished(api, doc.uri, (ds) => ds.some((d) => /already exists/.test(d.message)) === dup, t);
    await small.edit((b) => b.replace(new vscode.Range(smallLine, c, smallLine, c + from.length), dup ? '"weight"' : '"bias"'), { undoStopBefore: false, undoStopAfter: false });
    smallKeystroke.push(await wait);
    smallFromChange.push(performance.now() - changedAt);
  }
  docSub.dispose();

  const result = {
    smallKeystrokeToDiagnosticsMs: stats(smallKeystroke),
    smallChangeEventToDiagnosticsMs: stats(smallFromChange),
    activationMs: +api.activationMs.toFixed(2),
    activationToPopulatedTreeMs: +populated.toFixed(1),
    programs: roots.length,
    refreshMs: +refreshMs.toFixed(1),
    hoverProviderMs: stats(provider),
    hoverRoundTripMs: stats(roundTrip),
    keystrokeToDiagnosticsMs: stats(keystroke),
    keystrokeToDiagnosticsEventMs: stats(keystrokeEvent),
    changeEventToDiagnosticsMs: stats(bigFromChange),
    reanalysisMs: stats(analysisMs),
    bigFileLines: big.lineCount,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web (code-server)' : 'desktop',
    vscode: vscode.version,
  };
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
}
