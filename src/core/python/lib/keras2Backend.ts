// Keras 2's backend functions (`keras.backend` / `tf.keras.backend` as `K`, tensorflow/python/keras/backend.py), which
// Keras 3's backend no longer has: each is a TF op whose shape rule the analysis already has, with the backend's
// parameter names and defaults mapped onto TF's (K.concatenate's axis=-1, K.expand_dims's axis=-1), plus
// int_shape (a tuple of static dims, None for unknown ones) and the random tensors (shape and dtype; no seed draw).

import { type Args } from '../interp';
import { int, NONE, type Value } from '../values';
import { shapeArgOf } from './tensorOps';

/** `K.<name>` → the TF op backend.py calls, its keyword names renamed to TF's, defaults Keras 2 gives and TF lacks. */
const KERAS2_BACKEND: Readonly<Record<string, { tf: string; kw?: Readonly<Record<string, string>>; pos?: readonly string[]; defaults?: Readonly<Record<string, Value>> }>> = {
  shape: { tf: 'shape', kw: { x: 'input' } },
  sum: { tf: 'reduce_sum', pos: ['input_tensor', 'axis', 'keepdims'], kw: { x: 'input_tensor' } },
  mean: { tf: 'reduce_mean', pos: ['input_tensor', 'axis', 'keepdims'], kw: { x: 'input_tensor' } },
  max: { tf: 'reduce_max', pos: ['input_tensor', 'axis', 'keepdims'], kw: { x: 'input_tensor' } },
  min: { tf: 'reduce_min', pos: ['input_tensor', 'axis', 'keepdims'], kw: { x: 'input_tensor' } },
  prod: { tf: 'reduce_prod', pos: ['input_tensor', 'axis', 'keepdims'], kw: { x: 'input_tensor' } },
  square: { tf: 'square', kw: { x: 'x' } }, sqrt: { tf: 'sqrt', kw: { x: 'x' } }, exp: { tf: 'exp', kw: { x: 'x' } },
  log: { tf: 'log', kw: { x: 'x' } }, abs: { tf: 'abs', kw: { x: 'x' } }, sign: { tf: 'sign', kw: { x: 'x' } },
  sigmoid: { tf: 'sigmoid', kw: { x: 'x' } }, tanh: { tf: 'tanh', kw: { x: 'x' } },
  relu: { tf: 'nn.relu', pos: ['x'] },
  softmax: { tf: 'nn.softmax', pos: ['x'] },
  maximum: { tf: 'maximum' }, minimum: { tf: 'minimum' },
  equal: { tf: 'equal' }, not_equal: { tf: 'not_equal' }, greater: { tf: 'greater' }, less: { tf: 'less' },
  cast: { tf: 'cast', kw: { x: 'x' } },
  concatenate: { tf: 'concat', pos: ['values', 'axis'], kw: { tensors: 'values' }, defaults: { axis: int(-1) } },
  l2_normalize: { tf: 'nn.l2_normalize', pos: ['x', 'axis'] },
  reshape: { tf: 'reshape', pos: ['tensor', 'shape'], kw: { x: 'tensor' } },
  permute_dimensions: { tf: 'transpose', pos: ['a', 'perm'], kw: { x: 'a', pattern: 'perm' } },
  expand_dims: { tf: 'expand_dims', pos: ['input', 'axis'], kw: { x: 'input' }, defaults: { axis: int(-1) } },
  squeeze: { tf: 'squeeze', pos: ['input', 'axis'], kw: { x: 'input' } },
  stack: { tf: 'stack', pos: ['values', 'axis'], kw: { x: 'values' } },
  tile: { tf: 'tile', pos: ['input', 'multiples'], kw: { x: 'input', n: 'multiples' } },
  transpose: { tf: 'transpose', pos: ['a'], kw: { x: 'a' } },
  stop_gradient: { tf: 'stop_gradient', pos: ['input'], kw: { variables: 'input' } },
  flatten: { tf: 'reshape', pos: ['tensor'], kw: { x: 'tensor' }, defaults: { shape: { t: 'list', items: [int(-1)] } } },
};

/** The TF call `K.<name>(...)` is under Keras 2; undefined when the function is not in the table. */
export function keras2BackendAsTf(name: string, args: Args): { name: string; args: Args } | undefined {
  const op = KERAS2_BACKEND[name];
  if (!op) return undefined;
  const kw = new Map<string, Value>();
  const kwNodes = new Map(args.kwNodes);
  const pos = op.pos ? [] : [...args.pos];
  if (op.pos) args.pos.forEach((v, i) => (i < op.pos!.length ? kw.set(op.pos![i]!, v) : pos.push(v)));
  for (const [k, v] of args.kw) kw.set(op.kw?.[k] ?? k, v);
  for (const [k, v] of Object.entries(op.defaults ?? {})) if (!kw.has(k)) kw.set(k, v);
  for (const [k, n] of args.kwNodes) if (op.kw?.[k]) { kwNodes.delete(k); kwNodes.set(op.kw[k]!, n); }
  return { name: op.tf, args: { ...args, pos, kw, kwNodes } };
}

/** `K.int_shape(x)`: the static shape as a tuple, None for each unknown dim (backend.py: `tuple(x.shape.as_list())`). */
export function keras2IntShape(shape: (number | null)[] | null): Value {
  if (!shape) return { t: 'unknown', why: 'K.int_shape of a tensor of unknown rank' };
  return { t: 'tuple', items: shape.map((d): Value => (d === null ? NONE : int(d))) };
}

/** `K.random_normal(shape, mean, stddev, dtype, seed)` and its kin: a tensor of that shape in `dtype` (floatx by
 *  default). The seed Keras 2 draws when none is given is NumPy's (`np.random.randint(10e6)`), never TF's op counter. */
export function keras2RandomTensor(name: string, args: Args): Value | undefined {
  if (!/^(random_normal|random_uniform|truncated_normal|random_binomial|random_bernoulli)$/.test(name)) return undefined;
  const s = shapeArgOf(args.pos[0] ?? args.kw.get('shape'));
  const dt = args.kw.get('dtype') ?? args.pos[3];
  const dtype = dt === undefined || dt.t === 'none' ? 'float32' : dt.t === 'str' ? dt.v : null;
  return { t: 'tensor', shape: s.dims, dtype, vague: s.vague };
}
