// Extension entry: activation wires the analysis service, tree, hovers, CodeLens, diagnostics, quick fixes,
// the summary webview serializer and the command table. Activation does no analysis and loads no tfjs:
// the parser wasm loads on first need (scheduled right after activation), the engine on first Initialize.
import * as vscode from 'vscode';
import { CheckpointHoverProvider, CheckpointState } from './checkpointState';
import { registerCommands, type Ctx } from './commands';
import { EngineService } from './engineService';
import { SOURCES, TfCodeActions, TfCodeLensProvider, TfDiagnostics, TfHoverProvider } from './language';
import { SUMMARY_VIEW_TYPE, SummaryPanel, SummarySerializer, type PanelDeps } from './summaryPanel';
import { ScopeTreeProvider } from './tree';
import { WorkspaceAnalysis } from './workspace';
import { watchPythonEnvironment } from './pythonEnvironment';
import { profileFirstScan } from './startupProfile';

/** What `activate` returns: used by the extension-host tests and the editor benchmark. */
export interface TfScopeApi {
  analysis: WorkspaceAnalysis;
  tree: ScopeTreeProvider;
  hover: TfHoverProvider;
  diagnostics: TfDiagnostics;
  engine: EngineService;
  panels: typeof SummaryPanel;
  checkpoint: CheckpointState;
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): TfScopeApi {
  const t0 = performance.now();
  const log = vscode.window.createOutputChannel('TF Scope Explorer', { log: true });
  const cacheDir = context.storageUri ? vscode.Uri.joinPath(context.storageUri, 'scan-cache').fsPath : undefined;
  const analysis = new WorkspaceAnalysis(log, () => import('../host/node').then((m) => m.loadAnalyzer()), cacheDir);
  profileFirstScan(analysis, (m) => log.warn(m));
  const engine = new EngineService(() => import('./engineLoader').then((m) => m.createEngine()), log);
  const tree = new ScopeTreeProvider(analysis);
  const hover = new TfHoverProvider(analysis, engine);
  const codeLens = new TfCodeLensProvider(analysis);
  const diagnostics = new TfDiagnostics(analysis);
  const checkpoint = new CheckpointState(analysis);
  tree.decorate = (item, n) => checkpoint.decorate(item, n);
  const ctx: Ctx = { analysis, tree, engine, log, panelDeps: undefined as unknown as PanelDeps, checkpoint };
  const panelDeps: PanelDeps = {
    extensionUri: context.extensionUri,
    engine,
    log,
    program: (entry, library) => analysis.index.programOf({ entry, library }),
    checkpoint,
    exportScope: async (entry, scope, format, seed, library) => {
      const { exportScope } = await import('./commands');
      await exportScope(ctx, { entry, scope, format, seed, library });
    },
  };
  ctx.panelDeps = panelDeps;
  // the installed packages followed as source (config.ts's analysisOptions reads them): known before the first scan
  const python = watchPythonEnvironment(log, () => analysis.refreshIfStarted());
  context.subscriptions.push(
    log,
    python,
    analysis,
    tree,
    codeLens,
    diagnostics,
    engine,
    checkpoint,
    checkpoint.onDidChange(() => tree.refresh()),
    // the chosen checkpoint's side of a variable, beside the analysis's hover (VS Code shows both)
    vscode.languages.registerHoverProvider(SOURCES, new CheckpointHoverProvider(analysis, checkpoint)),
    // Python and TF.js programs (TS/JS editors) alike: hovers, CodeLens, quick fixes.
    vscode.languages.registerHoverProvider(SOURCES, hover),
    vscode.languages.registerCodeLensProvider(SOURCES, codeLens),
    vscode.languages.registerCodeActionsProvider(SOURCES, new TfCodeActions(analysis), { providedCodeActionKinds: TfCodeActions.kinds }),
    vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, new SummarySerializer(panelDeps)),
    ...registerCommands(ctx),
  );
  void vscode.commands.executeCommand('setContext', 'tfScope.state', 'loading');
  // Analyse right after activation returns (diagnostics should appear without opening the view): a microtask, not a
  // timer, so that other extensions' activations queued meanwhile do not delay the first tree.
  queueMicrotask(() => void analysis.ensureStarted().then(() => checkpoint.restoreFromSetting()).catch((e: unknown) => log.warn(`checkpoint from the setting: ${String(e)}`)));
  const activationMs = performance.now() - t0;
  log.info(`activated in ${activationMs.toFixed(1)} ms (${vscode.env.uiKind === vscode.UIKind.Web ? 'web UI' : 'desktop UI'}, ${vscode.env.remoteName ?? 'local'})`);
  return { analysis, tree, hover, diagnostics, engine, panels: SummaryPanel, checkpoint, activationMs };
}

export function deactivate(): void {}
