// Python front end entry: parses files with web-tree-sitter (trees cached per file text, freed on change),
// resolves workspace imports through the SourceHost, runs the evaluator with the TF library model, and
// assembles the serializable ProgramResult (variables, scope tree with counts, diagnostics). Never throws.

import { Language, Parser, type Tree } from 'web-tree-sitter';
import type { Analyzer, AnalyzeOptions, ParserWasm, SourceHost } from '../api';
import { exploresLibrary } from '../api';
import type { LibraryEntry, ProgramResult, VariableInfo } from '../model';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_STEPS, EXPLORE_MAX } from '../frontend/budgets';
import { emptyResult, fileDiagnostic, guarded, looksBinary, screenInput, type InputRules } from '../frontend/input';
import { exploreLibrary, type Explored } from '../frontend/library';
import { buildScopeTree } from '../frontend/scopeTree';
import type { VarRecord } from '../tf/graph';
import { BudgetExceeded, BreakSignal, ContinueSignal, Interpreter, loc, noArgs, PyRaise, ReturnSignal } from './interp';
import { ModuleAst, type SyntaxNode as AstNode } from './ast';
import { memoizeNodeAccessors } from './cst';
import { TfLibrary } from './tflib';
import { unknown, type ModuleVal, type Value } from './values';
import { dirname, installedDiagnostics, joinPath, newModule, WorkspaceModules } from './workspace';
import { modelledModule } from './tfnames';
import { parseLiteral, tfscopeComments } from './lib/configs';
import { touchTree, trimTrees } from './treeCache';
import { decideTarget, PIN_FILES, PIN_SEARCH_DEPTH, targetFromApis, targetFromPins, type TargetInfo } from '../target';

export { dirname, joinPath } from './workspace';
export { looksBinary } from '../frontend/input';

/** The nearest version pin: requirement files in the entry's folder, then its parents (src/core/target.ts). */
function findPins(entry: string, host: SourceHost): TargetInfo | null {
  let dir = dirname(entry);
  for (let depth = 0; depth <= PIN_SEARCH_DEPTH; depth++) {
    for (const name of PIN_FILES) {
      const text = host.readFile(joinPath(dir, name));
      const found = text === undefined ? null : targetFromPins(name, text);
      if (found) return found;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** The user's values: `--set` (options.values) first, then the entry's `# tfscope:` comments, which win. */
function suppliedValues(options: AnalyzeOptions, text: string): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const [k, v] of Object.entries(options.values ?? {})) out.set(k, parseLiteral(v));
  for (const [k, v] of tfscopeComments(text)) out.set(k, v);
  return out;
}

/**
 * Config files the program reads come through the host like its modules (and count among the files read, so a
 * cached result is redone when they change); the user's values go to the library.
 */
function connectConfigs(tf: TfLibrary, loader: WorkspaceModules, host: SourceHost, entry: string, maxBytes: number, supplied: Map<string, Value>): void {
  tf.configs.entryDir = dirname(entry);
  tf.configs.supply(supplied);
  tf.configs.readFile = (path) => {
    const text = host.readFile(path);
    if (!loader.files.includes(path)) loader.files.push(path);
    return text === undefined || text.length > maxBytes || looksBinary(text) ? undefined : text;
  };
}

/** Text that suggests a function or class creates variables. */
const CREATES_VARIABLES = /get_variable|get_local_variable|Variable\(|variable_scope|\blayers\.|Dense|Conv\w*\(|add_weight|add_variable|Embedding|Normalization|\.build\(/;

/** How this front end words the checks on a file's text. */
const INPUT_RULES: InputRules = {
  unreadable: 'This file could not be read (missing, not a regular file, or over the size limit).',
  tooLarge: (size, max) => `This file is ${(size / 1048576).toFixed(1)} MB; files over ${(max / 1048576).toFixed(1)} MB are not analysed.`,
  binary: 'This file looks binary, not Python source; it is skipped.',
  isBinary: looksBinary,
};

function toInfo(v: VarRecord): VariableInfo {
  const out: VariableInfo = {
    name: v.name, shape: v.shape, dtype: v.dtype, initializer: v.initializer, trainable: v.trainable,
    location: v.location, scope: v.scope, api: v.api, collections: v.collections, order: v.order,
  };
  if (v.seed) out.seed = v.seed;
  if (v.partition) out.partition = v.partition;
  if (v.nameLocation) out.nameLocation = v.nameLocation;
  if (v.binding) out.binding = v.binding;
  if (v.layerLocation) out.layerLocation = v.layerLocation;
  if (v.layerClass) out.layerClass = v.layerClass;
  if (v.symbolic) out.symbolic = v.symbolic;
  return out;
}

/** A top-level function or class of the entry, for the library view. */
interface Candidate {
  name: string;
  kind: 'function' | 'class';
  value: Value;
}

/** Stops that end one exploration quietly (its variables so far still count). */
function explorationStop(e: unknown): boolean {
  return e instanceof BudgetExceeded || e instanceof PyRaise || e instanceof ReturnSignal || e instanceof BreakSignal
    || e instanceof ContinueSignal || e instanceof RangeError;
}

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

class PythonAnalyzer implements Analyzer {
  private readonly trees = new Map<string, CachedTree>();

  constructor(private readonly parser: Parser) {}

  parse(path: string, text: string): CachedTree | null {
    const cached = this.trees.get(path);
    if (cached && cached.text === text) return touchTree(this.trees, path, cached);
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
    const result = emptyResult(entry, 'python');
    try {
      return guarded(result, () => this.run(entry, host, options, result), (reason) => `The analyzer failed on this program: ${reason}`);
    } finally {
      trimTrees(this.trees, new Set(result.files));
    }
  }

  private run(entry: string, host: SourceHost, options: AnalyzeOptions, result: ProgramResult): void {
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const text = host.readFile(entry);
    const problem = screenInput(entry, text, maxBytes, INPUT_RULES);
    if (problem || text === undefined) {
      if (problem) result.diagnostics.push(problem);
      return;
    }
    const apis = targetFromApis(text);
    const target = decideTarget(options.target, () => findPins(entry, host), apis);
    result.target = target;
    const tf = new TfLibrary(options.mode ?? 'auto', undefined, target);
    tf.prescan(text, apis);
    if (host.readCheckpoint) {
      tf.ckpt.reader = (p) => host.readCheckpoint!(p);
      tf.ckpt.baseDir = dirname(entry);
    }
    let interp: Interpreter | undefined;
    const loader = new WorkspaceModules(entry, host, maxBytes,
      (file, code, message) => result.diagnostics.push(fileDiagnostic(file, code, message)),
      (mod, src) => {
        // only assumed so far: a workspace module the program imports may show the TensorFlow it is written for
        if (tf.target.source === 'default') {
          const t = moduleTarget(src, mod.file);
          if (t) result.target = tf.target = t;
          if (t?.target === '1.15' && tf.variables.length === 0) tf.enterTf1Era();
        }
        this.execModule(interp!, mod, src);
      },
      options.packageRoots?.length ? { roots: options.packageRoots, modelled: modelledModule } : undefined);
    const supplied = suppliedValues(options, text);
    connectConfigs(tf, loader, host, entry, maxBytes, supplied);
    interp = new Interpreter(tf, loader, options.maxSteps ?? DEFAULT_MAX_STEPS);
    tf.interp = interp;
    const main = newModule('__main__', entry);
    main.env.vars.set('__name__', { t: 'str', v: '__main__' });
    interp.mainModule = main;
    loader.modules.set(entry, main);
    this.execModule(interp, main, text);
    main.loading = false;

    result.mode = tf.sawGraphMode ? 'v1' : 'v2';
    result.files = loader.files;
    result.variables = tf.variables.map(toInfo);
    result.diagnostics.push(...(options.packageRoots?.length ? installedDiagnostics(interp.diagnostics, options.packageRoots) : interp.diagnostics));
    result.scopes = buildScopeTree(result.variables, tf.scopes);
    if (tf.ckpt.calls.length) result.restores = tf.ckpt.calls;
    const models = tf.training.modelInfos();
    if (models.length) result.models = models;
    if (exploresLibrary(options, result.variables.length) && !result.diagnostics.some((d) => d.code === 'syntax-error')) {
      const library = this.explore(main, text, interp, tf, loader, options, host);
      if (library.length) result.library = library;
    }
  }

  /**
   * The library view: each top-level function/class of the entry that the program did not call, called
   * with its defaults (unknown arguments), each in a fresh graph, leniently (sharing errors do not stop it).
   */
  private explore(main: ModuleVal, text: string, mainInterp: Interpreter, mainTf: TfLibrary, loader: WorkspaceModules, options: AnalyzeOptions, host: SourceHost): LibraryEntry[] {
    return exploreLibrary(candidates(main, mainInterp), (c, maxSteps) => {
      const tf = new TfLibrary(options.mode ?? 'auto', mainTf.reg, mainTf.target);
      tf.prescan(text, mainTf.apiTarget);
      connectConfigs(tf, loader, host, main.file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, mainTf.configs.supplied);
      tf.lenient = true;
      const interp = new Interpreter(tf, loader, maxSteps);
      tf.interp = interp;
      return exploreOne(c, main, interp, tf);
    });
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

/**
 * The target a workspace module's own API use implies (`targetFromApis`), its evidence naming the module: a driver
 * written only with compat.v1 calls a model file that uses `tf.layers` or tf.contrib, so the program needs that
 * TensorFlow (Keras 2's `tf.keras`, not Keras 3's). Taken only while the target is the default assumption.
 */
function moduleTarget(src: string, file: string): TargetInfo | null {
  const t = targetFromApis(src);
  return t ? { ...t, evidence: `${file.split('/').pop()} ${t.evidence}` } : null;
}

/** The entry's top-level functions and classes the run did not call whose text suggests variables (at most EXPLORE_MAX). */
function candidates(main: ModuleVal, interp: Interpreter): Candidate[] {
  const out: Candidate[] = [];
  for (const [name, value] of main.env.vars) {
    if (value.t === 'func' && value.f.module === main && !value.f.isLambda) {
      if (interp.calledDefs.has(`${main.file}:${value.f.node.startIndex}`)) continue;
      if (!CREATES_VARIABLES.test(value.f.node.text)) continue;
      out.push({ name, kind: 'function', value });
    } else if (value.t === 'class' && value.c.module === main) {
      if (interp.calledDefs.has(`class:${main.file}:${value.c.name}`)) continue;
      const def = findClassNode(value.c.attrs);
      if (def && !CREATES_VARIABLES.test(def.text)) continue;
      out.push({ name, kind: 'class', value });
    }
  }
  return out.slice(0, EXPLORE_MAX);
}

/** Calls a function with no arguments, or instantiates a class and calls the instance (a layer on an unknown input). */
function exploreOne(c: Candidate, main: ModuleVal, interp: Interpreter, tf: TfLibrary): Explored | null {
  const value = c.value;
  const node = value.t === 'func' ? value.f.node : findClassNode(value.t === 'class' ? value.c.attrs : new Map());
  if (!node) return null;
  const site = { node, file: main.file };
  try {
    const r = interp.call(value, noArgs(), site);
    if (value.t === 'class' && r.t === 'instance') {
      const callable = interp.findAttrInClass(r.c, '__call__') ?? interp.findAttrInClass(r.c, 'call') ?? interp.findAttrInClass(r.c, '_build') ?? interp.findAttrInClass(r.c, 'forward');
      if (r.attrs.has('__keras__')) interp.call(r, { ...noArgs(), pos: [unknown('input')], posNodes: [null] }, site);
      else if (callable?.t === 'func') interp.callFunction(callable.f, noArgs(), site, r);
    }
  } catch (e) {
    if (!explorationStop(e)) throw e;
  }
  const nameNode = node.childForFieldName('name') ?? node;
  const lines = { line: node.startPosition.row + 1, endLine: node.endPosition.row + 1 };
  return { steps: interp.steps, variables: tf.variables.map(toInfo), location: loc(nameNode, main.file), lines, entered: tf.scopes };
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

export async function createPythonAnalyzer(wasm: ParserWasm): Promise<Analyzer> {
  const tsw = wasm.treeSitterWasm;
  await Parser.init(typeof tsw === 'string' ? { locateFile: () => tsw } : tsw ? { wasmBinary: tsw } : undefined);
  memoizeNodeAccessors();
  const lang = await Language.load(wasm.pythonWasm);
  const parser = new Parser();
  parser.setLanguage(lang);
  return new PythonAnalyzer(parser);
}
