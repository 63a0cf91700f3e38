// One summary webview panel per (program, scope): shows the table + histograms the engine produced, handles
// the webview's typed messages (re-initialize with a seed, export, reveal, cancel), and is restored after a
// reload by the WebviewPanelSerializer from the state the webview persisted with setState.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ProgramResult, VariableInfo } from '../core/model';
import type { InitResult, TensorSummary } from '../engine/types';
import type { FromWebview, PanelState, RowView, SummaryView, ToWebview } from '../webview/protocol';
import { isFromWebview, isPersistedState } from '../webview/protocol';
import type { CheckpointState } from './checkpointState';
import { restoredFrom, withRestoredRows } from './checkpointValues';
import { histogramBins, type EngineService } from './engineService';
import { basename, bytesOf, formatInitializer, initializedMessage, notInitializableReason, paramsOf } from './format';
import { variablesIn } from './programIndex';
import { summaryHtml } from './webviewHtml';

export const SUMMARY_VIEW_TYPE = 'tfScope.summary';

export interface PanelDeps {
  extensionUri: vscode.Uri;
  engine: EngineService;
  /** The analysed program of `entry`, or with `library` the view of what that function/class would create. */
  program(entry: string, library?: string): ProgramResult | undefined;
  exportScope(entry: string, scope: string, format: 'npz' | 'safetensors', seed: number | null, library?: string): Promise<void>;
  log: vscode.LogOutputChannel;
  /** The chosen checkpoint: its restored variables show (and export) the checkpoint's values. */
  checkpoint?: CheckpointState;
}

export function toSummaryView(s: TensorSummary): SummaryView {
  const v: SummaryView = {
    count: s.count, bytes: s.bytes, stats: s.stats, histogram: s.histogram, expected: { ...s.expected },
    checks: s.checks, exact: s.exact,
  };
  if (s.exactNote !== undefined) v.exactNote = s.exactNote;
  if (s.sampled !== undefined) v.sampled = s.sampled;
  const thumb = (s as TensorSummary & { thumbnail?: SummaryView['thumbnail'] }).thumbnail;
  if (thumb) v.thumbnail = thumb;
  return v;
}

export function rowsFor(variables: readonly VariableInfo[], result?: InitResult): RowView[] {
  const byName = new Map((result?.summaries ?? []).map((s) => [s.name, s]));
  const skipped = new Map((result?.skipped ?? []).map((s) => [s.name, s.reason]));
  return variables.map((v) => {
    const row: RowView = {
      name: v.name, shape: v.shape, dtype: v.dtype, initializer: formatInitializer(v.initializer),
      params: paramsOf(v), bytes: bytesOf(v), trainable: v.trainable,
    };
    const s = byName.get(v.name);
    if (s) row.summary = toSummaryView(s);
    const why = skipped.get(v.name);
    if (why) row.skipped = why;
    return row;
  });
}

export class SummaryPanel {
  private static readonly panels = new Map<string, SummaryPanel>();
  private state: PanelState;
  private abort: AbortController | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static key(entry: string, scope: string, library?: string): string {
    return `${entry}\u0000${scope}\u0000${library ?? ''}`;
  }

  static get(entry: string, scope: string, library?: string): SummaryPanel | undefined {
    return SummaryPanel.panels.get(SummaryPanel.key(entry, scope, library));
  }

  static all(): SummaryPanel[] {
    return [...SummaryPanel.panels.values()];
  }

  /** Opens (or reveals) the panel of `scope` and runs the engine over its variables. */
  static async show(deps: PanelDeps, program: ProgramResult, scope: string, seed?: number | null, library?: string): Promise<SummaryPanel> {
    let p = SummaryPanel.get(program.entry, scope, library);
    if (p) {
      p.panel.reveal(undefined, false);
    } else {
      const panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, SummaryPanel.title(program.entry, scope), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, SummaryPanel.options(deps.extensionUri));
      p = new SummaryPanel(panel, deps, SummaryPanel.emptyState(program, scope, seed ?? deps.engine.options().seed ?? null, library));
    }
    await p.run(seed === undefined ? p.state.seed : seed);
    return p;
  }

  static title(entry: string, scope: string): string {
    return `${scope || basename(entry)} · TF summary`;
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  static emptyState(program: ProgramResult, scope: string, seed: number | null, library?: string): PanelState {
    const title = library ? `${scope || library} (if ${library} is called)` : scope || basename(program.entry);
    return { entry: program.entry, displayPath: vscode.workspace.asRelativePath(program.entry), scope, ...(library ? { library } : {}), title, seed, status: 'idle', rows: rowsFor(variablesIn(program, scope)), warnings: [] };
  }

  /** Re-attaches a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, deps: PanelDeps, persisted: unknown): SummaryPanel | undefined {
    panel.webview.options = SummaryPanel.options(deps.extensionUri);
    if (!isPersistedState(persisted)) {
      panel.dispose();
      return undefined;
    }
    const state: PanelState = { ...persisted.panel, restored: true, status: persisted.panel.status === 'running' ? 'idle' : persisted.panel.status };
    return new SummaryPanel(panel, deps, state);
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly deps: PanelDeps, state: PanelState) {
    this.state = state;
    const key = SummaryPanel.key(state.entry, state.scope, state.library);
    SummaryPanel.panels.set(key, this);
    const web = panel.webview;
    web.html = summaryHtml({
      cspSource: web.cspSource,
      scriptUri: web.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: web.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'summary.css')).toString(),
      title: SummaryPanel.title(state.entry, state.scope),
    });
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'tf-scope.svg');
    this.disposables.push(
      web.onDidReceiveMessage((m: unknown) => {
        if (isFromWebview(m)) void this.onMessage(m);
        else deps.log.warn(`ignored a malformed webview message: ${JSON.stringify(m)?.slice(0, 200)}`);
      }),
      panel.onDidDispose(() => {
        this.abort?.abort();
        SummaryPanel.panels.delete(key);
        for (const d of this.disposables) d.dispose();
      }),
    );
  }

  /** The state the webview currently shows (tests read it). */
  get current(): PanelState {
    return this.state;
  }

  private post(m: ToWebview): void {
    void this.panel.webview.postMessage(m);
  }

  private setState(patch: Partial<PanelState>): void {
    this.state = { ...this.state, ...patch };
    this.post({ type: 'state', state: this.state });
  }

  private async onMessage(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.post({ type: 'state', state: this.state });
        return;
      case 'reinitialize':
        await this.run(m.seed);
        return;
      case 'export':
        await this.deps.exportScope(this.state.entry, this.state.scope, m.format, this.state.seed, this.state.library);
        return;
      case 'reveal':
        await vscode.commands.executeCommand('tfScope.reveal', { entry: this.state.entry, name: m.name });
        return;
      case 'cancel':
        this.abort?.abort();
        return;
    }
  }

  /** Runs the engine over the scope's current variables with `seed` and shows the result. */
  async run(seed: number | null): Promise<void> {
    const program = this.deps.program(this.state.entry, this.state.library);
    if (!program) {
      const what = this.state.library ? `${this.state.library} in ${path.basename(this.state.entry)}` : path.basename(this.state.entry);
      this.setState({ status: 'error', message: `${what} is no longer analysed.` });
      return;
    }
    const variables = variablesIn(program, this.state.scope);
    const blocked = notInitializableReason(variables);
    if (blocked) {
      this.abort?.abort();
      this.setState({ seed, status: 'idle', message: blocked, blocked, rows: rowsFor(variables), restored: false, warnings: [] });
      return;
    }
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    this.setState({ seed, status: 'running', message: `Initializing ${variables.length} variables…`, blocked: undefined, rows: rowsFor(variables), restored: false, warnings: [] });
    // with a checkpoint chosen, what it restores takes its values; the initializers run for the rest only
    const restored = this.state.library ? new Map<string, string>() : restoredFrom(this.deps.checkpoint, this.state.entry, variables);
    const drawn = restored.size ? variables.filter((v) => !restored.has(v.name)) : variables;
    try {
      const result = drawn.length
        ? await this.deps.engine.initialize(program, drawn, this.state.scope || basename(program.entry), seed, ac.signal, (done, total, name) => {
          this.post({ type: 'progress', done, total, name });
        })
        : ({ backend: 'cpu', summaries: [], skipped: [], warnings: [] } satisfies InitResult);
      if (this.abort !== ac) return;
      if (!result) {
        this.setState({ status: 'cancelled', message: 'Cancelled.' });
        return;
      }
      const rows = restored.size ? await withRestoredRows(rowsFor(variables, result), restored, this.deps.checkpoint!, histogramBins(variables)) : rowsFor(variables, result);
      const message = restored.size ? `${restored.size} restored from ${path.basename(this.deps.checkpoint!.checkpoint!.prefix)}; ${initializedMessage(drawn.length, result.summaries.length)}` : initializedMessage(variables.length, result.summaries.length);
      this.setState({ status: 'done', message, ...(drawn.length ? { backend: result.backend } : {}), rows, warnings: [...result.warnings, ...result.skipped.map((s) => `${s.name}: ${s.reason}`)] });
    } catch (e) {
      this.deps.log.error(`initialization failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (this.abort === ac) this.abort = undefined;
    }
  }

  notifyExported(file: string, bytes: number): void {
    this.post({ type: 'exported', file, bytes });
  }
}

export class SummarySerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly deps: PanelDeps) {}
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    SummaryPanel.revive(panel, this.deps, state);
  }
}
