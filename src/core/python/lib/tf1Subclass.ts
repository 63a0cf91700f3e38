// TF1's base layer (`tf.layers.Layer`, `tf.compat.v1.layers.Layer`, the frozen `tensorflow.python.layers.base.Layer`)
// used directly or subclassed with `build`/`call`: its name (given, else the class's snake case), a variable scope
// captured lazily (`variable_scope(None, default_name=name)` on the first add_weight or call), `add_weight` /
// `add_variable` as get_variable inside that scope (reuse once built), build on the first call with the first
// input's dtype. Rule: TF's legacy_tf_layers/base.py (_init_set_name, _set_scope, add_weight, __call__) and
// base_layer_v1.py (_maybe_build).

import type { Args, CallSite } from '../interp';
import { bool, int, NONE, str, strOf, unknown, type ClassVal, type Value } from '../values';
import { dtypeOf, enterEagerNs, snakeCase } from './convert';
import { freshId } from '../../tf/graph';
import { bind } from './registry';
import type { LayerObj } from './types';
import type { TfLibrary } from '../tflib';

/** The TF1 base layer's canonical spellings (root v1: tf.layers / compat.v1.layers / the frozen modules). */
export function isTf1LayerBase(path: string): boolean {
  return /^tensorflow\.(?:compat\.v1\.)?layers\.Layer$|^tensorflow\.python\.(?:layers\.(?:base|layers)|keras\.legacy_tf_layers\.base)\.Layer$/.test(path);
}

interface Tf1State {
  /** `_base_name`: the variable scope's default name. */
  base: string;
  /** The captured variable scope (a `scope` Value) once set. */
  scope?: Value;
  /** The layer's dtype: given, or the first input's. */
  dtype: string | null;
  trainable: boolean;
}

const states = new WeakMap<TfLibrary, Map<number, Tf1State>>();

function stateOf(tf: TfLibrary, id: number): Tf1State | undefined {
  return states.get(tf)?.get(id);
}

/** A TF1 base layer object (the layer of a user subclass, or `tf.layers.Layer(...)` itself). */
export function makeTf1BaseLayer(tf: TfLibrary, cls: string, args: Args, site: CallSite): LayerObj {
  const a = bind(args, ['trainable', 'name', 'dtype']);
  const given = strOf(a.get('name'));
  const l: LayerObj = { id: freshId(), kind: 'Tf1Layer', api: 'v1', name: given ?? null, config: new Map(), inits: new Map(), built: false, weights: [], site };
  tf.reg.layers.set(l.id, l);
  let m = states.get(tf);
  if (!m) states.set(tf, (m = new Map()));
  m.set(l.id, { base: given ?? snakeCase(cls), dtype: dtypeOf(a.get('dtype')), trainable: a.bool('trainable', true) !== false });
  return l;
}

/** A user class deriving from the TF1 base layer: its instance, carrying the layer. */
export function newTf1Subclass(tf: TfLibrary, c: ClassVal, args: Args, site: CallSite): Value {
  const l = makeTf1BaseLayer(tf, c.name, args, site);
  return { t: 'instance', c, attrs: new Map<string, Value>([['__keras__', { t: 'layer', l: { id: l.id } }]]) };
}

/** `super().__init__(name=..., dtype=..., trainable=...)` in a subclass: the base constructor's arguments (before any scope). */
export function tf1BaseInit(tf: TfLibrary, l: LayerObj, args: Args): void {
  const st = stateOf(tf, l.id);
  if (!st || st.scope) return;
  const a = bind(args, ['trainable', 'name', 'dtype']);
  const name = strOf(a.get('name'));
  if (name) {
    st.base = name;
    l.name = name;
  }
  st.dtype = dtypeOf(a.get('dtype')) ?? st.dtype;
  if (a.given('trainable')) st.trainable = a.bool('trainable', true) !== false;
}

/** `_set_scope`: the first time, `variable_scope(None, default_name=base)` entered and left, its scope kept. */
function setScope(tf: TfLibrary, st: Tf1State, site: CallSite): Value {
  if (st.scope) return st.scope;
  const ctx = tf.scoping.variableScope({ pos: [NONE, str(st.base)], kw: new Map(), posNodes: [null, null], kwNodes: new Map() }, site, false);
  if (ctx.t !== 'ctx') return (st.scope = unknown('layer scope'));
  const s = ctx.ctx.enter();
  ctx.ctx.exit();
  st.scope = s;
  return s;
}

/** Runs `body` inside `variable_scope(layer scope, reuse=built, auxiliary_name_scope=False)`. */
function inLayerScope<T>(tf: TfLibrary, l: LayerObj, st: Tf1State, site: CallSite, body: () => T): T {
  const scope = setScope(tf, st, site);
  const kw = new Map<string, Value>([['auxiliary_name_scope', bool(false)]]);
  if (l.built) kw.set('reuse', bool(true));
  const ctx = tf.scoping.variableScope({ pos: [scope], kw, posNodes: [null], kwNodes: new Map() }, site, false);
  if (ctx.t !== 'ctx') return body();
  const entered = ctx.ctx.enter();
  // ops (and tf.Variables) inside go to the scope's original name scope: `backend.name_scope(self._name_scope())`
  const s = entered.t === 'scope' ? tf.reg.scopes.get(entered.s.id) : undefined;
  const g = tf.graph;
  const restore = !s?.originalNameScope ? null
    : tf.eager ? enterEagerNs(g, s.originalNameScope) : tf.scoping.enterNs(g, s.originalNameScope, site).restore;
  try {
    return body();
  } finally {
    restore?.();
    ctx.ctx.exit();
  }
}

/** `layer.add_weight(name, shape, dtype=None, initializer=None, ..., trainable=None, ...)` / `add_variable`. */
export function tf1AddWeight(tf: TfLibrary, l: LayerObj, args: Args, site: CallSite): Value {
  const st = stateOf(tf, l.id);
  if (!st) return unknown('TF1 layer');
  const a = bind(args, ['name', 'shape', 'dtype', 'initializer', 'regularizer', 'trainable', 'constraint', 'use_resource', 'synchronization', 'aggregation', 'partitioner']);
  const sync = a.get('synchronization');
  const onRead = sync?.t === 'tf' && /ON_READ$/.test(sync.path);
  const trainableV = a.get('trainable');
  const trainableGiven = trainableV && trainableV.t !== 'none' ? a.bool('trainable', true) : undefined;
  if (onRead && trainableGiven === true) {
    tf.diag.raise(site, 'ValueError', 'Synchronization value can be set to VariableSynchronization.ON_READ only for non-trainable variables. You have specified trainable=True and synchronization=VariableSynchronization.ON_READ.', 'layer-argument');
    return unknown('a weight TensorFlow refuses');
  }
  const trainable = onRead ? false : trainableGiven ?? true;
  const dtype = dtypeOf(a.get('dtype')) ?? st.dtype ?? 'float32';
  const kw = new Map<string, Value>([['dtype', { t: 'dtype', name: dtype }], ['trainable', bool(trainable && st.trainable)]]);
  for (const k of ['shape', 'initializer', 'regularizer', 'constraint', 'use_resource', 'partitioner']) {
    const v = a.get(k);
    if (v && v.t !== 'none') kw.set(k, v);
  }
  const gv: Args = { pos: [a.get('name') ?? NONE], kw, posNodes: [a.node('name')], kwNodes: new Map() };
  const v = inLayerScope(tf, l, st, site, () => tf.vars.getVariable(gv, site, false));
  if (v.t === 'var') l.weights.push(v);
  return v;
}

/** Calling the layer (`layer(x)`, `layer.apply(x)`): in its scope, `build(input_shape)` once, then `call`. */
export function tf1CallLayer(tf: TfLibrary, self: Value, l: LayerObj, args: Args, site: CallSite): Value {
  const st = stateOf(tf, l.id);
  if (!st) return unknown('TF1 layer');
  const x = bind(args, ['inputs']).get('inputs') ?? NONE;
  return inLayerScope(tf, l, st, site, () => {
    if (!l.built) {
      // base_layer_v1._maybe_build: a layer without a dtype takes its first input's
      const first = x.t === 'list' || x.t === 'tuple' ? x.items[0] : x;
      if (!st.dtype && first?.t === 'tensor' && first.dtype) st.dtype = first.dtype;
      const build = self.t === 'instance' ? tf.interp.findAttrInClass(self.c, 'build') : undefined;
      if (build?.t === 'func') {
        const shape = tf.tensors.shapeOfValue(x);
        const sv: Value = shape ? { t: 'tuple', items: shape.map((d) => (d === null ? NONE : int(d))) } : unknown('input shape');
        tf.interp.callFunction(build.f, { pos: [sv], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, self);
      }
      l.built = true;
    }
    const call = self.t === 'instance' ? tf.interp.findAttrInClass(self.c, 'call') : undefined;
    if (call?.t === 'func') return tf.interp.callFunction(call.f, args, site, self);
    return x;
  });
}
