// keras.ops as the TensorFlow backend runs them (keras/src/backend/tensorflow/numpy.py, core.py): each op is a TF
// op whose static shape rule the analysis already has, with Keras's parameter names mapped onto TF's. Data only,
// plus `ops.shape`, which returns a tuple (static dims as ints, unknown ones as scalar tensors), as the backend does.

import { type Args, type CallSite } from '../interp';
import type { TfLibrary } from '../tflib';
import { ITERATE_GRAPH_TENSOR } from './variableArgs';
import { int, type Value } from '../values';

/** `keras.ops.<name>` → the TF op the TensorFlow backend calls, with Keras keyword names renamed to TF's. */
const KERAS_OPS: Readonly<Record<string, { tf: string; kw?: Readonly<Record<string, string>>; intArg?: string }>> = {
  // numpy-style split: an int is a number of equal sections, as TF's num_or_size_splits; a list is split points
  // (TF reads sizes), so only the int form maps
  split: { tf: 'split', kw: { x: 'value', indices_or_sections: 'num_or_size_splits' }, intArg: 'indices_or_sections' },
  reshape: { tf: 'reshape', kw: { x: 'tensor', newshape: 'shape' } },
  transpose: { tf: 'transpose', kw: { x: 'a', axes: 'perm' } },
  expand_dims: { tf: 'expand_dims', kw: { x: 'input' } },
  squeeze: { tf: 'squeeze', kw: { x: 'input' } },
  arange: { tf: 'range', kw: { stop: 'limit', step: 'delta' } },
  matmul: { tf: 'matmul', kw: { x1: 'a', x2: 'b' } },
  concatenate: { tf: 'concat', kw: { xs: 'values' } },
  stack: { tf: 'stack', kw: { x: 'values' } },
  mean: { tf: 'reduce_mean', kw: { x: 'input_tensor' } },
  sum: { tf: 'reduce_sum', kw: { x: 'input_tensor' } },
  max: { tf: 'reduce_max', kw: { x: 'input_tensor' } },
  min: { tf: 'reduce_min', kw: { x: 'input_tensor' } },
  tile: { tf: 'tile', kw: { x: 'input', repeats: 'multiples' } },
  take: { tf: 'gather', kw: { x: 'params', indices: 'indices' } },
  einsum: { tf: 'einsum' },
  add: { tf: 'add' }, subtract: { tf: 'subtract' }, multiply: { tf: 'multiply' }, divide: { tf: 'divide' },
  square: { tf: 'square' }, sqrt: { tf: 'sqrt' }, exp: { tf: 'exp' }, log: { tf: 'log' }, abs: { tf: 'abs' },
  relu: { tf: 'nn.relu' }, gelu: { tf: 'nn.gelu' }, sigmoid: { tf: 'sigmoid' }, tanh: { tf: 'tanh' }, softmax: { tf: 'nn.softmax' },
  convert_to_tensor: { tf: 'convert_to_tensor', kw: { x: 'value' } }, ones: { tf: 'ones' }, zeros: { tf: 'zeros' },
  zeros_like: { tf: 'zeros_like', kw: { x: 'input' } }, ones_like: { tf: 'ones_like', kw: { x: 'input' } },
  negative: { tf: 'negative' }, maximum: { tf: 'maximum' }, minimum: { tf: 'minimum' }, stop_gradient: { tf: 'stop_gradient' },
};

/** The TF call a `keras.ops` call is, with its keyword arguments renamed; undefined when the op is not in the table. */
export function kerasOpAsTf(name: string, args: Args): { name: string; args: Args } | undefined {
  const op = KERAS_OPS[name];
  if (!op) return undefined;
  if (op.intArg && (args.kw.get(op.intArg) ?? args.pos[1])?.t !== 'int') return undefined;
  const kw = new Map([...args.kw].map(([k, v]) => [op.kw?.[k] ?? k, v] as [string, Value]));
  const kwNodes = new Map([...args.kwNodes].map(([k, v]) => [op.kw?.[k] ?? k, v] as const));
  return { name: op.tf, args: { ...args, kw, kwNodes } };
}

/** `keras.ops.shape(x)`: a tuple of the static dims, each unknown one a scalar int32 tensor (tf.shape(x)[i]). */
export function kerasOpsShape(shape: (number | null)[] | null): Value {
  if (!shape) return { t: 'unknown', why: 'keras.ops.shape of a tensor of unknown rank' };
  return { t: 'tuple', items: shape.map((d): Value => (d === null ? { t: 'tensor', shape: [], dtype: 'int32' } : int(d))) };
}

/** `keras.ops.fft(x)` / `fft2` / `ifft2` on a `(real, imag)` pair (backend/tensorflow/math.py): the transform of
 *  `tf.complex(real, imag)`, returned as `(real, imag)` parts, each shaped like the real part, in its dtype. */
export function kerasOpsFftPair(x: Value | undefined, shapeOf: (v: Value) => (number | null)[] | null): Value {
  const real = x?.t === 'tuple' || x?.t === 'list' ? x.items[0] : undefined;
  if (!real || (x?.t !== 'tuple' && x?.t !== 'list') || x.items.length !== 2) return { t: 'unknown', why: 'keras.ops fft of a value that is not a (real, imag) pair' };
  const part: Value = { t: 'tensor', shape: shapeOf(real), dtype: real.t === 'tensor' ? real.dtype : null };
  return { t: 'tuple', items: [part, { ...part }] };
}

/** `tf.experimental.numpy.<name>` ops the analysis maps onto TF's (numpy's broadcasting is TF's for these); matmul
 *  only when both operands have rank 2 or more (numpy's 1-D vector rule is not TF's). */
const TNP_OPS: Readonly<Record<string, string>> = {
  matmul: 'matmul', maximum: 'maximum', minimum: 'minimum', add: 'add', subtract: 'subtract', multiply: 'multiply',
  divide: 'divide', true_divide: 'divide', exp: 'exp', tanh: 'tanh', sqrt: 'sqrt', square: 'square', abs: 'abs', log: 'log',
};

/** The TF call a `tf.experimental.numpy` call is (positional arguments only), or undefined. */
export function tnpOpAsTf(name: string, args: Args, rankOf: (v: Value) => number | undefined): { name: string; args: Args } | undefined {
  const op = TNP_OPS[name];
  if (!op || args.kw.size) return undefined;
  if (op === 'matmul' && !(args.pos.length === 2 && args.pos.every((v) => (rankOf(v) ?? 0) >= 2))) return undefined;
  return { name: op, args };
}

/** `keras.ops.tensordot(x1, x2, axes=N)` with an integer N (tf.tensordot on the TF backend): the last N axes of x1 contract
 *  with the first N of x2, `x1.shape[:-N] + x2.shape[N:]`; other axes forms, unknown ranks or mismatched known dims: undefined. */
export function kerasOpsTensordot(args: Args, shapeOf: (v: Value) => (number | null)[] | null): Value | undefined {
  const a = args.pos[0] ?? args.kw.get('x1');
  const b = args.pos[1] ?? args.kw.get('x2');
  const ax = args.pos[2] ?? args.kw.get('axes') ?? int(2);
  if (!a || !b || ax.t !== 'int') return undefined;
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  const n = ax.v;
  if (!sa || !sb || n < 0 || n > sa.length || n > sb.length) return undefined;
  const ca = sa.slice(sa.length - n);
  if (ca.some((d, i) => d !== null && sb[i] !== null && d !== sb[i])) return undefined;
  const dtype = a.t === 'tensor' ? a.dtype : null;
  return { t: 'tensor', shape: [...sa.slice(0, sa.length - n), ...sb.slice(n)], dtype };
}

/** Keras 3's activation functions that map each element on its own through keras.ops (keras/src/activations/activations.py;
 *  `swish` is ALL_OBJECTS_DICT's alias of silu): `keras.activations.<name>(x)` has x's shape. Not here: glu (halves an
 *  axis), threshold (required arguments), and hard_silu/hard_swish, mish and sparsemax, which call
 *  backend.convert_to_tensor first and so raise on a KerasTensor (not modelled: their result stays unknown). */
export const KERAS_ELEMENTWISE_ACTIVATIONS = /^activations\.(relu|leaky_relu|relu6|softmax|celu|elu|selu|softplus|softsign|squareplus|soft_shrink|sparse_plus|silu|swish|gelu|tanh|tanh_shrink|sigmoid|sparse_sigmoid|exponential|hard_sigmoid|hard_tanh|hard_shrink|linear|log_softmax|log_sigmoid)$/;

/** `keras.ops.tile(x, repeats)` on the TF backend (keras/src/backend/tensorflow/numpy.py) lists `repeats` with
 *  `[v for v in repeats]` unless it is an int: a tensor of repeats inside a symbolic call (a FuncGraph) cannot be
 *  iterated, and TF raises OperatorNotAllowedInGraphError (a Python list holding tensors is fine). */
export function kerasTileRepeats(tf: TfLibrary, args: Args, site: CallSite): void {
  const repeats = args.pos[1] ?? args.kw.get('repeats');
  if (tf.symbolicCalls > 0 && repeats?.t === 'tensor' && tf.interp.guessDepth === 0) {
    tf.diag.raise(site, 'OperatorNotAllowedInGraphError', ITERATE_GRAPH_TENSOR, 'iterate-graph-tensor');
  }
}

