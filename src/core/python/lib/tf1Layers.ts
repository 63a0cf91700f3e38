// TF1 layer objects (`tf.compat.v1.layers.Dense(2, name=...)`, the frozen `tensorflow.python.layers.core.Dense`):
// constructing one creates nothing; its first call (or `.apply`) builds it as the functional form would (a
// variable_scope(None, default_name=name or the class's snake-case name) holding its variables), later calls
// reuse what it built and create nothing. Rule: TF's legacy_tf_layers/base.py (`_init_set_name`, `_set_scope`).

import type { Shape } from '../../model';
import type { Args, CallSite } from '../interp';
import { handle, int, NONE, str, strOf, unknown, type ClassVal, type Value } from '../values';
import { shapeOf, snakeCase } from './convert';
import { layerOutputVague } from './tensorOps';
import { depsOf, unionDeps, withDeps } from './gradDeps';
import { tf1CallAgainShape, tf1ConstructorError, tfLayersFunctional } from './layerBuild';
import type { TfLibrary } from '../tflib';

interface Tf1Layer {
  /** The functional form's name: Keras's to_snake_case of the class (`dense`, `conv2d_transpose`), its scope base too. */
  fn: string;
  ctor: Args;
  /** The layer's `name`: given, else `unique_object_name(fn, zero_based=False)` (dense_1, dense_2: not its scope's name). */
  name: string;
  built: boolean;
  builtOn?: Shape;
  out?: Shape;
  /** Variable ids its weights have (its output's gradient dependence, lib/gradDeps.ts), when followed. */
  weightDeps?: number[];
  /** Elements of the variables its build created (count_params), when all shapes are known. */
  params?: number;
  /** A user subclass's `_base_name` (to_snake_case of the subclass, `tpu_batch_normalization`): its scope's default name. */
  base?: string;
}

const layers = new WeakMap<TfLibrary, Map<number, Tf1Layer>>();

function store(tf: TfLibrary): Map<number, Tf1Layer> {
  let m = layers.get(tf);
  if (!m) layers.set(tf, (m = new Map()));
  return m;
}

/** A TF1 layer class called: the (unbuilt) layer object, or TensorFlow's ValueError for its arguments. */
export function makeTf1Layer(tf: TfLibrary, cls: string, args: Args, site: CallSite, base?: string): Value {
  const bad = tf1ConstructorError(snakeCase(cls), args);
  if (bad) {
    tf.diag.raise(site, 'ValueError', bad, 'layer-argument');
    return unknown('a layer TensorFlow refuses');
  }
  const m = store(tf);
  const id = m.size + 1;
  const name = strOf(args.kw.get('name')) ?? tf.keras.k2.uniquify(base ?? snakeCase(cls), true);
  m.set(id, { fn: snakeCase(cls), ctor: args, name, built: false, ...(base ? { base } : {}) });
  return handle({ kind: 'tf1layer', id });
}

/**
 * An object of a user subclass of a concrete TF1 layer (`class TpuBatchNormalization(tf.layers.BatchNormalization)`,
 * `class Conv2D(tf.layers.Conv2D)`): that layer, named and scoped after the subclass (legacy base.py `_init_set_name`:
 * to_snake_case(self.__class__.__name__)), made with the subclass's arguments, or with those its `__init__` gives
 * `super().__init__` (`tf1SubclassInit`). Its own methods stay the user's; its build and call are the layer's.
 */
export function newTf1LayerSubclass(tf: TfLibrary, c: ClassVal, cls: string, args: Args, site: CallSite): Value {
  const attrs = new Map<string, Value>();
  if (tf.interp.findAttrInClass(c, '__init__')?.t === 'func') attrs.set('__tf1sub__', str(cls));
  else attrs.set('__tf1layer__', makeTf1Layer(tf, cls, args, site, snakeCase(c.name)));
  return { t: 'instance', c, attrs };
}

/** `super().__init__(...)` in such a subclass's `__init__`: the layer made with those arguments (once). */
export function tf1SubclassInit(tf: TfLibrary, self: Value & { t: 'instance' }, args: Args, site: CallSite): Value {
  const cls = strOf(self.attrs.get('__tf1sub__'));
  if (cls && !self.attrs.has('__tf1layer__')) self.attrs.set('__tf1layer__', makeTf1Layer(tf, cls, args, site, snakeCase(self.c.name)));
  return NONE;
}

/** `layer(inputs)` / `layer.apply(inputs)`: builds on the first call; later calls create nothing. */
export function callTf1Layer(tf: TfLibrary, id: number, args: Args, site: CallSite): Value {
  const l = store(tf).get(id);
  if (!l) return unknown('TF1 layer');
  const inputs = args.pos[0] ?? args.kw.get('inputs');
  if (!inputs) return unknown('TF1 layer called without inputs');
  const inShape = tf.tensors.shapeOfValue(inputs);
  if (l.built) {
    const same = JSON.stringify(inShape) === JSON.stringify(l.builtOn) && inShape?.every((d) => d !== null);
    const shape = same ? (l.out ?? null) : tf1CallAgainShape(l.fn, l.ctor, inShape, l.builtOn ?? null);
    const inVague = inputs.t === 'tensor' && inputs.vague !== undefined ? inputs.vague : !inShape || inShape.some((d) => d === null);
    const again: Value = { t: 'tensor', shape, dtype: inputs.t === 'tensor' ? inputs.dtype : 'float32', vague: layerOutputVague({ dims: inShape, vague: inVague }, shape) };
    return withDeps(again, l.weightDeps && unionDeps([inputs], l.weightDeps));
  }
  const kw = new Map(l.ctor.kw);
  const kwNodes = new Map(l.ctor.kwNodes);
  for (const [k, v] of args.kw) if (k !== 'inputs') kw.set(k, v);
  const before = tf.variables.length;
  const out = tfLayersFunctional(tf.keras.host, `layers.${l.fn}`, { pos: [inputs, ...l.ctor.pos], kw, posNodes: [args.posNodes[0] ?? null, ...l.ctor.posNodes], kwNodes }, site, true, l.base);
  const sizes = tf.variables.slice(before).map((v) => (v.shape && v.shape.every((d) => d !== null) ? (v.shape as number[]).reduce((a, b) => a * b, 1) : null));
  if (sizes.every((n) => n !== null)) l.params = (sizes as number[]).reduce((a, b) => a + b, 0);
  l.built = true;
  // its weights (made now, or reused under reuse): what its output depends on beyond its input
  const inDeps = depsOf(inputs);
  if (out.t === 'tensor' && out.deps && inDeps) l.weightDeps = out.deps.filter((id) => !inDeps.includes(id));
  l.builtOn = inShape;
  l.out = out.t === 'tensor' ? out.shape : null;
  return out;
}

/** `layer.build(input_shape)`: builds as a first call on an input of that shape would (legacy add_weight sets the scope). */
export function buildTf1Layer(tf: TfLibrary, id: number, args: Args, site: CallSite): Value {
  const shape = shapeOf(args.pos[0] ?? args.kw.get('input_shape') ?? NONE);
  const input: Value = { t: 'tensor', shape, dtype: 'float32' };
  callTf1Layer(tf, id, { pos: [input], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
  return NONE;
}

/** `layer.count_params()`: Keras 2 refuses an unbuilt layer (base_layer.count_params), naming the layer's `name`. */
export function countTf1Params(tf: TfLibrary, id: number, site: CallSite): Value {
  const l = store(tf).get(id);
  if (!l) return unknown('TF1 layer');
  if (!l.built) {
    tf.diag.raise(site, 'ValueError', `You tried to call \`count_params\` on ${l.name}, but the layer isn't built. You can build it manually via: \`${l.name}.build(batch_input_shape)\`.`, 'layer-not-built');
    return unknown();
  }
  return l.params === undefined ? unknown('parameter count') : int(l.params);
}
