// TensorFlow's ops as registry rows: tensor-creating ops (zeros, fill, constant, random_*, eye, placeholder,
// keras.Input), TF's arithmetic functions, shape ops (reshape, matmul, concat, shape), dtypes, control flow
// (every branch of cond/case/while_loop runs once, as graph building does) and context managers.

import type { InitializerSpec, NormalInit, Shape, UniformInit } from '../../model';
import { ts, type Dim } from '../../tf/shapeRules';
import type { CallSite } from '../interp';
import type { SeedArg } from '../seeds';
import { handle, NONE, strOf, unknown, type Value } from '../values';
import { containsUnknown, FUNC_OP_NAMES, literalTensor, seedPairOf, shapeOf, shapeValue } from './convert';
import { dimOf, shapeArgOf, tshapeOf } from './tensorOps';
import type { ApiCall, ApiEntry, BoundArgs } from './registry';
import type { TfLibrary } from '../tflib';

type Tensor = Value & { t: 'tensor' };

function filled(a: BoundArgs, call: ApiCall): Tensor {
  const kind = call.name === 'zeros' ? 'zeros' : 'ones';
  const s = shapeArgOf(a.get('shape'));
  return { t: 'tensor', shape: s.dims, dtype: a.dtype('dtype') ?? 'float32', init: { kind, api: call.api }, vague: s.vague };
}

function filledLike(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const src = a.get('input') ?? a.raw.kw.get('tensor');
  const shape = src && (src.t === 'tensor' || src.t === 'var') ? tf.tensors.shapeOfValue(src) : null;
  const kind = call.name === 'zeros_like' ? 'zeros' : 'ones';
  return { t: 'tensor', shape, dtype: src?.t === 'tensor' ? src.dtype : 'float32', init: { kind, api: call.api } };
}

function fill(a: BoundArgs, call: ApiCall): Tensor {
  const v = a.get('value');
  const n = a.num('value');
  const init: InitializerSpec = n === undefined ? { kind: 'unknown', reason: 'fill value unknown' } : { kind: 'constant', value: n, api: call.api };
  const s = shapeArgOf(a.get('dims'));
  return { t: 'tensor', shape: s.dims, dtype: v?.t === 'int' ? 'int32' : 'float32', init, vague: s.vague };
}

/** `tf.constant`, `tf.convert_to_tensor`, `tf.cast`: a tensor's value carries over (cast by TF or converted by NumPy). */
function constant(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const cast = call.name === 'cast';
  const v = a.get(cast ? 'x' : 'value');
  if (v && (v.t === 'tensor' || v.t === 'var')) {
    const t = tf.tensors.asTensor(v);
    const want = a.dtype('dtype');
    const out: Tensor = { ...t, dtype: want ?? t.dtype };
    if (v.t === 'tensor' && v.init && v.dtype) {
      if (!want || want === v.dtype) out.init = v.init;
      else if (v.init.kind === 'unknown') out.init = v.init;
      else if (cast || v.np) {
        const by = cast ? (tf.eager ? 'eager' : 'graph') : 'numpy';
        out.init = tf.tensors.withPost(v.init, v.dtype, [{ op: 'cast', dtype: want, by }]);
      }
    }
    return out;
  }
  const lit = literalTensor(v);
  const dtype = a.dtype('dtype') ?? lit?.dtype ?? 'float32';
  const shapeArg = call.name === 'constant' ? a.get('shape') : undefined;
  const shape = shapeArg ? shapeOf(shapeArg) : lit?.shape ?? null;
  const init: InitializerSpec = lit ? { kind: 'constant', value: lit.value, api: call.api } : { kind: 'unknown', reason: 'constant value unknown' };
  return { t: 'tensor', shape, dtype, init };
}

/** `tf.multiply(x, y)` and friends: Python's operator with TF's graph op name (`Mul`, `truediv`, ...). */
function arithmetic(tf: TfLibrary, a: BoundArgs, call: ApiCall): Value {
  const base = call.name.replace(/^math\./, '');
  const op = /multiply|scalar_mul/.test(base) ? '*' : /add/.test(base) ? '+' : /subtract/.test(base) ? '-' : '/';
  const scalar = base === 'scalar_mul';
  const x = a.get(scalar ? 'scalar' : 'x') ?? unknown();
  const y = a.get(scalar ? 'x' : 'y') ?? unknown();
  const opName = a.str('name') ?? FUNC_OP_NAMES[base]!;
  return tf.tensors.binop(op, x, y, opName) ?? unknown(`tf.${call.name}`);
}

/** Random ops: `random_normal(shape, mean, stddev, dtype, seed)`, `stateless_normal(shape, seed, ...)`. */
function randomOp(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const name = call.name;
  // a shape tensor (tf.shape(x), a stack of its dims) gives its known dims: the op's shape function reads it with
  // MakeShapeFromShapeTensor (random_ops.cc), [None, 10] from tf.shape of a [None, 10] tensor
  const arg = a.get('shape');
  const fromTensor = arg?.t === 'tensor' ? shapeArgOf(arg) : null;
  const shape = fromTensor ? fromTensor.dims : a.shape('shape');
  const kind = name.includes('uniform') ? 'random_uniform' : name.includes('truncated') ? 'truncated_normal' : 'random_normal';
  const dtype = a.dtype('dtype') ?? 'float32';
  const spec: NormalInit | UniformInit = kind === 'random_uniform'
    ? { kind, minval: a.numOr('minval', 0), maxval: a.numOr('maxval', 1), seed: null, api: 'v1' }
    : { kind, mean: a.numOr('mean', 0), stddev: a.numOr('stddev', 1), seed: null, api: 'v1' };
  if (name.startsWith('random.stateless_')) return statelessOp(tf, a, spec, shape, dtype);
  const seedV = a.get('seed');
  const s = a.num('seed');
  spec.seed = s ?? null;
  // eager: the op runs now (its seed drawn, its cached kernel advanced), whatever becomes of the tensor;
  // graph mode: the op is created now (an unseeded one takes the graph's next op number)
  const seedArg: SeedArg = s !== undefined ? s : seedV && seedV.t !== 'none' ? 'unknown' : null;
  if (tf.eager) tf.rng.ranEagerly(spec, shape, dtype, seedArg);
  else tf.rng.createdInGraph(spec, seedArg);
  return fromTensor?.vague ? { t: 'tensor', shape, dtype, init: spec, vague: true } : { t: 'tensor', shape, dtype, init: spec };
}

/** TF's stateless ops: Philox keyed by the [seed0, seed1] pair (StatelessRandomGetKeyCounter) on CPU. */
function statelessOp(tf: TfLibrary, a: BoundArgs, spec: NormalInit | UniformInit, shape: Shape, dtype: string): Tensor {
  const pair = seedPairOf(a.get('seed'));
  const algV = a.get('alg');
  const alg = algV === undefined || algV.t === 'none' ? 'auto_select' : strOf(algV)?.toLowerCase();
  spec.seed = pair && (alg === 'auto_select' || alg === 'philox') ? pair : null;
  if (!spec.seed) {
    tf.rng.opSeeds.set(spec, {
      graph: null, op: null, dependsOnRuntime: true,
      note: pair
        ? `stateless op with alg=${alg ?? '?'}: only the Philox algorithm (TF's default on CPU) is reproduced; values come from our own seeded generator`
        : 'the stateless op\'s seed pair is not known statically; values come from our own seeded generator with the same distribution',
    });
  }
  return { t: 'tensor', shape, dtype, init: spec };
}

/** `keras.Input(shape=None, batch_size=None, dtype=None, sparse=None, ragged=None, batch_shape=None, ...)`. */
function kerasInput(a: BoundArgs, tf?: TfLibrary, keras2?: boolean): Tensor {
  const s = a.shape('shape');
  const shape = s ? [a.num('batch_size') ?? null, ...s] : a.given('batch_shape') ? a.shape('batch_shape') : null;
  // None dims are Keras's unknown dims; dims the analysis could not read are vague
  const given = a.given('shape') ? a.get('shape') : a.get('batch_shape');
  const vague = !!given && shapeArgOf(given).vague || (a.given('batch_size') && a.num('batch_size') === undefined);
  // Keras 3's Input makes an InputLayer named like any layer (`input_layer`, `input_layer_1`, ...)
  const kinput = keras2 || !tf ? undefined : a.str('name') ?? tf.keras.kerasUniquify('input_layer');
  return { t: 'tensor', shape, dtype: a.dtype('dtype') ?? 'float32', vague: !!vague, ...(kinput ? { kinput } : {}) };
}

/** Graph building runs every branch function once (`cond`, `case`, `switch_case`, `while_loop`'s cond and body). */
function controlFlow(tf: TfLibrary, a: BoundArgs, site: CallSite, call: ApiCall): Value {
  const name = call.name;
  const branches = (b: Value | undefined): (Value | undefined)[] => {
    const items = b?.t === 'list' || b?.t === 'tuple' ? b.items : b?.t === 'dict' ? b.vals : [];
    return items.map((x) => (x.t === 'tuple' ? x.items[1] : x));
  };
  const fns = name === 'cond' ? [a.get('true_fn'), a.get('false_fn')]
    : name === 'while_loop' ? [a.get('cond'), a.get('body')]
    : branches(a.get(name === 'case' ? 'pred_fn_pairs' : 'branch_fns'));
  const loopVars = name === 'while_loop' ? a.get('loop_vars') : undefined;
  let pos = loopVars ? (loopVars.t === 'list' || loopVars.t === 'tuple' ? loopVars.items : [loopVars]) : [];
  if (loopVars) {
    // the body sees each loop variable with its shape invariant (TF relaxes the loop variables' shapes to them)
    const inv = a.raw.kw.get('shape_invariants');
    const invs = inv?.t === 'list' || inv?.t === 'tuple' ? inv.items : undefined;
    pos = pos.map((v, i) => {
      const s = invs?.[i] ? shapeArgOf(invs[i]) : undefined;
      if (v.t !== 'tensor' || !s?.dims) return v;
      // TF's own None dims only when the invariant was fully read
      const { noneDims, ...rest } = v;
      return { ...rest, shape: s.dims, vague: s.vague, pv: undefined, ...(noneDims && !s.vague ? { noneDims } : {}) };
    });
  }
  // TF1 cond / while_loop build their branches inside name_scope(name, "cond" / "while"): `cond/v1`, `while/Variable`
  const scoped = !tf.eager && tf.controlFlowV1 && (name === 'cond' || name === 'while_loop');
  const ns = scoped ? controlFlowScope(tf, a.raw.kw.get('name') ?? (name === 'cond' ? a.get('name') : undefined), name === 'cond' ? 'cond' : 'while') : null;
  let first: Value | undefined;
  if (ns) tf.controlFlowDepth++;
  try {
    for (const fn of fns) {
      if (!fn || fn.t === 'none') continue;
      const r = tf.interp.call(fn, { pos, kw: new Map(), posNodes: pos.map(() => null), kwNodes: new Map() }, site);
      first ??= r;
    }
  } finally {
    if (ns) {
      tf.controlFlowDepth--;
      ns.restore();
    }
  }
  // while_loop: the loop variables after the loop, in their structure (TF1 returns a lone variable unwrapped)
  if (loopVars) return loopVars.t === 'list' || loopVars.t === 'tuple' ? (pos.length === 1 && loopVars.t === 'list' && call.api === 'v1' ? pos[0]! : { t: loopVars.t, items: pos }) : pos[0]!;
  return first ?? unknown();
}

/** `ops.name_scope(name, default)` around a TF1 control-flow construct; null (no scope entered) when its name is not known. */
function controlFlowScope(tf: TfLibrary, nameArg: Value | undefined, dflt: string): { restore: () => void } | null {
  const given = nameArg && nameArg.t !== 'none' ? strOf(nameArg) : dflt;
  if (given === undefined || (nameArg?.t === 'str' && nameArg.partial)) return null;
  try {
    return tf.graph.enterNameScope(given);
  } catch {
    return null;
  }
}

const BINARY = ['x', 'y', 'name'];
const RANDOM = ['shape', 'mean', 'stddev', 'dtype', 'seed', 'name'];
const STATELESS = ['shape', 'seed', 'mean', 'stddev', 'dtype', 'name', 'alg'];

export const OPS_API: readonly ApiEntry[] = [
  { names: ['zeros', 'ones'], params: ['shape', 'dtype', 'name'], impl: (_tf, a, _s, c) => filled(a, c) },
  { names: ['zeros_like', 'ones_like'], params: ['input', 'dtype', 'name'], impl: (tf, a, _s, c) => filledLike(tf, a, c) },
  { names: ['fill'], params: ['dims', 'value', 'name'], impl: (_tf, a, _s, c) => fill(a, c) },
  { names: ['constant'], params: ['value', 'dtype', 'shape', 'name'], impl: (tf, a, _s, c) => constant(tf, a, c) },
  { names: ['convert_to_tensor'], params: ['value', 'dtype', 'name'], impl: (tf, a, _s, c) => constant(tf, a, c) },
  { names: ['cast'], params: ['x', 'dtype', 'name'], impl: (tf, a, _s, c) => constant(tf, a, c) },
  {
    names: ['multiply', 'math.multiply', 'add', 'math.add', 'subtract', 'math.subtract', 'divide', 'math.divide', 'truediv', 'math.truediv'],
    params: BINARY, impl: (tf, a, _s, c) => arithmetic(tf, a, c),
  },
  { names: ['scalar_mul', 'math.scalar_mul'], params: ['scalar', 'x', 'name'], impl: (tf, a, _s, c) => arithmetic(tf, a, c) },
  {
    names: ['negative', 'math.negative'], params: ['x', 'name'],
    impl: (tf, a, _s, c) => tf.tensors.unop('-', a.get('x') ?? unknown(), a.str('name') ?? 'Neg') ?? unknown(`tf.${c.name}`),
  },
  { names: ['random_normal', 'truncated_normal'], params: RANDOM, impl: (tf, a, _s, c) => randomOp(tf, a, c) },
  { names: ['random_uniform'], params: ['shape', 'minval', 'maxval', 'dtype', 'seed', 'name'], impl: (tf, a, _s, c) => randomOp(tf, a, c) },
  { names: ['random.stateless_normal', 'random.stateless_truncated_normal'], params: STATELESS, impl: (tf, a, _s, c) => randomOp(tf, a, c) },
  {
    names: ['random.stateless_uniform'], params: ['shape', 'seed', 'minval', 'maxval', 'dtype', 'name', 'alg'],
    impl: (tf, a, _s, c) => randomOp(tf, a, c),
  },
  {
    names: ['eye'], params: ['num_rows', 'num_columns', 'batch_shape', 'dtype', 'name'],
    // linalg_ops_impl.eye: batch_shape + [num_rows, num_columns (num_rows when not given)]; a shape scalar's
    // partial value gives the dim (`tf.eye(tf.shape(x)[0])`), and the rank is known even when a dim is not
    impl: (_tf, a, _s, c) => {
      const dim = (k: string): Dim | undefined => { const v = a.get(k); return v ? dimOf(v) : undefined; };
      const n = dim('num_rows');
      const m = a.given('num_columns') && a.get('num_columns')?.t !== 'none' ? dim('num_columns') : n;
      const batch = a.given('batch_shape') ? shapeArgOf(a.get('batch_shape')) : ts([]);
      const shape = batch.dims ? [...batch.dims, n ?? null, m ?? null] : null;
      const vague = n === undefined || m === undefined || batch.vague;
      return { t: 'tensor', shape, dtype: a.dtype('dtype') ?? 'float32', vague, init: { kind: 'identity', gain: 1, api: c.api } };
    },
  },
  {
    names: ['placeholder'], params: ['dtype', 'shape', 'name'],
    impl: (tf, a) => {
      // no shape: TF's unknown rank; dims given as None are TF's unknown dims, others the analysis could not read are vague
      const given = a.get('shape');
      const s = a.given('shape') ? shapeArgOf(given) : { dims: null, vague: false };
      // a fully evaluated shape (None, or ints and Nones): its null dims are TensorFlow's None, which Keras 2's build
      // checks and validate_shape's check rely on (the op name is given by the API layer)
      const definite = !given || given.t === 'none' || !containsUnknown(given);
      return { t: 'tensor', shape: s.dims, dtype: a.dtype('dtype') ?? 'float32', vague: s.vague, ...(definite ? { noneDims: true as const } : {}) } satisfies Tensor;
    },
  },
  {
    names: ['Input', 'keras.Input', 'layers.Input', 'keras.layers.Input'],
    params: ['shape', 'batch_size', 'dtype', 'sparse', 'ragged', 'batch_shape', 'name', 'tensor', 'optional'], impl: (tf, a, _s, c) => kerasInput(a, tf, !!c.keras2),
  },
  { names: ['TensorShape'], params: ['dims'], impl: (_tf, a) => shapeValue(a.shape('dims')) },
  {
    // v1 and v2 order `name` and `out_type` differently: both are read by keyword
    names: ['shape'], params: ['input'],
    impl: (tf, a) => {
      const s0 = tshapeOf(tf, a.get('input') ?? NONE);
      const out: Tensor = { t: 'tensor', shape: s0.dims ? [s0.dims.length] : null, dtype: a.dtype('out_type') ?? 'int32' };
      // its elements as TF's shape functions see them (constant-folded where the static dim is known)
      if (s0.dims) out.pv = s0.dims.map((d) => (d === null && s0.vague ? undefined : d));
      if (!tf.eager) out.op = tf.graph.uniqueName(a.str('name') ?? 'Shape');
      return out;
    },
  },
  { names: ['cond'], params: ['pred', 'true_fn', 'false_fn', 'strict', 'name'], impl: controlFlow },
  { names: ['case'], params: ['pred_fn_pairs', 'default', 'exclusive', 'strict', 'name'], impl: controlFlow },
  { names: ['switch_case'], params: ['branch_index', 'branch_fns', 'default', 'name'], impl: controlFlow },
  { names: ['while_loop'], params: ['cond', 'body', 'loop_vars'], impl: controlFlow },
  {
    names: ['disable_control_flow_v2', 'enable_control_flow_v2'], params: [],
    impl: (tf, _a, _s, c) => { tf.controlFlowV1 = c.name === 'disable_control_flow_v2'; return NONE; },
  },
  { names: ['Dimension'], params: ['value'], impl: (_tf, a) => a.get('value') ?? NONE },
  {
    names: ['as_dtype', 'dtypes.as_dtype'], params: ['type_value'],
    impl: (_tf, a) => { const d = a.dtype('type_value'); return d ? { t: 'dtype', name: d } : unknown(); },
  },
  {
    names: ['Session', 'InteractiveSession', 'train.MonitoredSession', 'device', 'control_dependencies', 'init_scope', 'compat.v1.Session'],
    params: [], impl: () => ({ t: 'ctx', ctx: { enter: () => unknown('session'), exit: () => {} } }),
  },
  // `with tf.GradientTape() as tape`: `tape.gradient(target, sources)` has the structure of `sources` (objects.ts)
  { names: ['GradientTape'], params: [], impl: () => ({ t: 'ctx', ctx: { enter: () => handle({ kind: 'tape' }), exit: () => {} } }) },
];

/** Element-wise and shape-preserving ops: the result has the first tensor's shape. */
export const SHAPE_PRESERVING_OPS = /^(nn\.|math\.)?(relu|relu6|leaky_relu|tanh|sigmoid|softmax|log_softmax|softplus|softsign|swish|silu|elu|selu|gelu|dropout|identity|abs|exp|expm1|log|log1p|sqrt|rsqrt|reciprocal|square|negative|erf|sin|cos|tan|floor|ceil|round|sign|add|subtract|multiply|divide|maximum|minimum|clip_by_value|stop_gradient|layer_norm|l2_normalize|bias_add)$/;
