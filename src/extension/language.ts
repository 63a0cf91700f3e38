// Editor features over the analysis index: hovers (binding, name string, creating statement, scope `with`
// line), CodeLens over each scope entry and quick fixes (the analyzer's Diagnostic.fixes, else in Python editors the
// extension's fallbacks from fixes.ts), in Python and TS/JS editors alike; the Problems collection. O(variables in file).
import * as vscode from 'vscode';
import type { Diagnostic as ModelDiagnostic, QuickFix } from '../core/model';
import { readConfig } from './config';
import { fallbackFixes } from './fixes';
import { SUPPLY_COMMAND, suppliableNames, unknownsMarkdown } from './unknownsText';
import { codeLensTitle, mdEscape, scopeMarkdown, variableMarkdown, type StatsView } from './format';
import { variablesIn } from './programIndex';
import { toRange } from './tree';
import type { WorkspaceAnalysis } from './workspace';

export const PYTHON: vscode.DocumentSelector = [{ language: 'python', scheme: 'file' }];
/** TF.js programs (the TypeScript analyzer). */
export const TFJS: vscode.DocumentSelector = ['typescript', 'javascript', 'typescriptreact', 'javascriptreact'].map((language) => ({ language, scheme: 'file' }));
/** Every editor the features serve: hovers, CodeLens, quick fixes. */
export const SOURCES: vscode.DocumentSelector = [...(PYTHON as vscode.DocumentFilter[]), ...(TFJS as vscode.DocumentFilter[])];

/** Where hovers find initial-value statistics once a scope was initialized. */
export interface StatsSource {
  statsFor(entry: string, name: string): { summary: StatsView; note: string } | undefined;
}

export class TfHoverProvider implements vscode.HoverProvider {
  constructor(private readonly analysis: WorkspaceAnalysis, private readonly stats: StatsSource) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    if (this.analysis.state !== 'ready') await this.analysis.ensureStarted();
    return this.hoverAt(doc, pos);
  }

  /** Synchronous core of the provider (the benchmark times this). */
  hoverAt(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const wordRange = doc.getWordRangeAtPosition(pos, /[A-Za-z_][A-Za-z0-9_]*/);
    const word = wordRange ? doc.getText(wordRange) : undefined;
    const file = doc.uri.fsPath;
    const hit = this.analysis.index.hitAt(file, pos.line + 1, pos.character + 1, word);
    if (!hit) return undefined;
    const root = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath;
    let body: string;
    if (hit.kind === 'variable') {
      const s = hit.library ? undefined : this.stats.statsFor(hit.entry, hit.variable.name);
      const unknowns = unknownsMarkdown([hit.variable], { ...(root ? { root } : {}), entry: hit.entry });
      body = variableMarkdown(hit.variable, { ...(root ? { root } : {}), ...(s ? { stats: s.summary, statsNote: s.note } : {}), ...(unknowns ? { unknowns } : {}) });
      if (hit.library) {
        const arg = encodeURIComponent(JSON.stringify([{ entry: hit.entry, scope: hit.variable.scope, library: hit.library.name }]));
        body += `\n\n_Library view: what ${mdEscape(hit.library.name)} would create if called with its defaults; no analysed script runs this line._`;
        body += `\n\n[Initialize scope](command:tfScope.initializeScope?${arg})`;
      } else {
        const arg = encodeURIComponent(JSON.stringify([{ entry: hit.entry, scope: hit.variable.scope }]));
        body += `\n\n[Initialize scope](command:tfScope.initializeScope?${arg}) · [Reveal in tree](command:tfScope.reveal?${encodeURIComponent(JSON.stringify([{ entry: hit.entry, name: hit.variable.name }]))})`;
      }
    } else {
      const program = this.analysis.index.get(hit.entry);
      body = scopeMarkdown(hit.scope, program ? variablesIn(program, hit.scope.name) : [], root ? { root } : {});
      const arg = encodeURIComponent(JSON.stringify([{ entry: hit.entry, scope: hit.scope.name }]));
      body += `\n\n[Initialize scope](command:tfScope.initializeScope?${arg})`;
    }
    const md = new vscode.MarkdownString(body, true);
    md.isTrusted = { enabledCommands: ['tfScope.initializeScope', 'tfScope.reveal', SUPPLY_COMMAND] };
    const range = hit.kind === 'variable' && hit.via === 'use' ? wordRange : hit.loc.endLine !== undefined && hit.loc.line === hit.loc.endLine ? toRange(hit.loc) : wordRange;
    return new vscode.Hover(md, range);
  }
}

export class TfCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly analysis: WorkspaceAnalysis) {
    this.sub = vscode.Disposable.from(
      analysis.onDidUpdate(() => this.emitter.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tfScope.codeLens') && this.emitter.fire()),
    );
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!readConfig(doc.uri).codeLens) return [];
    if (this.analysis.state !== 'ready') await this.analysis.ensureStarted();
    return this.analysis.index.scopeEntriesIn(doc.uri.fsPath).map(({ entry, scope, loc, library }) => {
      const line = Math.max(0, loc.line - 1);
      const of = library ? ` that ${library} would create if called with its defaults` : '';
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: library ? `if ${library} is called: ${codeLensTitle(scope)}` : codeLensTitle(scope),
        tooltip: `Initialize the ${scope.variableCount} variables of ${scope.name}${of} and show their summary`,
        command: 'tfScope.initializeScope',
        arguments: [library ? { entry, scope: scope.name, library } : { entry, scope: scope.name }],
      });
    });
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

const SEVERITY: Record<ModelDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function diagnosticRange(d: ModelDiagnostic, doc?: vscode.TextDocument): vscode.Range {
  const line = Math.max(0, d.line - 1);
  if (d.endLine !== undefined && d.endColumn !== undefined) return toRange({ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn });
  const text = doc && line < doc.lineCount ? doc.lineAt(line).text : '';
  const start = Math.max(0, d.column - 1, text.length - text.trimStart().length);
  return new vscode.Range(line, start, line, Math.max(start, text.trimEnd().length));
}

/**
 * Publishes the index's diagnostics to the Problems panel after each analysis update: everything after a
 * scan, only the files whose diagnostics may have changed after an edit.
 */
export class TfDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('tfScope');
  private readonly sub: vscode.Disposable;
  /** performance.now() of the last publish; for the benchmark. */
  lastPublishedAt = 0;
  private readonly published = new vscode.EventEmitter<void>();
  /** Fires right after the collection was handed to VS Code (no debounce, unlike onDidChangeDiagnostics). */
  readonly onDidPublish = this.published.event;

  constructor(private readonly analysis: WorkspaceAnalysis) {
    this.sub = analysis.onDidUpdate((e) => this.publish(e.cause === 'scan'));
  }

  private convert(file: string, list: readonly ModelDiagnostic[]): [vscode.Uri, vscode.Diagnostic[]] {
    const uri = vscode.Uri.file(file);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
    return [uri, list.map((d) => {
      const vd = new vscode.Diagnostic(diagnosticRange(d, doc), d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Warning);
      vd.source = 'tfscope';
      vd.code = d.code;
      if (d.raises) vd.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, vd.range), `TensorFlow raises ${d.raises.type}: ${d.raises.message}`)];
      return vd;
    })];
  }

  /** `full`: replace the whole collection; else re-send only the files whose diagnostics may have changed. */
  publish(full = true): void {
    const index = this.analysis.index;
    const changed = index.takeChangedDiagnosticFiles();
    if (full) {
      this.collection.clear();
      this.collection.set([...index.diagnosticsByFile()].map(([file, list]) => this.convert(file, list)));
    } else if (changed.length > 0) {
      // [uri, undefined] removes a file's diagnostics; one batched set for all changed files.
      this.collection.set(changed.map((file): [vscode.Uri, vscode.Diagnostic[] | undefined] => {
        const list = index.diagnosticsFor(file);
        return list.length > 0 ? this.convert(file, list) : [vscode.Uri.file(file), undefined];
      }));
    }
    this.lastPublishedAt = performance.now();
    this.published.fire();
  }

  dispose(): void {
    this.sub.dispose();
    this.published.dispose();
    this.collection.dispose();
  }
}

function toWorkspaceEdit(fix: QuickFix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    edit.replace(vscode.Uri.file(e.file), toRange({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn }), e.newText);
  }
  return edit;
}

/** Quick fixes for tfscope diagnostics: the analyzer's own fixes first, else the extension's fallbacks. */
export class TfCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  constructor(private readonly analysis: WorkspaceAnalysis) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const file = doc.uri.fsPath;
    const out: vscode.CodeAction[] = [];
    const mine = ctx.diagnostics.filter((d) => d.source === 'tfscope');
    if (mine.length === 0) return out;
    const model = this.analysis.index.diagnosticsFor(file);
    for (const vd of mine) {
      const d = model.find((m) => m.line - 1 === vd.range.start.line && m.message === vd.message && m.code === vd.code);
      if (!d) continue;
      const program = this.analysis.index.programsFor(file).find((p) => p.diagnostics.includes(d)) ?? this.analysis.index.programsFor(file)[0];
      // the extension's own fallbacks edit Python (variable_scope, reuse=True); TS/JS takes the analyzer's only
      const fixes = d.fixes?.length ? d.fixes : doc.languageId === 'python' ? fallbackFixes(d, doc.getText(), program) : [];
      fixes.forEach((f, i) => {
        const a = new vscode.CodeAction(f.title, vscode.CodeActionKind.QuickFix);
        a.edit = toWorkspaceEdit(f);
        a.diagnostics = [vd];
        a.isPreferred = i === 0;
        out.push(a);
      });
      // a value the program takes from outside: supply it (the setting or a `# tfscope:` comment), then re-analysis
      if (d.code === 'missing-value') {
        for (const name of suppliableNames(d.message)) {
          const a = new vscode.CodeAction(`Supply value for ${name}…`, vscode.CodeActionKind.QuickFix);
          a.command = { command: SUPPLY_COMMAND, title: a.title, arguments: [{ name, ...(program ? { entry: program.entry } : {}) }] };
          a.diagnostics = [vd];
          out.push(a);
        }
      }
    }
    return out;
  }
}
