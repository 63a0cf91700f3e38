// The abstract Python evaluator: executes a program's tree-sitter CST the way a careful reader would
// (constants, containers, formatting, bounded loops, known branches, user functions/classes, workspace
// imports) and hands every TensorFlow/library symbol to `LibraryHooks`. Work is bounded: a step budget,
// loop caps and a recursion limit turn runaway input into diagnostics instead of hangs.

import type { SyntaxNode as Node } from './ast';
import type { Diagnostic, SourceLocation } from '../model';
import {
  bool, dictGet, dictSet, ensureModule, Env, float, int, isNum, lazy, NONE, npResult, npScalar, numOf, pyEquals, pyRepr, pyStr, rangeLen,
  str, strOf, truthy, unknown, type ClassVal, type FuncVal, type ModuleVal, type Value,
} from './values';
import { formatPercent, formatWithSpec, strFormat, withUnknownPieces } from './format';

export const MAX_LOOP_ITERATIONS = 10_000;
export const MAX_CALL_DEPTH = 64;
export const MAX_COLLECTION = 100_000;
export const MAX_EXPR_DEPTH = 400;

export class BreakSignal {}
export class ContinueSignal {}
export class ReturnSignal {
  constructor(readonly value: Value) {}
}
/** A Python exception raised while evaluating (TF errors inside `try`, or explicit `raise`). */
export class PyRaise {
  constructor(readonly type: string, readonly message: string) {}
}
/** The evaluation budget ran out: the program stops with a diagnostic. */
export class BudgetExceeded {
  constructor(readonly reason: string) {}
}

export interface CallSite {
  node: Node;
  file: string;
  /** The assignment target name when the call's result is bound (`W = tf.get_variable(...)`). */
  binding?: { name: string; location: SourceLocation };
}

export interface Args {
  pos: Value[];
  kw: Map<string, Value>;
  /** Argument nodes, for locations (positional then keyword values in source order). */
  posNodes: (Node | null)[];
  kwNodes: Map<string, Node>;
}

/** What the TF layer provides to the evaluator. */
export interface LibraryHooks {
  /** A library module (`import tensorflow as tf`): its value, or undefined when not a known library. */
  importLibrary(dotted: string): Value | undefined;
  getattr(obj: Value, name: string, site: CallSite): Value | undefined;
  call(fn: Value, args: Args, site: CallSite): Value | undefined;
  /** Iterating a library value (e.g. a variable list); undefined when unknown. */
  iterate?(v: Value): Value[] | undefined;
  /** `obj[key]` on library values (tensor slicing); undefined to fall back to the reader's default. */
  subscript?(obj: Value, key: Value): Value | undefined;
  /** Arithmetic involving library values (tensors): undefined to fall back to the reader's default. */
  binop?(op: string, l: Value, r: Value): Value | undefined;
  /** `-x` / `+x` on library values (tensors): undefined to fall back to the reader's default. */
  unop?(op: string, v: Value): Value | undefined;
  /** A user class deriving from a library class (a Keras Layer/Model): the fresh instance to run __init__ on. */
  newInstance?(c: ClassVal, args: Args, site: CallSite): Value | undefined;
}

export interface ModuleLoader {
  /** Resolves and loads a workspace module; undefined when it is not in the workspace. */
  load(dotted: string, level: number, fromFile: string): ModuleVal | undefined;
}

export function loc(node: Node, file: string): SourceLocation {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

interface TryFrame { catches: (type: string) => boolean }

export class Interpreter {
  steps = 0;
  depth = 0;
  readonly diagnostics: Diagnostic[] = [];
  private readonly tryStack: TryFrame[] = [];
  /** Set while evaluating an assignment's right-hand side: the target name for variable bindings. */
  private pendingBinding: { name: string; location: SourceLocation } | undefined;
  private noted = new Set<string>();
  /** `file:offset` of every function body that ran (the library view explores the others). */
  readonly calledDefs = new Set<string>();
  /**
   * Seed streams (TF2's eager op seeds, Python's `random` that Keras draws from) depend on how often code
   * runs. `guessDepth` > 0 while running code the analysis only assumes runs (an undecidable condition's
   * branch, a loop body run once for an unknown count); `risks` counts points after which code the
   * analysis did not run may have drawn (a skipped branch that calls something, a truncated loop, a call
   * not followed), `lastRisk` names the latest. `guessWhere` names the innermost assumed code.
   */
  guessDepth = 0;
  guessWhere = '';
  risks = 0;
  lastRisk = '';

  constructor(
    readonly hooks: LibraryHooks,
    readonly loader: ModuleLoader,
    readonly maxSteps: number,
  ) {}

  // ---------- diagnostics ----------

  /** Runs `f` as code the analysis assumes runs (see `guessDepth`). */
  private guessed<T>(node: Node, what: string, f: () => T): T {
    const saved = this.guessWhere;
    this.guessDepth++;
    this.guessWhere = `${what} (line ${node.startPosition.row + 1})`;
    try {
      return f();
    } finally {
      this.guessDepth--;
      this.guessWhere = saved;
    }
  }

  /** Records that code the analysis did not run may have drawn random seeds (see `risks`). */
  private risk(node: Node, what: string): void {
    this.risks++;
    this.lastRisk = `${what} (line ${node.startPosition.row + 1})`;
  }

  /** Skipped code: a risk when it calls anything beyond harmless builtins. */
  private skipped(nodes: (Node | null | undefined)[], what: string): void {
    for (const n of nodes) if (n && callsSomething(n)) return this.risk(n, what);
  }

  note(node: Node, file: string, code: string, message: string, severity: Diagnostic['severity'] = 'info'): void {
    const key = `${file}:${node.startIndex}:${code}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    const l = loc(node, file);
    this.diagnostics.push({ file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, severity, code, message });
  }

  /** True when a TF error raised now would be caught by an enclosing `try` (so it must unwind). */
  caught(type: string): boolean {
    return this.tryStack.some((f) => f.catches(type));
  }

  private tick(): void {
    if (++this.steps > this.maxSteps) throw new BudgetExceeded(`evaluation budget of ${this.maxSteps} steps exhausted`);
  }

  // ---------- statements ----------

  /** Runs a module's top level; a statement nested too deeply for the JS stack is reported and skipped. */
  execModule(root: Node, mod: ModuleVal): void {
    for (const s of root.namedChildren) {
      if (!s) continue;
      try {
        this.execStmt(s, mod.env, mod);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        this.note(s, mod.file, 'too-deep',
          'This statement nests too deeply to analyse (thousands of levels); it is skipped and the rest of the file is analysed.', 'warning');
        this.risk(s, 'a statement the analysis skipped');
      }
    }
  }

  execBlock(stmts: (Node | null)[], env: Env, mod: ModuleVal): void {
    for (const s of stmts) if (s) this.execStmt(s, env, mod);
  }

  private body(node: Node | null): Node[] {
    if (!node) return [];
    return node.type === 'block' ? (node.namedChildren.filter(Boolean) as Node[]) : [node];
  }

  execStmt(node: Node, env: Env, mod: ModuleVal): void {
    this.tick();
    switch (node.type) {
      case 'expression_statement': {
        for (const c of node.namedChildren) if (c) this.evalStmtExpr(c, env, mod);
        return;
      }
      case 'if_statement': return this.execIf(node, env, mod);
      case 'for_statement': return this.execFor(node, env, mod);
      case 'while_statement': return this.execWhile(node, env, mod);
      case 'with_statement': return this.execWith(node, env, mod);
      case 'function_definition': {
        const name = node.childForFieldName('name')?.text ?? '<fn>';
        env.set(name, this.makeFunction(node, env, mod, name));
        return;
      }
      case 'class_definition': return this.execClass(node, env, mod);
      case 'decorated_definition': {
        const def = node.childForFieldName('definition');
        if (def) this.execStmt(def, env, mod);
        return;
      }
      case 'return_statement': {
        const e = node.namedChildren[0];
        throw new ReturnSignal(e ? this.eval(e, env, mod) : NONE);
      }
      case 'import_statement': return this.execImport(node, env, mod);
      case 'import_from_statement': return this.execImportFrom(node, env, mod);
      case 'future_import_statement': return;
      case 'try_statement': return this.execTry(node, env, mod);
      case 'break_statement': throw new BreakSignal();
      case 'continue_statement': throw new ContinueSignal();
      case 'global_statement': {
        env.globals ??= new Set();
        for (const c of node.namedChildren) if (c?.type === 'identifier') env.globals.add(c.text);
        return;
      }
      case 'raise_statement': {
        const e = node.namedChildren[0];
        let type = 'Exception';
        if (e) {
          const f = e.type === 'call' ? e.childForFieldName('function') : e;
          if (f) type = f.text.split('.').pop() ?? type;
        }
        if (this.caught(type)) throw new PyRaise(type, '');
        return; // an uncaught user raise: the reader keeps going (both paths are shown)
      }
      case 'match_statement':
      case 'pass_statement': case 'assert_statement': case 'delete_statement': case 'nonlocal_statement':
      case 'print_statement': case 'exec_statement': case 'comment': case 'type_alias_statement':
        return;
      case 'ERROR':
        return; // a syntax error: its valid neighbours still run
      default:
        return;
    }
  }

  /** Evaluates an expression statement; assignments bind. */
  private evalStmtExpr(node: Node, env: Env, mod: ModuleVal): void {
    switch (node.type) {
      case 'assignment': {
        const right = node.childForFieldName('right');
        const left = node.childForFieldName('left');
        if (!right || !left) return; // annotation only
        // chained: a = b = value → right is another assignment
        const targets: Node[] = [left];
        let r: Node = right;
        while (r.type === 'assignment' && r.childForFieldName('right')) {
          targets.push(r.childForFieldName('left')!);
          r = r.childForFieldName('right')!;
        }
        const first = targets[0]!;
        const prev = this.pendingBinding;
        this.pendingBinding = first.type === 'identifier' ? { name: first.text, location: loc(first, mod.file) } : undefined;
        let v: Value;
        try {
          v = this.eval(r, env, mod);
        } finally {
          this.pendingBinding = prev;
        }
        for (const t of targets) this.assign(t, v, env, mod);
        return;
      }
      case 'augmented_assignment': {
        const left = node.childForFieldName('left')!;
        const right = node.childForFieldName('right')!;
        const op = node.childForFieldName('operator')?.text.replace('=', '') ?? '+';
        const cur = this.eval(left, env, mod);
        const rv = this.eval(right, env, mod);
        let res = this.binop(op, cur, rv);
        if (op === '+' && cur.t === 'list' && (rv.t === 'list' || rv.t === 'tuple')) {
          cur.items.push(...rv.items);
          res = cur;
        }
        this.assign(left, res, env, mod);
        return;
      }
      default:
        this.eval(node, env, mod);
    }
  }

  consumeBinding(): { name: string; location: SourceLocation } | undefined {
    const b = this.pendingBinding;
    this.pendingBinding = undefined;
    return b;
  }

  assign(target: Node, v: Value, env: Env, mod: ModuleVal): void {
    switch (target.type) {
      case 'identifier':
        env.set(target.text, v);
        return;
      case 'pattern_list': case 'tuple_pattern': case 'list_pattern': case 'tuple': case 'list': case 'expression_list': {
        const targets = target.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
        const items = this.iterate(v, target, mod.file);
        const starIdx = targets.findIndex((t) => t.type === 'list_splat_pattern');
        if (starIdx >= 0 && items) {
          const after = targets.length - starIdx - 1;
          targets.forEach((t, i) => {
            if (i < starIdx) this.assign(t, items[i] ?? unknown(), env, mod);
            else if (i === starIdx) this.assign(t.namedChildren[0]!, { t: 'list', items: items.slice(starIdx, items.length - after) }, env, mod);
            else this.assign(t, items[items.length - (targets.length - i)] ?? unknown(), env, mod);
          });
          return;
        }
        targets.forEach((t, i) => this.assign(t, items && items.length === targets.length ? items[i]! : unknown(), env, mod));
        return;
      }
      case 'parenthesized_expression': {
        const inner = target.namedChildren[0];
        if (inner) this.assign(inner, v, env, mod);
        return;
      }
      case 'attribute': {
        const obj = this.eval(target.childForFieldName('object')!, env, mod);
        const name = target.childForFieldName('attribute')!.text;
        if (obj.t === 'instance') obj.attrs.set(name, v);
        else if (obj.t === 'class') obj.c.attrs.set(name, v);
        else if (obj.t === 'module') obj.m.env.vars.set(name, v);
        return;
      }
      case 'subscript': {
        const obj = this.eval(target.childForFieldName('value')!, env, mod);
        const idxNode = target.childForFieldName('subscript');
        if (!idxNode) return;
        const k = this.eval(idxNode, env, mod);
        if (obj.t === 'dict') dictSet(obj, k, v);
        else if (obj.t === 'list' && k.t === 'int') {
          const i = k.v < 0 ? obj.items.length + k.v : k.v;
          if (i >= 0 && i < obj.items.length) obj.items[i] = v;
        } else if (obj.t === 'instance' && k.t === 'str') obj.attrs.set(k.v, v);
        return;
      }
      default:
        return;
    }
  }

  private execIf(node: Node, env: Env, mod: ModuleVal): void {
    const cond = this.eval(node.childForFieldName('condition')!, env, mod);
    const t = truthy(cond);
    if (t === true) return this.execBlock(this.body(node.childForFieldName('consequence')), env, mod);
    const alternatives = node.childrenForFieldName('alternative').filter((c): c is Node => !!c);
    if (t === undefined) {
      this.note(node.childForFieldName('condition')!, mod.file, 'unknown-condition',
        'This condition cannot be decided without running the program; the analysis assumes it is true.');
      this.skipped(alternatives, 'a branch of an undecidable condition that the analysis skipped');
      return this.guessed(node, 'a branch the analysis assumes runs', () => this.execBlock(this.body(node.childForFieldName('consequence')), env, mod));
    }
    for (const [k, alt] of alternatives.entries()) {
      if (alt.type === 'elif_clause') {
        const c = this.eval(alt.childForFieldName('condition')!, env, mod);
        const ct = truthy(c);
        if (ct === undefined) {
          this.note(alt.childForFieldName('condition')!, mod.file, 'unknown-condition',
            'This condition cannot be decided without running the program; the analysis assumes it is true.');
          this.skipped(alternatives.slice(k + 1), 'a branch of an undecidable condition that the analysis skipped');
          return this.guessed(alt, 'a branch the analysis assumes runs', () => this.execBlock(this.body(alt.childForFieldName('consequence')), env, mod));
        }
        if (ct !== false) return this.execBlock(this.body(alt.childForFieldName('consequence')), env, mod);
      } else if (alt.type === 'else_clause') {
        return this.execBlock(this.body(alt.childForFieldName('body')), env, mod);
      }
    }
  }

  private execFor(node: Node, env: Env, mod: ModuleVal): void {
    const left = node.childForFieldName('left')!;
    const rightNode = node.childForFieldName('right')!;
    const it = this.eval(rightNode, env, mod);
    const body = this.body(node.childForFieldName('body'));
    let items = this.iterate(it, rightNode, mod.file);
    let guess = false;
    if (!items) {
      this.note(rightNode, mod.file, 'unknown-iterable',
        'The loop\'s iterable cannot be evaluated statically; its body is analysed once with unknown values.');
      items = [unknown('loop variable')];
      guess = true;
    }
    let broke = false;
    for (const item of items) {
      this.assign(left, item, env, mod);
      try {
        if (guess) this.guessed(node, 'a loop body run once for an unknown number of iterations', () => this.execBlock(body, env, mod));
        else this.execBlock(body, env, mod);
      } catch (e) {
        if (e instanceof BreakSignal) { broke = true; break; }
        if (e instanceof ContinueSignal) continue;
        throw e;
      }
    }
    if (!broke) {
      const alt = node.childForFieldName('alternative');
      if (alt) this.execBlock(this.body(alt.childForFieldName('body')), env, mod);
    }
  }

  private execWhile(node: Node, env: Env, mod: ModuleVal): void {
    const condNode = node.childForFieldName('condition')!;
    const body = this.body(node.childForFieldName('body'));
    for (let i = 0; ; i++) {
      const c = truthy(this.eval(condNode, env, mod));
      if (c === false) return;
      if (c === undefined) {
        this.note(condNode, mod.file, 'unknown-condition', 'This loop condition cannot be decided statically; the body is analysed once.');
        if (i > 0) return;
      }
      if (i >= MAX_LOOP_ITERATIONS) {
        this.note(condNode, mod.file, 'loop-truncated', `This loop was followed for ${MAX_LOOP_ITERATIONS} iterations only.`, 'warning');
        this.skipped([body[0]?.parent ?? null], 'iterations of a loop the analysis stopped following');
        return;
      }
      try {
        if (c === undefined) this.guessed(node, 'a loop body run once for an unknown number of iterations', () => this.execBlock(body, env, mod));
        else this.execBlock(body, env, mod);
      } catch (e) {
        if (e instanceof BreakSignal) return;
        if (e instanceof ContinueSignal) continue;
        throw e;
      }
      if (c === undefined) return;
    }
  }

  private execWith(node: Node, env: Env, mod: ModuleVal): void {
    const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
    const items = clause ? (clause.namedChildren.filter((c) => c?.type === 'with_item') as Node[]) : [];
    const exits: (() => void)[] = [];
    try {
      for (const item of items) {
        let valueNode = item.childForFieldName('value')!;
        let alias: Node | null = null;
        if (valueNode.type === 'as_pattern') {
          alias = valueNode.childForFieldName('alias');
          valueNode = valueNode.namedChildren[0]!;
          if (alias?.type === 'as_pattern_target') alias = alias.namedChildren[0] ?? null;
        }
        this.withBlock = node;
        const cm = this.eval(valueNode, env, mod);
        this.withBlock = null;
        let entered: Value = unknown();
        if (cm.t === 'ctx') {
          entered = cm.ctx.enter();
          exits.push(() => cm.ctx.exit());
        } else if (cm.t === 'scope') {
          // `with scope_object:` is not valid Python for VariableScope, but keep the value
          entered = cm;
        }
        if (alias) this.assign(alias, entered, env, mod);
      }
      this.execBlock(this.body(node.childForFieldName('body')), env, mod);
    } finally {
      for (let i = exits.length - 1; i >= 0; i--) exits[i]!();
    }
  }

  /** The `with` statement whose context expression is being evaluated (scope ranges for the editor). */
  withBlock: Node | null = null;

  private execTry(node: Node, env: Env, mod: ModuleVal): void {
    const handlers = node.namedChildren.filter((c) => c?.type === 'except_clause' || c?.type === 'except_group_clause') as Node[];
    const types: (string | null)[] = handlers.map((h) => {
      const v = h.namedChildren.find((c) => c && c.type !== 'block' && c.type !== 'comment');
      if (!v) return null;
      const t = v.type === 'as_pattern' ? v.namedChildren[0] : v;
      return t ? t.text : null;
    });
    const catches = (type: string): boolean =>
      types.some((t) => t === null || t === 'Exception' || t === 'BaseException' || (t?.includes(type) ?? false));
    this.tryStack.push({ catches });
    let raised: PyRaise | null = null;
    try {
      this.execBlock(this.body(node.childForFieldName('body')), env, mod);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      raised = e;
    } finally {
      this.tryStack.pop();
    }
    if (raised) {
      const idx = types.findIndex((t) => t === null || t === 'Exception' || t === 'BaseException' || (t?.includes(raised!.type) ?? false));
      const h = handlers[idx];
      if (h) this.execBlock(this.body(h.namedChildren.find((c) => c?.type === 'block') ?? null), env, mod);
    } else {
      const elseC = node.namedChildren.find((c) => c?.type === 'else_clause');
      if (elseC) this.execBlock(this.body(elseC.childForFieldName('body')), env, mod);
    }
    const fin = node.namedChildren.find((c) => c?.type === 'finally_clause');
    if (fin) this.execBlock(this.body(fin.namedChildren.find((c) => c?.type === 'block') ?? null), env, mod);
  }

  private execClass(node: Node, env: Env, mod: ModuleVal): void {
    const name = node.childForFieldName('name')?.text ?? '<class>';
    const bases: Value[] = [];
    const sup = node.childForFieldName('superclasses');
    if (sup) for (const b of sup.namedChildren) if (b && b.type !== 'keyword_argument') bases.push(this.eval(b, env, mod));
    const c: ClassVal = { name, attrs: new Map(), bases, module: mod };
    const classEnv = new Env(env, mod);
    this.execBlock(this.body(node.childForFieldName('body')), classEnv, mod);
    for (const [k, v] of classEnv.vars) {
      if (v.t === 'func') v.f.owner = c;
      c.attrs.set(k, v);
    }
    env.set(name, { t: 'class', c });
  }

  private execImport(node: Node, env: Env, mod: ModuleVal): void {
    for (const n of node.namedChildren) {
      if (!n) continue;
      if (n.type === 'aliased_import') {
        const dotted = n.childForFieldName('name')!.text;
        const alias = n.childForFieldName('alias')!.text;
        env.set(alias, this.importDotted(dotted, mod, node));
      } else if (n.type === 'dotted_name') {
        const dotted = n.text;
        const top = dotted.split('.')[0]!;
        // `import a.b.c` binds `a`; load the full path for its side effects.
        const full = this.importDotted(dotted, mod, node);
        if (top === dotted) env.set(top, full);
        else {
          const topVal = this.importDotted(top, mod, node);
          env.set(top, topVal);
        }
      }
    }
  }

  private importDotted(dotted: string, mod: ModuleVal, node: Node): Value {
    const lib = this.hooks.importLibrary(dotted);
    if (lib) return lib;
    const m = this.loader.load(dotted, 0, mod.file);
    if (m) return { t: 'module', m };
    this.note(node, mod.file, 'unresolved-import', `Module '${dotted}' is neither a known library nor in the workspace; its names are unknown.`);
    return unknown(`module ${dotted}`);
  }

  private execImportFrom(node: Node, env: Env, mod: ModuleVal): void {
    const modNode = node.childForFieldName('module_name')!;
    let level = 0;
    let dotted = '';
    if (modNode.type === 'relative_import') {
      const prefix = modNode.namedChildren.find((c) => c?.type === 'import_prefix');
      level = prefix ? prefix.text.length : 0;
      dotted = modNode.namedChildren.find((c) => c?.type === 'dotted_name')?.text ?? '';
    } else dotted = modNode.text;
    const names = node.childrenForFieldName('name').filter((c): c is Node => !!c);
    const wildcard = node.namedChildren.some((c) => c?.type === 'wildcard_import');
    let base: Value | undefined;
    if (level === 0) base = this.hooks.importLibrary(dotted);
    let m: ModuleVal | undefined;
    if (!base) {
      m = this.loader.load(dotted, level, mod.file);
      if (m) base = { t: 'module', m };
    }
    if (wildcard) {
      if (m) {
        ensureModule(m);
        for (const [k, v] of m.env.vars) if (!k.startsWith('_')) env.set(k, v);
      }
      return;
    }
    if (m && m.ensure) {
      // The module has not run yet: bind each name lazily (it runs when a name is first read).
      for (const n of names) {
        const nameNode = n.type === 'aliased_import' ? n.childForFieldName('name')! : n;
        const alias = n.type === 'aliased_import' ? n.childForFieldName('alias')!.text : nameNode.text;
        const attr = nameNode.text;
        const mm = m;
        env.set(alias, lazy(() => {
          const v = this.getattr({ t: 'module', m: mm }, attr, node, mod.file, true);
          if (v && v.t !== 'unknown') return v;
          const sub = this.loader.load(dotted ? `${dotted}.${attr}` : attr, level, mod.file);
          if (sub) return { t: 'module', m: sub };
          this.note(node, mod.file, 'unresolved-import', `'${attr}' from '${'.'.repeat(level)}${dotted}' could not be resolved; it is unknown.`);
          return unknown(`import ${attr}`);
        }));
      }
      return;
    }
    for (const n of names) {
      const nameNode = n.type === 'aliased_import' ? n.childForFieldName('name')! : n;
      const alias = n.type === 'aliased_import' ? n.childForFieldName('alias')!.text : nameNode.text;
      const attr = nameNode.text;
      let v: Value | undefined;
      if (base && base.t !== 'unknown') {
        v = this.getattr(base, attr, node, mod.file, true);
        if ((!v || v.t === 'unknown') && base.t === 'module') {
          // `from pkg import submodule`
          const sub = this.loader.load(dotted ? `${dotted}.${attr}` : attr, level, mod.file);
          if (sub) v = { t: 'module', m: sub };
        }
      } else if (level > 0 || dotted) {
        const sub = this.loader.load(dotted ? `${dotted}.${attr}` : attr, level, mod.file);
        if (sub) v = { t: 'module', m: sub };
      }
      if (!v) {
        this.note(node, mod.file, 'unresolved-import', `'${attr}' from '${'.'.repeat(level)}${dotted}' could not be resolved; it is unknown.`);
        v = unknown(`import ${attr}`);
      }
      env.set(alias, v);
    }
  }

  makeFunction(node: Node, env: Env, mod: ModuleVal, name: string): Value {
    const defaults = new Map<string, Value>();
    const params = node.childForFieldName('parameters');
    if (params) {
      for (const p of params.namedChildren) {
        if (!p) continue;
        if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
          const pn = p.childForFieldName('name')!.text;
          defaults.set(pn, this.eval(p.childForFieldName('value')!, env, mod));
        }
      }
    }
    const f: FuncVal = { name, node, closure: env, module: mod, defaults, isLambda: node.type === 'lambda' };
    return { t: 'func', f };
  }

  // ---------- calls ----------

  callFunction(fv: FuncVal, args: Args, site: CallSite, self?: Value): Value {
    if (this.depth >= MAX_CALL_DEPTH) {
      this.note(site.node, site.file, 'recursion-limit',
        `Calls nest deeper than ${MAX_CALL_DEPTH} levels here (recursion?); this call is not followed.`, 'warning');
      this.risk(site.node, 'a call the analysis did not follow');
      return unknown('recursion');
    }
    const env = new Env(fv.closure, fv.module);
    const params = fv.node.childForFieldName('parameters');
    const pos = self ? [self, ...args.pos] : [...args.pos];
    const kw = new Map(args.kw);
    let i = 0;
    if (params) {
      for (const p of params.namedChildren) {
        if (!p) continue;
        switch (p.type) {
          case 'identifier': case 'typed_parameter': case 'default_parameter': case 'typed_default_parameter': {
            let pn: string;
            if (p.type === 'identifier') pn = p.text;
            else if (p.type === 'typed_parameter') {
              const inner = p.namedChildren[0]!;
              if (inner.type === 'list_splat_pattern') {
                env.set(inner.namedChildren[0]!.text, { t: 'tuple', items: pos.slice(i) });
                i = pos.length;
                continue;
              }
              if (inner.type === 'dictionary_splat_pattern') {
                const d: Value = { t: 'dict', keys: [], vals: [] };
                for (const [k, v] of kw) dictSet(d, str(k), v);
                kw.clear();
                env.set(inner.namedChildren[0]!.text, d);
                continue;
              }
              pn = inner.text;
            } else pn = p.childForFieldName('name')!.text;
            if (i < pos.length) env.vars.set(pn, pos[i++]!);
            else if (kw.has(pn)) { env.vars.set(pn, kw.get(pn)!); kw.delete(pn); }
            else env.vars.set(pn, fv.defaults.get(pn) ?? unknown(`parameter ${pn}`));
            break;
          }
          case 'list_splat_pattern':
            env.vars.set(p.namedChildren[0]!.text, { t: 'tuple', items: pos.slice(i) });
            i = pos.length;
            break;
          case 'dictionary_splat_pattern': {
            const d: Value = { t: 'dict', keys: [], vals: [] };
            for (const [k, v] of kw) dictSet(d, str(k), v);
            kw.clear();
            env.vars.set(p.namedChildren[0]!.text, d);
            break;
          }
          default:
            break; // keyword_separator, positional_separator
        }
      }
    }
    this.calledDefs.add(`${fv.module.file}:${fv.node.startIndex}`);
    this.frames.push({ fv, self: self ?? pos[0] });
    this.depth++;
    const savedBinding = this.pendingBinding;
    this.pendingBinding = undefined;
    try {
      if (fv.isLambda) return this.eval(fv.node.childForFieldName('body')!, env, fv.module);
      // a @tf.function body is traced into a graph, whose seeds (per-function op numbers, kernels per trace)
      // this evaluation does not model: random ops in it count as code the analysis only assumes
      if (isTfFunction(fv.node)) this.guessed(fv.node, 'a @tf.function traced into a graph', () => this.execBlock(this.body(fv.node.childForFieldName('body')), env, fv.module));
      else this.execBlock(this.body(fv.node.childForFieldName('body')), env, fv.module);
      return NONE;
    } catch (e) {
      if (e instanceof ReturnSignal) return e.value;
      throw e;
    } finally {
      this.depth--;
      this.frames.pop();
      this.pendingBinding = savedBinding;
    }
  }

  /** The `__main__` module (set by the analyzer): `tf.app.run()` without a main calls `__main__.main`. */
  mainModule: ModuleVal | null = null;

  mainModuleValue(name: string): Value | undefined {
    return this.mainModule?.env.vars.get(name);
  }

  /** Active user-function calls (innermost last): `super()` reads the owner class and `self`. */
  private readonly frames: { fv: FuncVal; self: Value | undefined }[] = [];

  /** Calls any callable value. */
  call(fn: Value, args: Args, site: CallSite): Value {
    this.tick();
    switch (fn.t) {
      case 'func': return this.callFunction(fn.f, args, site);
      case 'bound': {
        if (fn.fn.t === 'func') return this.callFunction(fn.fn.f, args, site, fn.self);
        return this.call(fn.fn, { ...args, pos: [fn.self, ...args.pos], posNodes: [null, ...args.posNodes] }, site);
      }
      case 'builtin': return this.callBuiltin(fn.name, args, site);
      case 'class': return this.instantiate(fn.c, args, site);
      case 'instance': {
        const r = this.hooks.call(fn, args, site);
        if (r) return r;
        const dunder = this.findAttrInClass(fn.c, '__call__');
        if (dunder?.t === 'func') return this.callFunction(dunder.f, args, site, fn);
        return unknown('call of instance');
      }
      case 'partial': {
        const kw = new Map(fn.kwargs);
        for (const [k, v] of args.kw) kw.set(k, v);
        return this.call(fn.fn, { pos: [...fn.args, ...args.pos], kw, posNodes: [...fn.args.map(() => null), ...args.posNodes], kwNodes: args.kwNodes }, site);
      }
      default: {
        const r = this.hooks.call(fn, args, site);
        return r ?? unknown('call');
      }
    }
  }

  findAttrInClass(c: ClassVal, name: string, seen = 0): Value | undefined {
    if (seen > 20) return undefined;
    const v = c.attrs.get(name);
    if (v !== undefined) return v;
    for (const b of c.bases) {
      if (b.t === 'class') {
        const r = this.findAttrInClass(b.c, name, seen + 1);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }

  /** The first library base of a class (e.g. tf.keras.layers.Layer), for subclassed layers/models. */
  libraryBase(c: ClassVal, seen = 0): Value | undefined {
    if (seen > 20) return undefined;
    for (const b of c.bases) {
      if (b.t === 'tf') return b;
      if (b.t === 'class') {
        const r = this.libraryBase(b.c, seen + 1);
        if (r) return r;
      }
    }
    return undefined;
  }

  instantiate(c: ClassVal, args: Args, site: CallSite): Value {
    this.calledDefs.add(`class:${c.module.file}:${c.name}`);
    const lib = this.libraryBase(c);
    const inst: Value = (lib && this.hooks.newInstance?.(c, args, site)) || { t: 'instance', c, attrs: new Map() };
    const init = this.findAttrInClass(c, '__init__');
    if (init && init.t === 'func') this.callFunction(init.f, args, site, inst);
    return inst;
  }

  // ---------- expressions ----------

  eval(node: Node, env: Env, mod: ModuleVal): Value {
    this.tick();
    if (this.exprDepth >= MAX_EXPR_DEPTH) {
      this.note(node, mod.file, 'too-deep',
        `This expression nests more than ${MAX_EXPR_DEPTH} levels deep; its value is treated as unknown.`, 'warning');
      return unknown('too deep');
    }
    this.exprDepth++;
    try {
      return this.evalNode(node, env, mod);
    } finally {
      this.exprDepth--;
    }
  }

  private exprDepth = 0;

  private evalNode(node: Node, env: Env, mod: ModuleVal): Value {
    switch (node.type) {
      case 'integer': {
        const t = node.text.replace(/_/g, '').toLowerCase().replace(/l$/, '');
        let v: number;
        if (t.startsWith('0x')) v = parseInt(t.slice(2), 16);
        else if (t.startsWith('0o')) v = parseInt(t.slice(2), 8);
        else if (t.startsWith('0b')) v = parseInt(t.slice(2), 2);
        else v = Number(t);
        return int(v);
      }
      case 'float': {
        const t = node.text.replace(/_/g, '');
        if (/j$/i.test(t)) return unknown('complex');
        return float(Number(t));
      }
      case 'true': return bool(true);
      case 'false': return bool(false);
      case 'none': return NONE;
      case 'ellipsis': return unknown('...');
      case 'string': return this.evalString(node, env, mod);
      case 'concatenated_string': {
        let s = '';
        for (const c of node.namedChildren) {
          if (!c) continue;
          const v = this.evalString(c, env, mod);
          if (v.t !== 'str') return v;
          s += v.v;
        }
        return str(s);
      }
      case 'identifier': {
        const v = env.lookup(node.text);
        if (v !== undefined) return v.t === 'lazy' ? v.force() : v;
        if (BUILTINS.has(node.text)) return { t: 'builtin', name: node.text };
        return unknown(`name ${node.text}`);
      }
      case 'parenthesized_expression': {
        const inner = node.namedChildren.find((c) => c && c.type !== 'comment');
        return inner ? this.eval(inner, env, mod) : NONE;
      }
      case 'tuple': case 'expression_list': return { t: 'tuple', items: this.evalItems(node, env, mod) };
      case 'list': return { t: 'list', items: this.evalItems(node, env, mod) };
      case 'set': return { t: 'list', items: this.evalItems(node, env, mod) };
      case 'dictionary': {
        const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
        for (const p of node.namedChildren) {
          if (!p) continue;
          if (p.type === 'pair') dictSet(d, this.eval(p.childForFieldName('key')!, env, mod), this.eval(p.childForFieldName('value')!, env, mod));
          else if (p.type === 'dictionary_splat') {
            const o = this.eval(p.namedChildren[0]!, env, mod);
            if (o.t === 'dict') o.keys.forEach((k, i) => dictSet(d, k, o.vals[i]!));
          }
        }
        return d;
      }
      case 'attribute': {
        const obj = this.eval(node.childForFieldName('object')!, env, mod);
        return this.getattr(obj, node.childForFieldName('attribute')!.text, node, mod.file) ?? unknown('attribute');
      }
      case 'subscript': return this.evalSubscript(node, env, mod);
      case 'call': return this.evalCall(node, env, mod);
      case 'binary_operator': {
        const l = this.eval(node.childForFieldName('left')!, env, mod);
        const r = this.eval(node.childForFieldName('right')!, env, mod);
        return this.binop(node.childForFieldName('operator')!.text, l, r);
      }
      case 'unary_operator': {
        const v = this.eval(node.childForFieldName('argument')!, env, mod);
        const op = node.childForFieldName('operator')!.text;
        if (isNum(v) && v.np && op === '-') return npScalar(-v.v, v.np);
        if (isNum(v)) return op === '-' ? (v.t === 'int' ? int(-v.v) : float(-v.v)) : op === '~' && v.t === 'int' ? int(~v.v) : v;
        if (v.t === 'bool') return op === '-' ? int(v.v ? -1 : 0) : int(v.v ? 1 : 0);
        if (v.t === 'tensor' || v.t === 'var') return this.hooks.unop?.(op, v) ?? this.tensorLike(v);
        return unknown();
      }
      case 'not_operator': {
        const t = truthy(this.eval(node.childForFieldName('argument')!, env, mod));
        return t === undefined ? unknown() : bool(!t);
      }
      case 'boolean_operator': {
        const l = this.eval(node.childForFieldName('left')!, env, mod);
        const op = node.childForFieldName('operator')!.text;
        const lt = truthy(l);
        if (lt === undefined) {
          const r = this.eval(node.childForFieldName('right')!, env, mod);
          // `x or default` with unknown x: the reader cannot tell
          return op === 'or' && l.t === 'unknown' ? unknown() : op === 'and' && truthy(r) === false ? r : unknown();
        }
        if (op === 'and') return lt ? this.eval(node.childForFieldName('right')!, env, mod) : l;
        return lt ? l : this.eval(node.childForFieldName('right')!, env, mod);
      }
      case 'comparison_operator': return this.evalComparison(node, env, mod);
      case 'conditional_expression': {
        const [a, c, b] = node.namedChildren.filter((x) => x && x.type !== 'comment') as Node[];
        const t = truthy(this.eval(c!, env, mod));
        if (t === undefined) {
          this.note(c!, mod.file, 'unknown-condition', 'This condition cannot be decided statically; the analysis takes the first branch.');
          this.skipped([b], 'the branch of an undecidable condition that the analysis skipped');
          return this.guessed(node, 'a branch the analysis assumes runs', () => this.eval(a!, env, mod));
        }
        return this.eval(t ? a! : b!, env, mod);
      }
      case 'lambda': return this.makeFunction(node, env, mod, '<lambda>');
      case 'list_comprehension': case 'generator_expression': case 'set_comprehension':
        return { t: 'list', items: this.evalComprehension(node, env, mod) };
      case 'dictionary_comprehension': {
        const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
        const pair = node.childForFieldName('body')!;
        this.comprehend(node, env, mod, (e) => {
          dictSet(d, this.eval(pair.childForFieldName('key')!, e, mod), this.eval(pair.childForFieldName('value')!, e, mod));
        });
        return d;
      }
      case 'named_expression': {
        const v = this.eval(node.childForFieldName('value')!, env, mod);
        env.set(node.childForFieldName('name')!.text, v);
        return v;
      }
      case 'await': return this.eval(node.namedChildren[0]!, env, mod);
      case 'keyword_argument': return this.eval(node.childForFieldName('value')!, env, mod);
      default:
        return unknown(node.type);
    }
  }

  private tensorLike(v: Value): Value {
    if (v.t === 'tensor') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
    return { t: 'tensor', shape: null, dtype: null };
  }

  private evalItems(node: Node, env: Env, mod: ModuleVal): Value[] {
    const out: Value[] = [];
    for (const c of node.namedChildren) {
      if (!c || c.type === 'comment') continue;
      if (c.type === 'list_splat' || c.type === 'parenthesized_list_splat') {
        const v = this.eval(c.namedChildren[0]!, env, mod);
        const items = this.iterate(v, c, mod.file);
        if (items) out.push(...items);
        else out.push(unknown());
      } else out.push(this.eval(c, env, mod));
    }
    return out;
  }

  private comprehend(node: Node, env: Env, mod: ModuleVal, each: (e: Env) => void): void {
    const clauses = node.namedChildren.filter((c) => c && (c.type === 'for_in_clause' || c.type === 'if_clause')) as Node[];
    const inner = new Env(env, mod);
    const run = (k: number): void => {
      if (k === clauses.length) return each(inner);
      const cl = clauses[k]!;
      if (cl.type === 'if_clause') {
        if (truthy(this.eval(cl.namedChildren[0]!, inner, mod)) !== false) run(k + 1);
        return;
      }
      const left = cl.childForFieldName('left')!;
      const right = cl.childForFieldName('right')!;
      const items = this.iterate(this.eval(right, inner, mod), right, mod.file) ?? [unknown()];
      for (const it of items) {
        this.assign(left, it, inner, mod);
        run(k + 1);
      }
    };
    run(0);
  }

  private evalComprehension(node: Node, env: Env, mod: ModuleVal): Value[] {
    const body = node.childForFieldName('body')!;
    const out: Value[] = [];
    this.comprehend(node, env, mod, (e) => {
      out.push(this.eval(body, e, mod));
    });
    return out;
  }

  evalString(node: Node, env: Env, mod: ModuleVal): Value {
    if (node.type === 'concatenated_string') return this.eval(node, env, mod);
    const start = node.namedChildren.find((c) => c?.type === 'string_start')?.text ?? '"';
    const prefix = start.replace(/["']/g, '').toLowerCase();
    if (prefix.includes('b')) return unknown('bytes');
    const raw = prefix.includes('r');
    let s = '';
    let partial = false;
    for (const c of node.namedChildren) {
      if (!c) continue;
      switch (c.type) {
        case 'string_content': s += raw ? c.text : unescapePy(c.text); break;
        case 'escape_sequence': s += raw ? c.text : unescapePy(c.text); break;
        case 'interpolation': {
          const expr = c.childForFieldName('expression') ?? c.namedChildren[0];
          if (!expr) break;
          let v = this.eval(expr, env, mod);
          const conv = c.childForFieldName('type_conversion')?.text;
          if (conv === '!r') {
            const r = pyRepr(v);
            v = r === undefined ? unknown() : str(r);
          }
          const specNode = c.childForFieldName('format_specifier');
          let spec = specNode ? specNode.text.replace(/^:/, '') : '';
          if (specNode) {
            // nested replacement fields in the spec
            for (const f of specNode.namedChildren) {
              if (f?.type === 'format_expression' || f?.type === 'interpolation') {
                const inner = f.namedChildren[0];
                const iv = inner ? pyStr(this.eval(inner, env, mod)) : undefined;
                if (iv === undefined) return unknown('f-string');
                spec = spec.replace(f.text, iv);
              }
            }
          }
          let piece = formatWithSpec(v, spec);
          if (piece === undefined) {
            piece = '?';
            partial = true;
          }
          s += piece;
          break;
        }
        default: break;
      }
    }
    return partial ? { t: 'str', v: s, partial: true } : str(s);
  }

  private evalSubscript(node: Node, env: Env, mod: ModuleVal): Value {
    const obj = this.eval(node.childForFieldName('value')!, env, mod);
    const subs = node.childrenForFieldName('subscript').filter((c): c is Node => !!c);
    if (subs.length !== 1) return obj.t === 'tensor' || obj.t === 'var' ? this.tensorLike(obj) : unknown();
    const sn = subs[0]!;
    if (sn.type === 'slice') {
      const parts: (number | undefined)[] = [undefined, undefined, undefined];
      let idx = 0;
      for (const ch of sn.children) {
        if (!ch) continue;
        if (ch.type === ':') { idx++; continue; }
        const v = numOf(this.eval(ch, env, mod));
        parts[idx] = v;
      }
      const seq = obj.t === 'list' || obj.t === 'tuple' ? obj.items : obj.t === 'str' ? [...obj.v].map(str) : null;
      if (!seq) return obj.t === 'tensor' || obj.t === 'var' ? this.tensorLike(obj) : unknown();
      const sliced = pySlice(seq, parts[0], parts[1], parts[2]);
      if (!sliced) return unknown();
      if (obj.t === 'str') return str(sliced.map((x) => (x as { v: string }).v).join(''));
      return { t: obj.t === 'tuple' ? 'tuple' : 'list', items: sliced };
    }
    const k = this.eval(sn, env, mod);
    return this.index(obj, k);
  }

  index(obj: Value, k: Value): Value {
    if (obj.t === 'dict') return dictGet(obj, k) ?? unknown('missing key');
    if ((obj.t === 'list' || obj.t === 'tuple') && (k.t === 'int' || k.t === 'bool')) {
      const n = numOf(k)!;
      const i = n < 0 ? obj.items.length + n : n;
      return obj.items[i] ?? unknown('index out of range');
    }
    if (obj.t === 'str' && k.t === 'int') {
      const i = k.v < 0 ? obj.v.length + k.v : k.v;
      const ch = obj.v[i];
      return ch === undefined ? unknown() : str(ch);
    }
    if (obj.t === 'range' && k.t === 'int') {
      const n = rangeLen(obj);
      const i = k.v < 0 ? n + k.v : k.v;
      return i >= 0 && i < n ? int(obj.start + i * obj.step) : unknown();
    }
    if (obj.t === 'instance') {
      const gi = this.findAttrInClass(obj.c, '__getitem__');
      if (!gi && k.t === 'str') return obj.attrs.get(k.v) ?? unknown();
    }
    if (obj.t === 'tensor' || obj.t === 'var') return this.hooks.subscript?.(obj, k) ?? this.tensorLike(obj);
    return unknown();
  }

  private evalComparison(node: Node, env: Env, mod: ModuleVal): Value {
    const operands = node.namedChildren.filter((c) => c && c.type !== 'comment') as Node[];
    const ops = node.childrenForFieldName('operators').map((o) => o?.text ?? '');
    // tree-sitter gives operators as anonymous children; collect them in order
    const opTexts: string[] = [];
    if (ops.length === 0 || ops.every((o) => !o)) {
      for (const ch of node.children) {
        if (!ch || ch.isNamed) continue;
        const t = ch.text;
        if (t === 'not' || t === 'is') {
          const last = opTexts[opTexts.length - 1];
          if (t === 'not' && last === 'is') { opTexts[opTexts.length - 1] = 'is not'; continue; }
          opTexts.push(t);
        } else if (t === 'in') {
          const last = opTexts[opTexts.length - 1];
          if (last === 'not' && opTexts.length === operands.length - 1) { opTexts[opTexts.length - 1] = 'not in'; continue; }
          opTexts.push(t);
        } else opTexts.push(t);
      }
    } else opTexts.push(...ops);
    let left = this.eval(operands[0]!, env, mod);
    let result: boolean | undefined = true;
    for (let i = 0; i < opTexts.length && i + 1 < operands.length; i++) {
      const right = this.eval(operands[i + 1]!, env, mod);
      const r = compare(opTexts[i]!, left, right);
      if (r === false) return bool(false);
      if (r === undefined) result = undefined;
      left = right;
    }
    return result === undefined ? unknown() : bool(true);
  }

  evalArgs(argList: Node | null, env: Env, mod: ModuleVal): Args {
    const args: Args = { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() };
    if (!argList) return args;
    if (argList.type === 'generator_expression') {
      args.pos.push(this.eval(argList, env, mod));
      args.posNodes.push(argList);
      return args;
    }
    for (const a of argList.namedChildren) {
      if (!a || a.type === 'comment') continue;
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')!.text;
        const vn = a.childForFieldName('value')!;
        args.kw.set(name, this.eval(vn, env, mod));
        args.kwNodes.set(name, vn);
      } else if (a.type === 'list_splat') {
        const v = this.eval(a.namedChildren[0]!, env, mod);
        const items = this.iterate(v, a, mod.file);
        if (items) for (const it of items) { args.pos.push(it); args.posNodes.push(null); }
        else { args.pos.push(unknown('*args')); args.posNodes.push(a); }
      } else if (a.type === 'dictionary_splat') {
        const v = this.eval(a.namedChildren[0]!, env, mod);
        if (v.t === 'dict') v.keys.forEach((k, i) => { if (k.t === 'str') args.kw.set(k.v, v.vals[i]!); });
        else if (v.t === 'instance') for (const [k, val] of v.attrs) args.kw.set(k, val);
      } else {
        args.pos.push(this.eval(a, env, mod));
        args.posNodes.push(a);
      }
    }
    return args;
  }

  private evalCall(node: Node, env: Env, mod: ModuleVal): Value {
    const binding = this.consumeBinding();
    const fnNode = node.childForFieldName('function')!;
    const fn = this.eval(fnNode, env, mod);
    const args = this.evalArgs(node.childForFieldName('arguments'), env, mod);
    const site: CallSite = { node, file: mod.file, binding };
    if (fn.t === 'unknown') return unknown('call of unknown');
    return this.call(fn, args, site);
  }

  // ---------- attributes ----------

  getattr(obj: Value, name: string, node: Node, file: string, quiet = false): Value | undefined {
    switch (obj.t) {
      case 'module': {
        ensureModule(obj.m);
        const v = obj.m.env.vars.get(name);
        if (v !== undefined) return v.t === 'lazy' ? v.force() : v;
        const sub = this.loader.load(`${obj.m.name}.${name}`, 0, obj.m.file);
        if (sub) return { t: 'module', m: sub };
        return quiet ? undefined : unknown(`${obj.m.name}.${name}`);
      }
      case 'class': {
        if (name === '__name__') return str(obj.c.name);
        const v = this.findAttrInClass(obj.c, name);
        if (v !== undefined) return v;
        break;
      }
      case 'super': {
        // The next class after `cls` in the hierarchy of `self`'s class (single inheritance, then bases in order).
        for (const b of obj.cls.bases) {
          if (b.t === 'class') {
            const v = this.findAttrInClass(b.c, name);
            if (v !== undefined) return v.t === 'func' ? { t: 'bound', self: obj.self, fn: v } : v;
          } else if (b.t === 'tf') {
            return this.hooks.getattr({ t: 'super', cls: obj.cls, self: obj.self }, name, { node, file: file }) ?? unknown();
          }
        }
        return unknown('super attribute');
      }
      case 'instance': {
        const own = obj.attrs.get(name);
        if (own !== undefined) return own;
        const cv = this.findAttrInClass(obj.c, name);
        if (cv !== undefined) {
          if (cv.t === 'func') {
            const deco = cv.f.node.parent?.type === 'decorated_definition' ? cv.f.node.parent : null;
            const decos = deco ? deco.namedChildren.filter((c) => c?.type === 'decorator').map((d) => d!.text) : [];
            if (decos.some((d) => d.includes('property'))) {
              return this.callFunction(cv.f, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, { node, file: file }, obj);
            }
            if (decos.some((d) => d.includes('staticmethod'))) return cv;
            if (decos.some((d) => d.includes('classmethod'))) return { t: 'bound', self: { t: 'class', c: obj.c }, fn: cv };
            return { t: 'bound', self: obj, fn: cv };
          }
          return cv;
        }
        break;
      }
      case 'str': case 'list': case 'dict': case 'tuple':
        return { t: 'bound', self: obj, fn: { t: 'builtin', name: `${obj.t}.${name}` } };
      case 'unknown':
        return unknown();
      default:
        break;
    }
    return this.hooks.getattr(obj, name, { node, file: file }) ?? unknown(`attribute ${name}`);
  }

  // ---------- iteration ----------

  iterate(v: Value, node: Node, file: string): Value[] | undefined {
    switch (v.t) {
      case 'list': case 'tuple': return v.items;
      case 'str': return [...v.v].map(str);
      case 'dict': return v.keys;
      case 'range': {
        const n = rangeLen(v);
        if (n > MAX_LOOP_ITERATIONS) {
          this.note(node, file, 'loop-truncated',
            `This loop has ${n.toLocaleString('en-US')} iterations; the analysis follows the first ${MAX_LOOP_ITERATIONS.toLocaleString('en-US')} only.`, 'warning');
          this.risk(node, 'iterations of a loop the analysis stopped following');
        }
        const m = Math.min(n, MAX_LOOP_ITERATIONS);
        const out: Value[] = new Array(m);
        for (let i = 0; i < m; i++) out[i] = int(v.start + i * v.step);
        return out;
      }
      case 'instance': return undefined;
      default: return this.hooks.iterate?.(v);
    }
  }

  // ---------- operators ----------

  binop(op: string, l: Value, r: Value): Value {
    if (isNum(l) || l.t === 'bool') {
      if (isNum(r) || r.t === 'bool') return arith(op, l, r);
    }
    if (l.t === 'str' && r.t === 'str' && op === '+') return l.partial || r.partial ? { t: 'str', v: l.v + r.v, partial: true } : str(l.v + r.v);
    if (op === '+' && ((l.t === 'str' && r.t === 'unknown') || (l.t === 'unknown' && r.t === 'str'))) {
      return { t: 'str', v: (l.t === 'str' ? l.v : '?') + (r.t === 'str' ? r.v : '?'), partial: true };
    }
    if (l.t === 'str' && op === '%') {
      const args = r.t === 'tuple' ? r.items : [r];
      const s = formatPercent(l.v, args, r.t === 'dict' ? r : undefined);
      if (s !== undefined) return str(s);
      const p = withUnknownPieces(() => formatPercent(l.v, args, r.t === 'dict' ? r : undefined));
      return p.value === undefined ? unknown('% format') : { t: 'str', v: p.value, partial: true };
    }
    if (l.t === 'str' && r.t === 'int' && op === '*') return r.v * l.v.length > MAX_COLLECTION ? unknown() : str(l.v.repeat(Math.max(0, r.v)));
    if ((l.t === 'list' || l.t === 'tuple') && op === '+' && r.t === l.t) return { t: l.t, items: [...l.items, ...r.items] };
    if ((l.t === 'list' || l.t === 'tuple') && op === '*' && r.t === 'int') {
      if (l.items.length * r.v > MAX_COLLECTION) return unknown('list too large');
      const items: Value[] = [];
      for (let i = 0; i < r.v; i++) items.push(...l.items);
      return { t: l.t, items };
    }
    if (l.t === 'tensor' || l.t === 'var' || r.t === 'tensor' || r.t === 'var') {
      return this.hooks.binop?.(op, l, r) ?? { t: 'tensor', shape: null, dtype: l.t === 'tensor' ? l.dtype : r.t === 'tensor' ? r.dtype : null };
    }
    return unknown();
  }

  // ---------- builtins ----------

  private callBuiltin(name: string, args: Args, site: CallSite): Value {
    const a = args.pos;
    const self = a[0];
    if (name.includes('.')) return this.callMethod(name, args, site);
    switch (name) {
      case 'range': {
        const ns = a.map(numOf);
        if (ns.some((n) => n === undefined) || a.length === 0) return unknown('range');
        const [start, stop, step] = a.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
        if (step === 0) return unknown('range step 0');
        return { t: 'range', start, stop, step };
      }
      case 'len': {
        if (!self) return unknown();
        if (self.t === 'list' || self.t === 'tuple') return int(self.items.length);
        if (self.t === 'str') return int(self.v.length);
        if (self.t === 'dict') return int(self.keys.length);
        if (self.t === 'range') return int(rangeLen(self));
        if (self.t === 'tensor' && self.shape && self.shape[0] != null) return int(self.shape[0]);
        return unknown();
      }
      case 'enumerate': {
        const items = self ? this.iterate(self, site.node, site.file) : undefined;
        if (!items) return unknown();
        const start = numOf(a[1] ?? args.kw.get('start')) ?? 0;
        return { t: 'list', items: items.map((v, i) => ({ t: 'tuple', items: [int(i + start), v] })) };
      }
      case 'zip': {
        const lists = a.map((x) => this.iterate(x, site.node, site.file));
        if (lists.some((l) => !l)) return unknown();
        const n = Math.min(...lists.map((l) => l!.length));
        const items: Value[] = [];
        for (let i = 0; i < n; i++) items.push({ t: 'tuple', items: lists.map((l) => l![i]!) });
        return { t: 'list', items };
      }
      case 'reversed': {
        const items = self ? this.iterate(self, site.node, site.file) : undefined;
        return items ? { t: 'list', items: [...items].reverse() } : unknown();
      }
      case 'sorted': {
        const items = self ? this.iterate(self, site.node, site.file) : undefined;
        if (!items) return unknown();
        if (items.every((x) => isNum(x))) return { t: 'list', items: [...items].sort((x, y) => numOf(x)! - numOf(y)!) };
        if (items.every((x) => x.t === 'str')) return { t: 'list', items: [...items].sort((x, y) => (strOf(x)! < strOf(y)! ? -1 : strOf(x)! > strOf(y)! ? 1 : 0)) };
        return unknown();
      }
      case 'list': case 'tuple': case 'set': case 'frozenset': {
        if (!self) return { t: name === 'tuple' ? 'tuple' : 'list', items: [] };
        const items = this.iterate(self, site.node, site.file);
        return items ? { t: name === 'tuple' ? 'tuple' : 'list', items: [...items] } : unknown();
      }
      case 'dict': {
        const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
        if (self?.t === 'dict') self.keys.forEach((k, i) => dictSet(d, k, self.vals[i]!));
        else if (self) {
          const items = this.iterate(self, site.node, site.file);
          for (const it of items ?? []) if (it.t === 'tuple' || it.t === 'list') dictSet(d, it.items[0]!, it.items[1]!);
        }
        for (const [k, v] of args.kw) dictSet(d, str(k), v);
        return d;
      }
      case 'str': {
        if (!self) return str('');
        const s = pyStr(self);
        return s === undefined ? unknown() : str(s);
      }
      case 'repr': {
        const s = self ? pyRepr(self) : undefined;
        return s === undefined ? unknown() : str(s);
      }
      case 'int': {
        if (!self) return int(0);
        if (self.t === 'str') {
          const base = numOf(a[1]) ?? 10;
          const n = parseInt(self.v.trim(), base);
          return Number.isNaN(n) ? unknown() : int(n);
        }
        const n = numOf(self);
        return n === undefined ? unknown() : int(Math.trunc(n));
      }
      case 'float': {
        if (!self) return float(0);
        if (self.t === 'str') {
          const n = Number(self.v.trim());
          return Number.isNaN(n) ? unknown() : float(n);
        }
        const n = numOf(self);
        return n === undefined ? unknown() : float(n);
      }
      case 'bool': {
        if (!self) return bool(false);
        const t = truthy(self);
        return t === undefined ? unknown() : bool(t);
      }
      case 'abs': { const n = numOf(self); return n === undefined ? unknown() : self!.t === 'float' ? float(Math.abs(n)) : int(Math.abs(n)); }
      case 'round': {
        const n = numOf(self);
        if (n === undefined) return unknown();
        const nd = numOf(a[1]);
        if (nd === undefined) return int(roundHalfEven(n));
        const f = 10 ** nd;
        return float(roundHalfEven(n * f) / f);
      }
      case 'min': case 'max': {
        const items = a.length === 1 ? this.iterate(a[0]!, site.node, site.file) : a;
        if (!items || items.length === 0) return unknown();
        if (!items.every((x) => isNum(x) || x.t === 'bool')) return unknown();
        let best = items[0]!;
        for (const x of items) if (name === 'min' ? numOf(x)! < numOf(best)! : numOf(x)! > numOf(best)!) best = x;
        return best;
      }
      case 'sum': {
        const items = self ? this.iterate(self, site.node, site.file) : undefined;
        if (!items) return unknown();
        let acc: Value = a[1] ?? int(0);
        for (const x of items) acc = this.binop('+', acc, x);
        return acc;
      }
      case 'any': case 'all': {
        const items = self ? this.iterate(self, site.node, site.file) : undefined;
        if (!items) return unknown();
        const ts = items.map(truthy);
        if (name === 'any') return ts.some((t) => t === true) ? bool(true) : ts.some((t) => t === undefined) ? unknown() : bool(false);
        return ts.some((t) => t === false) ? bool(false) : ts.some((t) => t === undefined) ? unknown() : bool(true);
      }
      case 'map': {
        const items = a[1] ? this.iterate(a[1], site.node, site.file) : undefined;
        if (!items || !self) return unknown();
        return { t: 'list', items: items.map((x) => this.call(self, { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site)) };
      }
      case 'filter': {
        const items = a[1] ? this.iterate(a[1], site.node, site.file) : undefined;
        if (!items || !self) return unknown();
        if (self.t === 'none') return { t: 'list', items: items.filter((x) => truthy(x) === true) };
        return { t: 'list', items: items.filter((x) => truthy(this.call(self, { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site)) === true) };
      }
      case 'isinstance': {
        const [v, cls] = a;
        if (!v || !cls) return unknown();
        const names = (cls.t === 'tuple' ? cls.items : [cls]).map((c) => (c.t === 'builtin' ? c.name : c.t === 'class' ? c.c.name : '?'));
        const tn: Record<string, string> = { int: 'int', float: 'float', str: 'str', list: 'list', tuple: 'tuple', dict: 'dict', bool: 'bool' };
        if (v.t in tn) return bool(names.includes(tn[v.t]!) || (v.t === 'bool' && names.includes('int')));
        if (v.t === 'instance') return bool(names.includes(v.c.name));
        if (v.t === 'none') return bool(false);
        return unknown();
      }
      case 'getattr': {
        const [o, n, d] = a;
        if (!o || n?.t !== 'str') return unknown();
        const r = this.getattr(o, n.v, site.node, site.file, true);
        return r && r.t !== 'unknown' ? r : d ?? unknown();
      }
      case 'hasattr': {
        const [o, n] = a;
        if (o?.t === 'instance' && n?.t === 'str') return bool(o.attrs.has(n.v) || this.findAttrInClass(o.c, n.v) !== undefined);
        return unknown();
      }
      case 'setattr': {
        const [o, n, v] = a;
        if (o?.t === 'instance' && n?.t === 'str' && v) o.attrs.set(n.v, v);
        return NONE;
      }
      case 'format': {
        const s = self ? formatWithSpec(self, strOf(a[1]) ?? '') : undefined;
        return s === undefined ? unknown() : str(s);
      }
      case 'type': {
        if (a.length !== 1 || !self) return unknown('type');
        if (self.t === 'instance') return { t: 'class', c: self.c };
        const names: Record<string, string> = { int: 'int', float: 'float', str: 'str', list: 'list', tuple: 'tuple', dict: 'dict', bool: 'bool' };
        return names[self.t] ? { t: 'builtin', name: names[self.t]! } : unknown('type');
      }
      case 'print': case 'exit': case 'quit': case 'input': case 'open': case 'id': case 'hash': case 'vars': case 'locals': case 'globals':
        return unknown(name);
      case 'super': {
        let cls: Value | undefined = a[0];
        let obj: Value | undefined = a[1];
        if (!cls) {
          const f = this.frames[this.frames.length - 1];
          if (f?.fv.owner) { cls = { t: 'class', c: f.fv.owner }; obj = f.self; }
        }
        return cls?.t === 'class' && obj ? { t: 'super', cls: cls.c, self: obj } : unknown('super');
      }
      case 'object': return unknown('object');
      case 'divmod': {
        const x = numOf(a[0]), y = numOf(a[1]);
        if (x === undefined || y === undefined || y === 0) return unknown();
        return { t: 'tuple', items: [arith('//', a[0]!, a[1]!), arith('%', a[0]!, a[1]!)] };
      }
      case 'pow': return a[0] && a[1] ? arith('**', a[0], a[1]) : unknown();
      case 'chr': { const n = numOf(self); return n === undefined ? unknown() : str(String.fromCodePoint(n)); }
      case 'ord': { const s = strOf(self); return s ? int(s.codePointAt(0)!) : unknown(); }
      default: return unknown(name);
    }
  }


  private callMethod(name: string, args: Args, site: CallSite): Value {
    const [self, ...a] = args.pos;
    if (!self) return unknown();
    const method = name.slice(name.indexOf('.') + 1);
    if (self.t === 'str') {
      const s = self.v;
      switch (method) {
        case 'format': {
          const r = strFormat(s, a, args.kw);
          if (r !== undefined) return str(r);
          const p = withUnknownPieces(() => strFormat(s, a, args.kw));
          return p.value === undefined ? unknown('format') : { t: 'str', v: p.value, partial: true };
        }
        case 'join': {
          const items = a[0] ? this.iterate(a[0], site.node, site.file) : undefined;
          if (!items || !items.every((x) => x.t === 'str')) return unknown();
          return str(items.map((x) => (x as { v: string }).v).join(s));
        }
        case 'upper': return str(s.toUpperCase());
        case 'lower': return str(s.toLowerCase());
        case 'strip': case 'lstrip': case 'rstrip': {
          const chars = strOf(a[0]);
          if (chars === undefined) return str(method === 'strip' ? s.trim() : method === 'lstrip' ? s.trimStart() : s.trimEnd());
          let b = 0, e = s.length;
          if (method !== 'rstrip') while (b < e && chars.includes(s[b]!)) b++;
          if (method !== 'lstrip') while (e > b && chars.includes(s[e - 1]!)) e--;
          return str(s.slice(b, e));
        }
        case 'replace': {
          const x = strOf(a[0]), y = strOf(a[1]);
          return x === undefined || y === undefined ? unknown() : str(s.split(x).join(y));
        }
        case 'split': {
          const sep = strOf(a[0]);
          const parts = sep === undefined ? s.trim().split(/\s+/).filter(Boolean) : s.split(sep);
          return { t: 'list', items: parts.map(str) };
        }
        case 'rsplit': {
          const sep = strOf(a[0]);
          const max = numOf(a[1]);
          if (sep === undefined) return unknown();
          let parts = s.split(sep);
          if (max !== undefined && max >= 0 && parts.length > max + 1) parts = [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
          return { t: 'list', items: parts.map(str) };
        }
        case 'startswith': case 'endswith': {
          const p = a[0];
          const opts = p?.t === 'tuple' ? p.items.map(strOf) : [strOf(p)];
          if (opts.some((o) => o === undefined)) return unknown();
          return bool(opts.some((o) => (method === 'startswith' ? s.startsWith(o!) : s.endsWith(o!))));
        }
        case 'capitalize': return str(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase());
        case 'title': return str(s.replace(/\w\S*/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
        case 'zfill': { const n = numOf(a[0]); return n === undefined ? unknown() : str(s.padStart(n, '0')); }
        case 'find': case 'index': { const x = strOf(a[0]); return x === undefined ? unknown() : int(s.indexOf(x)); }
        case 'count': { const x = strOf(a[0]); return x === undefined ? unknown() : int(x ? s.split(x).length - 1 : s.length + 1); }
        case 'isdigit': return bool(/^\d+$/.test(s));
        case 'encode': case 'decode': return self;
        default: return unknown(`str.${method}`);
      }
    }
    if (self.t === 'list' || self.t === 'tuple') {
      switch (method) {
        case 'append': if (self.t === 'list' && self.items.length < MAX_COLLECTION) self.items.push(a[0] ?? unknown()); return NONE;
        case 'extend': {
          const items = a[0] ? this.iterate(a[0], site.node, site.file) : undefined;
          if (self.t === 'list' && items) self.items.push(...items);
          return NONE;
        }
        case 'insert': {
          const i = numOf(a[0]);
          if (self.t === 'list' && i !== undefined) self.items.splice(i, 0, a[1] ?? unknown());
          return NONE;
        }
        case 'pop': {
          if (self.t !== 'list' || self.items.length === 0) return unknown();
          const i = numOf(a[0]);
          if (i === undefined) return self.items.pop()!;
          return self.items.splice(i < 0 ? self.items.length + i : i, 1)[0] ?? unknown();
        }
        case 'index': {
          const i = self.items.findIndex((x) => pyEquals(x, a[0] ?? NONE) === true);
          return i >= 0 ? int(i) : unknown();
        }
        case 'count': return int(self.items.filter((x) => pyEquals(x, a[0] ?? NONE) === true).length);
        case 'copy': case 'as_list': return { t: 'list', items: [...self.items] };
        case 'reverse': if (self.t === 'list') self.items.reverse(); return NONE;
        case 'sort': return NONE;
        default: return unknown();
      }
    }
    if (self.t === 'dict') {
      switch (method) {
        case 'get': return dictGet(self, a[0] ?? NONE) ?? a[1] ?? NONE;
        case 'items': return { t: 'list', items: self.keys.map((k, i) => ({ t: 'tuple', items: [k, self.vals[i]!] })) };
        case 'keys': return { t: 'list', items: [...self.keys] };
        case 'values': return { t: 'list', items: [...self.vals] };
        case 'update': {
          if (a[0]?.t === 'dict') a[0].keys.forEach((k, i) => dictSet(self, k, (a[0] as { vals: Value[] }).vals[i]!));
          for (const [k, v] of args.kw) dictSet(self, str(k), v);
          return NONE;
        }
        case 'setdefault': {
          const cur = dictGet(self, a[0] ?? NONE);
          if (cur !== undefined) return cur;
          dictSet(self, a[0] ?? NONE, a[1] ?? NONE);
          return a[1] ?? NONE;
        }
        case 'pop': {
          const k = a[0] ?? NONE;
          const i = self.keys.findIndex((x) => pyEquals(x, k) === true);
          if (i < 0) return a[1] ?? unknown();
          const v = self.vals[i]!;
          self.keys.splice(i, 1);
          self.vals.splice(i, 1);
          return v;
        }
        case 'copy': return { t: 'dict', keys: [...self.keys], vals: [...self.vals] };
        default: return unknown();
      }
    }
    return unknown();
  }
}

export const BUILTINS = new Set([
  'range', 'len', 'enumerate', 'zip', 'reversed', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict', 'str', 'repr',
  'int', 'float', 'bool', 'abs', 'round', 'min', 'max', 'sum', 'any', 'all', 'map', 'filter', 'isinstance', 'getattr',
  'hasattr', 'setattr', 'format', 'print', 'super', 'object', 'divmod', 'pow', 'chr', 'ord', 'type', 'id', 'hash',
  'open', 'input', 'exit', 'quit', 'vars', 'locals', 'globals',
]);

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function pySlice<T>(seq: T[], start?: number, stop?: number, step?: number): T[] | undefined {
  const n = seq.length;
  const st = step ?? 1;
  if (st === 0) return undefined;
  const norm = (v: number | undefined, d: number): number => (v === undefined ? d : v < 0 ? Math.max(n + v, st < 0 ? -1 : 0) : Math.min(v, st < 0 ? n - 1 : n));
  const b = norm(start, st > 0 ? 0 : n - 1);
  const e = norm(stop, st > 0 ? n : -1);
  const out: T[] = [];
  if (st > 0) for (let i = b; i < e; i += st) out.push(seq[i]!);
  else for (let i = b; i > e; i += st) out.push(seq[i]!);
  return out;
}

function arith(op: string, l: Value, r: Value): Value {
  const res = pyArith(op, l, r);
  // NumPy scalars stay NumPy scalars, of the promoted dtype
  const ln = l.t === 'int' || l.t === 'float' ? l.np : undefined;
  const rn = r.t === 'int' || r.t === 'float' ? r.np : undefined;
  if ((ln || rn) && (res.t === 'int' || res.t === 'float')) {
    const np = npResult(ln, rn, res.t === 'float');
    if (np) return npScalar(res.v, np);
  }
  return res;
}

function pyArith(op: string, l: Value, r: Value): Value {
  const a = numOf(l)!;
  const b = numOf(r)!;
  const bothInt = (l.t === 'int' || l.t === 'bool') && (r.t === 'int' || r.t === 'bool');
  switch (op) {
    case '+': return bothInt ? int(a + b) : float(a + b);
    case '-': return bothInt ? int(a - b) : float(a - b);
    case '*': return bothInt ? int(a * b) : float(a * b);
    case '/': return b === 0 ? unknown('ZeroDivisionError') : float(a / b);
    case '//': {
      if (b === 0) return unknown('ZeroDivisionError');
      const q = Math.floor(a / b);
      return bothInt ? int(q) : float(q);
    }
    case '%': {
      if (b === 0) return unknown('ZeroDivisionError');
      const m = a - b * Math.floor(a / b);
      return bothInt ? int(m) : float(m);
    }
    case '**': {
      const p = a ** b;
      if (bothInt && b >= 0) return Number.isSafeInteger(p) ? int(p) : Number.isFinite(p) ? float(p) : unknown('overflow');
      return float(p);
    }
    case '<<': return bothInt ? int(a * 2 ** b) : unknown();
    case '>>': return bothInt ? int(Math.floor(a / 2 ** b)) : unknown();
    case '&': return bothInt ? int(a & b) : unknown();
    case '|': return bothInt ? int(a | b) : unknown();
    case '^': return bothInt ? int(a ^ b) : unknown();
    case '@': return unknown();
    default: return unknown();
  }
}

function compare(op: string, l: Value, r: Value): boolean | undefined {
  switch (op) {
    case '==': return pyEquals(l, r);
    case '!=': { const e = pyEquals(l, r); return e === undefined ? undefined : !e; }
    case 'is': {
      if (r.t === 'none' || l.t === 'none') return l.t === 'unknown' || r.t === 'unknown' ? undefined : l.t === r.t;
      if (l.t === 'bool' && r.t === 'bool') return l.v === r.v;
      return l === r ? true : undefined;
    }
    case 'is not': { const e = compare('is', l, r); return e === undefined ? undefined : !e; }
    case 'in': case 'not in': {
      let res: boolean | undefined;
      if (r.t === 'list' || r.t === 'tuple') {
        res = false;
        for (const x of r.items) {
          const e = pyEquals(l, x);
          if (e === true) { res = true; break; }
          if (e === undefined) res = undefined;
        }
      } else if (r.t === 'dict') res = dictGet(r, l) !== undefined ? true : r.keys.every((k) => pyEquals(k, l) === false) ? false : undefined;
      else if (r.t === 'str' && l.t === 'str') res = r.v.includes(l.v);
      if (res === undefined) return undefined;
      return op === 'in' ? res : !res;
    }
    default: {
      const a = numOf(l), b = numOf(r);
      if (a !== undefined && b !== undefined) {
        switch (op) {
          case '<': return a < b;
          case '<=': return a <= b;
          case '>': return a > b;
          case '>=': return a >= b;
        }
      }
      if (l.t === 'str' && r.t === 'str') {
        switch (op) {
          case '<': return l.v < r.v;
          case '<=': return l.v <= r.v;
          case '>': return l.v > r.v;
          case '>=': return l.v >= r.v;
        }
      }
      return undefined;
    }
  }
}

export function unescapePy(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|.|\n)/g, (_m, e: string) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '\\': return '\\';
      case "'": return "'";
      case '"': return '"';
      case '\n': return '';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'x': case 'u': case 'U': return String.fromCodePoint(parseInt(e.slice(1), 16));
      case 'N': return '?';
      default:
        if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
        return `\\${e}`;
    }
  });
}

/** True when the function definition `def` is decorated with `tf.function` (or `function`). */
function isTfFunction(def: Node): boolean {
  const deco = def.parent?.type === 'decorated_definition' ? def.parent : null;
  return !!deco && deco.namedChildren.some((c) => c?.type === 'decorator' && /^@\s*(\w+\.)*function\b/.test(c.text));
}

/** Calls that cannot draw random seeds: Python builtins that only compute or print. */
const HARMLESS_CALLS = new Set([
  'print', 'len', 'int', 'float', 'str', 'bool', 'range', 'min', 'max', 'abs', 'round', 'sum', 'isinstance', 'hasattr',
  'getattr', 'type', 'repr', 'format', 'list', 'dict', 'tuple', 'set', 'sorted', 'reversed', 'enumerate', 'zip', 'any', 'all',
]);

/** True when `node` contains a call other than harmless builtins (it might run a random op). */
function callsSomething(node: Node, budget = { n: 20_000 }): boolean {
  if (--budget.n < 0) return true;
  if (node.type === 'call') {
    const f = node.childForFieldName('function');
    if (!f || f.type !== 'identifier' || !HARMLESS_CALLS.has(f.text)) return true;
  }
  for (const c of node.namedChildren) if (c && callsSomething(c, budget)) return true;
  return false;
}
