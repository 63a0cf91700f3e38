// The command table (rust-analyzer style): one record mapping each CommandId to its handler, registered in
// a loop. Handlers accept tree nodes (context menus), `{ entry, scope }` objects (CodeLens, hovers, tests)
// or nothing (command palette: quick picks, the item under the cursor first).
import * as path from 'path';
import * as vscode from 'vscode';
import type { ProgramResult, SourceLocation, VariableInfo } from '../core/model';
import type { CommandId } from './commandIds';
import { COMMAND_IDS } from './commandIds';
import type { CheckpointState } from './checkpointState';
import { mergedNpz, restoredFrom } from './checkpointValues';
import { compareWithCheckpointCommand, type CompareArgs } from './compareCheckpoint';
import type { EngineService } from './engineService';
import { basename, codeLensTitle, formatBytes, initializerSnippet, initializerVarName } from './format';
import type { ScopeRef, TreeNode } from './programIndex';
import { variablesIn } from './programIndex';
import { SummaryPanel, type PanelDeps } from './summaryPanel';
import { supplyValueCommand } from './supplyValue';
import { toRange, VIEW_ID, type ScopeTreeProvider } from './tree';
import type { SupplyArgs } from './unknownsText';
import type { WorkspaceAnalysis } from './workspace';

export interface Ctx {
  analysis: WorkspaceAnalysis;
  tree: ScopeTreeProvider;
  engine: EngineService;
  panelDeps: PanelDeps;
  log: vscode.LogOutputChannel;
  /** The checkpoint the editor compares with (decorations, hovers, restored values). */
  checkpoint?: CheckpointState;
}

/** A scope of a program ('' = all of it); with `library`, of that function/class's library view instead. */
export interface ScopeTarget { entry: string; scope: string; library?: string }
export interface ExportArgs extends Partial<ScopeTarget> { format?: 'npz' | 'safetensors'; file?: string; seed?: number | null }

type Handler = (ctx: Ctx, ...args: any[]) => unknown;

function isNode(a: unknown): a is TreeNode {
  return typeof a === 'object' && a !== null && 'kind' in a && 'entry' in a && 'id' in a;
}

function isTarget(a: unknown): a is ScopeTarget {
  if (typeof a !== 'object' || a === null) return false;
  const t = a as ScopeTarget;
  return typeof t.entry === 'string' && typeof t.scope === 'string' && (t.library === undefined || typeof t.library === 'string');
}

/** A scope target from a tree node or `{entry, scope}`; undefined when the argument names none. */
export function targetOf(arg: unknown): ScopeTarget | undefined {
  if (isNode(arg)) {
    if (arg.kind === 'scope') return withLibrary({ entry: arg.entry, scope: arg.scope.name }, arg.library?.name);
    if (arg.kind === 'variable') return withLibrary({ entry: arg.entry, scope: arg.variable.scope }, arg.library?.name);
    if (arg.kind === 'library') return { entry: arg.entry, scope: '', library: arg.lib.name };
    return { entry: arg.entry, scope: '' };
  }
  return isTarget(arg) ? withLibrary({ entry: arg.entry, scope: arg.scope }, arg.library) : undefined;
}

function withLibrary(t: ScopeTarget, library: string | undefined): ScopeTarget {
  return library === undefined ? t : { ...t, library };
}

function activeFile(): string | undefined {
  const e = vscode.window.activeTextEditor;
  return e && e.document.uri.scheme === 'file' ? e.document.uri.fsPath : undefined;
}

/** Quick pick of all scopes, the one under the cursor (then those of the active file) first. */
async function pickScope(ctx: Ctx, placeHolder: string): Promise<ScopeTarget | undefined> {
  await ctx.analysis.ensureStarted();
  const scopes = ctx.analysis.index.allScopes();
  if (scopes.length === 0) {
    void vscode.window.showInformationMessage('TF Scopes: no variable scopes were found in this workspace.');
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const under = editor ? ctx.tree.nodeAtEditor(editor) : undefined;
  const underTarget = under ? targetOf(under) : undefined;
  const file = activeFile();
  const rank = (s: ScopeRef): number =>
    underTarget && s.entry === underTarget.entry && s.scope.name === underTarget.scope && s.library === underTarget.library ? 0 : s.scope.location.file === file ? 1 : 2;
  const items = scopes
    .map((s) => ({ s, r: rank(s) }))
    .sort((a, b) => a.r - b.r)
    .map(({ s, r }) => ({
      label: s.scope.name,
      description: `${basename(s.entry)}${s.library ? ` · if ${s.library} is called` : ''}${r === 0 ? ' · under cursor' : ''}`,
      detail: codeLensTitle(s.scope).replace(/ · Initialize$/, ''),
      target: withLibrary({ entry: s.entry, scope: s.scope.name }, s.library),
    }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return picked?.target;
}

async function pickProgram(ctx: Ctx, arg: unknown): Promise<ProgramResult | undefined> {
  await ctx.analysis.ensureStarted();
  const t = targetOf(arg) ?? (typeof (arg as { entry?: unknown })?.entry === 'string' ? { entry: (arg as { entry: string }).entry, scope: '' } : undefined);
  if (t) return ctx.analysis.index.get(t.entry);
  const file = activeFile();
  const mine = file ? ctx.analysis.index.programsFor(file).filter((p) => p.variables.length > 0) : [];
  if (mine.length > 0) return mine[0];
  const all = ctx.analysis.index.visible().filter((p) => p.variables.length > 0);
  if (all.length <= 1) return all[0];
  const picked = await vscode.window.showQuickPick(all.map((p) => ({ label: basename(p.entry), description: vscode.workspace.asRelativePath(p.entry), detail: `${p.variables.length} variables`, p })), { placeHolder: 'Initialize all variables of which program?' });
  return picked?.p;
}

async function initializeTarget(ctx: Ctx, t: ScopeTarget, seed?: number | null): Promise<SummaryPanel | undefined> {
  const program = ctx.analysis.index.programOf(t);
  if (!program) {
    void vscode.window.showWarningMessage(`TF Scopes: ${basename(t.entry)} is not analysed.`);
    return undefined;
  }
  if (variablesIn(program, t.scope).length === 0) {
    void vscode.window.showInformationMessage(`TF Scopes: ${t.scope || basename(t.entry)} has no variables to initialize.`);
    return undefined;
  }
  return SummaryPanel.show(ctx.panelDeps, program, t.scope, seed, t.library);
}

/** Exports the initial values of a scope ('' = whole program), asking for what is missing. */
export async function exportScope(ctx: Ctx, args: ExportArgs): Promise<{ file: string; bytes: number } | undefined> {
  const t = args.entry !== undefined && args.scope !== undefined ? withLibrary({ entry: args.entry, scope: args.scope }, args.library) : await pickScope(ctx, 'Export the initial values of which scope?');
  if (!t) return undefined;
  const program = ctx.analysis.index.programOf(t);
  if (!program) return undefined;
  const format = args.format ?? (await vscode.window.showQuickPick(
    [{ label: 'npz', description: 'NumPy archive (numpy.load)' }, { label: 'safetensors', description: 'safetensors file' }],
    { placeHolder: 'Export format' },
  ))?.label as 'npz' | 'safetensors' | undefined;
  if (!format) return undefined;
  let file = args.file;
  if (!file) {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(t.entry))?.uri ?? vscode.Uri.file(path.dirname(t.entry));
    const base = (t.scope || t.library || path.basename(t.entry, '.py')).replace(/[^A-Za-z0-9_.-]/g, '_');
    const uri = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, `${base}.${format}`), filters: { [format]: [format] }, title: 'Export initial values' });
    if (!uri) return undefined;
    file = uri.fsPath;
  }
  const vars = variablesIn(program, t.scope);
  const restored = t.library ? new Map<string, string>() : restoredFrom(ctx.checkpoint, t.entry, vars);
  if (restored.size && format === 'npz') return exportMerged(ctx, t, vars, restored, file, args.seed);
  if (restored.size) ctx.log.info(`${format} export: the initializers' values only (the merged export with the checkpoint's values is .npz)`);
  try {
    const out = await ctx.engine.exportValues(vars, t.scope || basename(t.entry), format, file, args.seed);
    if (!out) return undefined;
    ctx.log.info(`exported ${vars.length} variables to ${out.file} (${out.bytes} bytes)`);
    SummaryPanel.get(t.entry, t.scope, t.library)?.notifyExported(out.file, out.bytes);
    void vscode.window.showInformationMessage(`Exported ${vars.length} variables to ${vscode.workspace.asRelativePath(out.file)} (${formatBytes(out.bytes)}).`);
    return out;
  } catch (e) {
    ctx.log.error(`export failed: ${String(e)}`);
    void vscode.window.showErrorMessage(`TF Scopes: export failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/** The .npz of a scope with a checkpoint chosen: restored variables with its values, the others with their initializers'. */
async function exportMerged(ctx: Ctx, t: ScopeTarget, vars: VariableInfo[], restored: Map<string, string>, file: string, seed: number | null | undefined): Promise<{ file: string; bytes: number } | undefined> {
  try {
    const label = t.scope || basename(t.entry);
    const out = await mergedNpz(ctx.checkpoint!, restored, vars, file, (others, tmp) => ctx.engine.exportValues(others, label, 'npz', tmp, seed));
    const what = `${out.restored} restored from ${path.basename(ctx.checkpoint!.checkpoint!.prefix)} and ${out.initialized} initialized`;
    ctx.log.info(`exported ${what} to ${out.file} (${out.bytes} bytes)`);
    SummaryPanel.get(t.entry, t.scope, t.library)?.notifyExported(out.file, out.bytes);
    void vscode.window.showInformationMessage(`Exported ${what} to ${vscode.workspace.asRelativePath(out.file)} (${formatBytes(out.bytes)}).`);
    return out;
  } catch (e) {
    ctx.log.error(`export failed: ${String(e)}`);
    void vscode.window.showErrorMessage(`TF Scopes: export failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

async function openLocation(loc: SourceLocation): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(loc.file));
  const range = toRange({ line: loc.line, column: loc.column, endLine: loc.endLine === loc.line ? loc.endLine : undefined, endColumn: loc.endColumn });
  return vscode.window.showTextDocument(doc, { selection: new vscode.Range(range.start, range.start), preserveFocus: false, preview: true });
}

export const COMMANDS: Record<CommandId, Handler> = {
  'tfScope.refresh': async (ctx) => {
    await vscode.window.withProgress({ location: { viewId: VIEW_ID }, title: 'Analysing' }, () => ctx.analysis.refresh());
  },

  'tfScope.initializeScope': async (ctx, arg?: unknown, seed?: number | null) => {
    const t = targetOf(arg) ?? (await pickScope(ctx, 'Initialize which variable scope?'));
    return t ? initializeTarget(ctx, t, seed) : undefined;
  },

  'tfScope.initializeAll': async (ctx, arg?: unknown, seed?: number | null) => {
    const p = await pickProgram(ctx, arg);
    if (!p) {
      void vscode.window.showInformationMessage('TF Scopes: no TensorFlow variables were found.');
      return undefined;
    }
    return initializeTarget(ctx, { entry: p.entry, scope: '' }, seed);
  },

  'tfScope.reveal': async (ctx, arg?: { entry?: string; name?: string }) => {
    await ctx.analysis.ensureStarted();
    let node: TreeNode | undefined;
    if (arg?.entry && arg.name !== undefined) {
      node = ctx.analysis.index.flatten(arg.entry).find((n) => (n.kind === 'variable' && n.variable.name === arg.name) || (n.kind === 'scope' && n.scope.name === arg.name));
    } else if (vscode.window.activeTextEditor) {
      node = ctx.tree.nodeAtEditor(vscode.window.activeTextEditor);
    }
    if (!node) {
      void vscode.window.showInformationMessage('TF Scopes: nothing under the cursor belongs to a variable scope.');
      return undefined;
    }
    await ctx.tree.reveal(node, true);
    return node.id;
  },

  'tfScope.exportValues': (ctx, arg?: unknown) => exportScope(ctx, isNode(arg) ? targetOf(arg)! : ((arg as ExportArgs | undefined) ?? {})),

  'tfScope.copyName': async (_ctx, arg?: unknown) => {
    if (!isNode(arg)) return undefined;
    const name = arg.kind === 'scope' ? arg.scope.name : arg.kind === 'variable' ? arg.variable.name : arg.entry;
    await vscode.env.clipboard.writeText(name);
    return name;
  },

  'tfScope.insertInitializer': async (ctx, arg?: unknown) => {
    const t = targetOf(arg) ?? (await pickScope(ctx, 'Insert the initializer for which scope?'));
    if (!t) return undefined;
    const program = ctx.analysis.index.get(t.entry);
    const scope = program?.scopes.find((s) => s.name === t.scope);
    if (!program || !scope) return undefined;
    const loc = scope.entries?.length ? scope.entries[scope.entries.length - 1]! : scope.location;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(loc.file));
    const withLine = doc.lineAt(Math.min(doc.lineCount - 1, loc.line - 1)).text;
    const indent = /^[ \t]*/.exec(withLine)![0];
    const code = `${indent}${initializerVarName(t.scope)} = ${initializerSnippet(t.scope, program.scopes.map((s) => s.name))}`;
    const endLine = Math.min(doc.lineCount - 1, (loc.endLine ?? loc.line) - 1);
    const edit = new vscode.WorkspaceEdit();
    const at = doc.lineAt(endLine).range.end;
    edit.insert(doc.uri, at, `\n${code}`);
    await vscode.workspace.applyEdit(edit);
    const editor = await vscode.window.showTextDocument(doc);
    const pos = new vscode.Position(endLine + 1, indent.length);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos));
    return code.trim();
  },

  'tfScope.openLocation': async (_ctx, loc?: SourceLocation) => {
    if (loc && typeof loc.file === 'string') await openLocation(loc);
  },

  'tfScope.showLog': (ctx) => ctx.log.show(),

  'tfScope.supplyValue': (_ctx, arg?: SupplyArgs) => supplyValueCommand(arg && typeof arg.name === 'string' ? arg : undefined),
  'tfScope.compareWithCheckpoint': (ctx, arg?: unknown) => {
    const t = targetOf(arg);
    const given = (typeof arg === 'object' && arg !== null ? arg : {}) as CompareArgs;
    return compareWithCheckpointCommand(ctx.analysis, ctx.checkpoint, t ? { ...given, entry: t.entry, ...(t.scope ? { scope: t.scope } : {}) } : given);
  },
};

export function registerCommands(ctx: Ctx): vscode.Disposable[] {
  return COMMAND_IDS.map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => COMMANDS[id](ctx, ...args)));
}
