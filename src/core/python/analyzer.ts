// Python front end entry: parses files with web-tree-sitter (trees cached per file text, freed on change),
// resolves workspace imports through the SourceHost, runs the evaluator with the TF library model, and
// assembles the serializable ProgramResult (variables, scope tree with counts, diagnostics). Never throws.

import { Language, Parser, type Tree } from 'web-tree-sitter';
import type { Analyzer, AnalyzeOptions, ParserWasm, SourceHost } from '../api';
import { dtypeSize, elementCount, type Diagnostic, type LibraryEntry, type ProgramResult, type ScopeInfo, type VariableInfo } from '../model';
import type { VarRecord } from '../tf/graph';
import { BudgetExceeded, BreakSignal, ContinueSignal, Interpreter, loc, PyRaise, ReturnSignal, type Args, type ModuleLoader } from './interp';
import { ModuleAst, type SyntaxNode as AstNode } from './ast';
import { memoizeNodeAccessors } from './cst';
import { TfLibrary } from './tflib';
import { Env, unknown, type ModuleVal, type Value } from './values';

/** Library view budgets: steps per explored function, and for all explorations of one file. */
const EXPLORE_STEPS = 60_000;
const EXPLORE_FILE_STEPS = 300_000;
const EXPLORE_MAX = 40;
/** Text that suggests a function or class creates variables. */
const CREATES_VARIABLES = /get_variable|get_local_variable|Variable\(|variable_scope|\blayers\.|Dense|Conv\w*\(|add_weight|add_variable|Embedding|Normalization|\.build\(/;

function toInfo(v: VarRecord): VariableInfo {
  const out: VariableInfo = {
    name: v.name, shape: v.shape, dtype: v.dtype, initializer: v.initializer, trainable: v.trainable,
    location: v.location, scope: v.scope, api: v.api, collections: v.collections, order: v.order,
  };
  if (v.seed) out.seed = v.seed;
  if (v.partition) out.partition = v.partition;
  if (v.nameLocation) out.nameLocation = v.nameLocation;
  if (v.binding) out.binding = v.binding;
  return out;
}

const DEFAULT_MAX_STEPS = 500_000;
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

interface CachedTree {
  text: string;
  tree: Tree;
  /**
   * After the file changed: the evaluator's own tree (plain nodes, unchanged statements reused from the
   * previous version). A file's first analysis evaluates tree-sitter's nodes directly (cheaper cold).
   */
  ast: ModuleAst | null;
  /** The tree-sitter root wrapper, kept so its memoized accessors are reused while the file is unchanged. */
  root: import('web-tree-sitter').Node;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i);
}

export function joinPath(...parts: string[]): string {
  const out: string[] = [];
  const abs = parts[0]?.startsWith('/') ?? false;
  for (const part of parts) {
    for (const seg of part.split('/')) {
      if (!seg || seg === '.') continue;
      if (seg === '..') out.pop();
      else out.push(seg);
    }
  }
  return (abs ? '/' : '') + out.join('/');
}

/** The single edit turning `before` into `after` (common prefix and suffix kept), in tree-sitter's terms. */
export function textEdit(before: string, after: string): import('web-tree-sitter').Edit {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  const point = (t: string, i: number): { row: number; column: number } => {
    let row = 0;
    let lineStart = 0;
    for (let k = t.indexOf('\n'); k !== -1 && k < i; k = t.indexOf('\n', k + 1)) {
      row++;
      lineStart = k + 1;
    }
    return { row, column: i - lineStart };
  };
  return {
    startIndex: p, oldEndIndex: before.length - q, newEndIndex: after.length - q,
    startPosition: point(before, p), oldEndPosition: point(before, before.length - q), newEndPosition: point(after, after.length - q),
  } as import('web-tree-sitter').Edit;
}

/** Heuristic for binary content: NUL bytes or many control characters in the first 8 KB. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let ctrl = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) ctrl++;
  }
  return head.length > 0 && ctrl / head.length > 0.1;
}

class PythonAnalyzer implements Analyzer {
  private readonly trees = new Map<string, CachedTree>();

  constructor(private readonly parser: Parser) {}

  parse(path: string, text: string): CachedTree | null {
    const cached = this.trees.get(path);
    if (cached && cached.text === text) return cached;
    let tree: Tree | null;
    if (cached) {
      // Incremental re-parse: tell tree-sitter which range changed, reuse the rest of the old tree.
      cached.tree.edit(textEdit(cached.text, text));
      tree = this.parser.parse(text, cached.tree);
      cached.tree.delete();
    } else tree = this.parser.parse(text);
    if (!tree) {
      this.trees.delete(path);
      return null;
    }
    const entry = { text, tree, root: tree.rootNode, ast: cached ? new ModuleAst(tree, text, cached.ast ?? undefined) : null };
    this.trees.set(path, entry);
    // Keep the cache bounded.
    if (this.trees.size > 2000) {
      const first = this.trees.keys().next().value as string;
      this.trees.get(first)?.tree.delete();
      this.trees.delete(first);
    }
    return entry;
  }

  invalidate(path: string): void {
    const c = this.trees.get(path);
    if (c) {
      c.tree.delete();
      this.trees.delete(path);
    }
  }

  dispose(): void {
    for (const c of this.trees.values()) c.tree.delete();
    this.trees.clear();
    this.parser.delete();
  }

  analyze(entry: string, host: SourceHost, options: AnalyzeOptions = {}): ProgramResult {
    const result: ProgramResult = { entry, language: 'python', mode: 'v2', variables: [], scopes: [], diagnostics: [], files: [entry] };
    try {
      this.run(entry, host, options, result);
    } catch (e) {
      result.diagnostics.push({
        file: entry, line: 1, column: 1, severity: 'error', code: 'internal-error',
        message: `The analyzer failed on this program: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    return result;
  }

  private run(entry: string, host: SourceHost, options: AnalyzeOptions, result: ProgramResult): void {
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const text = host.readFile(entry);
    const diag = (file: string, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): void => {
      result.diagnostics.push({ file, line: 1, column: 1, severity, code, message });
    };
    if (text === undefined) {
      diag(entry, 'unreadable', 'This file could not be read (missing, not a regular file, or over the size limit).');
      return;
    }
    if (text.length > maxBytes) {
      diag(entry, 'file-too-large', `This file is ${(text.length / 1048576).toFixed(1)} MB; files over ${(maxBytes / 1048576).toFixed(1)} MB are not analysed.`);
      return;
    }
    if (looksBinary(text)) {
      diag(entry, 'binary-file', 'This file looks binary, not Python source; it is skipped.');
      return;
    }
    const tf = new TfLibrary(options.mode ?? 'auto');
    tf.prescan(text);
    const modules = new Map<string, ModuleVal>();
    const files: string[] = [entry];
    const roots = [dirname(entry)];
    const loader: ModuleLoader = {
      load: (dotted: string, level: number, fromFile: string): ModuleVal | undefined => {
        const parts = dotted ? dotted.split('.') : [];
        // Python imports the parent packages first (their __init__ runs).
        if (level === 0 && parts.length > 1) loader.load(parts.slice(0, -1).join('.'), 0, fromFile);
        const bases: string[] = [];
        if (level > 0) {
          let d = dirname(fromFile);
          for (let i = 1; i < level; i++) d = dirname(d);
          bases.push(d);
        } else {
          bases.push(...roots);
          // Packages run from the repository root: walk up a few levels from the entry.
          let d = roots[0]!;
          for (let i = 0; i < 4; i++) {
            const up = dirname(d);
            if (up === d) break;
            bases.push(up);
            d = up;
          }
        }
        for (const base of bases) {
          for (const cand of [joinPath(base, ...parts) + '.py', joinPath(base, ...parts, '__init__.py')]) {
            const existing = modules.get(cand);
            if (existing) return existing;
            const src = cand === entry ? undefined : host.readFile(cand);
            if (src === undefined) continue;
            const name = level > 0 ? cand : dotted;
            const mod: ModuleVal = { name, file: cand, env: new Env(null, null), loading: true };
            (mod.env as { module: ModuleVal | null }).module = mod;
            modules.set(cand, mod);
            files.push(cand);
            if (src.length > maxBytes || looksBinary(src)) {
              diag(cand, 'file-too-large', 'This imported module is too large or binary; its names are unknown.');
              mod.loading = false;
              return mod;
            }
            mod.ensure = () => {
              this.execModule(interp, mod, src);
              mod.loading = false;
            };
            return mod;
          }
        }
        return undefined;
      },
    };
    const interp = new Interpreter(tf, loader, options.maxSteps ?? DEFAULT_MAX_STEPS);
    tf.interp = interp;
    const main: ModuleVal = { name: '__main__', file: entry, env: new Env(null, null), loading: true };
    (main.env as { module: ModuleVal | null }).module = main;
    main.env.vars.set('__name__', { t: 'str', v: '__main__' });
    interp.mainModule = main;
    modules.set(entry, main);
    this.execModule(interp, main, text);
    main.loading = false;

    result.mode = tf.sawGraphMode ? 'v1' : 'v2';
    result.files = files;
    result.variables = tf.variables.map(toInfo);
    result.diagnostics.push(...interp.diagnostics);
    result.scopes = buildScopes(result.variables, tf.scopes);
    if (options.explore) {
      const library = this.explore(main, text, interp, tf, loader, options);
      if (library.length) result.library = library;
    }
  }

  /**
   * The library view: each top-level function/class of the entry that the program did not call, called
   * with its defaults (unknown arguments), each in a fresh graph, leniently (sharing errors do not stop it).
   */
  private explore(main: ModuleVal, text: string, mainInterp: Interpreter, mainTf: TfLibrary, loader: ModuleLoader, options: AnalyzeOptions): LibraryEntry[] {
    const out: LibraryEntry[] = [];
    const candidates: { name: string; value: Value }[] = [];
    for (const [name, value] of main.env.vars) {
      if (value.t === 'func' && value.f.module === main && !value.f.isLambda) {
        if (mainInterp.calledDefs.has(`${main.file}:${value.f.node.startIndex}`)) continue;
        if (!CREATES_VARIABLES.test(value.f.node.text)) continue;
        candidates.push({ name, value });
      } else if (value.t === 'class' && value.c.module === main) {
        if (mainInterp.calledDefs.has(`class:${main.file}:${value.c.name}`)) continue;
        const def = findClassNode(value.c.attrs);
        if (def && !CREATES_VARIABLES.test(def.text)) continue;
        candidates.push({ name, value });
      }
    }
    const noArgs = (): Args => ({ pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() });
    let spent = 0;
    for (const { name, value } of candidates.slice(0, EXPLORE_MAX)) {
      if (spent >= EXPLORE_FILE_STEPS) break;
      const tf = new TfLibrary(options.mode ?? 'auto', mainTf.reg);
      tf.prescan(text);
      tf.lenient = true;
      const interp = new Interpreter(tf, loader, Math.min(EXPLORE_STEPS, EXPLORE_FILE_STEPS - spent));
      tf.interp = interp;
      const node = value.t === 'func' ? value.f.node : findClassNode(value.t === 'class' ? value.c.attrs : new Map());
      if (!node) continue;
      const site = { node, file: main.file };
      try {
        const r = interp.call(value, noArgs(), site);
        if (value.t === 'class' && r.t === 'instance') {
          const callable = interp.findAttrInClass(r.c, '__call__') ?? interp.findAttrInClass(r.c, 'call') ?? interp.findAttrInClass(r.c, '_build') ?? interp.findAttrInClass(r.c, 'forward');
          if (r.attrs.has('__keras__')) interp.call(r, { ...noArgs(), pos: [unknown('input')], posNodes: [null] }, site);
          else if (callable?.t === 'func') interp.callFunction(callable.f, noArgs(), site, r);
        }
      } catch (e) {
        if (!(e instanceof BudgetExceeded || e instanceof PyRaise || e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof RangeError)) throw e;
      }
      spent += interp.steps;
      if (tf.variables.length === 0) continue;
      const variables = tf.variables.map(toInfo);
      const nameNode = node.childForFieldName('name') ?? node;
      out.push({ name, kind: value.t === 'func' ? 'function' : 'class', location: loc(nameNode, main.file), variables, scopes: buildScopes(variables, tf.scopes) });
    }
    return out;
  }

  private execModule(interp: Interpreter, mod: ModuleVal, text: string): void {
    const parsed = this.parse(mod.file, text);
    if (!parsed) return;
    const tsRoot = parsed.root;
    if (tsRoot.hasError) reportSyntaxErrors(tsRoot, mod.file, interp);
    try {
      interp.execModule(parsed.ast?.root ?? tsRoot, mod);
    } catch (e) {
      if (e instanceof BudgetExceeded) {
        interp.diagnostics.push({
          file: mod.file, line: 1, column: 1, severity: 'warning', code: 'analysis-budget',
          message: `Analysis stopped early: ${e.reason}. Variables created later in this program are not shown.`,
        });
        return;
      }
      if (e && typeof e === 'object' && e.constructor?.name === 'PyRaise') return; // uncaught raise inside try machinery
      if (e && typeof e === 'object' && ['ReturnSignal', 'BreakSignal', 'ContinueSignal'].includes(e.constructor?.name)) return;
      throw e;
    }
  }
}

/** The class_definition node of a class value (its methods point into it). */
function findClassNode(attrs: Map<string, Value>): AstNode | null {
  for (const v of attrs.values()) {
    if (v.t === 'func') {
      let n: AstNode | null = v.f.node;
      while (n && n.type !== 'class_definition') n = n.parent;
      if (n) return n;
    }
  }
  return null;
}

function reportSyntaxErrors(root: import('web-tree-sitter').Node, file: string, interp: Interpreter): void {
  let count = 0;
  const visit = (n: import('web-tree-sitter').Node): void => {
    if (count >= 20) return;
    if (n.type === 'ERROR' || n.isMissing) {
      count++;
      const what = n.isMissing ? `missing ${n.type}` : 'invalid syntax';
      interp.diagnostics.push({
        file, line: n.startPosition.row + 1, column: n.startPosition.column + 1, endLine: n.endPosition.row + 1,
        endColumn: n.endPosition.column + 1, severity: 'error', code: 'syntax-error',
        message: `Syntax error (${what}); the rest of the file is still analysed.`,
      });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit(c);
  };
  visit(root);
}

/** Scope tree from entered scopes and variable names: every prefix that holds variables is a scope. */
export function buildScopes(
  variables: VariableInfo[],
  entered: Map<string, { name: string; kind: ScopeInfo['kind']; location: ScopeInfo['location']; entries: ScopeInfo['location'][] }>,
): ScopeInfo[] {
  const byName = new Map<string, ScopeInfo>();
  const ensure = (name: string, kind: ScopeInfo['kind'], location: ScopeInfo['location']): ScopeInfo => {
    let s = byName.get(name);
    if (!s) {
      s = { name, parent: null, kind, location, variableCount: 0, paramCount: 0, bytes: 0 };
      byName.set(name, s);
    }
    return s;
  };
  for (const e of entered.values()) {
    const s = ensure(e.name, e.kind, e.location);
    s.entries = e.entries;
  }
  for (const v of variables) {
    const parts = v.name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const s = byName.get(prefix) ?? ensure(prefix, v.api === 'layer' ? 'layer' : 'name_scope', v.location);
      s.variableCount++;
      const n = elementCount(v.shape);
      if (n !== null) {
        s.paramCount += n;
        s.bytes += n * dtypeSize(v.dtype);
      }
    }
  }
  // Keep entered name scopes only when they hold something; variable scopes always show.
  const out = [...byName.values()].filter((s) => s.kind !== 'name_scope' || s.variableCount > 0);
  const names = new Set(out.map((s) => s.name));
  for (const s of out) {
    const parts = s.name.split('/');
    for (let i = parts.length - 1; i > 0; i--) {
      const p = parts.slice(0, i).join('/');
      if (names.has(p)) {
        s.parent = p;
        break;
      }
    }
  }
  return out.sort((a, b) => (a.location.line - b.location.line) || a.name.localeCompare(b.name));
}

export async function createPythonAnalyzer(wasm: ParserWasm): Promise<Analyzer> {
  const tsw = wasm.treeSitterWasm;
  await Parser.init(typeof tsw === 'string' ? { locateFile: () => tsw } : tsw ? { wasmBinary: tsw } : undefined);
  memoizeNodeAccessors();
  const lang = await Language.load(wasm.pythonWasm);
  const parser = new Parser();
  parser.setLanguage(lang);
  return new PythonAnalyzer(parser);
}
