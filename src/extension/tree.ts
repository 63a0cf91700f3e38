// The "Variable Scopes" tree view: program (file) → nested scopes → variables, built by programIndex.
// Items carry counts/shape/initializer descriptions, markdown tooltips and problem decorations; clicking
// opens the source. Also owns follow-cursor (reveal the node under the editor cursor).
import * as vscode from 'vscode';
import { trustSupplyLinks } from './supplyValue';
import { unknownsMarkdown } from './unknownsText';
import { basename, bytesOf, mdEscape, formatInitializer, modelScopeDescription, modelsMarkdown, paramsOf, leafName, problemsMarkdown, programLabels, scopeDescription, scopeMarkdown, variableDescription, variableMarkdown } from './format';
import type { LibraryNode, ProgramNode, StateNode, TreeNode } from './programIndex';
import { modelItem, modelLayerItem } from './modelItems';
import { userVariables, variablesIn } from './programIndex';
import { stateKind, stateLabel } from './trainingState';
import { readConfig } from './config';
import { TARGET_LABELS } from '../core/target';
import type { WorkspaceAnalysis } from './workspace';
import { RefreshGate } from './treeRefresh';

export const VIEW_ID = 'tfScope.scopes';
/** The view's description while a full scan runs (the UI tests wait for it to go). */
export const ANALYSING = 'analysing…';

export function toRange(loc: { line: number; column: number; endLine?: number; endColumn?: number }): vscode.Range {
  const start = new vscode.Position(Math.max(0, loc.line - 1), Math.max(0, loc.column - 1));
  if (loc.endLine === undefined) return new vscode.Range(start, start);
  const end = new vscode.Position(Math.max(0, loc.endLine - 1), Math.max(0, (loc.endColumn ?? 1) - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

/** The icon of the worst problem (error, warning or info, as in Problems); undefined when there are none. */
function severityIcon(problems: readonly { severity: string }[]): vscode.ThemeIcon | undefined {
  if (problems.length === 0) return undefined;
  const worst = problems.some((d) => d.severity === 'error') ? 'error' : problems.some((d) => d.severity === 'warning') ? 'warning' : 'info';
  const color = { error: 'problemsErrorIcon.foreground', warning: 'problemsWarningIcon.foreground', info: 'problemsInfoIcon.foreground' }[worst];
  return new vscode.ThemeIcon(worst, new vscode.ThemeColor(color));
}

export class ScopeTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  readonly view: vscode.TreeView<TreeNode>;
  /** Refreshes paced and kept apart from reveals (treeRefresh.ts). */
  readonly gate: RefreshGate;

  constructor(private readonly analysis: WorkspaceAnalysis) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.gate = new RefreshGate(this.view, () => this.emitter.fire(undefined));
    this.disposables.push(
      this.view,
      this.gate,
      // a full scan's end at once (the last rows of a progressive first tree); edits paced
      analysis.onDidUpdate((e) => this.gate.request(e.cause === 'scan')),
      // the first scan's programs as they come (the view's first rows before the scan ends)
      analysis.onDidProgress(() => this.gate.request()),
      analysis.onDidChangeState((s) => {
        // the rows shown while a full scan runs are not all there is yet
        this.view.description = s === 'loading' ? ANALYSING : undefined;
        void vscode.commands.executeCommand('setContext', 'tfScope.state', s === 'ready' ? (analysis.index.visible().length ? 'ready' : 'empty') : s);
      }),
      analysis.onDidUpdate(() => {
        void vscode.commands.executeCommand('setContext', 'tfScope.state', analysis.index.visible().length ? 'ready' : 'empty');
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && this.followCursor(e)),
    );
  }

  getChildren(element?: TreeNode): TreeNode[] | Promise<TreeNode[]> {
    if (!element) {
      if (this.analysis.state !== 'ready') {
        // The first scan: the programs analysed so far (more follow through onDidProgress), once there is one.
        return this.analysis.firstResults().then(() => this.roots());
      }
      return this.roots();
    }
    return element.kind === 'variable' ? [] : element.children;
  }

  /** Program labels of the last roots() (folder-qualified where file names repeat). */
  private labels = new Map<string, string>();

  private roots(): TreeNode[] {
    const visible = this.analysis.index.visible();
    this.labels = programLabels(visible.map((r) => r.entry));
    return visible.map((r) => this.analysis.index.tree(r.entry)!).filter(Boolean);
  }

  getParent(element: TreeNode): TreeNode | undefined {
    return element.kind === 'program' ? undefined : element.parent;
  }

  /** Decorations added after the item is built (the chosen checkpoint's statuses: checkpointState.ts). */
  decorate: ((item: vscode.TreeItem, n: TreeNode) => void) | undefined;

  /** Rebuilds every item (decorations changed). */
  refresh(): void {
    this.gate.request();
  }

  getTreeItem(n: TreeNode): vscode.TreeItem {
    const item = this.baseItem(n);
    this.decorate?.(item, n);
    return item;
  }

  private baseItem(n: TreeNode): vscode.TreeItem {
    const index = this.analysis.index;
    const problems = index.problemsOf(n);
    const root = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(n.entry))?.uri.fsPath;
    const problemText = problems.length ? ` · ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}` : '';
    const problemIcon = severityIcon(problems);
    const problemMd = problemsMarkdown(problems, index.limitsOf(n), root);
    if (n.kind === 'program') return this.programItem(n, problemText, problemMd, problemIcon);
    if (n.kind === 'state') return this.stateItem(n);
    if (n.kind === 'library') return this.libraryItem(n);
    if (n.kind === 'model') return modelItem(n);
    if (n.kind === 'modelLayer') return modelLayerItem(n);
    if (n.kind === 'scope') {
      const s = n.scope;
      const item = new vscode.TreeItem(leafName(s.name), vscode.TreeItemCollapsibleState.Expanded);
      item.id = n.id;
      item.description = (n.model ? modelScopeDescription(n.model, s) : scopeDescription(s)) + problemText;
      const r = index.get(n.entry)!;
      const vars = n.library ? n.library.variables : userVariables(r, index.showTrainingStateFlat);
      const inScope = variablesIn({ ...r, variables: vars }, s.name);
      const unknowns = unknownsMarkdown(inScope.filter((x) => x.name.startsWith(`${s.name}/`) && !x.name.slice(s.name.length + 1).includes('/')), { ...(root ? { root } : {}), entry: n.entry });
      const md = trustSupplyLinks(new vscode.MarkdownString(scopeMarkdown(s, inScope, root ? { root } : {}) + modelsMarkdown(n.model ? [n.model] : undefined) + (unknowns ? `\n\n${unknowns}` : '') + problemMd, true));
      item.tooltip = md;
      // Library-view scopes are not the program's: no Initialize or snippet (their shapes come from defaults).
      item.contextValue = n.library ? 'library.scope' : s.kind === 'variable_scope' ? 'scope' : 'scope.other';
      item.iconPath = problemIcon ?? new vscode.ThemeIcon(s.kind === 'layer' || s.kind === 'model' ? 'symbol-class' : 'symbol-namespace');
      item.command = { command: 'tfScope.openLocation', title: 'Go to Scope', arguments: [s.location] };
      item.accessibilityInformation = { label: `scope ${s.name}, ${item.description}` };
      return item;
    }
    const v = n.variable;
    const kind = n.parent.kind === 'state' ? stateKind(v) : undefined;
    const item = new vscode.TreeItem(kind ? stateLabel(v) : leafName(v.name), vscode.TreeItemCollapsibleState.None);
    item.id = n.id;
    item.description = variableDescription(v) + (kind ? ` · ${kind}` : '') + problemText;
    const unknowns = unknownsMarkdown([v], { ...(root ? { root } : {}), entry: n.entry });
    item.tooltip = trustSupplyLinks(new vscode.MarkdownString(variableMarkdown(v, { ...(root ? { root } : {}), ...(unknowns ? { unknowns } : {}) }) + problemMd, true));
    item.contextValue = n.library ? 'library.variable' : 'variable';
    item.iconPath = problemIcon ?? new vscode.ThemeIcon(v.trainable ? 'symbol-variable' : 'symbol-constant');
    item.command = { command: 'tfScope.openLocation', title: 'Go to Variable', arguments: [v.binding?.location ?? v.nameLocation ?? v.layerLocation ?? v.location] };
    item.accessibilityInformation = { label: `variable ${v.name}, shape ${v.shape ? v.shape.join(' by ') : 'unknown'}, ${v.dtype}, ${formatInitializer(v.initializer)}` };
    return item;
  }

  private programItem(n: ProgramNode, problemText: string, problemMd: string, problemIcon: vscode.ThemeIcon | undefined): vscode.TreeItem {
    const r = n.result;
    const item = new vscode.TreeItem(this.labels.get(n.entry) ?? basename(n.entry), vscode.TreeItemCollapsibleState.Expanded);
    item.id = n.id;
    item.resourceUri = vscode.Uri.file(n.entry);
    // Parameters as model.summary() counts them: training state (optimizer slots, seed generators) apart.
    const vars = userVariables(r, this.analysis.index.showTrainingStateFlat);
    let params = 0;
    let bytes = 0;
    for (const v of vars) {
      params += paramsOf(v) ?? 0;
      bytes += bytesOf(v) ?? 0;
    }
    const tfjs = r.language === 'typescript';
    const state = r.variables.length - vars.length;
    const libs = (r.library ?? []).filter((e) => e.variables.length > 0).length;
    const counts = vars.length === 0 && libs > 0 ? `library: ${libs} ${libs === 1 ? 'definition creates' : 'definitions create'} variables` : scopeDescription({ variableCount: vars.length, paramCount: params, bytes });
    item.description = `${counts} · ${tfjs ? 'tfjs' : r.mode}${problemText}`;
    const mode = tfjs ? 'TensorFlow.js' : `TF ${r.mode === 'v1' ? '1 graph mode' : '2 eager'}`;
    const target = r.target ? `\n\nAnalysed as **${TARGET_LABELS[r.target.target]}**: ${mdEscape(r.target.evidence)} (setting \`tfScope.tensorflowVersion\`)` : '';
    const md = new vscode.MarkdownString(`**${basename(n.entry)}** (${mode})${target}\n\n${vars.length} variables in ${r.scopes.length} scopes${state ? `, and ${state} of training state (not counted)` : ''}${modelsMarkdown(r.models)}${problemMd}`, true);
    item.tooltip = md;
    item.contextValue = 'program';
    item.iconPath = problemIcon ?? vscode.ThemeIcon.File;
    item.command = { command: 'tfScope.openLocation', title: 'Open', arguments: [{ file: n.entry, line: 1, column: 1 }] };
    return item;
  }

  private libraryItem(n: LibraryNode): vscode.TreeItem {
    const lib = n.lib;
    const item = new vscode.TreeItem(lib.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = n.id;
    let params = 0;
    let bytes = 0;
    for (const v of lib.variables) {
      params += paramsOf(v) ?? 0;
      bytes += bytesOf(v) ?? 0;
    }
    const callers = this.analysis.index.dependentsOf(n.entry).filter((e) => e !== n.entry).map((e) => vscode.workspace.asRelativePath(e));
    item.description = `if called with its defaults · ${scopeDescription({ variableCount: lib.variables.length, paramCount: params, bytes })}`;
    const called = callers.length ? `\n\nCalled by ${callers.map((c) => `\`${c}\``).join(', ')}: that program shows what its call creates.` : '\n\nNo script in the workspace calls it.';
    item.tooltip = new vscode.MarkdownString(`**${lib.name}** (${lib.kind}, line ${lib.location.line}): what it would create if called with its defaults. `
      + `Arguments the analysis cannot know give \`?\` in names and shapes.${called}`);
    item.contextValue = 'library';
    item.iconPath = new vscode.ThemeIcon(lib.kind === 'class' ? 'symbol-class' : 'symbol-function');
    item.command = { command: 'tfScope.openLocation', title: 'Go to Definition', arguments: [lib.location] };
    return item;
  }

  private stateItem(n: StateNode): vscode.TreeItem {
    const item = new vscode.TreeItem('training state', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = n.id;
    const kinds = [...new Set(n.children.map((c) => stateKind(c.variable)))].join(', ');
    item.description = `${n.children.length} ${n.children.length === 1 ? 'var' : 'vars'} · ${kinds} · not counted in params`;
    item.tooltip = new vscode.MarkdownString(`**Training state**: ${kinds}.\n\nTensorFlow creates these for training, not as the model's parameters; \`model.summary()\` does not count them either. Set \`tfScope.showTrainingStateFlat\` to list them among the scopes.`);
    item.contextValue = 'state';
    item.iconPath = new vscode.ThemeIcon('history');
    return item;
  }

  /** Reveals the node under the active editor's cursor when the view is visible and the setting is on. */
  private followCursor(editor: vscode.TextEditor): void {
    if (!this.view.visible || !['python', 'typescript', 'javascript', 'typescriptreact', 'javascriptreact'].includes(editor.document.languageId) || !readConfig(editor.document.uri).followCursor) return;
    const node = this.nodeAtEditor(editor);
    if (node && this.view.selection[0]?.id !== node.id) void this.reveal(node, false).then(undefined, (e: unknown) => this.analysis.logDebug(`follow-cursor reveal: ${String(e)}`));
  }

  nodeAtEditor(editor: vscode.TextEditor): TreeNode | undefined {
    const pos = editor.selection.active;
    return this.analysis.index.nodeAt(editor.document.uri.fsPath, pos.line + 1, pos.character + 1);
  }

  /** Reveals `node` (as the tree holds it when the reveal runs: an update may have rebuilt it) through the gate. */
  reveal(node: TreeNode, focus: boolean): Promise<void> {
    return this.gate.reveal(() => {
      const current = this.analysis.index.flatten(node.entry).find((n) => n.id === node.id) ?? node;
      return this.view.reveal(current, { select: true, focus, expand: true });
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}
