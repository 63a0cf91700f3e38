// "Compare with Checkpoint…": the program (tree node, `{entry}` or the active file) against a weights file the
// user picks (remembered per workspace in the `tfScope.checkpoint` setting), read by src/host/checkpoint.ts and
// compared by core (compareWeights); the result in a static webview (compareView.ts). Restore calls in the code
// are diagnosed by the analysis itself (Problems panel); this is the explicit, whole-program comparison.

import * as path from 'path';
import * as vscode from 'vscode';
import { compareWeights, type CheckpointComparison } from '../core/checkpoint/compare';
import { CheckpointFormatError } from '../core/checkpoint/tfBundle';
import { openCheckpoint } from '../host/checkpoint';
import { loadHdf5 } from '../host/kerasWeights';
import { comparisonHtml } from './compareView';
import type { CheckpointState } from './checkpointState';
import type { WorkspaceAnalysis } from './workspace';

export interface CompareArgs { entry?: string; checkpoint?: string; scope?: string }

let panel: vscode.WebviewPanel | undefined;

async function pickCheckpoint(): Promise<string | undefined> {
  const remembered = vscode.workspace.getConfiguration('tfScope').get<string>('checkpoint') ?? '';
  const picked = await vscode.window.showOpenDialog({
    title: 'Compare with checkpoint', openLabel: 'Compare', canSelectFolders: true, canSelectMany: false,
    ...(remembered ? { defaultUri: vscode.Uri.file(remembered) } : {}),
    filters: { 'Weights': ['index', 'h5', 'hdf5', 'keras', 'safetensors', 'npz', 'json'], 'All files': ['*'] },
  });
  const file = picked?.[0]?.fsPath;
  if (file && vscode.workspace.workspaceFolders?.length) {
    await vscode.workspace.getConfiguration('tfScope').update('checkpoint', file, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
  }
  return file;
}

/** Runs the comparison and shows it; returns it (undefined when cancelled or unreadable) for callers and tests. */
export async function compareWithCheckpointCommand(analysis: WorkspaceAnalysis, state: CheckpointState | undefined, args: CompareArgs = {}): Promise<CheckpointComparison | undefined> {
  await analysis.ensureStarted();
  const active = vscode.window.activeTextEditor?.document.uri;
  const entry = args.entry ?? (active?.scheme === 'file' ? active.fsPath : undefined);
  const program = entry ? analysis.index.get(entry) : undefined;
  if (!entry || !program) {
    void vscode.window.showInformationMessage('TF Scopes: open a program the scope tree lists, then compare it with a checkpoint.');
    return undefined;
  }
  const file = args.checkpoint ?? (await pickCheckpoint());
  if (!file) return undefined;
  let ckpt;
  try {
    if (/\.(h5|hdf5|keras)$/.test(file)) await loadHdf5();
    // the editor's state (tree decorations, hovers, restored values) opens it once for everyone
    ckpt = state ? await state.choose(file) : openCheckpoint(file);
  } catch (e) {
    if (!(e instanceof CheckpointFormatError)) throw e;
    void vscode.window.showErrorMessage(`TF Scopes: ${e.message}`);
    return undefined;
  }
  const scope = args.scope;
  const variables = scope ? program.variables.filter((v) => v.name.startsWith(`${scope}/`)) : program.variables;
  const comparison = compareWeights(variables, ckpt.index.entries, ckpt.format);
  if (!panel) {
    panel = vscode.window.createWebviewPanel('tfScope.checkpoint', 'Checkpoint comparison', vscode.ViewColumn.Beside, { enableScripts: false });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = `${path.basename(entry)} ↔ ${path.basename(ckpt.prefix)}`;
  panel.webview.html = comparisonHtml(comparison, vscode.workspace.asRelativePath(entry), vscode.workspace.asRelativePath(ckpt.prefix));
  panel.reveal(undefined, true);
  return comparison;
}
