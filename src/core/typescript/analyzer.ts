// TypeScript / JavaScript front end for TensorFlow.js programs: parses with the TypeScript compiler API
// (syntax only, no type checking), runs the bounded evaluator (evaluator.ts) over the entry file and returns the
// language-neutral ProgramResult (mode 'v2': TF.js is eager). Files that import no @tensorflow/tfjs* give an empty
// result. Never throws on bad input: syntax errors become diagnostics and the valid statements still count.

import * as ts from 'typescript';
import type { Analyzer, AnalyzeOptions, SourceHost } from '../api';
import { exploresLibrary } from '../api';
import type { ProgramResult } from '../model';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_STEPS } from '../frontend/budgets';
import { emptyResult, guarded, screenInput, type InputRules } from '../frontend/input';
import { buildScopeTree } from '../frontend/scopeTree';
import { Evaluator } from './evaluator';
import { reachesTfjs } from './reach';


/** How this front end words the checks on a file's text. */
const INPUT_RULES: InputRules = {
  unreadable: 'The file could not be read.',
  tooLarge: (_size, max) => `The file is larger than ${(max / 1048576).toFixed(0)} MB; it was not analysed.`,
  binary: 'The file looks binary; it was not analysed.',
  isBinary: (text) => text.includes('\0'),
};

function scriptKind(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

function readSafely(host: SourceHost, path: string): string | undefined {
  try {
    return host.readFile(path);
  } catch {
    return undefined;
  }
}

export class TypeScriptAnalyzer implements Analyzer {
  private readonly cache = new Map<string, { text: string; sf: ts.SourceFile }>();

  analyze(entry: string, host: SourceHost, options: AnalyzeOptions = {}): ProgramResult {
    const result = emptyResult(entry, 'typescript');
    const text = readSafely(host, entry);
    const problem = screenInput(entry, text, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, INPUT_RULES);
    if (problem || text === undefined) {
      if (problem) result.diagnostics.push(problem);
      return result;
    }
    // Not TF.js code, directly or through the workspace modules it imports: nothing to evaluate (and no
    // TypeScript parse for every .ts/.js file of a workspace).
    if (!reachesTfjs(entry, text, (p) => readSafely(host, p))) return result;
    return guarded(result, () => this.run(entry, text, host, options, result),
      (reason) => `The TypeScript analyzer failed on this program (${reason}); it was skipped.`);
  }

  private run(entry: string, text: string, host: SourceHost, options: AnalyzeOptions, result: ProgramResult): void {
    const sf = this.sourceFile(entry, text);
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
    if (r.models.length) result.models = r.models;
    result.diagnostics.push(...r.diagnostics);
    result.scopes = buildScopeTree(result.variables);
    if (exploresLibrary(options, result.variables.length)) {
      result.library = ev.explore();
      for (const f of ev.files) if (!result.files.includes(f)) result.files.push(f);
    }
  }

  /** The tree of `path` for `text` (cached by text). */
  private sourceFile(path: string, text: string): ts.SourceFile {
    let cached = this.cache.get(path);
    if (!cached || cached.text !== text) {
      cached = { text, sf: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path)) };
      this.cache.set(path, cached);
    }
    return cached.sf;
  }

  /** A workspace module's tree (cached by text), or undefined when it cannot be read or is too large. */
  private parse(path: string, host: SourceHost, options: AnalyzeOptions): ts.SourceFile | undefined {
    const text = readSafely(host, path);
    if (text === undefined || screenInput(path, text, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, INPUT_RULES)) return undefined;
    return this.sourceFile(path, text);
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
