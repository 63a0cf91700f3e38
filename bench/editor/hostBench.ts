// Editor benchmark body, run inside the real extension host (code-server, development mode) as
// extensionTestsPath: activation time, activation → populated tree, hover latency (provider and the
// executeHoverProvider round trip), keystroke → diagnostics on a 3,000-line file (at typing pace and
// back to back) and the same edits through the analyzer alone. Writes JSON to process.env.TFSCOPE_BENCH_OUT.
import * as fs from 'fs';
import * as inspector from 'inspector';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TfScopeApi } from '../../src/extension/extension';
import { loadAnalyzer } from '../../src/host/node';
import { directEdits, keystrokeAt, keystrokeChar, stats } from './bigFile';

/** Keystrokes "at typing pace" start this long after the previous keystroke's diagnostics (≈ 5 keys/s). */
const PACE_MS = 150;

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

/** Starts V8's sampling profiler in this (the extension host's) thread; the returned function stops it and writes the profile. */
async function startProfile(file: string): Promise<() => Promise<void>> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> => new Promise((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return async () => {
    const r = (await post('Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(file, JSON.stringify(r.profile));
    session.disconnect();
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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
  const at = keystrokeAt(big.getText());
  let bigChangedAt = 0;
  const bigSub = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === big) bigChangedAt = performance.now(); });
  const profile = process.env.TFSCOPE_BENCH_PROFILE;
  const stopProfile = profile ? await startProfile(profile) : undefined;
  /** `paceMs`: each keystroke starts that long after the previous one's diagnostics (0: at once). */
  const keystrokes = async (n: number, paceMs: number) => {
    const keystroke: number[] = [];
    const event: number[] = [];
    const fromChange: number[] = [];
    const trip: number[] = [];
    const analysisMs: number[] = [];
    const analysisCpuMs: number[] = [];
    const sub = api.analysis.onDidUpdate((e) => {
      if (e.cause !== 'change') return;
      analysisMs.push(e.analysisMs);
      analysisCpuMs.push(e.analysisCpuMs ?? NaN);
    });
    let lastDone = performance.now();
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const wait = lastDone + paceMs - performance.now();
      if (wait > 0) await sleep(wait);
      const dup = keystrokeChar(i) === '2';
      const t = performance.now();
      const pred = (ds: readonly vscode.Diagnostic[]): boolean => ds.some((d) => /already exists/.test(d.message)) === dup;
      const published = waitPublished(api, big.uri, pred, t);
      const changed = waitDiagnostics(big.uri, pred, t);
      await editor.edit((b) => b.replace(new vscode.Range(at.line, at.column, at.line, at.column + 1), keystrokeChar(i)), { undoStopBefore: false, undoStopAfter: false });
      const k = await published;
      keystroke.push(k);
      lastDone = performance.now();
      fromChange.push(t + k - bigChangedAt); // publish time − change event time
      trip.push(bigChangedAt - t);
      event.push(await changed);
    }
    const elapsed = performance.now() - start;
    sub.dispose();
    const analysed = analysisMs.reduce((a, b) => a + b, 0);
    return { keystroke: stats(keystroke), event: stats(event), fromChange: stats(fromChange), trip: stats(trip), analysis: stats(analysisMs), analysisCpu: stats(analysisCpuMs), runs: analysisMs.length, hostShare: +(analysed / elapsed).toFixed(3) };
  };
  const paced = await keystrokes(30, PACE_MS);
  const backToBack = await keystrokes(30, 0);
  await stopProfile?.();
  bigSub.dispose();

  // The same keystrokes through the analyzer alone, called directly in this process (no editor in between).
  const analyzer = await loadAnalyzer();
  let current = '';
  const host = { readFile: (p: string) => (p === big.uri.fsPath ? current : undefined) };
  const direct = directEdits((text) => {
    current = text;
    return analyzer.analyze(big.uri.fsPath, host, { mode: 'auto' }).diagnostics.some((d) => /already exists/.test(d.message));
  }, big.getText(), 30);

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
    paceMs: PACE_MS,
    keystrokeToDiagnosticsMs: paced.keystroke,
    keystrokeToDiagnosticsEventMs: paced.event,
    changeEventToDiagnosticsMs: paced.fromChange,
    editTripMs: paced.trip,
    reanalysisMs: paced.analysis,
    reanalysisCpuMs: paced.analysisCpu,
    backToBack: { keystrokeToDiagnosticsMs: backToBack.keystroke, changeEventToDiagnosticsMs: backToBack.fromChange, editTripMs: backToBack.trip, reanalysisMs: backToBack.analysis, runs: backToBack.runs, hostShare: backToBack.hostShare },
    directReanalysis: direct,
    bigFileLines: big.lineCount,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web (code-server)' : 'desktop',
    vscode: vscode.version,
  };
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
}
