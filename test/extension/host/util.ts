// Helpers for the extension-host suites: the activated extension's API, the examples workspace, and
// condition polling (never fixed sleeps).
import * as path from 'path';
import * as vscode from 'vscode';
import type { TfScopeApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'tfscope.tf-scope-explorer';

export async function api(): Promise<TfScopeApi> {
  const ext = vscode.extensions.getExtension<TfScopeApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  const a = ext.isActive ? ext.exports : await ext.activate();
  await a.analysis.ensureStarted();
  return a;
}

export function wsFile(name: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return path.join(folder.uri.fsPath, name);
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
