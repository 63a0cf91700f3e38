// TF.js program expressions: one handler per syntax kind (a dispatch table) — literals and template strings,
// names (live imports resolved), array/object literals with spreads, member access, calls and `new`,
// operators with JS semantics on known primitives, assignment. Unknown operands and unlisted kinds are UNKNOWN.

import * as ts from 'typescript';
import { MAX_COLLECTION } from '../../frontend/budgets';
import type { Machine } from './machine';
import { callExpr } from './calls';
import { isModuleObject } from './modules';
import { Cls, deref, Fn, Layer, Model, Native, Ns, Obj, plain, truthy, Unknown, UNKNOWN, type Env, type Value } from './values';

type ExprHandler = (m: Machine, e: ts.Expression, env: Env) => Value;

/** Evaluates an expression without counting a step (the caller counted it). */
export function evalExpression(m: Machine, e: ts.Expression, env: Env): Value {
  const h = EXPRESSIONS.get(e.kind);
  return h ? h(m, e, env) : UNKNOWN;
}

function template(m: Machine, e: ts.TemplateExpression, env: Env): Value {
  let s = e.head.text;
  for (const span of e.templateSpans) {
    const v = m.expr(span.expression, env);
    if (v instanceof Unknown || (typeof v === 'object' && v !== null && !Array.isArray(v))) return UNKNOWN;
    s += String(plain(v)) + span.literal.text;
  }
  return s;
}

function arrayLiteral(m: Machine, e: ts.ArrayLiteralExpression, env: Env): Value {
  const out: Value[] = [];
  for (const el of e.elements) {
    if (ts.isSpreadElement(el)) {
      const v = m.expr(el.expression, env);
      if (Array.isArray(v)) out.push(...v);
      else return UNKNOWN;
    } else if (ts.isOmittedExpression(el)) out.push(undefined);
    else out.push(m.expr(el, env));
  }
  return out;
}

function objectLiteral(m: Machine, e: ts.ObjectLiteralExpression, env: Env): Value {
  const o = new Obj();
  for (const p of e.properties) {
    if (ts.isPropertyAssignment(p)) {
      const k = m.propName(p.name, env);
      if (k !== null) o.props.set(k, m.expr(p.initializer, env));
    } else if (ts.isShorthandPropertyAssignment(p)) {
      o.props.set(p.name.text, deref(env.lookup(p.name.text)));
    } else if (ts.isSpreadAssignment(p)) {
      const v = m.expr(p.expression, env);
      if (v instanceof Obj) {
        if (v.open) openObject(o);
        for (const [k, x] of v.props) o.props.set(k, x);
      } else if (v !== null && v !== undefined) openObject(o); // its keys are not known: none of the earlier ones is
    } else if (ts.isMethodDeclaration(p)) {
      const k = m.propName(p.name, env);
      if (k !== null) o.props.set(k, new Fn(p, env));
    }
  }
  return o;
}

/** An object an unknown value was spread or assigned into: its keys so far may be overridden, others may exist. */
export function openObject(o: Obj): void {
  o.props.clear();
  o.open = true;
}

export function propName(m: Machine, n: ts.PropertyName, env: Env): string | null {
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) return n.text;
  if (ts.isComputedPropertyName(n)) {
    const v = m.expr(n.expression, env);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  }
  return null;
}

/** `o.k`; `require.main` (when the program has no `require` of its own) is the entry's `module`. */
function propertyAccess(m: Machine, e: ts.PropertyAccessExpression, env: Env): Value {
  if (ts.isIdentifier(e.expression) && e.expression.text === 'require' && e.name.text === 'main' && !env.lookup('require')) return m.mainModule;
  return m.member(m.expr(e.expression, env), e.name.text);
}

function elementAccess(m: Machine, e: ts.ElementAccessExpression, env: Env): Value {
  const o = m.expr(e.expression, env);
  const k = m.expr(e.argumentExpression, env);
  if (typeof k === 'number' || typeof k === 'string') return m.member(o, k);
  return UNKNOWN;
}

function conditional(m: Machine, e: ts.ConditionalExpression, env: Env): Value {
  const c = truthy(m.expr(e.condition, env));
  if (c === null) {
    m.skipped(e.whenTrue, e.whenFalse);
    return UNKNOWN;
  }
  return m.expr(c ? e.whenTrue : e.whenFalse, env);
}

function prefix(m: Machine, e: ts.PrefixUnaryExpression, env: Env): Value {
  if (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken) {
    const old = m.expr(e.operand, env);
    const nv = typeof old === 'number' ? (e.operator === ts.SyntaxKind.PlusPlusToken ? old + 1 : old - 1) : UNKNOWN;
    m.assign(e.operand, nv, env);
    return nv;
  }
  const v = m.expr(e.operand, env);
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

function postfix(m: Machine, e: ts.PostfixUnaryExpression, env: Env): Value {
  const old = m.expr(e.operand, env);
  if (typeof old !== 'number') {
    m.assign(e.operand, UNKNOWN, env);
    return UNKNOWN;
  }
  m.assign(e.operand, e.operator === ts.SyntaxKind.PlusPlusToken ? old + 1 : old - 1, env);
  return old;
}

const K = ts.SyntaxKind;
const COMPOUND: Partial<Record<ts.SyntaxKind, ts.SyntaxKind>> = {
  [K.PlusEqualsToken]: K.PlusToken, [K.MinusEqualsToken]: K.MinusToken, [K.AsteriskEqualsToken]: K.AsteriskToken,
  [K.SlashEqualsToken]: K.SlashToken, [K.PercentEqualsToken]: K.PercentToken,
};

function binary(m: Machine, e: ts.BinaryExpression, env: Env): Value {
  const op = e.operatorToken.kind;
  if (op === K.EqualsToken) {
    const v = m.expr(e.right, env);
    m.assign(e.left, v, env);
    return v;
  }
  if (COMPOUND[op] !== undefined) {
    const v = arith(COMPOUND[op]!, m.expr(e.left, env), m.expr(e.right, env));
    m.assign(e.left, v, env);
    return v;
  }
  if (op === K.AmpersandAmpersandToken || op === K.BarBarToken || op === K.QuestionQuestionToken) {
    const l = m.expr(e.left, env);
    if (op === K.QuestionQuestionToken) {
      if (l instanceof Unknown) {
        m.skipped(e.right);
        return UNKNOWN;
      }
      return l === null || l === undefined ? m.expr(e.right, env) : l;
    }
    const t = truthy(l);
    if (t === null) {
      m.skipped(e.right);
      return UNKNOWN;
    }
    if (op === K.AmpersandAmpersandToken) return t ? m.expr(e.right, env) : l;
    return t ? l : m.expr(e.right, env);
  }
  if (op === K.CommaToken) {
    m.expr(e.left, env);
    return m.expr(e.right, env);
  }
  return arith(op, m.expr(e.left, env), m.expr(e.right, env));
}

const isPrimitive = (v: Value): boolean => v === null || v === undefined || ['number', 'string', 'boolean'].includes(typeof v);

/** Relational operators of JS on known primitives (`undefined > 0` is false: NaN compares false; strings by code unit). */
const RELATIONAL: Partial<Record<ts.SyntaxKind, (a: never, b: never) => boolean>> = {
  [K.LessThanToken]: (a, b) => a < b, [K.GreaterThanToken]: (a, b) => a > b,
  [K.LessThanEqualsToken]: (a, b) => a <= b, [K.GreaterThanEqualsToken]: (a, b) => a >= b,
};

/** A binary operator on two values: JS semantics on known primitives, else UNKNOWN. */
export function arith(op: ts.SyntaxKind, l: Value, r: Value): Value {
  if (op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken || op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken) {
    // `require.main === module`: CommonJS module objects are compared by identity.
    if (isModuleObject(l) || isModuleObject(r)) return (l === r) === (op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken);
    if (!isPrimitive(l) || !isPrimitive(r)) return UNKNOWN;
    // eslint-disable-next-line eqeqeq
    const eq = op === K.EqualsEqualsEqualsToken || op === K.ExclamationEqualsEqualsToken ? l === r : l == r;
    return op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken ? eq : !eq;
  }
  if (op === K.PlusToken && (typeof l === 'string' || typeof r === 'string')) {
    if (!isPrimitive(l) || !isPrimitive(r)) return UNKNOWN;
    return String(l) + String(r);
  }
  if (RELATIONAL[op] && isPrimitive(l) && isPrimitive(r)) return RELATIONAL[op]!(l as never, r as never);
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

/** `globalThis.k = v` (or an assignment to an undeclared `k`): the global object's property and the global scope's
 *  binding are one (ECMAScript's global environment record), so every module then sees `k`. */
function setGlobal(m: Machine, k: string, v: Value): void {
  m.globalObject.props.set(k, v);
  const b = m.global.vars.get(k);
  if (b) b.v = v;
  else m.global.declare(k, v);
}

export function assign(m: Machine, target: ts.Expression, v: Value, env: Env): void {
  if (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target) || ts.isAsExpression(target)) return m.assign(target.expression, v, env);
  if (ts.isIdentifier(target)) {
    const b = env.lookup(target.text);
    if (b) b.v = v;
    else setGlobal(m, target.text, v); // an undeclared name: a property of the global object (sloppy mode)
    return;
  }
  if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
    const o = m.expr(target.expression, env);
    const k = ts.isPropertyAccessExpression(target) ? target.name.text : m.expr(target.argumentExpression, env);
    if (o === m.globalObject && (typeof k === 'string' || typeof k === 'number')) setGlobal(m, String(k), v);
    else if (o instanceof Obj && (typeof k === 'string' || typeof k === 'number')) {
      o.props.set(String(k), v);
      // `this.trainable = false` in a tf.Sequential subclass runs the model's trainable setter
      if (o.model && k === 'trainable' && typeof v === 'boolean') o.model.trainable = v;
    }
    // `obj[k] = v` with k not known: any key of a plain object may now hold v (a missing key is not known absent)
    else if (o instanceof Obj && !o.cls && !o.model && !o.layer && typeof k !== 'string' && typeof k !== 'number') openObject(o);
    else if (o instanceof Cls && typeof k === 'string') o.statics.set(k, v);
    // `model.trainable = false` / `layer.trainable = false` (tfjs-layers' trainable setters; counts follow them).
    else if ((o instanceof Model || o instanceof Layer) && k === 'trainable' && typeof v === 'boolean') o.trainable = v;
    else if (Array.isArray(o) && typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < MAX_COLLECTION) o[k] = v;
    return;
  }
  if (ts.isArrayLiteralExpression(target)) {
    target.elements.forEach((el, i) => m.assign(el, Array.isArray(v) ? v[i] : UNKNOWN, env));
  }
}

function newExpr(m: Machine, e: ts.NewExpression, env: Env): Value {
  const c = m.expr(e.expression, env);
  if (c instanceof Cls) {
    const args = (e.arguments ?? []).map((a) => (ts.isSpreadElement(a) ? UNKNOWN : m.expr(a, env)));
    const prev = m.site;
    m.site = e; // where a base constructor TF.js runs (tf.Sequential's) makes its model
    try {
      return m.construct(c, args);
    } finally {
      m.site = prev;
    }
  }
  if (c instanceof Native && c.constructs) {
    const args = (e.arguments ?? []).map((a) => (ts.isSpreadElement(a) ? UNKNOWN : m.expr(a, env)));
    return c.call(args, e as unknown as ts.CallExpression);
  }
  if (e.arguments) for (const a of e.arguments) m.expr(a, env);
  return UNKNOWN;
}

/** `typeof x`: of a primitive its JS type; every modelled object (a module's `module`, arrays, instances, TF.js
 *  objects) is 'object', functions and classes 'function'; the TF.js namespace and unknown values stay unknown. */
function typeOf(m: Machine, e: ts.TypeOfExpression, env: Env): Value {
  const v = m.expr(e.expression, env);
  if (v instanceof Unknown || v instanceof Ns) return UNKNOWN;
  if (v instanceof Fn || v instanceof Cls || v instanceof Native) return 'function';
  return v === null ? 'object' : typeof v;
}

/** Expressions whose value is their operand's: parentheses, `as`, `!`, `<T>x`, `satisfies`, `await`. */
const inner: ExprHandler = (m, e, env) => m.expr((e as ts.ParenthesizedExpression).expression, env);
const fn: ExprHandler = (_m, e, env) => new Fn(e as ts.ArrowFunction | ts.FunctionExpression, env);
const text: ExprHandler = (_m, e) => (e as ts.StringLiteral).text;

const EXPRESSIONS = new Map<ts.SyntaxKind, ExprHandler>([
  [K.NumericLiteral, (_m, e) => Number((e as ts.NumericLiteral).text)],
  [K.StringLiteral, text],
  [K.NoSubstitutionTemplateLiteral, text],
  [K.TemplateExpression, (m, e, env) => template(m, e as ts.TemplateExpression, env)],
  [K.TrueKeyword, () => true],
  [K.FalseKeyword, () => false],
  [K.NullKeyword, () => null],
  [K.ThisKeyword, (_m, _e, env) => env.lookup('this')?.v ?? UNKNOWN],
  [K.Identifier, (_m, e, env) => deref(env.lookup((e as ts.Identifier).text))],
  [K.ParenthesizedExpression, inner],
  [K.AsExpression, inner],
  [K.NonNullExpression, inner],
  [K.TypeAssertionExpression, inner],
  [K.SatisfiesExpression, inner],
  [K.ArrayLiteralExpression, (m, e, env) => arrayLiteral(m, e as ts.ArrayLiteralExpression, env)],
  [K.ObjectLiteralExpression, (m, e, env) => objectLiteral(m, e as ts.ObjectLiteralExpression, env)],
  [K.ArrowFunction, fn],
  [K.FunctionExpression, fn],
  [K.PropertyAccessExpression, (m, e, env) => propertyAccess(m, e as ts.PropertyAccessExpression, env)],
  [K.ElementAccessExpression, (m, e, env) => elementAccess(m, e as ts.ElementAccessExpression, env)],
  [K.CallExpression, (m, e, env) => callExpr(m, e as ts.CallExpression, env)],
  [K.ConditionalExpression, (m, e, env) => conditional(m, e as ts.ConditionalExpression, env)],
  [K.PrefixUnaryExpression, (m, e, env) => prefix(m, e as ts.PrefixUnaryExpression, env)],
  [K.PostfixUnaryExpression, (m, e, env) => postfix(m, e as ts.PostfixUnaryExpression, env)],
  [K.BinaryExpression, (m, e, env) => binary(m, e as ts.BinaryExpression, env)],
  [K.TypeOfExpression, (m, e, env) => typeOf(m, e as ts.TypeOfExpression, env)],
  [K.ClassExpression, (m, e, env) => m.classValue(e as ts.ClassExpression, env)],
  [K.NewExpression, (m, e, env) => newExpr(m, e as ts.NewExpression, env)],
  [K.AwaitExpression, inner],
]);
