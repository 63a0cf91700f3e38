// TypeScript / JavaScript front end for TensorFlow.js programs: parses with the TypeScript compiler API
// (syntax only, no type checking), runs the bounded evaluator (evaluator.ts) over the entry file and returns the
// language-neutral ProgramResult (mode 'v2': TF.js is eager). Files that import no @tensorflow/tfjs* give an empty
// result. Never throws on bad input: syntax errors become diagnostics and the valid statements still count.

import * as ts from 'typescript';
import type { Analyzer, AnalyzeOptions, SourceHost } from '../api';
import { dtypeSize, elementCount, type Diagnostic, type ProgramResult, type ScopeInfo, type VariableInfo } from '../model';
import { Evaluator } from './evaluator';

const DEFAULT_MAX_STEPS = 500_000;
/** Text any TF.js program contains (its import or require). */
const TFJS_TEXT = /@tensorflow\/tfjs/;
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

function scriptKind(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Scope tree from variable names: every '/'-prefix holding variables (a layer's name for layer weights). */
export function layerScopes(variables: VariableInfo[]): ScopeInfo[] {
  const byName = new Map<string, ScopeInfo>();
  for (const v of variables) {
    const parts = v.name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const name = parts.slice(0, i).join('/');
      let s = byName.get(name);
      if (!s) {
        s = { name, parent: i > 1 ? parts.slice(0, i - 1).join('/') : null, kind: v.api === 'layer' ? 'layer' : 'name_scope', location: v.location, variableCount: 0, paramCount: 0, bytes: 0 };
        byName.set(name, s);
      }
      s.variableCount++;
      const n = elementCount(v.shape);
      if (n !== null) {
        s.paramCount += n;
        s.bytes += n * dtypeSize(v.dtype);
      }
    }
  }
  return [...byName.values()].sort((a, b) => (a.location.line - b.location.line) || a.name.localeCompare(b.name));
}

export class TypeScriptAnalyzer implements Analyzer {
  private readonly cache = new Map<string, { text: string; sf: ts.SourceFile }>();

  analyze(entry: string, host: SourceHost, options: AnalyzeOptions = {}): ProgramResult {
    const result: ProgramResult = { entry, language: 'typescript', mode: 'v2', variables: [], scopes: [], diagnostics: [], files: [entry] };
    const diag = (code: string, message: string, severity: Diagnostic['severity'] = 'warning'): void => {
      result.diagnostics.push({ file: entry, line: 1, column: 1, severity, code, message });
    };
    let text: string | undefined;
    try {
      text = host.readFile(entry);
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      diag('unreadable', 'The file could not be read.');
      return result;
    }
    if (text.length > (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) {
      diag('file-too-large', `The file is larger than ${((options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) / 1048576).toFixed(0)} MB; it was not analysed.`);
      return result;
    }
    if (text.includes('\0')) {
      diag('binary-file', 'The file looks binary; it was not analysed.');
      return result;
    }
    // Not TF.js code: nothing to evaluate (and no TypeScript parse for every .ts/.js file of a workspace).
    if (!TFJS_TEXT.test(text)) return result;
    try {
      let cached = this.cache.get(entry);
      if (!cached || cached.text !== text) {
        cached = { text, sf: ts.createSourceFile(entry, text, ts.ScriptTarget.Latest, true, scriptKind(entry)) };
        this.cache.set(entry, cached);
      }
      const sf = cached.sf;
      const parseDiags = (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
      for (const d of parseDiags.slice(0, 20)) {
        const s = sf.getLineAndCharacterOfPosition(d.start);
        result.diagnostics.push({
          file: entry, line: s.line + 1, column: s.character + 1, severity: 'error', code: 'syntax-error',
          message: `Syntax error (${ts.flattenDiagnosticMessageText(d.messageText, ' ')}); the rest of the file is still analysed.`,
        });
      }
      const ev = new Evaluator(sf, entry, options.maxSteps ?? DEFAULT_MAX_STEPS, (p) => this.parse(p, host, options));
      const r = ev.run();
      result.files = ev.files;
      result.variables = r.variables;
      result.diagnostics.push(...r.diagnostics);
      result.scopes = layerScopes(result.variables);
      if (options.explore) {
        result.library = ev.explore().map((e) => ({ ...e, scopes: layerScopes(e.variables) }));
        for (const f of ev.files) if (!result.files.includes(f)) result.files.push(f);
      }
    } catch (e) {
      result.diagnostics.push({
        file: entry, line: 1, column: 1, severity: 'error', code: 'internal-error',
        message: `The TypeScript analyzer failed on this program (${e instanceof Error ? e.message : String(e)}); it was skipped.`,
      });
    }
    return result;
  }

  /** A workspace module's tree (cached by text), or undefined when it cannot be read or is too large. */
  private parse(path: string, host: SourceHost, options: AnalyzeOptions): ts.SourceFile | undefined {
    let text: string | undefined;
    try {
      text = host.readFile(path);
    } catch {
      return undefined;
    }
    if (text === undefined || text.length > (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) || text.includes('\0')) return undefined;
    let cached = this.cache.get(path);
    if (!cached || cached.text !== text) {
      cached = { text, sf: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path)) };
      this.cache.set(path, cached);
    }
    return cached.sf;
  }

  invalidate(path: string): void {
    this.cache.delete(path);
  }

  dispose(): void {
    this.cache.clear();
  }
}

export function createTypeScriptAnalyzer(): Analyzer {
  return new TypeScriptAnalyzer();
}
