// Calls, functions and classes of a TF.js program: call expressions (`super(...)`, `require(...)`, spreads),
// calling natives, program functions (parameters with defaults and destructuring, bounded by MAX_CALL_DEPTH) and
// TF.js API paths; class values with statics, construction (field initializers, parameter properties, base
// constructors) and custom layers (`extends tf.layers.Layer`).

import * as ts from 'typescript';
import { MAX_CALL_DEPTH } from '../../frontend/budgets';
import { declaredInput } from '../tfjs';
import type { Machine } from './machine';
import { requireCall } from './modules';
import {
  BreakSignal, cfgOf, Cls, ContinueSignal, Env, Fn, Layer, Model, Native, Ns, Obj, ReturnSignal, Unknown, UNKNOWN, type Value,
} from './values';

export function callExpr(m: Machine, e: ts.CallExpression, env: Env): Value {
  if (e.expression.kind === ts.SyntaxKind.SuperKeyword) {
    const self = env.lookup('this')?.v;
    const base = env.lookup('%base')?.v;
    const args = e.arguments.map((a) => (ts.isSpreadElement(a) ? UNKNOWN : m.expr(a, env)));
    if (self instanceof Obj && base instanceof Cls) m.initInstance(base, self, args);
    else if (self instanceof Obj && self.cls && !base) {
      m.initCustomLayer(self, args[0]);
      initModelBase(m, self, args, e);
    }
    return undefined;
  }
  if (ts.isIdentifier(e.expression) && e.expression.text === 'require' && !env.lookup('require')) return requireCall(m, e);
  const callee = m.expr(e.expression, env);
  const args: Value[] = [];
  for (const a of e.arguments) {
    if (ts.isSpreadElement(a)) {
      const v = m.expr(a.expression, env);
      if (Array.isArray(v)) args.push(...v);
      else args.push(UNKNOWN);
    } else args.push(m.expr(a, env));
  }
  return m.callValue(callee, args, e);
}

export function callValue(m: Machine, callee: Value, args: Value[], site: ts.CallExpression): Value {
  if (callee instanceof Native) {
    // a TF.js method given callbacks in its options (model.fit's onEpochEnd) does not run them here
    if (args.some((a) => a instanceof Obj && holdsFn(a, 2))) m.tainted = true;
    try {
      return callee.call(args, site);
    } catch (e) {
      m.noteRaise(e, site);
      throw e;
    }
  }
  if (callee instanceof Fn) return m.callFn(callee, args);
  if (callee instanceof Ns) {
    const prev = m.site;
    m.site = site;
    try {
      return m.tfCall(callee.path, args, site);
    } catch (e) {
      m.noteRaise(e, site);
      throw e;
    } finally {
      m.site = prev;
    }
  }
  // Something not modelled is called: it may run the callbacks and change the objects it is given.
  if (args.some((a) => a instanceof Fn || a instanceof Obj || Array.isArray(a))) m.tainted = true;
  return UNKNOWN;
}

/** Whether an options object holds a function (to `depth` levels of nested objects). */
function holdsFn(o: Obj, depth: number): boolean {
  for (const v of o.props.values()) if (v instanceof Fn || (depth > 1 && v instanceof Obj && holdsFn(v, depth - 1))) return true;
  return false;
}

export function callFn(m: Machine, f: Fn, args: Value[]): Value {
  m.called.add(f.node);
  if (m.depth >= MAX_CALL_DEPTH) {
    m.tainted = true;
    return UNKNOWN;
  }
  m.depth++;
  const env = new Env(f.env, true);
  if (!ts.isArrowFunction(f.node)) env.declare('this', f.thisVal);
  try {
    f.node.parameters.forEach((p, i) => {
      let v: Value = p.dotDotDotToken ? args.slice(i) : args[i];
      if (v === undefined && p.initializer) v = m.expr(p.initializer, env);
      m.bindName(p.name, v, env);
    });
    const body = f.node.body;
    if (!body) return UNKNOWN;
    if (!ts.isBlock(body)) return m.expr(body as ts.Expression, env);
    try {
      m.block(body.statements, env);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.value;
      if (e instanceof BreakSignal || e instanceof ContinueSignal) return UNKNOWN;
      throw e;
    }
    return undefined;
  } finally {
    m.depth--;
  }
}

const isStatic = (mo: ts.ModifierLike): boolean => mo.kind === ts.SyntaxKind.StaticKeyword;

export function classValue(m: Machine, node: ts.ClassLikeDeclaration, env: Env): Value {
  const ext = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const base = ext ? m.expr(ext.expression, env) : null;
  const cls = new Cls(node, env, base instanceof Cls ? base : null);
  cls.tfLayer = base instanceof Ns && /^tf\.layers\.Layer$/.test(base.path);
  cls.tfModel = !(base instanceof Ns) ? null : base.path === 'tf.Sequential' ? 'sequential' : base.path === 'tf.LayersModel' ? 'functional' : null;
  const senv = new Env(env);
  senv.declare('this', cls);
  for (const mem of node.members) {
    if (ts.isPropertyDeclaration(mem) && mem.initializer && mem.modifiers?.some(isStatic)) {
      const k = m.propName(mem.name, senv);
      if (k !== null) cls.statics.set(k, m.expr(mem.initializer, senv));
    }
  }
  return cls;
}

/** The scope a method of `cls` runs in: the class's own, with `%base` for `super(...)`. */
export function classEnv(cls: Cls): Env {
  const env = new Env(cls.env);
  env.declare('%base', cls.base);
  return env;
}

/** `super(config)` of a class extending tf.layers.Layer: TF.js's Layer constructor (name from static className). */
export function initCustomLayer(m: Machine, self: Obj, config: Value): void {
  let top: Cls | null = self.cls;
  while (top && !top.tfLayer) top = top.base;
  if (!top || self.layer) return;
  const cfg = cfgOf(config);
  let className: Value = UNKNOWN;
  for (let c: Cls | null = self.cls; c && className instanceof Unknown; c = c.base) {
    if (c.statics.has('className')) className = c.statics.get('className');
    else {
      const g = c.node.members.find((mem) => ts.isGetAccessorDeclaration(mem) && ts.isIdentifier(mem.name) && mem.name.text === 'className' && mem.modifiers?.some(isStatic));
      if (g) className = m.callFn(new Fn(g as ts.GetAccessorDeclaration, c.env, c), []);
    }
  }
  const cls = typeof className === 'string' ? className : (self.cls!.node.name?.text ?? 'Layer');
  const name = typeof cfg.name === 'string' && cfg.name ? cfg.name : m.naming.layerName(cls);
  const layer = new Layer(cls, name, cfg, declaredInput(cls, cfg));
  layer.custom = self;
  self.layer = layer;
}

/**
 * `super(args)` reaching tf.Sequential or tf.LayersModel (a class extending it, tfjs-layers models.ts, training.ts):
 * the Sequential constructor makes the model as tf.sequential(args) does (named `sequential_N` unless args.name), the
 * LayersModel (Container) constructor as tf.model(args) does (its inputs, outputs, name); `this.add(...)` and the
 * other model members then act on it.
 */
function initModelBase(m: Machine, self: Obj, args: Value[], site: ts.CallExpression): void {
  let top: Cls | null = self.cls;
  while (top && !top.tfModel) top = top.base;
  if (!top || self.model) return;
  const model = m.tfCall(top.tfModel === 'sequential' ? 'tf.sequential' : 'tf.model', args, site);
  if (model instanceof Model) self.model = model;
}

export function construct(m: Machine, cls: Cls, args: Value[]): Value {
  m.called.add(cls.node);
  if (m.depth >= MAX_CALL_DEPTH) return UNKNOWN;
  const self = new Obj(new Map(), cls);
  m.initInstance(cls, self, args);
  return self;
}

const PARAMETER_PROPERTY = [ts.SyntaxKind.PublicKeyword, ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.ReadonlyKeyword];

/** Runs `cls`'s field initializers and constructor on `self` (the base class's when it has no constructor). */
export function initInstance(m: Machine, cls: Cls, self: Obj, args: Value[]): void {
  if (m.depth >= MAX_CALL_DEPTH) return;
  const env = classEnv(cls);
  env.declare('this', self);
  for (const mem of cls.node.members) {
    if (ts.isPropertyDeclaration(mem) && mem.initializer && !mem.modifiers?.some(isStatic)) {
      const k = m.propName(mem.name, env);
      if (k !== null) self.props.set(k, m.expr(mem.initializer, env));
    }
  }
  const ctor = cls.node.members.find((mem): mem is ts.ConstructorDeclaration => ts.isConstructorDeclaration(mem) && !!mem.body);
  if (!ctor) {
    // no constructor of its own: the base's runs (for a direct tf.layers.Layer or tf.Sequential subclass, TF.js's)
    if (cls.tfLayer) m.initCustomLayer(self, args[0]);
    if (cls.tfModel && !self.model && m.site && (ts.isNewExpression(m.site) || ts.isCallExpression(m.site))) {
      initModelBase(m, self, args, m.site as ts.CallExpression);
    }
    if (cls.base) {
      m.depth++;
      try {
        m.initInstance(cls.base, self, args);
      } finally {
        m.depth--;
      }
    }
    return;
  }
  // Parameter properties (`constructor(private units: number)`) become fields.
  ctor.parameters.forEach((p, i) => {
    if (p.modifiers?.some((mo) => PARAMETER_PROPERTY.includes(mo.kind)) && ts.isIdentifier(p.name)) self.props.set(p.name.text, args[i]);
  });
  m.callFn(new Fn(ctor, env, self), args);
}
