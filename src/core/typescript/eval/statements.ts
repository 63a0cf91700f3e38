// TF.js program statements: one handler per statement kind (a dispatch table) — declarations with
// destructuring, blocks, if (an unknown condition runs the then-branch), for/for-of/while/do loops bounded by
// MAX_LOOP_ITERATIONS, classes, return/break/continue, try (catches TF.js raises), switch. Other kinds are no-ops.

import * as ts from 'typescript';
import { MAX_LOOP_ITERATIONS } from '../../frontend/budgets';
import type { Machine } from './machine';
import { importDecl, importEquals } from './modules';
import {
  BreakSignal, ContinueSignal, Env, Fn, ReturnSignal, TfVar, truthy, Unknown, UNKNOWN, type Value,
} from './values';
import { TfjsRaise } from '../tfjs';

type StmtHandler = (m: Machine, s: ts.Statement, env: Env) => void;

/** Runs one statement without counting a step (the caller counted it). */
export function execStatement(m: Machine, s: ts.Statement, env: Env): void {
  // `declare const module: unknown;` / `declare class X {}`: ambient declarations emit no code
  if (ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((mo) => mo.kind === ts.SyntaxKind.DeclareKeyword)) return;
  STATEMENTS.get(s.kind)?.(m, s, env);
}

export function hoist(stmts: readonly ts.Statement[], env: Env): void {
  for (const s of stmts) {
    if (ts.isFunctionDeclaration(s) && s.name && s.body) env.declare(s.name.text, new Fn(s, env));
  }
}

export function varDecls(m: Machine, list: ts.VariableDeclarationList, env: Env): void {
  // `var` binds in the enclosing function's (or module's) scope, not the block's (`if (isNode) { var tf = ... }`)
  const isVar = !(list.flags & ts.NodeFlags.BlockScoped);
  const target = isVar ? env.varScope() : env;
  for (const d of list.declarations) {
    // `var x;` again keeps the value x has
    if (isVar && !d.initializer && ts.isIdentifier(d.name) && target.vars.has(d.name.text)) continue;
    const v = d.initializer ? m.expr(d.initializer, env) : undefined;
    if (ts.isIdentifier(d.name) && v instanceof TfVar && !v.info.binding) v.info.binding = { name: d.name.text, location: m.loc(d.name) };
    m.bindName(d.name, v, target);
  }
}

export function bindName(m: Machine, name: ts.BindingName, v: Value, env: Env): void {
  if (ts.isIdentifier(name)) env.declare(name.text, v);
  else if (ts.isObjectBindingPattern(name)) {
    for (const el of name.elements) {
      const key = el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName)) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : null;
      let x: Value = key !== null ? m.member(v, key) : UNKNOWN;
      if (x === undefined && el.initializer) x = m.expr(el.initializer, env);
      m.bindName(el.name, x, env);
    }
  } else {
    name.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      let x: Value = Array.isArray(v) ? v[i] : UNKNOWN;
      if (x === undefined && el.initializer) x = m.expr(el.initializer, env);
      m.bindName(el.name, x, env);
    });
  }
}

function bindInit(m: Machine, init: ts.ForInitializer, v: Value, env: Env): void {
  if (ts.isVariableDeclarationList(init)) {
    for (const d of init.declarations) m.bindName(d.name, v, env);
  } else m.assign(init, v, env);
}

/** Runs a loop body; true when the loop must stop (break). */
function loopBody(m: Machine, body: ts.Statement, env: Env): boolean {
  try {
    m.stmt(body, env);
  } catch (e) {
    if (e instanceof BreakSignal) return true;
    if (e instanceof ContinueSignal) return false;
    throw e;
  }
  return false;
}

function ifStmt(m: Machine, s: ts.IfStatement, env: Env): void {
  const c = truthy(m.expr(s.expression, env));
  if (c === false) {
    if (s.elseStatement) m.stmt(s.elseStatement, new Env(env));
  } else if (c === null) {
    m.skipped(s.thenStatement, s.elseStatement);
    m.uncertain++;
    try {
      m.stmt(s.thenStatement, new Env(env));
    } finally {
      m.uncertain--;
    }
  } else m.stmt(s.thenStatement, new Env(env));
}

/** The built-in error classes a `throw new X(message)` of the program may name. */
const ERROR_CLASSES = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError']);

/**
 * `throw new Error(message)` reached on a path the analysis knows is taken: the program stops there (a TF.js
 * raise-like stop, caught by the program's try/catch), reported where it throws. In a branch taken on an unknown
 * condition, or throwing anything else, nothing happens (the program may not throw).
 */
function throwStmt(m: Machine, s: ts.ThrowStatement, env: Env): void {
  const e = s.expression;
  if (m.uncertain > 0 || m.tainted || !ts.isNewExpression(e) || !ts.isIdentifier(e.expression) || !ERROR_CLASSES.has(e.expression.text)) return;
  if (env.lookup(e.expression.text)) return; // a class of the program's own
  const msg = e.arguments?.[0] ? m.expr(e.arguments[0], env) : '';
  const err = new TfjsRaise(e.expression.text, typeof msg === 'string' ? msg : `${e.expression.text} (its message is not known statically)`);
  err.byProgram = true;
  m.raisedAt.set(err, s);
  throw err;
}

function forStmt(m: Machine, s: ts.ForStatement, env: Env): void {
  const outer = new Env(env);
  if (s.initializer) {
    if (ts.isVariableDeclarationList(s.initializer)) varDecls(m, s.initializer, outer);
    else m.expr(s.initializer, outer);
  }
  for (let i = 0; ; i++) {
    if (i >= MAX_LOOP_ITERATIONS) {
      m.diag(s, 'warning', 'loop-limit', `The loop was followed for ${MAX_LOOP_ITERATIONS} iterations; later ones are not analysed.`);
      m.tainted = true;
      return;
    }
    if (s.condition) {
      const c = truthy(m.expr(s.condition, outer));
      if (c === null) m.skipped(s.statement, s.incrementor);
      if (c !== true) return;
    }
    // Per-iteration copy of let bindings, like JS.
    const inner = new Env(outer);
    if (loopBody(m, s.statement, inner)) return;
    if (s.incrementor) m.expr(s.incrementor, outer);
  }
}

function forOfStmt(m: Machine, s: ts.ForOfStatement, env: Env): void {
  const it = m.expr(s.expression, env);
  const items = Array.isArray(it) ? [...it] : typeof it === 'string' ? [...it] : null;
  if (!items) {
    m.skipped(s.statement);
    return;
  }
  for (const x of items) {
    const inner = new Env(env);
    bindInit(m, s.initializer, x, inner);
    if (loopBody(m, s.statement, inner)) break;
  }
}

function whileStmt(m: Machine, s: ts.WhileStatement | ts.DoStatement, env: Env): void {
  const go = (): boolean => {
    const c = truthy(m.expr(s.expression, env));
    if (c === null) m.skipped(s.statement);
    return c === true;
  };
  for (let i = 0; ; i++) {
    if (i >= MAX_LOOP_ITERATIONS) {
      m.tainted = true;
      break;
    }
    if (ts.isWhileStatement(s) && !go()) break;
    if (loopBody(m, s.statement, new Env(env))) break;
    if (ts.isDoStatement(s) && !go()) break;
  }
}

function tryStmt(m: Machine, s: ts.TryStatement, env: Env): void {
  try {
    m.block(s.tryBlock.statements, new Env(env));
  } catch (e) {
    if (!(e instanceof TfjsRaise) || !s.catchClause) throw e;
    m.block(s.catchClause.block.statements, new Env(env));
  } finally {
    if (s.finallyBlock) m.block(s.finallyBlock.statements, new Env(env));
  }
}

/** `switch`: the first case equal (===) to the value, else `default`, falling through until `break`. An unknown
 *  value or case runs nothing (which case TF.js code would take is not known). */
function switchStmt(m: Machine, s: ts.SwitchStatement, env: Env): void {
  const v = m.expr(s.expression, env);
  const clauses = s.caseBlock.clauses;
  if (v instanceof Unknown) {
    m.skipped(s.caseBlock);
    return;
  }
  let start = -1;
  for (let i = 0; i < clauses.length && start < 0; i++) {
    const c = clauses[i]!;
    if (!ts.isCaseClause(c)) continue;
    const k = m.expr(c.expression, env);
    if (k instanceof Unknown) {
      m.skipped(s.caseBlock);
      return;
    }
    if (k === v) start = i;
  }
  if (start < 0) start = clauses.findIndex((c) => ts.isDefaultClause(c));
  if (start < 0) return;
  const inner = new Env(env);
  try {
    for (const c of clauses.slice(start)) m.block(c.statements, inner);
  } catch (e) {
    if (!(e instanceof BreakSignal)) throw e;
  }
}

function classDecl(m: Machine, s: ts.ClassDeclaration, env: Env): void {
  if (s.name) env.declare(s.name.text, m.classValue(s, env));
}

function returnStmt(m: Machine, s: ts.ReturnStatement, env: Env): void {
  throw new ReturnSignal(s.expression ? m.expr(s.expression, env) : undefined);
}

const K = ts.SyntaxKind;

/** Statement kind → handler. Not listed (no-ops): function declarations (hoisted), types, labels... */
const STATEMENTS = new Map<ts.SyntaxKind, StmtHandler>([
  [K.VariableStatement, (m, s, env) => varDecls(m, (s as ts.VariableStatement).declarationList, env)],
  [K.ExpressionStatement, (m, s, env) => { m.expr((s as ts.ExpressionStatement).expression, env); }],
  [K.ImportDeclaration, (m, s, env) => importDecl(m, s as ts.ImportDeclaration, env)],
  [K.ImportEqualsDeclaration, (m, s, env) => importEquals(m, s as ts.ImportEqualsDeclaration, env)],
  [K.Block, (m, s, env) => m.block((s as ts.Block).statements, new Env(env))],
  [K.IfStatement, (m, s, env) => ifStmt(m, s as ts.IfStatement, env)],
  [K.ForStatement, (m, s, env) => forStmt(m, s as ts.ForStatement, env)],
  [K.ForOfStatement, (m, s, env) => forOfStmt(m, s as ts.ForOfStatement, env)],
  [K.WhileStatement, (m, s, env) => whileStmt(m, s as ts.WhileStatement, env)],
  [K.DoStatement, (m, s, env) => whileStmt(m, s as ts.DoStatement, env)],
  [K.ClassDeclaration, (m, s, env) => classDecl(m, s as ts.ClassDeclaration, env)],
  [K.ReturnStatement, (m, s, env) => returnStmt(m, s as ts.ReturnStatement, env)],
  [K.BreakStatement, () => { throw new BreakSignal(); }],
  [K.ContinueStatement, () => { throw new ContinueSignal(); }],
  [K.TryStatement, (m, s, env) => tryStmt(m, s as ts.TryStatement, env)],
  [K.SwitchStatement, (m, s, env) => switchStmt(m, s as ts.SwitchStatement, env)],
  [K.ThrowStatement, (m, s, env) => throwStmt(m, s as ts.ThrowStatement, env)],
]);
