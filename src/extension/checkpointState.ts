// The checkpoint chosen with "Compare with Checkpoint…" (or the `tfScope.checkpoint` setting) as editor state:
// each analysed variable's status against it (restored / mismatched / missing / initialized), the tree's
// decorations per variable and per scope, a hover with the checkpoint tensor's shape and statistics beside the
// code's, and the restored values the summary panel and the merged export use. Statistics are read on demand
// in chunks (host/checkpointStats.ts) and cached per tensor; the index alone is read when a checkpoint is chosen.

import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { CheckpointFormatError } from '../core/checkpoint/tfBundle';
import type { VariableInfo } from '../core/model';
import { openCheckpoint, type OpenCheckpoint } from '../host/checkpoint';
import { tensorStatsAsync, type CheckpointStats } from '../host/checkpointStats';
import { checkpointHoverMarkdown, statusesOf, type CkptStatus, type VariableCkpt } from './checkpointStatus';
import { loadHdf5 } from '../host/kerasWeights';
import type { TreeNode } from './programIndex';
import type { WorkspaceAnalysis } from './workspace';

const ICONS: Record<CkptStatus, [string, string]> = {
  restored: ['pass-filled', 'testing.iconPassed'],
  mismatched: ['error', 'problemsErrorIcon.foreground'],
  missing: ['warning', 'problemsWarningIcon.foreground'],
  initialized: ['circle-large-outline', 'descriptionForeground'],
};

export class CheckpointState implements vscode.Disposable {
  private active: OpenCheckpoint | undefined;
  private readonly statuses = new Map<string, Map<string, VariableCkpt>>();
  private readonly stats = new Map<string, CheckpointStats | string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly analysis: WorkspaceAnalysis) {
    this.sub = analysis.onDidUpdate(() => {
      this.statuses.clear();
      if (this.active) this.emitter.fire();
    });
  }

  get checkpoint(): OpenCheckpoint | undefined {
    return this.active;
  }

  /** Makes `file` the checkpoint the editor compares with; throws CheckpointFormatError when it cannot be read. */
  async choose(file: string): Promise<OpenCheckpoint> {
    if (/\.(h5|hdf5|keras)$/.test(file)) await loadHdf5();
    const ckpt = openCheckpoint(file);
    this.active = ckpt;
    this.statuses.clear();
    this.stats.clear();
    this.emitter.fire();
    return ckpt;
  }

  /** The remembered `tfScope.checkpoint`, when it names something readable (silently nothing otherwise). */
  async restoreFromSetting(): Promise<void> {
    const file = vscode.workspace.getConfiguration('tfScope').get<string>('checkpoint') ?? '';
    if (!file || this.active || !(fs.existsSync(file) || fs.existsSync(`${file}.index`))) return;
    await this.choose(file).then(undefined, (e: unknown) => {
      if (!(e instanceof CheckpointFormatError)) throw e;
    });
  }

  clear(): void {
    this.active = undefined;
    this.statuses.clear();
    this.stats.clear();
    this.emitter.fire();
  }

  statusesOf(entry: string): Map<string, VariableCkpt> | undefined {
    if (!this.active) return undefined;
    let s = this.statuses.get(entry);
    if (!s) {
      const program = this.analysis.index.get(entry);
      if (!program) return undefined;
      s = statusesOf(program, this.active);
      this.statuses.set(entry, s);
    }
    return s;
  }

  statusOf(entry: string, name: string): VariableCkpt | undefined {
    return this.statusesOf(entry)?.get(name);
  }

  /** Statistics of checkpoint tensor `tensor` (cached), or why they cannot be read; read in chunks, yielding between them. */
  async statsOf(tensor: string, bins = 0): Promise<CheckpointStats | string> {
    const key = `${tensor}\u0000${bins}`;
    let s = this.stats.get(key);
    const ckpt = this.active;
    if (s === undefined && ckpt) {
      try {
        s = await tensorStatsAsync(ckpt, tensor, bins);
      } catch (e) {
        if (!(e instanceof CheckpointFormatError)) throw e;
        s = e.message;
      }
      if (this.active === ckpt) this.stats.set(key, s);
    }
    return s ?? 'no checkpoint is chosen';
  }

  /** Counts of each status among `variables`, as "3 restored, 1 initialized". */
  countsText(entry: string, variables: readonly VariableInfo[]): string {
    const n: Record<CkptStatus, number> = { restored: 0, mismatched: 0, missing: 0, initialized: 0 };
    for (const v of variables) {
      const s = this.statusOf(entry, v.name);
      if (s) n[s.status]++;
    }
    return (Object.keys(n) as CkptStatus[]).filter((k) => n[k]).map((k) => `${n[k]} ${k}`).join(', ');
  }

  /** The tree's decoration of `node` (called after the tree built its item): status in description, icon, tooltip. */
  decorate(item: vscode.TreeItem, node: TreeNode): void {
    if (!this.active || node.kind === 'library' || node.kind === 'state' || node.kind === 'model' || node.kind === 'modelLayer' || (node.kind !== 'program' && node.library)) return;
    const label = path.basename(this.active.prefix);
    if (node.kind === 'variable') {
      const s = this.statusOf(node.entry, node.variable.name);
      if (!s) return;
      item.description = `${item.description ?? ''} · ${s.status}`;
      const [icon, color] = ICONS[s.status];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      const md = item.tooltip instanceof vscode.MarkdownString ? item.tooltip : new vscode.MarkdownString(String(item.tooltip ?? ''));
      md.appendMarkdown(`\n\n---\n\n**Checkpoint** \`${label}\`: ${s.status}. ${s.message.replace(/[<>*_`[\]]/g, '\\$&')}`);
      item.tooltip = md;
      return;
    }
    const program = this.analysis.index.get(node.entry);
    if (!program) return;
    const vars = node.kind === 'program' ? program.variables : program.variables.filter((v) => v.name.startsWith(`${node.scope.name}/`));
    const counts = this.countsText(node.entry, vars);
    if (counts) item.description = `${item.description ?? ''} · ckpt: ${counts}`;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** Hovers over a variable or scope with the chosen checkpoint's side: its tensor's shape and dtype, and its statistics. */
export class CheckpointHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analysis: WorkspaceAnalysis, private readonly state: CheckpointState) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const ckpt = this.state.checkpoint;
    if (!ckpt || this.analysis.state !== 'ready') return undefined;
    const wordRange = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    const hit = this.analysis.index.hitAt(doc.uri.fsPath, pos.line + 1, pos.character + 1, wordRange ? doc.getText(wordRange) : undefined);
    if (!hit || (hit.kind === 'variable' && hit.library)) return undefined;
    const label = path.basename(ckpt.prefix);
    if (hit.kind === 'scope') {
      const program = this.analysis.index.get(hit.entry);
      const counts = program ? this.state.countsText(hit.entry, program.variables.filter((v) => v.name.startsWith(`${hit.scope.name}/`))) : '';
      return counts ? new vscode.Hover(new vscode.MarkdownString(`**Checkpoint** \`${label}\`: ${counts}`)) : undefined;
    }
    const v = hit.variable;
    const s = this.state.statusOf(hit.entry, v.name);
    if (!s) return undefined;
    const t = s.tensor;
    const stats = t !== undefined && ckpt.index.entries.some((e) => e.name === t) ? await this.state.statsOf(t) : undefined;
    return new vscode.Hover(new vscode.MarkdownString(checkpointHoverMarkdown(label, v, s, ckpt, () => stats ?? 'no tensor')));
  }
}


export type { CkptStatus, VariableCkpt };
