// `Machine`: what each concern of the TF.js evaluator (statements, expressions, members, calls and classes,
// modules, the TF.js API, layers) may use of the others and of the run's state. The concerns are plain
// functions taking a Machine; `Evaluator` (../evaluator.ts) is the one implementation. Types only.

import type * as ts from 'typescript';
import type { Dim } from '../../model';
import type { EvalState } from './state';
import type { Cls, Env, Fn, Layer, Model, Native, Obj, Value } from './values';

export interface Machine extends EvalState {
  /** Evaluates an expression (counts a step). */
  expr(e: ts.Expression, env: Env): Value;
  /** Runs one statement (counts a step). */
  stmt(s: ts.Statement, env: Env): void;
  /** Runs statements after hoisting their function declarations into `env`. */
  block(stmts: readonly ts.Statement[], env: Env): void;
  hoist(stmts: readonly ts.Statement[], env: Env): void;
  /** Binds a declaration's name or destructuring pattern. */
  bindName(name: ts.BindingName, v: Value, env: Env): void;
  /** Assigns to an assignment target (name, property, element, array pattern). */
  assign(target: ts.Expression, v: Value, env: Env): void;
  /** A property name's text (computed names evaluated); null when not known. */
  propName(n: ts.PropertyName, env: Env): string | null;
  /** `o[k]` / `o.k` of any value. */
  member(o: Value, k: string | number): Value;
  /** Calls a callable value with evaluated arguments at `site`. */
  callValue(callee: Value, args: Value[], site: ts.CallExpression): Value;
  callFn(f: Fn, args: Value[]): Value;
  construct(cls: Cls, args: Value[]): Value;
  /** Runs `cls`'s field initializers and constructor on `self`. */
  initInstance(cls: Cls, self: Obj, args: Value[]): void;
  /** `super(config)` of a class extending tf.layers.Layer. */
  initCustomLayer(self: Obj, config: Value): void;
  classValue(node: ts.ClassLikeDeclaration, env: Env): Value;
  /** The scope a method of `cls` runs in. */
  classEnv(cls: Cls): Env;
  /** The exports of a workspace module, or null when `spec` is not one. */
  requireModule(spec: string, from: ts.Node): Obj | null;
  /** A call of a TF.js API function (`tf.layers.dense`, `tf.sequential`...). */
  tfCall(path: string, args: Value[], site: ts.CallExpression): Value;
  /** Builds `layer` on `input` (once), creating its weights; the output shape. */
  build(layer: Layer, input: Dim[] | null, site: ts.CallExpression, direct?: boolean): Dim[] | null;
  layerMember(l: Layer, k: string): Value;
  modelMember(m: Model, k: string): Value;
  addWeightFn(layer: Layer): Native;
  /** The scalar variables an optimizer's constructor creates. */
  optimizer(name: string, args: Value[], site: ts.CallExpression): void;
}
