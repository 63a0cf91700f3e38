// Abstract values of the TF.js evaluator: plain JS data (numbers, strings, arrays) is exact; objects, classes,
// functions and scopes of the program are modelled; TF.js objects (namespaces, layers, symbolic tensors,
// models, tensors, initializers, variables) are symbolic; anything else is `Unknown`. Also the control signals.

import * as ts from 'typescript';
import type { Dim, InitializerSpec, SourceLocation, VariableInfo } from '../../model';
import type { LayerConfig, TfjsInit } from '../tfjs';

export class Unknown {
  constructor(readonly why = '') {}
}
export const UNKNOWN = new Unknown();

export class Obj {
  /** An instance of a custom layer class (`extends tf.layers.Layer`): its TF.js layer state. */
  layer: Layer | undefined;
  /** An instance of a class extending `tf.Sequential` or `tf.LayersModel`: the model its constructor made. */
  model: Model | undefined;
  /** Keys not in `props` are not known to be absent (an unknown value was spread or assigned into it). */
  open = false;
  constructor(readonly props = new Map<string, Value>(), readonly cls: Cls | null = null) {}
}

/** A class of the file: its declaration, defining scope and base class (when that is a class of the file too). */
export class Cls {
  readonly statics = new Map<string, Value>();
  /** True when the class extends `tf.layers.Layer` directly (a custom TF.js layer). */
  tfLayer = false;
  /** The TF.js model class it extends directly: `tf.Sequential` (sequential) or `tf.LayersModel` (functional). */
  tfModel: 'sequential' | 'functional' | null = null;
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

export class Fn {
  constructor(readonly node: ts.FunctionLikeDeclaration, readonly env: Env, readonly thisVal: Value = undefined) {}
}

export class Native {
  /** `statics`: its properties (`Array.isArray`); `constructs`: `new` calls it too (`new Array(n)`). */
  constructor(
    readonly name: string, readonly call: (args: Value[], site: ts.CallExpression) => Value,
    readonly statics?: Map<string, Value>, readonly constructs = false,
  ) {}
}

/** A path into the TF.js namespace: `tf`, `tf.layers`, `tf.initializers`. */
export class Ns {
  constructor(readonly path: string) {}
}

export class Layer {
  built = false;
  /** For a custom layer: the class instance whose `build`/`computeOutputShape` run. */
  custom: Obj | undefined;
  output: Dim[] | null = null;
  /** The axis -1 size TF.js checks on later calls once built (inputSpec), when known. */
  expects: Dim | undefined;
  /** The weights it created (addWeight order), for the models' parameter counts. */
  readonly weights: VariableInfo[] = [];
  /** For a model used as a layer (`outer.add(inner)`, `encoder.apply(x)`): that model. */
  model: Model | undefined;
  /** `layer.trainable` (the config's `trainable`, or set later). */
  trainable: boolean;
  /** `input`: the batch input shape the config declares (undefined: none; null: one not known statically). */
  constructor(readonly className: string, readonly name: string, readonly cfg: LayerConfig, readonly input: Dim[] | null | undefined) {
    this.trainable = cfg.trainable !== false;
  }
}

/** A symbolic tensor of the functional API: its shape, the layer that made it and that layer's inputs. */
export class Sym {
  constructor(readonly shape: Dim[] | null, readonly layer: Layer | null, readonly inputs: Sym[]) {}
}

export class Model {
  layers: Layer[] = [];
  output: Dim[] | null = null;
  /** Something not known statically was added (its layer list is incomplete). */
  opaque = false;
  /** Functional models: the shapes of their inputs and outputs (a Sequential's are its first input and `output`). */
  inputs: (Dim[] | null)[] = [];
  outputs: (Dim[] | null)[] = [];
  /** Functional models: `model.inputs` / `model.outputs`, the symbolic tensors it was made of (null: not all known). */
  inputSyms: Sym[] | null = null;
  outputSyms: Sym[] | null = null;
  /** `model.trainable` (false: every weight counts as non-trainable). */
  trainable = true;
  /** The model as a layer of another model (made on first use). */
  facade: Layer | undefined;
  /** Where the program made it. */
  location: SourceLocation | undefined;
  /** `model.optimizer`: undefined until compile (tfjs-layers LayersModel.optimizer_), then the optimizer. */
  optimizer: Value = undefined;
  constructor(readonly kind: 'sequential' | 'functional', readonly name: string) {}
}

export class Tensor {
  constructor(readonly shape: Dim[] | null, readonly dtype: string, readonly init: InitializerSpec) {}
}

export class Init {
  constructor(readonly init: TfjsInit) {}
}

export class TfVar {
  constructor(readonly info: VariableInfo) {}
}

export type Value =
  | number | string | boolean | null | undefined
  | Value[] | Obj | Cls | Fn | Native | Ns | LiveRef | Layer | Sym | Model | Tensor | Init | TfVar | Unknown;

/** An imported name: ES module bindings are live, so a cycle's imports resolve when they are used. */
export class LiveRef {
  constructor(readonly mod: Obj, readonly key: string) {}
  get(): Value {
    return this.mod.props.has(this.key) ? this.mod.props.get(this.key) : UNKNOWN;
  }
}

export class Env {
  readonly vars = new Map<string, { v: Value }>();
  /** `fnScope`: a function's or module's scope, where `var` declarations live. */
  constructor(readonly parent: Env | null, readonly fnScope = parent === null) {}
  /** The scope a `var` declaration binds in (the nearest function or module scope). */
  varScope(): Env {
    let e: Env = this;
    while (!e.fnScope && e.parent) e = e.parent;
    return e;
  }
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

export class ReturnSignal {
  constructor(readonly value: Value) {}
}
export class BreakSignal {}
export class ContinueSignal {}
export class BudgetExceeded extends Error {}

/** Packages whose default/namespace import is the TF.js API. */
export const TFJS_MODULES = /^@tensorflow\/tfjs(-node(-gpu)?|-core|-layers)?$/;

/** Plain JS value (numbers, strings, arrays, objects) of an evaluated value; UNKNOWN parts stay undefined-free. */
export function plain(v: Value): unknown {
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

export function truthy(v: Value): boolean | null {
  if (v instanceof Unknown) return null;
  if (v === null || v === undefined || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v))) return false;
  return true;
}

/** A binding's value, a live import resolved. */
export function deref(b: { v: Value } | undefined): Value {
  return b ? (b.v instanceof LiveRef ? b.v.get() : b.v) : UNKNOWN;
}

/** The layer config of an options object (`{}` when it is not one). */
export function cfgOf(v: Value): LayerConfig {
  const p = plain(v);
  return p && typeof p === 'object' && !Array.isArray(p) && !(p instanceof Unknown) ? (p as LayerConfig) : {};
}

/** A shape from an array value: non-negative integers, other entries unknown (null); null when not an array. */
export function shapeOf(v: Value): Dim[] | null {
  if (!Array.isArray(v)) return null;
  return v.map((d) => (typeof d === 'number' && Number.isInteger(d) && d >= 0 ? d : null));
}
