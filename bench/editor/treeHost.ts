// First-tree benchmark body, run inside the real extension host (code-server) as extensionTestsPath: the time
// from the extension's start to its first populated tree, the tree's items rendered, and for each program named
// in TFSCOPE_BENCH_EXPECT (file → [names]) whether the tree holds exactly those variable names.
// Writes JSON to process.env.TFSCOPE_BENCH_OUT.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TfScopeApi } from '../../src/extension/extension';
import type { TreeNode } from '../../src/extension/programIndex';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<TfScopeApi>('tfscope.tf-scope-explorer')!;
  const api = ext.isActive ? ext.exports : await ext.activate();
  const provider = api.tree;
  // What the view does when it opens: ask for the roots (waits for the first scan), then render their items.
  const first = await provider.getChildren();
  const items = first.map((r) => provider.getTreeItem(r));
  const firstTreeMs = performance.now() - api.analysis.createdAt;
  // The first tree may hold the programs analysed so far; the checks below are of the whole scan's tree.
  await api.analysis.ensureStarted();
  const roots = await provider.getChildren();
  const scanMs = api.analysis.firstScanDoneAt! - api.analysis.createdAt;
  const ws = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const expect = (process.env.TFSCOPE_BENCH_EXPECT ? JSON.parse(fs.readFileSync(process.env.TFSCOPE_BENCH_EXPECT, 'utf8')) : {}) as Record<string, string[]>;
  const programs: Record<string, { expected: number; shown: number; exact: boolean; shownAtMs?: number }> = {};
  for (const [file, names] of Object.entries(expect)) {
    const root = roots.find((r) => r.entry === path.join(ws, file));
    const shown: string[] = [];
    const walk = (n: TreeNode): void => {
      if (n.kind === 'variable') shown.push(n.variable.name);
      else if (n.kind !== 'library' && n.kind !== 'model' && n.kind !== 'modelLayer') n.children.forEach(walk);
    };
    if (root) walk(root);
    const exact = shown.length === names.length && [...shown].sort().join('\n') === [...names].sort().join('\n');
    programs[file] = { expected: names.length, shown: shown.length, exact, shownAtMs: api.analysis.shownAt.get(path.join(ws, file)) };
  }
  const out = {
    firstTreeMs: +firstTreeMs.toFixed(1),
    scanMs: +scanMs.toFixed(1),
    activationMs: +api.activationMs.toFixed(1),
    // performance.now() counts from the extension host's start: how long before activation the host ran
    hostToActivationMs: Math.round(api.analysis.createdAt),
    phases: api.analysis.phases,
    scanMode: api.analysis.lastScanMode,
    files: (await vscode.workspace.findFiles('**/*.py')).length,
    programs: roots.length,
    firstPrograms: first.length,
    // the first rows, in the order they were analysed
    firstRows: first.map((r) => path.relative(ws, r.entry)),
    labels: items.slice(0, 3).map((i) => `${String(i.label)} ${String(i.description ?? '')}`),
    expected: programs,
  };
  fs.writeFileSync(process.env.TFSCOPE_BENCH_OUT!, JSON.stringify(out));
}
