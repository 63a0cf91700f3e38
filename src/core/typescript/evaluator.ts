// A small abstract evaluator over the TypeScript compiler's AST for TF.js programs: literals, const/let/var,
// arrays/objects, arithmetic, template strings, if/for/for-of/while, functions and closures within the file,
// and the TF.js API (src/core/typescript/tfjs.ts). Bounded by a step budget and a call-depth limit; anything
// it does not model evaluates to `unknown` rather than failing. Produces VarRecord-like variables and diagnostics.

import * as ts from 'typescript';
import type { Diagnostic, Dim, InitializerSpec, SourceLocation, VariableInfo } from '../model';
import {
  buildLayer, declaredInput, duplicateNameMessage, FIRST_LAYER_NEEDS_INPUT, initFromFactory, LAYER_CLASSES, MERGE_LAYERS, mergeOutput, optimizerVariables, expectedLastDim, initFromString,
  TfjsNaming, TfjsRaise, toSpec, type LayerConfig, type TfjsInit, type WeightDef,
} from './tfjs';

// ---------------------------------------------------------------------------------------------- values

class Unknown {
  constructor(readonly why = '') {}
}
export const UNKNOWN = new Unknown();

class Obj {
  /** An instance of a custom layer class (`extends tf.layers.Layer`): its TF.js layer state. */
  layer: Layer | undefined;
  constructor(readonly props = new Map<string, Value>(), readonly cls: Cls | null = null) {}
}
/** A class of the file: its declaration, defining scope and base class (when that is a class of the file too). */
class Cls {
  readonly statics = new Map<string, Value>();
  /** True when the class extends `tf.layers.Layer` directly (a custom TF.js layer). */
  tfLayer = false;
  constructor(readonly node: ts.ClassLikeDeclaration, readonly env: Env, readonly base: Cls | null) {}
  method(name: string, isStatic = false): ts.MethodDeclaration | ts.GetAccessorDeclaration | undefined {
    for (let c: Cls | null = this; c; c = c.base) {
      const m = c.node.members.find((x): x is ts.MethodDeclaration | ts.GetAccessorDeclaration =>
        (ts.isMethodDeclaration(x) || ts.isGetAccessorDeclaration(x)) && !!x.body && ts.isIdentifier(x.name) && x.name.text === name
        && (x.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.StaticKeyword) ?? false) === isStatic);
      if (m) return m;
    }
    return undefined;
  }
}
class Fn {
  constructor(readonly node: ts.FunctionLikeDeclaration, readonly env: Env, readonly thisVal: Value = undefined) {}
}
class Native {
  constructor(readonly name: string, readonly call: (args: Value[], site: ts.CallExpression) => Value) {}
}
/** A path into the TF.js namespace: `tf`, `tf.layers`, `tf.initializers`. */
class Ns {
  constructor(readonly path: string) {}
}
class Layer {
  built = false;
  /** For a custom layer: the class instance whose `build`/`computeOutputShape` run. */
  custom: Obj | undefined;
  output: Dim[] | null = null;
  /** The axis -1 size TF.js checks on later calls once built (inputSpec), when known. */
  expects: Dim | undefined;
  /** `input`: the batch input shape the config declares (undefined: none; null: one not known statically). */
  constructor(readonly className: string, readonly name: string, readonly cfg: LayerConfig, readonly input: Dim[] | null | undefined) {}
}
class Sym {
  constructor(readonly shape: Dim[] | null, readonly layer: Layer | null, readonly inputs: Sym[]) {}
}
class Model {
  layers: Layer[] = [];
  output: Dim[] | null = null;
  constructor(readonly kind: 'sequential' | 'functional', readonly name: string) {}
}
class Tensor {
  constructor(readonly shape: Dim[] | null, readonly dtype: string, readonly init: InitializerSpec) {}
}
class Init {
  constructor(readonly init: TfjsInit) {}
}
class TfVar {
  constructor(readonly info: VariableInfo) {}
}

export type Value =
  | number | string | boolean | null | undefined
  | Value[] | Obj | Cls | Fn | Native | Ns | LiveRef | Layer | Sym | Model | Tensor | Init | TfVar | Unknown;

/** An imported name: ES module bindings are live, so a cycle's imports resolve when they are used. */
class LiveRef {
  constructor(readonly mod: Obj, readonly key: string) {}
  get(): Value {
    return this.mod.props.has(this.key) ? this.mod.props.get(this.key) : UNKNOWN;
  }
}

class Env {
  readonly vars = new Map<string, { v: Value }>();
  constructor(readonly parent: Env | null) {}
  lookup(name: string): { v: Value } | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      const b = e.vars.get(name);
      if (b) return b;
    }
    return undefined;
  }
  declare(name: string, v: Value): void {
    this.vars.set(name, { v });
  }
}

class ReturnSignal {
  constructor(readonly value: Value) {}
}
class BreakSignal {}
class ContinueSignal {}
export class BudgetExceeded extends Error {}

const MAX_DEPTH = 64;
const MAX_ITER = 10_000;
const MAX_ARRAY = 100_000;
/** Library view budgets: steps per explored function or class, for all of one file, and entries at most. */
const EXPLORE_STEPS = 60_000;
const EXPLORE_FILE_STEPS = 300_000;
const EXPLORE_MAX = 40;
/** Workspace modules one program may load. */
const MAX_MODULES = 256;

/** Packages whose default/namespace import is the TF.js API. */
export const TFJS_MODULES = /^@tensorflow\/tfjs(-node(-gpu)?|-core|-layers)?$/;

/** Plain JS value (numbers, strings, arrays, objects) of an evaluated value; UNKNOWN parts stay undefined-free. */
function plain(v: Value): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Obj) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v.props) o[k] = plain(x);
    return o;
  }
  if (v instanceof Init) return v.init;
  if (v instanceof Unknown) return UNKNOWN;
  return v;
}

function truthy(v: Value): boolean | null {
  if (v instanceof Unknown) return null;
  if (v === null || v === undefined || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------- evaluator

export interface EvalResult {
  variables: VariableInfo[];
  diagnostics: Diagnostic[];
  usesTfjs: boolean;
}

export class Evaluator {
  variables: VariableInfo[] = [];
  diagnostics: Diagnostic[] = [];
  private naming = new TfjsNaming();
  private steps = 0;
  /** Functions and classes the run called or constructed (the library view explores the others). */
  private readonly called = new Set<ts.Node>();
  private depth = 0;
  private usesTfjs = false;
  private readonly global = new Env(null);

  /** Workspace modules by resolved path: their exports (filled while they run, so cycles see what exists). */
  private readonly modules = new Map<string, Obj>();
  /** Files this run read (entry first). */
  readonly files: string[];

  /**
   * `parse` gives a workspace file's syntax tree (resolved path in, undefined when it does not exist); relative
   * imports and requires of the program are evaluated through it, once each.
   */
  constructor(
    private readonly sf: ts.SourceFile, file: string, private maxSteps: number,
    private readonly parse: (path: string) => ts.SourceFile | undefined = () => undefined,
  ) {
    this.files = [file];
    this.global.declare('Math', this.mathObject());
    this.global.declare('undefined', undefined);
    this.global.declare('NaN', NaN);
    this.global.declare('Infinity', Infinity);
    this.global.declare('console', new Obj(new Map([['log', new Native('log', () => undefined)], ['warn', new Native('warn', () => undefined)]])));
  }

  run(): EvalResult {
    try {
      this.block(this.sf.statements, this.global);
    } catch (e) {
      if (e instanceof TfjsRaise) this.raise(e, this.raisedAt.get(e) ?? this.sf);
      else if (e instanceof BudgetExceeded) {
        this.diag(this.lastStmt ?? this.sf, 'warning', 'budget-exceeded', `The analysis stopped after ${this.maxSteps} evaluation steps; later variables are not shown.`);
      } else if (e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal) {
        // a stray return/break at top level: stop quietly
      } else if (e instanceof RangeError) {
        this.diag(this.lastStmt ?? this.sf, 'warning', 'too-deep', 'The program nests too deeply to analyse; later variables are not shown.');
      } else throw e;
    }
    return { variables: this.variables, diagnostics: this.diagnostics, usesTfjs: this.usesTfjs };
  }

  /**
   * Library view: what each top-level function or class of the entry that the run did not call would create if
   * called (constructed) on its own, with its parameter defaults and unknown values for the other parameters,
   * each with fresh TF.js naming state. Runs after `run()`, in the program's final top-level scope.
   */
  explore(): { name: string; kind: 'function' | 'class'; location: SourceLocation; variables: VariableInfo[] }[] {
    const out: { name: string; kind: 'function' | 'class'; location: SourceLocation; variables: VariableInfo[] }[] = [];
    const saved = { variables: this.variables, diagnostics: this.diagnostics, naming: this.naming, steps: this.steps, maxSteps: this.maxSteps };
    const candidates: { name: ts.Identifier; node: ts.Node; kind: 'function' | 'class' }[] = [];
    for (const st of this.sf.statements) {
      if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) candidates.push({ name: st.name, node: st, kind: ts.isClassDeclaration(st) ? 'class' : 'function' });
      else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) candidates.push({ name: d.name, node: d.initializer, kind: 'function' });
        }
      }
    }
    let total = 0;
    try {
      for (const c of candidates) {
        if (out.length >= EXPLORE_MAX || total >= EXPLORE_FILE_STEPS) break;
        if (this.called.has(c.node)) continue;
        const v = this.global.lookup(c.name.text)?.v;
        if (!(v instanceof Fn) && !(v instanceof Cls)) continue;
        this.variables = [];
        this.diagnostics = [];
        this.naming = new TfjsNaming();
        this.steps = 0;
        this.maxSteps = EXPLORE_STEPS;
        try {
          if (v instanceof Fn) this.callFn(v, v.node.parameters.map((p) => (p.initializer ? undefined : UNKNOWN)));
          else {
            const ctor = v.node.members.find(ts.isConstructorDeclaration);
            this.construct(v, (ctor?.parameters ?? []).map((p) => (p.initializer ? undefined : UNKNOWN)));
          }
        } catch (e) {
          if (!(e instanceof TfjsRaise || e instanceof BudgetExceeded || e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof RangeError)) throw e;
        }
        total += this.steps;
        if (this.variables.length) out.push({ name: c.name.text, kind: c.kind, location: this.loc(c.name), variables: this.variables });
      }
    } finally {
      Object.assign(this, saved);
    }
    return out;
  }

  // ---- helpers

  /** The call being evaluated when a TF.js rule fires (its location is where TF.js would raise). */
  private site: ts.Node | undefined;
  private readonly raisedAt = new WeakMap<TfjsRaise, ts.CallExpression>();

  /** Remembers the innermost TF.js call a raise came from. */
  private noteRaise(e: unknown, site: ts.CallExpression): void {
    if (e instanceof TfjsRaise && !this.raisedAt.has(e)) this.raisedAt.set(e, site);
  }

  private loc(n: ts.Node): SourceLocation {
    const sf = n.getSourceFile() ?? this.sf;
    const s = sf.getLineAndCharacterOfPosition(n.getStart(sf));
    const e = sf.getLineAndCharacterOfPosition(n.getEnd());
    return { file: sf.fileName, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  }

  private diag(n: ts.Node, severity: Diagnostic['severity'], code: string, message: string, extra: Partial<Diagnostic> = {}): void {
    const l = this.loc(n);
    this.diagnostics.push({ file: l.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, severity, code, message, ...extra });
  }

  private raise(e: TfjsRaise, n: ts.Node): void {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const l = this.callLoc(n);
      const end = this.loc(n);
      this.diagnostics.push({
        file: l.file, line: l.line, column: l.column, endLine: end.endLine, endColumn: end.endColumn, severity: 'error',
        code: this.raiseCode(e), message: e.message, raises: { type: e.type, message: e.message }, order: this.variables.length,
      });
      return;
    }
    this.diag(n, 'error', this.raiseCode(e), e.message, { raises: { type: e.type, message: e.message }, order: this.variables.length });
  }

  private raiseCode(e: TfjsRaise): string {
    const code = e.message.startsWith('Variable with name') ? 'duplicate-variable'
      : e.message.includes('is used') ? 'duplicate-layer-name'
        : e.message === FIRST_LAYER_NEEDS_INPUT ? 'missing-input-shape' : 'tfjs-error';
    return code;
  }

  private tick(): void {
    if (++this.steps > this.maxSteps) throw new BudgetExceeded();
  }

  // ---- statements

  private hoist(stmts: readonly ts.Statement[], env: Env): void {
    for (const s of stmts) {
      if (ts.isFunctionDeclaration(s) && s.name && s.body) env.declare(s.name.text, new Fn(s, env));
    }
  }

  private block(stmts: readonly ts.Statement[], env: Env): void {
    this.hoist(stmts, env);
    for (const s of stmts) this.stmt(s, env);
  }

  private lastStmt: ts.Statement | undefined;

  private stmt(s: ts.Statement, env: Env): void {
    this.tick();
    this.lastStmt = s;
    if (ts.isVariableStatement(s)) this.varDecls(s.declarationList, env);
    else if (ts.isExpressionStatement(s)) this.expr(s.expression, env);
    else if (ts.isImportDeclaration(s)) this.importDecl(s, env);
    else if (ts.isImportEqualsDeclaration(s)) {
      const r = s.moduleReference;
      const isTf = ts.isExternalModuleReference(r) && ts.isStringLiteral(r.expression) && TFJS_MODULES.test(r.expression.text);
      if (isTf) this.usesTfjs = true;
      env.declare(s.name.text, isTf ? new Ns('tf') : UNKNOWN);
    }
    else if (ts.isBlock(s)) this.block(s.statements, new Env(env));
    else if (ts.isIfStatement(s)) {
      const c = truthy(this.expr(s.expression, env));
      if (c === false) {
        if (s.elseStatement) this.stmt(s.elseStatement, new Env(env));
      } else this.stmt(s.thenStatement, new Env(env));
    } else if (ts.isForStatement(s)) this.forStmt(s, env);
    else if (ts.isForOfStatement(s)) {
      const it = this.expr(s.expression, env);
      const items = Array.isArray(it) ? [...it] : typeof it === 'string' ? [...it] : null;
      if (!items) return;
      for (const x of items) {
        const inner = new Env(env);
        this.bindInit(s.initializer, x, inner);
        if (this.loopBody(s.statement, inner)) break;
      }
    } else if (ts.isWhileStatement(s) || ts.isDoStatement(s)) {
      for (let i = 0; i < MAX_ITER; i++) {
        if (ts.isWhileStatement(s) && truthy(this.expr(s.expression, env)) !== true) break;
        if (this.loopBody(s.statement, new Env(env))) break;
        if (ts.isDoStatement(s) && truthy(this.expr(s.expression, env)) !== true) break;
      }
    } else if (ts.isClassDeclaration(s)) {
      if (s.name) env.declare(s.name.text, this.classValue(s, env));
    } else if (ts.isFunctionDeclaration(s)) {
      // hoisted
    } else if (ts.isReturnStatement(s)) throw new ReturnSignal(s.expression ? this.expr(s.expression, env) : undefined);
    else if (ts.isBreakStatement(s)) throw new BreakSignal();
    else if (ts.isContinueStatement(s)) throw new ContinueSignal();
    else if (ts.isTryStatement(s)) {
      try {
        this.block(s.tryBlock.statements, new Env(env));
      } catch (e) {
        if (!(e instanceof TfjsRaise) || !s.catchClause) throw e;
        this.block(s.catchClause.block.statements, new Env(env));
      } finally {
        if (s.finallyBlock) this.block(s.finallyBlock.statements, new Env(env));
      }
    }
    // classes, exports of types, switch, labelled statements...: not evaluated
  }

  /** Runs a loop body; true when the loop must stop (break). */
  private loopBody(body: ts.Statement, env: Env): boolean {
    try {
      this.stmt(body, env);
    } catch (e) {
      if (e instanceof BreakSignal) return true;
      if (e instanceof ContinueSignal) return false;
      throw e;
    }
    return false;
  }

  private forStmt(s: ts.ForStatement, env: Env): void {
    const outer = new Env(env);
    if (s.initializer) {
      if (ts.isVariableDeclarationList(s.initializer)) this.varDecls(s.initializer, outer);
      else this.expr(s.initializer, outer);
    }
    for (let i = 0; ; i++) {
      if (i >= MAX_ITER) {
        this.diag(s, 'warning', 'loop-limit', `The loop was followed for ${MAX_ITER} iterations; later ones are not analysed.`);
        return;
      }
      if (s.condition) {
        const c = truthy(this.expr(s.condition, outer));
        if (c !== true) return;
      }
      // Per-iteration copy of let bindings, like JS.
      const inner = new Env(outer);
      if (this.loopBody(s.statement, inner)) return;
      if (s.incrementor) this.expr(s.incrementor, outer);
    }
  }

  private varDecls(list: ts.VariableDeclarationList, env: Env): void {
    for (const d of list.declarations) {
      const v = d.initializer ? this.expr(d.initializer, env) : undefined;
      if (ts.isIdentifier(d.name) && v instanceof TfVar && !v.info.binding) v.info.binding = { name: d.name.text, location: this.loc(d.name) };
      this.bindName(d.name, v, env);
    }
  }

  private bindInit(init: ts.ForInitializer, v: Value, env: Env): void {
    if (ts.isVariableDeclarationList(init)) {
      for (const d of init.declarations) this.bindName(d.name, v, env);
    } else this.assign(init, v, env);
  }

  private bindName(name: ts.BindingName, v: Value, env: Env): void {
    if (ts.isIdentifier(name)) env.declare(name.text, v);
    else if (ts.isObjectBindingPattern(name)) {
      for (const el of name.elements) {
        const key = el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName)) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : null;
        let x: Value = key !== null ? this.member(v, key) : UNKNOWN;
        if (x === undefined && el.initializer) x = this.expr(el.initializer, env);
        this.bindName(el.name, x, env);
      }
    } else {
      name.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el)) return;
        let x: Value = Array.isArray(v) ? v[i] : UNKNOWN;
        if (x === undefined && el.initializer) x = this.expr(el.initializer, env);
        this.bindName(el.name, x, env);
      });
    }
  }

  /** Resolves a relative specifier against the importing file as TypeScript/Node would (.ts for .js too). */
  private resolve(spec: string, from: ts.Node): { path: string; sf: ts.SourceFile } | null {
    if (!spec.startsWith('./') && !spec.startsWith('../')) return null;
    const dir = (from.getSourceFile() ?? this.sf).fileName.replace(/\/[^/]*$/, '');
    const parts: string[] = [];
    for (const seg of `${dir}/${spec}`.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.' && seg !== '') parts.push(seg);
    }
    const base = `/${parts.join('/')}`;
    const stem = base.replace(/\.(js|mjs|cjs|jsx)$/, '');
    const cands = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.js`, `${stem}.mjs`, `${stem}.cjs`, `${base}/index.ts`, `${base}/index.js`];
    for (const c of cands) {
      if (/\.d\.[cm]?ts$/.test(c)) continue;
      const sf = this.parse(c);
      if (sf) return { path: c, sf };
    }
    return null;
  }

  /** The exports of a workspace module (evaluated once per run; a cycle sees the exports made so far). */
  private requireModule(spec: string, from: ts.Node): Obj | null {
    const r = this.resolve(spec, from);
    if (!r) return null;
    const known = this.modules.get(r.path);
    if (known) return known;
    const exports = new Obj();
    if (this.modules.size >= MAX_MODULES) return null;
    this.modules.set(r.path, exports);
    // Parsing and running a module costs in proportion to its size: charge the step budget for it.
    this.steps += Math.ceil(r.sf.text.length / 5);
    this.tick();
    if (!this.files.includes(r.path)) this.files.push(r.path);
    if (this.depth >= MAX_DEPTH) return exports;
    this.depth++;
    const env = new Env(this.global);
    try {
      this.hoist(r.sf.statements, env);
      for (const st of r.sf.statements) {
        this.stmt(st, env);
        this.collectExports(st, env, exports);
      }
    } catch (e) {
      if (e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal) return exports;
      throw e;
    } finally {
      this.depth--;
    }
    return exports;
  }

  private collectExports(st: ts.Statement, env: Env, out: Obj): void {
    const exported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    const get = (n: string): Value => {
      const v = env.lookup(n)?.v;
      return v instanceof LiveRef ? v.get() : v ?? UNKNOWN;
    };
    if (exported && ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) out.props.set(d.name.text, get(d.name.text));
    } else if (exported && (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) {
      out.props.set(isDefault ? 'default' : st.name.text, get(st.name.text));
    } else if (ts.isExportAssignment(st)) {
      out.props.set('default', this.expr(st.expression, env));
    } else if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause) && !st.moduleSpecifier) {
      for (const el of st.exportClause.elements) out.props.set(el.name.text, get((el.propertyName ?? el.name).text));
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const m = this.requireModule(st.moduleSpecifier.text, st);
      if (!m) return;
      const clause = st.exportClause;
      if (!clause) {
        for (const [k, v] of m.props) if (k !== 'default') out.props.set(k, v);
      } else if (ts.isNamedExports(clause)) {
        for (const el of clause.elements) out.props.set(el.name.text, m.props.get((el.propertyName ?? el.name).text) ?? UNKNOWN);
      } else out.props.set(clause.name.text, m);
    } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      // CommonJS: module.exports = ... / exports.x = ...
      const l = st.expression.left;
      const txt = l.getText(l.getSourceFile());
      if (txt === 'module.exports') {
        const v = this.expr(st.expression.right, env);
        if (v instanceof Obj) for (const [k, x] of v.props) out.props.set(k, x);
        out.props.set('default', v);
      } else if (ts.isPropertyAccessExpression(l) && /^(module\.)?exports$/.test(l.expression.getText(l.getSourceFile()))) {
        out.props.set(l.name.text, this.expr(l, env));
      }
    }
  }

  private importDecl(s: ts.ImportDeclaration, env: Env): void {
    if (!ts.isStringLiteral(s.moduleSpecifier) || !s.importClause) return;
    const mod0 = s.moduleSpecifier.text;
    const isTf = TFJS_MODULES.test(mod0);
    if (isTf) this.usesTfjs = true;
    const c = s.importClause;
    const mod = isTf ? null : this.requireModule(mod0, s);
    const exp = (k: string): Value => (mod ? new LiveRef(mod, k) : UNKNOWN);
    if (c.name) env.declare(c.name.text, isTf ? new Ns('tf') : exp('default'));
    const nb = c.namedBindings;
    if (!nb) return;
    if (ts.isNamespaceImport(nb)) env.declare(nb.name.text, isTf ? new Ns('tf') : mod ?? UNKNOWN);
    else {
      for (const el of nb.elements) {
        const orig = (el.propertyName ?? el.name).text;
        env.declare(el.name.text, isTf ? new Ns(`tf.${orig}`) : exp(orig));
      }
    }
  }

  // ---- expressions

  private expr(e: ts.Expression, env: Env): Value {
    this.tick();
    if (ts.isNumericLiteral(e)) return Number(e.text);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const v = this.expr(span.expression, env);
        if (v instanceof Unknown || (typeof v === 'object' && v !== null && !Array.isArray(v))) return UNKNOWN;
        s += String(plain(v)) + span.literal.text;
      }
      return s;
    }
    switch (e.kind) {
      case ts.SyntaxKind.TrueKeyword: return true;
      case ts.SyntaxKind.FalseKeyword: return false;
      case ts.SyntaxKind.NullKeyword: return null;
      case ts.SyntaxKind.ThisKeyword: return env.lookup('this')?.v ?? UNKNOWN;
    }
    if (ts.isIdentifier(e)) {
      const b = env.lookup(e.text);
      return b ? (b.v instanceof LiveRef ? b.v.get() : b.v) : UNKNOWN;
    }
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
      return this.expr(e.expression, env);
    }
    if (ts.isArrayLiteralExpression(e)) {
      const out: Value[] = [];
      for (const el of e.elements) {
        if (ts.isSpreadElement(el)) {
          const v = this.expr(el.expression, env);
          if (Array.isArray(v)) out.push(...v);
          else return UNKNOWN;
        } else if (ts.isOmittedExpression(el)) out.push(undefined);
        else out.push(this.expr(el, env));
      }
      return out;
    }
    if (ts.isObjectLiteralExpression(e)) {
      const o = new Obj();
      for (const p of e.properties) {
        if (ts.isPropertyAssignment(p)) {
          const k = this.propName(p.name, env);
          if (k !== null) o.props.set(k, this.expr(p.initializer, env));
        } else if (ts.isShorthandPropertyAssignment(p)) {
          const b = env.lookup(p.name.text);
          o.props.set(p.name.text, b ? (b.v instanceof LiveRef ? b.v.get() : b.v) : UNKNOWN);
        } else if (ts.isSpreadAssignment(p)) {
          const v = this.expr(p.expression, env);
          if (v instanceof Obj) for (const [k, x] of v.props) o.props.set(k, x);
        } else if (ts.isMethodDeclaration(p)) {
          const k = this.propName(p.name, env);
          if (k !== null) o.props.set(k, new Fn(p, env));
        }
      }
      return o;
    }
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return new Fn(e, env);
    if (ts.isPropertyAccessExpression(e)) return this.member(this.expr(e.expression, env), e.name.text);
    if (ts.isElementAccessExpression(e)) {
      const o = this.expr(e.expression, env);
      const k = this.expr(e.argumentExpression, env);
      if (typeof k === 'number' || typeof k === 'string') return this.member(o, k);
      return UNKNOWN;
    }
    if (ts.isCallExpression(e)) return this.call(e, env);
    if (ts.isConditionalExpression(e)) {
      const c = truthy(this.expr(e.condition, env));
      if (c === null) return UNKNOWN;
      return this.expr(c ? e.whenTrue : e.whenFalse, env);
    }
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(e, env);
    if (ts.isPostfixUnaryExpression(e)) {
      const old = this.expr(e.operand, env);
      if (typeof old !== 'number') {
        this.assign(e.operand, UNKNOWN, env);
        return UNKNOWN;
      }
      this.assign(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? old + 1 : old - 1, env);
      return old;
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, env);
    if (ts.isTypeOfExpression(e)) {
      const v = this.expr(e.expression, env);
      return typeof v === 'object' && v !== null ? UNKNOWN : typeof v;
    }
    if (ts.isClassExpression(e)) return this.classValue(e, env);
    if (ts.isNewExpression(e)) {
      const c = this.expr(e.expression, env);
      if (c instanceof Cls) {
        const args = (e.arguments ?? []).map((a) => (ts.isSpreadElement(a) ? UNKNOWN : this.expr(a, env)));
        return this.construct(c, args);
      }
      if (e.arguments) for (const a of e.arguments) this.expr(a, env);
      return UNKNOWN;
    }
    if (ts.isAwaitExpression(e)) return this.expr(e.expression, env);
    return UNKNOWN;
  }

  private propName(n: ts.PropertyName, env: Env): string | null {
    if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) return n.text;
    if (ts.isComputedPropertyName(n)) {
      const v = this.expr(n.expression, env);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
    }
    return null;
  }

  private prefix(e: ts.PrefixUnaryExpression, env: Env): Value {
    if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken) {
      const old = this.expr(e.operand, env);
      const nv = typeof old === 'number' ? (e.operator === ts.SyntaxKind.PlusPlusToken ? old + 1 : old - 1) : UNKNOWN;
      this.assign(e.operand, nv, env);
      return nv;
    }
    const v = this.expr(e.operand, env);
    if (e.operator === ts.SyntaxKind.ExclamationToken) {
      const t = truthy(v);
      return t === null ? UNKNOWN : !t;
    }
    if (typeof v !== 'number') return UNKNOWN;
    if (e.operator === ts.SyntaxKind.MinusToken) return -v;
    if (e.operator === ts.SyntaxKind.PlusToken) return v;
    if (e.operator === ts.SyntaxKind.TildeToken) return ~v;
    return UNKNOWN;
  }

  private binary(e: ts.BinaryExpression, env: Env): Value {
    const op = e.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.EqualsToken) {
      const v = this.expr(e.right, env);
      this.assign(e.left, v, env);
      return v;
    }
    const compound: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
      [K.PlusEqualsToken]: K.PlusToken, [K.MinusEqualsToken]: K.MinusToken, [K.AsteriskEqualsToken]: K.AsteriskToken,
      [K.SlashEqualsToken]: K.SlashToken, [K.PercentEqualsToken]: K.PercentToken,
    };
    if (compound[op] !== undefined) {
      const v = this.arith(compound[op]!, this.expr(e.left, env), this.expr(e.right, env));
      this.assign(e.left, v, env);
      return v;
    }
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken) {
      const l = this.expr(e.left, env);
      if (op === K.QuestionQuestionToken) {
        if (l instanceof Unknown) return UNKNOWN;
        return l === null || l === undefined ? this.expr(e.right, env) : l;
      }
      const t = truthy(l);
      if (t === null) return UNKNOWN;
      if (op === K.AmpersandAmpersandToken) return t ? this.expr(e.right, env) : l;
      return t ? l : this.expr(e.right, env);
    }
    if (op === K.CommaToken) {
      this.expr(e.left, env);
      return this.expr(e.right, env);
    }
    return this.arith(op, this.expr(e.left, env), this.expr(e.right, env));
  }

  private arith(op: ts.SyntaxKind, l: Value, r: Value): Value {
    const K = ts.SyntaxKind;
    const prim = (v: Value): boolean => v === null || v === undefined || ['number', 'string', 'boolean'].includes(typeof v);
    if (op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken || op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken) {
      if (!prim(l) || !prim(r)) return UNKNOWN;
      // eslint-disable-next-line eqeqeq
      const eq = op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken ? l === r : l == r;
      return op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken ? eq : !eq;
    }
    if (op === K.PlusToken && (typeof l === 'string' || typeof r === 'string')) {
      if (!prim(l) || !prim(r)) return UNKNOWN;
      return String(l) + String(r);
    }
    if (typeof l !== 'number' || typeof r !== 'number') return UNKNOWN;
    switch (op) {
      case K.PlusToken: return l + r;
      case K.MinusToken: return l - r;
      case K.AsteriskToken: return l * r;
      case K.SlashToken: return l / r;
      case K.PercentToken: return l % r;
      case K.AsteriskAsteriskToken: return l ** r;
      case K.LessThanToken: return l < r;
      case K.GreaterThanToken: return l > r;
      case K.LessThanEqualsToken: return l <= r;
      case K.GreaterThanEqualsToken: return l >= r;
      case K.AmpersandToken: return l & r;
      case K.BarToken: return l | r;
      case K.LessThanLessThanToken: return l << r;
      case K.GreaterThanGreaterThanToken: return l >> r;
      default: return UNKNOWN;
    }
  }

  private assign(target: ts.Expression, v: Value, env: Env): void {
    if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target) || ts.isAsExpression(target)) return this.assign(target.expression, v, env);
    if (ts.isIdentifier(target)) {
      const b = env.lookup(target.text);
      if (b) b.v = v;
      else this.global.declare(target.text, v);
      return;
    }
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
      const o = this.expr(target.expression, env);
      const k = ts.isPropertyAccessExpression(target) ? target.name.text : this.expr(target.argumentExpression, env);
      if (o instanceof Obj && (typeof k === 'string' || typeof k === 'number')) o.props.set(String(k), v);
      else if (o instanceof Cls && typeof k === 'string') o.statics.set(k, v);
      else if (Array.isArray(o) && typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < MAX_ARRAY) o[k] = v;
      return;
    }
    if (ts.isArrayLiteralExpression(target)) {
      target.elements.forEach((el, i) => this.assign(el, Array.isArray(v) ? v[i] : UNKNOWN, env));
    }
  }

  private member(o: Value, k: string | number): Value {
    if (o instanceof Ns) return new Ns(`${o.path}.${k}`);
    if (Array.isArray(o)) {
      if (k === 'length') return o.length;
      if (typeof k === 'number') return o[k];
      return this.arrayMethod(o, String(k));
    }
    if (typeof o === 'string') {
      if (k === 'length') return o.length;
      if (typeof k === 'number') return o[k];
      return this.stringMethod(o, k);
    }
    if (o instanceof Obj) {
      if (o.props.has(String(k))) return o.props.get(String(k));
      if (o.layer && (k === 'addWeight' || k === 'apply' || k === 'name') && !o.cls?.method(String(k))) {
        return k === 'addWeight' ? this.addWeightFn(o.layer) : this.layerMember(o.layer, String(k));
      }
      const m = o.cls?.method(String(k));
      if (m && ts.isGetAccessorDeclaration(m)) return this.callFn(new Fn(m, this.classEnv(o.cls!), o), []);
      return m ? new Fn(m, this.classEnv(o.cls!), o) : o.cls ? UNKNOWN : undefined;
    }
    if (o instanceof Cls) {
      for (let c: Cls | null = o; c; c = c.base) if (c.statics.has(String(k))) return c.statics.get(String(k));
      const m = o.method(String(k), true);
      return m ? new Fn(m, o.env, undefined) : UNKNOWN;
    }
    if (o instanceof Layer) return this.layerMember(o, String(k));
    if (o instanceof Model) return this.modelMember(o, String(k));
    if (o instanceof Sym && k === 'shape') return o.shape ? [...o.shape] : UNKNOWN;
    if (o instanceof TfVar) {
      if (k === 'name') return o.info.name;
      if (k === 'shape') return o.info.shape ? [...o.info.shape] : UNKNOWN;
      if (k === 'dtype') return o.info.dtype;
      if (k === 'trainable') return o.info.trainable;
    }
    if (o instanceof Tensor) {
      if (k === 'shape') return o.shape ? [...o.shape] : UNKNOWN;
      if (k === 'dtype') return o.dtype;
    }
    return UNKNOWN;
  }

  private stringMethod(s: string, k: string): Value {
    const strArgs = (a: Value[]): boolean => a.every((x) => typeof x === 'string' || typeof x === 'number');
    switch (k) {
      case 'toUpperCase': return new Native(k, () => s.toUpperCase());
      case 'toLowerCase': return new Native(k, () => s.toLowerCase());
      case 'concat': return new Native(k, (a) => (strArgs(a) ? s.concat(...a.map(String)) : UNKNOWN));
      case 'replace': return new Native(k, (a) => (strArgs(a) ? s.replace(String(a[0]), String(a[1])) : UNKNOWN));
      case 'padStart': return new Native(k, (a) => (typeof a[0] === 'number' && a[0] < 1000 ? s.padStart(a[0], typeof a[1] === 'string' ? a[1] : ' ') : UNKNOWN));
      default: return UNKNOWN;
    }
  }

  private arrayMethod(arr: Value[], k: string): Value {
    const fnCall = (f: Value, args: Value[], site: ts.CallExpression): Value => this.callValue(f, args, site);
    switch (k) {
      case 'push': return new Native(k, (a) => {
        if (arr.length + a.length > MAX_ARRAY) return UNKNOWN;
        arr.push(...a);
        return arr.length;
      });
      case 'pop': return new Native(k, () => arr.pop());
      case 'slice': return new Native(k, (a) => (a.every((x) => x === undefined || typeof x === 'number') ? arr.slice(a[0] as number | undefined, a[1] as number | undefined) : UNKNOWN));
      case 'concat': return new Native(k, (a) => arr.concat(...a.map((x) => (Array.isArray(x) ? x : [x]))));
      case 'join': return new Native(k, (a) => (arr.every((x) => typeof x === 'string' || typeof x === 'number') ? arr.join(a[0] === undefined ? ',' : String(a[0])) : UNKNOWN));
      case 'includes': return new Native(k, (a) => arr.includes(a[0]));
      case 'indexOf': return new Native(k, (a) => arr.indexOf(a[0]));
      case 'reverse': return new Native(k, () => arr.reverse());
      case 'forEach': return new Native(k, (a, site) => {
        arr.slice().forEach((x, i) => fnCall(a[0], [x, i, arr], site));
        return undefined;
      });
      case 'map': return new Native(k, (a, site) => arr.slice().map((x, i) => fnCall(a[0], [x, i, arr], site)));
      case 'filter': return new Native(k, (a, site) => {
        const out: Value[] = [];
        for (const [i, x] of arr.slice().entries()) {
          const t = truthy(fnCall(a[0], [x, i, arr], site));
          if (t === null) return UNKNOWN;
          if (t) out.push(x);
        }
        return out;
      });
      case 'reduce': return new Native(k, (a, site) => {
        let acc: Value = a.length > 1 ? a[1] : arr[0];
        for (let i = a.length > 1 ? 0 : 1; i < arr.length; i++) acc = fnCall(a[0], [acc, arr[i], i, arr], site);
        return acc;
      });
      default: return UNKNOWN;
    }
  }

  private mathObject(): Obj {
    const o = new Obj();
    const fns: Record<string, (...x: number[]) => number> = {
      sqrt: Math.sqrt, floor: Math.floor, ceil: Math.ceil, round: Math.round, max: Math.max, min: Math.min, pow: Math.pow,
      abs: Math.abs, log: Math.log, exp: Math.exp, log2: Math.log2, trunc: Math.trunc,
    };
    for (const [k, f] of Object.entries(fns)) o.props.set(k, new Native(k, (a) => (a.every((x) => typeof x === 'number') ? f(...(a as number[])) : UNKNOWN)));
    o.props.set('PI', Math.PI);
    o.props.set('E', Math.E);
    return o;
  }

  // ---- calls

  private call(e: ts.CallExpression, env: Env): Value {
    if (e.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const self = env.lookup('this')?.v;
      const base = env.lookup('%base')?.v;
      const args = e.arguments.map((a) => (ts.isSpreadElement(a) ? UNKNOWN : this.expr(a, env)));
      if (self instanceof Obj && base instanceof Cls) this.initInstance(base, self, args);
      else if (self instanceof Obj && self.cls && !base) this.initCustomLayer(self, args[0]);
      return undefined;
    }
    if (ts.isIdentifier(e.expression) && e.expression.text === 'require' && !env.lookup('require')) {
      const a = e.arguments[0];
      if (a && ts.isStringLiteral(a) && TFJS_MODULES.test(a.text)) {
        this.usesTfjs = true;
        return new Ns('tf');
      }
      return (a && ts.isStringLiteral(a) ? this.requireModule(a.text, e) : null) ?? UNKNOWN;
    }
    const callee = this.expr(e.expression, env);
    const args: Value[] = [];
    for (const a of e.arguments) {
      if (ts.isSpreadElement(a)) {
        const v = this.expr(a.expression, env);
        if (Array.isArray(v)) args.push(...v);
        else args.push(UNKNOWN);
      } else args.push(this.expr(a, env));
    }
    return this.callValue(callee, args, e);
  }

  private callValue(callee: Value, args: Value[], site: ts.CallExpression): Value {
    if (callee instanceof Native) {
      try {
        return callee.call(args, site);
      } catch (e) {
        this.noteRaise(e, site);
        throw e;
      }
    }
    if (callee instanceof Fn) return this.callFn(callee, args);
    if (callee instanceof Ns) {
      const prev = this.site;
      this.site = site;
      try {
        return this.tfCall(callee.path, args, site);
      } catch (e) {
        this.noteRaise(e, site);
        throw e;
      } finally {
        this.site = prev;
      }
    }
    return UNKNOWN;
  }

  private classValue(node: ts.ClassLikeDeclaration, env: Env): Value {
    const ext = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    const base = ext ? this.expr(ext.expression, env) : null;
    const cls = new Cls(node, env, base instanceof Cls ? base : null);
    cls.tfLayer = base instanceof Ns && /^tf\.layers\.Layer$/.test(base.path);
    const senv = new Env(env);
    senv.declare('this', cls);
    for (const m of node.members) {
      if (ts.isPropertyDeclaration(m) && m.initializer && m.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.StaticKeyword)) {
        const k = this.propName(m.name, senv);
        if (k !== null) cls.statics.set(k, this.expr(m.initializer, senv));
      }
    }
    return cls;
  }

  /** The scope a method of `cls` runs in: the class's own, with `%base` for `super(...)`. */
  private classEnv(cls: Cls): Env {
    const env = new Env(cls.env);
    env.declare('%base', cls.base);
    return env;
  }

  /** `super(config)` of a class extending tf.layers.Layer: TF.js's Layer constructor (name from static className). */
  private initCustomLayer(self: Obj, config: Value): void {
    let top: Cls | null = self.cls;
    while (top && !top.tfLayer) top = top.base;
    if (!top || self.layer) return;
    const cfg = this.cfgOf(config);
    let className: Value = UNKNOWN;
    for (let c: Cls | null = self.cls; c && className instanceof Unknown; c = c.base) {
      if (c.statics.has('className')) className = c.statics.get('className');
      else {
        const g = c.node.members.find((m) => ts.isGetAccessorDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === 'className' && m.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.StaticKeyword));
        if (g) className = this.callFn(new Fn(g as ts.GetAccessorDeclaration, c.env, c), []);
      }
    }
    const cls = typeof className === 'string' ? className : (self.cls!.node.name?.text ?? 'Layer');
    const name = typeof cfg.name === 'string' && cfg.name ? cfg.name : this.naming.layerName(cls);
    const layer = new Layer(cls, name, cfg, declaredInput(cls, cfg));
    layer.custom = self;
    self.layer = layer;
  }

  private construct(cls: Cls, args: Value[]): Value {
    this.called.add(cls.node);
    if (this.depth >= MAX_DEPTH) return UNKNOWN;
    const self = new Obj(new Map(), cls);
    this.initInstance(cls, self, args);
    return self;
  }

  /** Runs `cls`'s field initializers and constructor on `self` (the base class's when it has no constructor). */
  private initInstance(cls: Cls, self: Obj, args: Value[]): void {
    if (this.depth >= MAX_DEPTH) return;
    const env = this.classEnv(cls);
    env.declare('this', self);
    for (const m of cls.node.members) {
      if (ts.isPropertyDeclaration(m) && m.initializer && !m.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.StaticKeyword)) {
        const k = this.propName(m.name, env);
        if (k !== null) self.props.set(k, this.expr(m.initializer, env));
      }
    }
    const ctor = cls.node.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
    if (!ctor) {
      if (cls.base) {
        this.depth++;
        try {
          this.initInstance(cls.base, self, args);
        } finally {
          this.depth--;
        }
      }
      return;
    }
    // Parameter properties (`constructor(private units: number)`) become fields.
    ctor.parameters.forEach((p, i) => {
      if (p.modifiers?.some((mo) => [ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword].includes(mo.kind)) && ts.isIdentifier(p.name)) self.props.set(p.name.text, args[i]);
    });
    this.callFn(new Fn(ctor, env, self), args);
  }

  private callFn(f: Fn, args: Value[]): Value {
    this.called.add(f.node);
    if (this.depth >= MAX_DEPTH) return UNKNOWN;
    this.depth++;
    const env = new Env(f.env);
    if (!ts.isArrowFunction(f.node)) env.declare('this', f.thisVal);
    try {
      f.node.parameters.forEach((p, i) => {
        let v: Value = p.dotDotDotToken ? args.slice(i) : args[i];
        if (v === undefined && p.initializer) v = this.expr(p.initializer, env);
        this.bindName(p.name, v, env);
      });
      const body = f.node.body;
      if (!body) return UNKNOWN;
      if (ts.isBlock(body)) {
        try {
          this.block(body.statements, env);
        } catch (e) {
          if (e instanceof ReturnSignal) return e.value;
          if (e instanceof BreakSignal || e instanceof ContinueSignal) return UNKNOWN;
          throw e;
        }
        return undefined;
      }
      return this.expr(body as ts.Expression, env);
    } finally {
      this.depth--;
    }
  }

  // ---------------------------------------------------------------------------------------------- TF.js

  private cfgOf(v: Value): LayerConfig {
    const p = plain(v);
    return p && typeof p === 'object' && !Array.isArray(p) && !(p instanceof Unknown) ? (p as LayerConfig) : {};
  }

  /** The location of the call's callee name (`add` in `model.add(...)`): where V8 puts the call in a stack. */
  private callLoc(site: ts.CallExpression): SourceLocation {
    const c = site.expression;
    return this.loc(ts.isPropertyAccessExpression(c) ? c.name : c);
  }

  private tfCall(path: string, args: Value[], site: ts.CallExpression): Value {
    const p = path.replace(/^tf\./, '');
    if (p.startsWith('layers.')) {
      const cls = LAYER_CLASSES[p.slice(7)];
      if (!cls) return UNKNOWN;
      const cfg = this.cfgOf(args[0]);
      const name = typeof cfg.name === 'string' && cfg.name ? cfg.name : cls === 'InputLayer' ? this.naming.uid('input') : this.naming.layerName(cls);
      return new Layer(cls, name, cfg, declaredInput(cls, cfg));
    }
    if (p.startsWith('initializers.')) {
      const init = initFromFactory(p.slice(13), this.cfgOf(args[0]));
      return init ? new Init(init) : UNKNOWN;
    }
    if (p.startsWith('train.')) {
      this.optimizer(p.slice(6), args, site);
      return new Obj(new Map([['optimizer', p.slice(6)]]));
    }
    switch (p) {
      case 'tidy': {
        const f = typeof args[0] === 'string' ? args[1] : args[0];
        return f instanceof Fn || f instanceof Native ? this.callValue(f, [], site) : UNKNOWN;
      }
      case 'sequential': {
        const cfg = args[0] instanceof Obj ? args[0] : new Obj();
        const nameV = cfg.props.get('name');
        const m = new Model('sequential', typeof nameV === 'string' ? nameV : `sequential_${this.naming.uid('sequential').slice(10)}`);
        const layers = cfg.props.get('layers');
        if (Array.isArray(layers)) for (const l of layers) this.seqAdd(m, l, site);
        return m;
      }
      case 'input': {
        const cfg = this.cfgOf(args[0]);
        const shape = Array.isArray(cfg.shape) ? [null, ...cfg.shape.map((d) => (typeof d === 'number' ? d : null))]
          : Array.isArray(cfg.batchShape) ? cfg.batchShape.map((d) => (typeof d === 'number' ? d : null)) : null;
        const name = typeof cfg.name === 'string' ? cfg.name : this.naming.uid('input');
        const l = new Layer('InputLayer', name, cfg, shape);
        l.built = true;
        l.output = shape;
        return new Sym(shape, l, []);
      }
      case 'model': {
        const cfg = args[0] instanceof Obj ? args[0] : new Obj();
        const outs = cfg.props.get('outputs');
        const nameV = cfg.props.get('name');
        const m = new Model('functional', typeof nameV === 'string' ? nameV : `model${this.naming.uid('model').slice(5)}`);
        const seen = new Set<Layer>();
        const visit = (s: Value): void => {
          if (!(s instanceof Sym)) return;
          for (const i of s.inputs) visit(i);
          if (s.layer && !seen.has(s.layer)) {
            seen.add(s.layer);
            m.layers.push(s.layer);
          }
        };
        for (const o of Array.isArray(outs) ? outs : [outs]) visit(o);
        const dup = duplicateNameMessage(m.layers.map((l) => l.name));
        if (dup) throw new TfjsRaise('RuntimeError', dup);
        return m;
      }
      case 'variable': return this.tfVariable(args, site);
      case 'zeros': case 'ones': return this.tensor(args[0], args[1], { kind: p as 'zeros' | 'ones' });
      case 'fill': return this.tensor(args[0], args[2], { kind: 'constant', value: typeof args[1] === 'number' ? args[1] : null });
      case 'randomNormal': return this.tensor(args[0], args[3], { kind: 'random_normal', mean: this.numArg(args[1], 0), stddev: this.numArg(args[2], 1), seed: this.numArg(args[4], null) });
      case 'truncatedNormal': return this.tensor(args[0], args[3], { kind: 'truncated_normal', mean: this.numArg(args[1], 0), stddev: this.numArg(args[2], 1), seed: this.numArg(args[4], null) });
      case 'randomUniform': return this.tensor(args[0], args[3], { kind: 'random_uniform', minval: this.numArg(args[1], 0), maxval: this.numArg(args[2], 1), seed: this.numArg(args[4], null) });
      case 'scalar': return this.constTensor(args[0], [], args[1]);
      case 'tensor': case 'tensor1d': case 'tensor2d': case 'tensor3d': case 'tensor4d': {
        const shape = Array.isArray(args[1]) ? args[1] : undefined;
        return this.constTensor(args[0], shape, shape ? args[2] : args[1]);
      }
      default: return UNKNOWN;
    }
  }

  private numArg(v: Value, d: number | null): number | null {
    if (v === undefined) return d;
    return typeof v === 'number' ? v : null;
  }

  private shapeOf(v: Value): Dim[] | null {
    if (!Array.isArray(v)) return null;
    return v.map((d) => (typeof d === 'number' && Number.isInteger(d) && d >= 0 ? d : null));
  }

  private tensor(shape: Value, dtype: Value, spec: InitializerSpec): Tensor {
    return new Tensor(this.shapeOf(shape), typeof dtype === 'string' ? dtype : 'float32', { ...spec, api: 'tfjs' });
  }

  private constTensor(values: Value, shape: Value[] | undefined, dtype: Value): Value {
    const p = plain(values);
    const flat: unknown[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else flat.push(x);
    };
    walk(p);
    if (!flat.every((x) => typeof x === 'number' || typeof x === 'boolean')) return new Tensor(shape ? this.shapeOf(shape) : null, typeof dtype === 'string' ? dtype : 'float32', { kind: 'unknown', reason: 'tensor values not known statically' });
    let inferred: Dim[] = [];
    for (let x: unknown = p; Array.isArray(x); x = x[0]) inferred.push(x.length);
    if (shape) inferred = this.shapeOf(shape) ?? inferred;
    const dt = typeof dtype === 'string' ? dtype : flat.some((x) => typeof x === 'boolean') ? 'bool' : 'float32';
    const value = flat.length > 0 && flat.every((x) => x === flat[0]) ? (flat[0] as number) : (p as number[]);
    return new Tensor(inferred, dt, { kind: 'constant', value, api: 'tfjs' });
  }

  private tfVariable(args: Value[], site: ts.CallExpression): Value {
    const t = args[0];
    const trainable = args[1] === undefined ? true : typeof args[1] === 'boolean' ? args[1] : true;
    const nameArg = args[2];
    const name = this.naming.register(typeof nameArg === 'string' ? nameArg : null);
    const dtype = typeof args[3] === 'string' ? args[3] : t instanceof Tensor ? t.dtype : 'float32';
    const info: VariableInfo = {
      name, shape: t instanceof Tensor ? t.shape : null, dtype,
      initializer: t instanceof Tensor ? t.init : { kind: 'unknown', reason: 'initial value not known statically', api: 'tfjs' },
      trainable, location: this.callLoc(site), scope: name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '',
      api: 'tfjs.variable', order: this.variables.length,
    };
    const nameNode = site.arguments[2];
    if (nameNode && (ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode))) info.nameLocation = this.loc(nameNode);
    this.variables.push(info);
    return new TfVar(info);
  }

  /** The scalar variables an optimizer's constructor creates (unnamed: they take the engine's next ids). */
  private optimizer(name: string, args: Value[], site: ts.CallExpression): void {
    for (const o of optimizerVariables(name, args)) {
      const vname = this.naming.register(null);
      this.variables.push({
        name: vname, shape: [], dtype: 'float32', initializer: { kind: 'constant', value: o.value, api: 'tfjs' }, trainable: true,
        location: this.callLoc(site), scope: '', api: `tfjs.train.${name}`, order: this.variables.length,
      });
    }
  }

  /** Builds `layer` on `input` (once): creates its weights with TF.js's names, returns the output shape. */
  private build(layer: Layer, input: Dim[] | null, site: ts.CallExpression): Dim[] | null {
    if (layer.custom) return this.buildCustom(layer, input);
    if (layer.built) {
      const want = layer.expects;
      const got = input ? input[input.length - 1] : null;
      if (typeof want === 'number' && typeof got === 'number' && want !== got) {
        throw new TfjsRaise('ValueError', `Input 0 is incompatible with layer ${layer.name}: expected axis -1 of input shape to have value ${want} but got shape ${String(input)}.`);
      }
      return this.layerOutput(layer, input).output;
    }
    layer.built = true;
    const { weights, output } = this.layerOutput(layer, input);
    layer.expects = expectedLastDim(layer.className, weights);
    const loc = this.callLoc(site);
    for (const w of weights) {
      const name = this.naming.uniqueTensorName(w.scoped ? w.name : `${layer.name}/${w.name}`);
      this.naming.register(name);
      const dtype = typeof layer.cfg.dtype === 'string' ? layer.cfg.dtype : 'float32';
      this.variables.push({
        name, shape: w.shape, dtype, initializer: toSpec(w.init, w.defaulted), trainable: w.trainable, // a frozen layer's (trainable: false) variables stay trainable in TF.js's engine
        location: loc, scope: layer.name, api: 'layer', order: this.variables.length,
      });
    }
    layer.output = output;
    return output;
  }

  /** `this.addWeight(name, shape, dtype?, initializer?, regularizer?, trainable?)` of a custom layer. */
  private addWeightFn(layer: Layer): Native {
    return new Native('addWeight', (a, site) => {
      const wname = typeof a[0] === 'string' ? a[0] : '?';
      const name = this.naming.uniqueTensorName(`${layer.name}/${wname}`);
      this.naming.register(name);
      const init = a[3] instanceof Init ? a[3].init : typeof a[3] === 'string' ? initFromString(a[3]) : null;
      const info: VariableInfo = {
        name, shape: this.shapeOf(a[1]), dtype: typeof a[2] === 'string' ? a[2] : 'float32',
        initializer: init ? toSpec(init) : { kind: 'unknown', reason: 'initializer not known statically', api: 'tfjs' },
        trainable: a[5] === undefined || a[5] === null ? true : a[5] !== false, location: this.callLoc(site), scope: layer.name, api: 'layer',
        order: this.variables.length,
      };
      this.variables.push(info);
      return new TfVar(info);
    });
  }

  /** A custom layer's build: its `build(inputShape)` creates the weights; `computeOutputShape` gives the output. */
  private buildCustom(layer: Layer, input: Dim[] | null): Dim[] | null {
    const self = layer.custom!;
    const call = (m: string): Value => {
      const f = self.cls?.method(m);
      return f ? this.callFn(new Fn(f, this.classEnv(self.cls!), self), [input ? [...input] : UNKNOWN]) : undefined;
    };
    if (!layer.built) {
      layer.built = true;
      call('build');
    }
    const out = self.cls?.method('computeOutputShape') ? call('computeOutputShape') : input;
    if (Array.isArray(out)) return this.shapeOf(out);
    return out === input ? input : null;
  }

  /** Weights (wrapper weights carry their full scoped name) and output shape of `layer` on `input`. */
  private layerOutput(layer: Layer, input: Dim[] | null): { weights: (WeightDef & { scoped?: boolean })[]; output: Dim[] | null } {
    const inner = layer.cfg.layer;
    if (layer.className === 'TimeDistributed') {
      if (!(inner instanceof Layer)) return { weights: [], output: null };
      const r = buildLayer(inner.className, inner.cfg, input && input.length >= 3 ? [input[0]!, ...input.slice(2)] : null);
      inner.built = true;
      return { weights: r.weights, output: input && r.output ? [input[0]!, input[1]!, ...r.output.slice(1)] : null };
    }
    if (layer.className === 'Bidirectional') {
      if (!(inner instanceof Layer)) return { weights: [], output: null };
      const r = buildLayer(inner.className, inner.cfg, input);
      inner.built = true;
      const scoped = (dir: string) => r.weights.map((w) => ({ ...w, name: `${layer.name}/${dir}_${inner.name}/${w.name}`, scoped: true }));
      const mode = layer.cfg.mergeMode === undefined ? 'concat' : layer.cfg.mergeMode;
      let output = r.output;
      if (output && mode === 'concat') {
        const d = output[output.length - 1];
        output = [...output.slice(0, -1), d === null ? null : d * 2];
      } else if (output && !['sum', 'mul', 'ave'].includes(String(mode))) output = null;
      return { weights: [...scoped('forward'), ...scoped('backward')], output };
    }
    return buildLayer(layer.className, layer.cfg, input);
  }

  private seqAdd(m: Model, l0: Value, site: ts.CallExpression): void {
    const l = l0 instanceof Obj && l0.layer ? l0.layer : l0;
    if (!(l instanceof Layer)) {
      m.output = null;
      return;
    }
    if (m.layers.length === 0) {
      if (l.input === undefined) throw new TfjsRaise('ValueError', FIRST_LAYER_NEEDS_INPUT);
      m.layers.push(l);
      m.output = this.build(l, l.input, site);
      return;
    }
    m.layers.push(l);
    m.output = this.build(l, m.output, site);
  }

  private layerMember(l: Layer, k: string): Value {
    if (k === 'name') return l.name;
    if (k === 'apply') {
      return new Native('apply', (a, site) => {
        if (MERGE_LAYERS.has(l.className)) {
          const xs = Array.isArray(a[0]) ? a[0] : [];
          if (!xs.every((x) => x instanceof Sym)) return UNKNOWN;
          l.built = true;
          return new Sym(mergeOutput(l.className, l.cfg, (xs as Sym[]).map((x) => x.shape)), l, xs as Sym[]);
        }
        const x = Array.isArray(a[0]) && a[0].length === 1 ? a[0][0] : a[0];
        if (x instanceof Sym) {
          const out = this.build(l, x.shape, site);
          return new Sym(out, l, [x]);
        }
        if (x instanceof Tensor) {
          this.build(l, x.shape, site);
          return UNKNOWN;
        }
        return UNKNOWN;
      });
    }
    return UNKNOWN;
  }

  private modelMember(m: Model, k: string): Value {
    if (k === 'name') return m.name;
    if (k === 'add' && m.kind === 'sequential') return new Native('add', (a, site) => {
      const prev = this.site;
      this.site = site;
      try {
        this.seqAdd(m, a[0], site);
      } finally {
        this.site = prev;
      }
      return undefined;
    });
    if (k === 'build') return new Native('build', () => undefined);
    if (k === 'compile') return new Native(k, (a, site) => {
      // A string optimizer is made here (tfjs-layers getOptimizer: tf.train.<name>() with its defaults).
      const opt = a[0] instanceof Obj ? a[0].props.get('optimizer') : undefined;
      if (typeof opt === 'string') this.optimizer(opt.toLowerCase(), [], site);
      return undefined;
    });
    if (k === 'summary') return new Native(k, () => undefined);
    if (k === 'layers') return [...m.layers];
    return UNKNOWN;
  }
}
