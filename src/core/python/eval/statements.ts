// Python statements: one handler per statement type (a dispatch table), covering control flow the way a
// careful reader follows it — known branches only, undecidable ones assumed true (noted, seed risk recorded),
// loops bounded by MAX_LOOP_ITERATIONS, `try` handlers that catch the library's raises. Unlisted types are no-ops.

import { MAX_LOOP_ITERATIONS } from '../../frontend/budgets';
import { isTrivia, type SyntaxNode as Node } from '../ast';
import { NONE, truthy, unknown, type Env, type ModuleVal, type Value } from '../values';
import { execAssignment, execAugmentedAssignment } from './assign';
import { execClass } from './classes';
import { execImport, execImportFrom } from './imports';
import { loopCount, loopTargetValue } from './symbols';
import { filledNames, forgetFilled } from './loopFills';
import type { Machine } from './machine';
import { BreakSignal, ContinueSignal, PyRaise, ReturnSignal } from './protocol';
import { body } from './syntax';
import { largeFillLoop } from './largeLoops';

type StmtHandler = (m: Machine, node: Node, env: Env, mod: ModuleVal) => void;

/** Runs a module's top level; a statement nested too deeply for the JS stack is reported and skipped. */
export function execModule(m: Machine, root: Node, mod: ModuleVal): void {
  for (const s of root.namedChildren) {
    if (!s) continue;
    try {
      m.execStmt(s, mod.env, mod);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      m.note(s, mod.file, 'too-deep',
        'This statement nests too deeply to analyse (thousands of levels); it is skipped and the rest of the file is analysed.', 'warning');
      m.risk(s, 'a statement the analysis skipped');
    }
  }
}

/** Executes one statement without counting a step (the caller counted it). */
export function execStatement(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  STATEMENTS.get(node.type)?.(m, node, env, mod);
}

function execExpressionStatement(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'assignment') execAssignment(m, c, env, mod);
    else if (c.type === 'augmented_assignment') execAugmentedAssignment(m, c, env, mod);
    else m.eval(c, env, mod);
  }
}

function execFunctionDef(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const name = node.childForFieldName('name')?.text ?? '<fn>';
  env.set(name, m.makeFunction(node, env, mod, name));
}

/**
 * A decorated def runs undecorated, except for decorators the library models (contrib's `@add_arg_scope`, matched by
 * its text so that no other decorator expression is evaluated), applied innermost first.
 */
function execDecorated(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const def = node.childForFieldName('definition');
  if (!def) return;
  m.execStmt(def, env, mod);
  const name = def.type === 'function_definition' ? def.childForFieldName('name')?.text : undefined;
  const decos = node.namedChildren.filter((c): c is Node => c?.type === 'decorator' && /add_arg_scope\s*$/.test(c.text));
  if (!name || !decos.length || !m.hooks.decorate) return;
  let fn = env.vars.get(name);
  for (const d of decos.reverse()) {
    const e = d.namedChildren[0];
    if (!fn || !e) return;
    fn = m.hooks.decorate(m.eval(e, env, mod), fn, { node: d, file: mod.file }) ?? fn;
  }
  if (fn) env.vars.set(name, fn);
}

function execReturn(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const e = node.namedChildren[0];
  throw new ReturnSignal(e ? m.eval(e, env, mod) : NONE);
}

function execGlobal(_m: Machine, node: Node, env: Env): void {
  env.globals ??= new Set();
  for (const c of node.namedChildren) if (c?.type === 'identifier') env.globals.add(c.text);
}

function execRaise(m: Machine, node: Node): void {
  const e = node.namedChildren[0];
  let type = 'Exception';
  if (e) {
    const f = e.type === 'call' ? e.childForFieldName('function') : e;
    if (f) type = f.text.split('.').pop() ?? type;
  }
  if (m.caught(type)) throw new PyRaise(type, '');
  // an uncaught user raise: the reader keeps going (both paths are shown)
}

const UNDECIDABLE = 'This condition cannot be decided without running the program; the analysis assumes it is true.';

function execIf(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const cond = m.eval(node.childForFieldName('condition')!, env, mod);
  const t = truthy(cond);
  if (t === true) return m.execBlock(body(node.childForFieldName('consequence')), env, mod);
  const alternatives = node.childrenForFieldName('alternative').filter((c): c is Node => !!c);
  if (t === undefined) {
    m.note(node.childForFieldName('condition')!, mod.file, 'unknown-condition', UNDECIDABLE);
    m.skipped(alternatives, 'a branch of an undecidable condition that the analysis skipped');
    return m.guessed(node, 'a branch the analysis assumes runs', () => m.execBlock(body(node.childForFieldName('consequence')), env, mod));
  }
  for (const [k, alt] of alternatives.entries()) {
    if (alt.type === 'elif_clause') {
      const c = m.eval(alt.childForFieldName('condition')!, env, mod);
      const ct = truthy(c);
      if (ct === undefined) {
        m.note(alt.childForFieldName('condition')!, mod.file, 'unknown-condition', UNDECIDABLE);
        m.skipped(alternatives.slice(k + 1), 'a branch of an undecidable condition that the analysis skipped');
        return m.guessed(alt, 'a branch the analysis assumes runs', () => m.execBlock(body(alt.childForFieldName('consequence')), env, mod));
      }
      if (ct !== false) return m.execBlock(body(alt.childForFieldName('consequence')), env, mod);
    } else if (alt.type === 'else_clause') {
      return m.execBlock(body(alt.childForFieldName('body')), env, mod);
    }
  }
}

/** Runs a loop body once: 'break' or 'continue' when it ended with one, undefined when it ran through. */
function loopBody(run: () => void): 'break' | 'continue' | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof BreakSignal) return 'break';
    if (e instanceof ContinueSignal) return 'continue';
    throw e;
  }
  return undefined;
}

function execFor(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const left = node.childForFieldName('left')!;
  const rightNode = node.childForFieldName('right')!;
  const it = m.eval(rightNode, env, mod);
  if (largeFillLoop(m, node, it, env, mod)) return;
  const stmts = body(node.childForFieldName('body'));
  let items = m.iterate(it, rightNode, mod.file);
  let guess = false;
  if (!items) {
    m.note(rightNode, mod.file, 'unknown-iterable',
      'The loop\'s iterable cannot be evaluated statically; its body is analysed once with unknown values.');
    items = [loopTargetValue(m, left, rightNode, mod.file, loopCount(m, it))];
    guess = true;
  }
  let broke = false;
  for (const item of items) {
    m.assign(left, item, env, mod);
    const end = loopBody(() => {
      if (guess) m.guessed(node, 'a loop body run once for an unknown number of iterations', () => m.execBlock(stmts, env, mod));
      else m.execBlock(stmts, env, mod);
    });
    if (end === 'break') { broke = true; break; }
  }
  if (guess) forgetFilled(filledNames(stmts), env);
  if (!broke) {
    const alt = node.childForFieldName('alternative');
    if (alt) m.execBlock(body(alt.childForFieldName('body')), env, mod);
  }
}

function execWhile(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const condNode = node.childForFieldName('condition')!;
  const stmts = body(node.childForFieldName('body'));
  for (let i = 0; ; i++) {
    const c = truthy(m.eval(condNode, env, mod));
    if (c === false) return;
    if (c === undefined) {
      m.note(condNode, mod.file, 'unknown-condition', 'This loop condition cannot be decided statically; the body is analysed once.');
      if (i > 0) return;
    }
    if (i >= MAX_LOOP_ITERATIONS) {
      m.note(condNode, mod.file, 'loop-truncated', `This loop was followed for ${MAX_LOOP_ITERATIONS} iterations only.`, 'warning');
      m.skipped([stmts[0]?.parent ?? null], 'iterations of a loop the analysis stopped following');
      return;
    }
    const end = loopBody(() => {
      if (c === undefined) m.guessed(node, 'a loop body run once for an unknown number of iterations', () => m.execBlock(stmts, env, mod));
      else m.execBlock(stmts, env, mod);
    });
    if (end === 'break') return;
    if (end === 'continue') continue;
    if (c === undefined) return;
  }
}

function execWith(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const clause = node.namedChildren.find((c) => c?.type === 'with_clause');
  const items = clause ? (clause.namedChildren.filter((c) => c?.type === 'with_item') as Node[]) : [];
  const exits: (() => void)[] = [];
  const from = m.diagnostics.length;
  try {
    for (const item of items) {
      let valueNode = item.childForFieldName('value')!;
      let alias: Node | null = null;
      if (valueNode.type === 'as_pattern') {
        alias = valueNode.childForFieldName('alias');
        valueNode = valueNode.namedChildren[0]!;
        if (alias?.type === 'as_pattern_target') alias = alias.namedChildren[0] ?? null;
      }
      m.withBlock = node;
      const cm = m.eval(valueNode, env, mod);
      m.withBlock = null;
      let entered: Value = unknown();
      if (cm.t === 'ctx') {
        entered = cm.ctx.enter();
        exits.push(() => cm.ctx.exit({ node, file: mod.file }));
      } else if (cm.t === 'tf' && cm.h?.kind === 'file') {
        entered = cm; // a file's __enter__ returns the file
      } else if (cm.t === 'scope') {
        // `with scope_object:` is not valid Python for VariableScope, but keep the value
        entered = cm;
      }
      if (alias) m.assign(alias, entered, env, mod);
    }
    m.execBlock(body(node.childForFieldName('body')), env, mod);
  } finally {
    // every item's exit runs, innermost first, even when one of them raises (a caught TF error unwinds after)
    let thrown: unknown;
    for (let i = exits.length - 1; i >= 0; i--) {
      try {
        exitReplacing(m, exits[i]!, from);
      } catch (e) {
        thrown ??= e;
      }
    }
    if (thrown !== undefined) throw thrown;
  }
}

/**
 * Runs a context manager's exit. Python: an exception raised by `__exit__` while an exception from the block
 * propagates replaces it, so when the block raised (uncaught) and the exit raises too, the exit's error is the
 * one the program ends with; it takes the first one's place (and its count of variables created before).
 */
function exitReplacing(m: Machine, exit: () => void, from: number): void {
  const before = m.diagnostics.length;
  exit();
  const raised = m.diagnostics.slice(before).find((d) => d.raises);
  const inFlight = m.diagnostics.slice(from, before).findIndex((d) => d.raises);
  if (!raised || inFlight < 0) return;
  const first = m.diagnostics[from + inFlight]!;
  m.diagnostics.splice(m.diagnostics.indexOf(raised), 1);
  if (first.order !== undefined) raised.order = first.order;
  m.diagnostics.splice(from + inFlight, 0, raised);
}

/** Exception classes a handler of one of their bases also catches (TensorFlow's errors that subclass builtins). */
const EXCEPTION_BASES: Record<string, string[]> = {
  OperatorNotAllowedInGraphError: ['TypeError'],
};

function execTry(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const handlers = node.namedChildren.filter((c) => c?.type === 'except_clause' || c?.type === 'except_group_clause') as Node[];
  const types: (string | null)[] = handlers.map((h) => {
    const v = h.namedChildren.find((c) => c && c.type !== 'block' && !isTrivia(c));
    if (!v) return null;
    const t = v.type === 'as_pattern' ? v.namedChildren[0] : v;
    return t ? t.text : null;
  });
  const handles = (type: string) => (t: string | null): boolean =>
    t === null || t === 'Exception' || t === 'BaseException' || [type, ...(EXCEPTION_BASES[type] ?? [])].some((x) => t?.includes(x) ?? false);
  let raised: PyRaise | null = null;
  try {
    m.inTry((type) => types.some(handles(type)), () => m.execBlock(body(node.childForFieldName('body')), env, mod));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    raised = e;
  }
  if (raised) {
    const h = handlers[types.findIndex(handles(raised.type))];
    if (h) m.execBlock(body(h.namedChildren.find((c) => c?.type === 'block') ?? null), env, mod);
  } else {
    const elseC = node.namedChildren.find((c) => c?.type === 'else_clause');
    if (elseC) m.execBlock(body(elseC.childForFieldName('body')), env, mod);
  }
  const fin = node.namedChildren.find((c) => c?.type === 'finally_clause');
  if (fin) m.execBlock(body(fin.namedChildren.find((c) => c?.type === 'block') ?? null), env, mod);
}

function breakStmt(): void {
  throw new BreakSignal();
}

function continueStmt(): void {
  throw new ContinueSignal();
}

/**
 * Statement type → handler. Not listed (no-ops): pass, assert, del, nonlocal, print/exec (Python 2), match,
 * type aliases, `from __future__`, comments, and ERROR nodes (a syntax error: its valid neighbours still run).
 */
const STATEMENTS = new Map<string, StmtHandler>([
  ['expression_statement', execExpressionStatement],
  ['if_statement', execIf],
  ['for_statement', execFor],
  ['while_statement', execWhile],
  ['with_statement', execWith],
  ['function_definition', execFunctionDef],
  ['class_definition', execClass],
  ['decorated_definition', execDecorated],
  ['return_statement', execReturn],
  ['import_statement', execImport],
  ['import_from_statement', execImportFrom],
  ['try_statement', execTry],
  ['break_statement', breakStmt],
  ['continue_statement', continueStmt],
  ['global_statement', execGlobal],
  ['raise_statement', execRaise],
]);
