// A small abstract evaluator over the TypeScript compiler's AST for TF.js programs: literals, const/let/var,
// arrays/objects, arithmetic, template strings, if/for/for-of/while, functions, classes and workspace modules,
// and the TF.js API (./tfjs.ts). `Evaluator` wires the concerns in ./eval/ together (the `Machine` they share);
// bounded by a step budget and a call-depth limit, anything it does not model evaluates to unknown.

import * as ts from 'typescript';
import type { Diagnostic, Dim, LibraryEntry, ModelInfo, VariableInfo } from '../model';
import { exploreLibrary, type Explored } from '../frontend/library';
import { TfjsNaming, TfjsRaise } from './tfjs';
import {
  callFn, callValue, classEnv, classValue, construct, initCustomLayer, initInstance,
} from './eval/calls';
import { assign, evalExpression, propName } from './eval/expressions';
import { addWeightFn, build, layerMember } from './eval/layers';
import { modelInfos, modelMember } from './eval/models';
import type { Machine } from './eval/machine';
import { declareGlobals, member } from './eval/members';
import { requireModule } from './eval/modules';
import { EvalState } from './eval/state';
import { bindName, execStatement, hoist } from './eval/statements';
import { optimizer, tfCall } from './eval/tfjsApi';
import {
  BreakSignal, BudgetExceeded, Cls, ContinueSignal, Fn, ReturnSignal, UNKNOWN,
  type Env, type Layer, type Model, type Native, type Obj, type Value,
} from './eval/values';

export { BudgetExceeded, TFJS_MODULES, UNKNOWN, type Value } from './eval/values';

export interface EvalResult {
  variables: VariableInfo[];
  models: ModelInfo[];
  diagnostics: Diagnostic[];
  usesTfjs: boolean;
}

/** A top-level function or class of the entry, for the library view. */
interface Candidate {
  name: string;
  kind: 'function' | 'class';
  id: ts.Identifier;
  node: ts.Node;
}

/** Stops that end one exploration quietly (its variables so far still count). */
function explorationStop(e: unknown): boolean {
  return e instanceof TfjsRaise || e instanceof BudgetExceeded || e instanceof ReturnSignal || e instanceof BreakSignal
    || e instanceof ContinueSignal || e instanceof RangeError;
}

export class Evaluator extends EvalState implements Machine {
  /**
   * `parse` gives a workspace file's syntax tree (resolved path in, undefined when it does not exist); relative
   * imports and requires of the program are evaluated through it, once each.
   */
  constructor(sf: ts.SourceFile, file: string, maxSteps: number, parse: (path: string) => ts.SourceFile | undefined = () => undefined) {
    super(sf, file, maxSteps, parse);
    declareGlobals(this.global);
    this.entryScope.declare('module', this.mainModule);
    this.global.declare('globalThis', this.globalObject);
    this.global.declare('global', this.globalObject); // Node's name for it (a browser's `window` is not modelled)
  }

  run(): EvalResult {
    try {
      this.block(this.sf.statements, this.entryScope);
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
    return { variables: this.variables, models: modelInfos(this.models), diagnostics: this.diagnostics, usesTfjs: this.usesTfjs };
  }

  /**
   * Library view: what each top-level function or class of the entry that the run did not call would create if
   * called (constructed) on its own, with its parameter defaults and unknown values for the other parameters,
   * each with fresh TF.js naming state. Runs after `run()`, in the program's final top-level scope.
   */
  explore(): LibraryEntry[] {
    const saved = { variables: this.variables, models: this.models, diagnostics: this.diagnostics, naming: this.naming, steps: this.steps, maxSteps: this.maxSteps };
    try {
      return exploreLibrary(this.candidates(), (c, maxSteps) => this.exploreOne(c, maxSteps));
    } finally {
      Object.assign(this, saved);
    }
  }

  private candidates(): Candidate[] {
    const out: Candidate[] = [];
    for (const st of this.sf.statements) {
      if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) {
        out.push({ name: st.name.text, id: st.name, node: st, kind: ts.isClassDeclaration(st) ? 'class' : 'function' });
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
            out.push({ name: d.name.text, id: d.name, node: d.initializer, kind: 'function' });
          }
        }
      }
    }
    return out;
  }

  private exploreOne(c: Candidate, maxSteps: number): Explored | null {
    if (this.called.has(c.node)) return null;
    const v = this.entryScope.lookup(c.name)?.v;
    if (!(v instanceof Fn) && !(v instanceof Cls)) return null;
    this.variables = [];
    this.models = [];
    this.diagnostics = [];
    this.naming = new TfjsNaming();
    this.steps = 0;
    this.maxSteps = maxSteps;
    try {
      if (v instanceof Fn) this.callFn(v, v.node.parameters.map((p) => (p.initializer ? undefined : UNKNOWN)));
      else {
        const ctor = v.node.members.find(ts.isConstructorDeclaration);
        this.construct(v, (ctor?.parameters ?? []).map((p) => (p.initializer ? undefined : UNKNOWN)));
      }
    } catch (e) {
      if (!explorationStop(e)) throw e;
    }
    const sf = c.node.getSourceFile();
    const lines = { line: sf.getLineAndCharacterOfPosition(c.node.getStart(sf)).line + 1, endLine: sf.getLineAndCharacterOfPosition(c.node.getEnd()).line + 1 };
    return { steps: this.steps, variables: this.variables, location: this.loc(c.id), lines };
  }

  // ---- the Machine: each concern's entry point

  expr(e: ts.Expression, env: Env): Value {
    this.tick();
    return evalExpression(this, e, env);
  }

  stmt(s: ts.Statement, env: Env): void {
    this.tick();
    this.lastStmt = s;
    execStatement(this, s, env);
  }

  block(stmts: readonly ts.Statement[], env: Env): void {
    hoist(stmts, env);
    for (const s of stmts) this.stmt(s, env);
  }

  hoist(stmts: readonly ts.Statement[], env: Env): void {
    hoist(stmts, env);
  }

  bindName(name: ts.BindingName, v: Value, env: Env): void {
    bindName(this, name, v, env);
  }

  assign(target: ts.Expression, v: Value, env: Env): void {
    assign(this, target, v, env);
  }

  propName(n: ts.PropertyName, env: Env): string | null {
    return propName(this, n, env);
  }

  member(o: Value, k: string | number): Value {
    return member(this, o, k);
  }

  callValue(callee: Value, args: Value[], site: ts.CallExpression): Value {
    return callValue(this, callee, args, site);
  }

  callFn(f: Fn, args: Value[]): Value {
    return callFn(this, f, args);
  }

  construct(cls: Cls, args: Value[]): Value {
    return construct(this, cls, args);
  }

  initInstance(cls: Cls, self: Obj, args: Value[]): void {
    initInstance(this, cls, self, args);
  }

  initCustomLayer(self: Obj, config: Value): void {
    initCustomLayer(this, self, config);
  }

  classValue(node: ts.ClassLikeDeclaration, env: Env): Value {
    return classValue(this, node, env);
  }

  classEnv(cls: Cls): Env {
    return classEnv(cls);
  }

  requireModule(spec: string, from: ts.Node): Obj | null {
    return requireModule(this, spec, from);
  }

  tfCall(path: string, args: Value[], site: ts.CallExpression): Value {
    return tfCall(this, path, args, site);
  }

  build(layer: Layer, input: Dim[] | null, site: ts.CallExpression, direct = false): Dim[] | null {
    return build(this, layer, input, site, direct);
  }

  layerMember(l: Layer, k: string): Value {
    return layerMember(this, l, k);
  }

  modelMember(m: Model, k: string): Value {
    return modelMember(this, m, k);
  }

  addWeightFn(layer: Layer): Native {
    return addWeightFn(this, layer);
  }

  optimizer(name: string, args: Value[], site: ts.CallExpression): void {
    optimizer(this, name, args, site);
  }
}
