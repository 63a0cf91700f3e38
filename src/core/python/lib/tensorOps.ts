// Tensor ops as registry rows: each op's signature and its static shape rule (src/core/tf/shapeRules.ts), with
// the dtype TensorFlow gives the result. A tensor's `vague` marks nulls the analysis could not resolve (TF may
// know them); `pv` is the partial value of a shape tensor (`tf.shape(x)`, its elements), as TF's shape functions see it.

import {
  broadcastRule, concatRule, einsumRule, expandDimsRule, gatherRule, matmulRule, oneHotRule, padRule, reduceRule,
  reshapeRule, sliceOpRule, splitRule, squeezeRule, stackRule, tileRule, transposeRule, ts, unsortedSegmentRule, unstackRule, UNKNOWN, windowRule, type Dim, type TShape,
} from '../../tf/shapeRules';
import { NONE, numOf, unknown, type Value } from '../values';
import { literalTensor } from './convert';
import { bind, type ApiCall, type ApiEntry, type BoundArgs } from './registry';
import type { Args, CallSite } from '../interp';
import type { TfLibrary } from '../tflib';

type Tensor = Value & { t: 'tensor' };

/** The static shape of a tensor-like value (a variable's unknown dims are the analysis's, never TF's). */
export function tshapeOf(tf: TfLibrary, v: Value | undefined): TShape {
  if (!v) return UNKNOWN;
  // a tensor made elsewhere (a layer's output, a tensor of a shape read from arguments) says nothing about its
  // unknown dims: they may be dims TensorFlow knows
  if (v.t === 'tensor') return ts(v.shape, v.vague ?? (!v.shape || v.shape.some((d) => d === null)));
  if (v.t === 'var') {
    const s = tf.reg.vars.get(v.v.id)!.shape;
    return ts(s, !s || s.some((d) => d === null));
  }
  if (v.t === 'int' || v.t === 'float' || v.t === 'bool') return ts([]);
  const lit = literalTensor(v);
  return lit ? ts(lit.shape) : UNKNOWN;
}

/**
 * A layer's output from its input: its unknown dims are TF's too when the input's were and the layer added
 * none (a Dense on `[None, 4]` gives `[None, 10]`); an unknown dim more (units not known statically) is the analysis's.
 */
export function layerOutputVague(input: TShape, out: Dim[] | null): boolean {
  const nulls = (s: readonly Dim[]): number => s.filter((d) => d === null).length;
  if (!out) return true;
  return input.vague || !input.dims || nulls(out) > nulls(input.dims);
}

/** A scalar's static value as a shape function sees it: a number, null (TF does not know it), undefined (we do not). */
export function dimOf(v: Value): Dim | undefined {
  if (v.t === 'int') return v.v;
  if (v.t === 'none') return null;
  if (v.t === 'tensor' && v.shape?.length === 0 && v.pv !== undefined && !Array.isArray(v.pv)) return v.pv;
  return undefined;
}

/** A shape argument (a list of ints / None / scalar tensors, a shape tensor, a TensorShape) as TF's shape functions read it. */
export function shapeArgOf(v: Value | undefined): TShape {
  if (!v || v.t === 'none') return UNKNOWN;
  if (v.t === 'int') return ts([v.v]);
  if (v.t === 'list' || v.t === 'tuple') {
    let vague = false;
    const dims = v.items.map((d) => {
      const x = dimOf(d);
      if (x === undefined) vague = true;
      return x === undefined || (x !== null && x < 0) ? (x === undefined ? null : x) : x;
    });
    return ts(dims, vague);
  }
  if (v.t === 'tensor' && Array.isArray(v.pv)) return ts(v.pv.map((d) => d ?? null), v.pv.some((d) => d === undefined));
  if (v.t === 'tensor' && v.init?.kind === 'constant' && Array.isArray(v.init.value) && !v.init.post?.length) {
    return ts(v.init.value.map((d) => (typeof d === 'number' ? d : null)));
  }
  if (v.t === 'tensor' && v.shape?.length === 1 && v.shape[0] !== null) return ts(Array(v.shape[0]).fill(null), true);
  return UNKNOWN;
}

/** Axes: an int or a list of ints; null for None; undefined when not known statically. */
function axesOf(v: Value | undefined): number[] | null | undefined {
  if (!v || v.t === 'none') return null;
  if (v.t === 'int') return [v.v];
  if (v.t === 'list' || v.t === 'tuple') {
    const ns = v.items.map(numOf);
    return ns.every((n) => n !== undefined) ? (ns as number[]) : undefined;
  }
  const c = v.t === 'tensor' && v.init?.kind === 'constant' ? v.init.value : undefined;
  if (typeof c === 'number') return [c];
  return Array.isArray(c) && c.every((x) => typeof x === 'number') ? (c as number[]) : undefined;
}

export function dtypeOfValue(tf: TfLibrary, v: Value | undefined): string | null {
  if (!v) return null;
  if (v.t === 'tensor') return v.dtype;
  if (v.t === 'var') return tf.reg.vars.get(v.v.id)!.dtype;
  return literalTensor(v)?.dtype ?? null;
}

/** The op's result: shape and vagueness from the rule, the graph op's name taken in graph mode. */
export function out(tf: TfLibrary, s: TShape, dtype: string | null, opName?: string): Tensor {
  const t: Tensor = { t: 'tensor', shape: s.dims, dtype, vague: s.vague && (s.dims === null || s.dims.some((d) => d === null)) };
  if (opName && !tf.eager) t.op = tf.graph.uniqueName(opName);
  return t;
}

const items = (v: Value | undefined): Value[] | undefined => (v?.t === 'list' || v?.t === 'tuple' ? v.items : undefined);

function unary(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const x = a.get('x');
  const cast = /^to_(float|double|int32|int64|bfloat16)$/.exec(call.name);
  const dtype = cast ? ({ float: 'float32', double: 'float64', int32: 'int32', int64: 'int64', bfloat16: 'bfloat16' } as Record<string, string>)[cast[1]!]! : dtypeOfValue(tf, x);
  return out(tf, tshapeOf(tf, x), dtype);
}

const COMPARE = /(^|\.)(equal|not_equal|less|less_equal|greater|greater_equal|logical_and|logical_or|logical_xor)$/;

function binary(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const x = a.get('x');
  const y = a.get('y');
  const dtype = COMPARE.test(call.name) ? 'bool' : x?.t === 'tensor' || x?.t === 'var' ? dtypeOfValue(tf, x) : dtypeOfValue(tf, y) ?? dtypeOfValue(tf, x);
  return out(tf, broadcastRule(tshapeOf(tf, x), tshapeOf(tf, y)), dtype);
}

function reduce(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const axisV = a.given('axis') ? a.get('axis') : a.raw.kw.get('reduction_indices');
  const keep = a.given('keepdims') ? a.bool('keepdims', false) : a.raw.kw.has('keep_dims') ? a.bool('keep_dims', false) : false;
  const x = a.get('input_tensor');
  const s = keep === undefined ? ts(null, true) : reduceRule(tshapeOf(tf, x), axesOf(axisV), keep);
  const dtype = /reduce_(any|all)$/.test(call.name) ? 'bool' : dtypeOfValue(tf, x);
  return out(tf, s, dtype);
}

/**
 * `tf.nn.moments(x, axes, ...)`: (mean, variance), each a reduce_mean over `axes` kept (keepdims / TF1's keep_dims,
 * default False), in x's dtype (TF 1.15 nn_impl.moments; TF 2's signature puts keepdims before name).
 */
function moments(tf: TfLibrary, raw: BoundArgs['raw'], call: ApiCall): Value {
  const a = bind(raw, call.api === 'v1' ? ['x', 'axes', 'shift', 'name', 'keep_dims', 'keepdims'] : ['x', 'axes', 'shift', 'keepdims', 'name']);
  const keepV = a.get('keepdims') ?? a.get('keep_dims');
  const keep = keepV === undefined || keepV.t === 'none' ? false : a.bool(a.get('keepdims') ? 'keepdims' : 'keep_dims', false);
  const x = a.get('x');
  const s = keep === undefined ? ts(null, true) : reduceRule(tshapeOf(tf, x), axesOf(a.get('axes')), keep);
  const dtype = dtypeOfValue(tf, x);
  return { t: 'tuple', items: [out(tf, s, dtype), out(tf, s, dtype)] };
}

function argReduce(tf: TfLibrary, a: BoundArgs): Tensor {
  const axisV = a.given('axis') ? a.get('axis') : a.raw.kw.get('dimension');
  const axes = axisV === undefined || axisV.t === 'none' ? [0] : axesOf(axisV);
  return out(tf, reduceRule(tshapeOf(tf, a.get('input')), axes, false), a.dtype('output_type') ?? 'int64');
}

function split(tf: TfLibrary, a: BoundArgs): Value {
  const x = tshapeOf(tf, a.get('value'));
  const n = a.get('num_or_size_splits');
  const axis = a.given('axis') ? a.num('axis') : 0;
  const dtype = dtypeOfValue(tf, a.get('value'));
  let parts: TShape[];
  if (n?.t === 'int') parts = splitRule(x, axis, { count: n.v });
  else {
    const sizes = shapeArgOf(n);
    if (!sizes.dims) return unknown('tf.split with sizes not known statically');
    parts = splitRule(x, axis, { sizes: sizes.dims });
  }
  return { t: 'list', items: parts.map((p) => out(tf, p, dtype)) };
}

function unstack(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const v = a.get('value');
  const x = tshapeOf(tf, v);
  const r = unstackRule(x, a.num('axis') ?? 0, a.num('num'));
  if (r.num === undefined) {
    // array_ops.unstack: a dim TF does not know either cannot give `num` (TensorShape printed as v1 or v2 prints it)
    const ax = a.num('axis') ?? 0;
    if (x.dims && !x.vague && !a.given('num') && x.dims[ax < 0 ? ax + x.dims.length : ax] === null) {
      const dims = x.dims.map((d) => (d === null ? (tf.useResourceDefault ? 'None' : '?') : String(d)));
      tf.diag.raise(site, 'ValueError', `Cannot infer argument \`num\` from shape (${dims.join(', ')}${dims.length === 1 ? ',' : ''})`, 'unknown-dimension');
    }
    return unknown('tf.unstack of a dim not known statically');
  }
  const dtype = dtypeOfValue(tf, v);
  return { t: 'list', items: Array.from({ length: r.num }, () => out(tf, r.part, dtype)) };
}

function concat(tf: TfLibrary, a: BoundArgs): Tensor {
  const vs = items(a.get('values')) ?? [];
  const t = out(tf, concatRule(vs.map((v) => tshapeOf(tf, v)), a.num('axis')), vs.map((v) => dtypeOfValue(tf, v)).find((d) => d) ?? null);
  // concatenated shape tensors keep their partial values (`tf.concat([tf.shape(x)[:-1], [n]], 0)`)
  if (vs.length && vs.every((v) => (v.t === 'tensor' && Array.isArray(v.pv)) || v.t === 'list' || v.t === 'tuple')) {
    const pv: (number | null | undefined)[] = [];
    for (const v of vs) {
      if (v.t === 'tensor') pv.push(...(v.pv as (number | null | undefined)[]));
      else pv.push(...(v as { items: Value[] }).items.map(dimOf));
    }
    t.pv = pv;
  }
  return t;
}

function stack(tf: TfLibrary, a: BoundArgs): Tensor {
  const vs = items(a.get('values')) ?? [];
  const axis = a.given('axis') ? a.num('axis') : 0;
  const t = out(tf, axis === undefined ? ts(null, true) : stackRule(vs.map((v) => tshapeOf(tf, v)), axis), vs.map((v) => dtypeOfValue(tf, v)).find((d) => d) ?? null);
  if (axis === 0 && vs.every((v) => dimOf(v) !== undefined || (v.t === 'tensor' && v.shape?.length === 0))) t.pv = vs.map(dimOf);
  return t;
}

function paddings(v: Value | undefined): (readonly [Dim, Dim])[] | undefined {
  const rows = items(v);
  if (!rows) return undefined;
  const out: [Dim, Dim][] = [];
  for (const r of rows) {
    const pair = items(r);
    if (!pair || pair.length !== 2) return undefined;
    out.push([dimOf(pair[0]!) ?? null, dimOf(pair[1]!) ?? null]);
  }
  return out;
}

/** A scalar's static value for Range's shape function: an int, a float, a shape scalar's partial value. */
function rangeScalar(v: Value): number | null | undefined {
  return v.t === 'float' ? v.v : dimOf(v);
}

/** Range: ceil((limit - start) / delta) elements when all three are known (float bounds and steps too). */
function range(tf: TfLibrary, a: BoundArgs): Tensor {
  const s = a.get('start') ?? NONE;
  const l = a.get('limit');
  const [start, limit] = !l || l.t === 'none' ? [0 as Dim | undefined, rangeScalar(s)] : [rangeScalar(s), rangeScalar(l)];
  const delta = a.given('delta') ? rangeScalar(a.get('delta')!) : 1;
  const isFloat = [s, l, a.get('delta')].some((v) => v?.t === 'float' || (v?.t === 'tensor' && /float/.test(v.dtype ?? '')));
  const dtype = a.dtype('dtype') ?? (isFloat ? 'float32' : 'int32');
  let n: Dim | undefined = null;
  if (start === undefined || limit === undefined || delta === undefined) n = undefined;
  else if (start !== null && limit !== null && delta !== null && delta !== 0) n = Math.max(0, Math.ceil((limit - start) / delta));
  return out(tf, ts([n ?? null], n === undefined), dtype);
}

function gather(tf: TfLibrary, a: BoundArgs): Tensor {
  const p = a.get('params');
  const axis = a.given('axis') ? a.num('axis') : 0;
  const bd = a.given('batch_dims') ? a.num('batch_dims') : 0;
  const s = axis === undefined || bd === undefined ? ts(null, true) : gatherRule(tshapeOf(tf, p), tshapeOf(tf, a.get('indices') ?? a.raw.kw.get('ids')), axis, bd);
  return out(tf, s, dtypeOfValue(tf, p));
}

/** Per-spatial-dim values from an int or a list given for all dims (`[1, s, s, 1]`) or the spatial ones only. */
function perSpatial(v: Value | undefined, nsp: number, dflt: number, channelsFirst: boolean): number[] | undefined {
  if (!v || v.t === 'none') return Array(nsp).fill(dflt);
  const xs = axesOf(v);
  if (!xs) return undefined;
  if (xs.length === 1) return Array(nsp).fill(xs[0]);
  if (xs.length === nsp) return xs;
  if (xs.length === nsp + 2) return channelsFirst ? xs.slice(2) : xs.slice(1, -1);
  return undefined;
}

/** `tf.nn.conv1d/conv2d/conv3d` and `max_pool*` / `avg_pool*`: TF's windowed output sizes. */
function window(tf: TfLibrary, a: BoundArgs, call: ApiCall): Tensor {
  const pool = /pool/.test(call.name);
  const xv = a.get('input') ?? a.raw.kw.get('value');
  const x = tshapeOf(tf, xv);
  const fmt = a.str('data_format') ?? '';
  const channelsFirst = /^NC/.test(fmt);
  const nsp = x.dims ? x.dims.length - 2 : 0;
  const dtype = dtypeOfValue(tf, xv);
  if (!x.dims || nsp < 1) return out(tf, ts(null, true), dtype);
  let kernel: Dim[] | null = null;
  let channels: Dim | 'same' = 'same';
  if (pool) kernel = perSpatial(a.get('ksize'), nsp, 1, channelsFirst) ?? null;
  else {
    const f = tshapeOf(tf, a.get('filters') ?? a.raw.kw.get('filter'));
    kernel = f.dims && f.dims.length === nsp + 2 ? f.dims.slice(0, nsp) : null;
    channels = f.dims && f.dims.length === nsp + 2 ? f.dims[nsp + 1]! : null;
  }
  const strides = perSpatial(a.get('strides') ?? a.raw.kw.get('stride'), nsp, 1, channelsFirst);
  const dilations = perSpatial(a.raw.kw.get('dilations'), nsp, 1, channelsFirst);
  if (!strides || !dilations) return out(tf, ts(x.dims.map(() => null), true), dtype);
  const padding = a.str('padding');
  return out(tf, windowRule(x, { kernel, strides, dilations, padding, channels, channelsFirst }), dtype);
}

/** `tf.image.extract_patches(images, sizes, strides, rates, padding)` (array_ops.py, ExtractImagePatches): NHWC
 *  windows as a conv would slide them (the rates are its dilations), each patch flattened into the last axis:
 *  `[batch, out_rows, out_cols, size_rows * size_cols * depth]`. */
function extractPatches(tf: TfLibrary, a: BoundArgs): Tensor {
  const xv = a.get('images');
  const x = tshapeOf(tf, xv);
  const dtype = dtypeOfValue(tf, xv);
  const sizes = perSpatial(a.get('sizes'), 2, 1, false);
  const strides = perSpatial(a.get('strides'), 2, 1, false);
  const rates = perSpatial(a.get('rates'), 2, 1, false);
  if (!x.dims || x.dims.length !== 4 || !sizes || !strides || !rates) return out(tf, ts(x.dims?.length === 4 ? [x.dims[0]!, null, null, null] : null, true), dtype);
  const depth = x.dims[3]!;
  const channels = depth === null ? null : sizes[0]! * sizes[1]! * depth;
  return out(tf, windowRule(x, { kernel: sizes, strides, dilations: rates, padding: a.str('padding') ?? undefined, channels, channelsFirst: false }), dtype);
}

/** `keras.ops.image.extract_patches(images, size, strides=None, dilation_rate=1, padding="valid", data_format=None)`
 *  on the TensorFlow backend (keras/src/ops/image.py _extract_patches_2d): a conv of the images with an identity kernel
 *  `[ph, pw, c, ph*pw*c]`, strides defaulting to the size: channels_last `[batch, rows, cols, ph*pw*c]`. An unbatched
 *  (rank-3) image drops the batch axis; channels_first and 3-D patches are not modelled (unknown). */
export function kerasExtractPatches(tf: TfLibrary, args: Args): Value {
  const a = bind(args, ['images', 'size', 'strides', 'dilation_rate', 'padding', 'data_format']);
  const xv = a.get('images');
  const x = tshapeOf(tf, xv);
  const dtype = dtypeOfValue(tf, xv);
  const fmt = a.get('data_format');
  const size = perSpatial(a.get('size'), 2, 1, false);
  const strides = a.get('strides')?.t === 'none' || !a.get('strides') ? size : perSpatial(a.get('strides'), 2, 1, false);
  const rates = perSpatial(a.get('dilation_rate'), 2, 1, false);
  const pad = (a.str('padding') ?? 'valid').toUpperCase();
  const rank = x.dims?.length;
  if (!x.dims || (rank !== 3 && rank !== 4) || (fmt && fmt.t !== 'none' && a.str('data_format') !== 'channels_last') || !size || size.length !== 2 || !strides || !rates) {
    return out(tf, ts(null, true), dtype);
  }
  const batched = rank === 4 ? x : ts([1, ...x.dims], x.vague);
  const depth = batched.dims![3]!;
  const r = windowRule(batched, { kernel: size, strides, dilations: rates, padding: pad, channels: depth === null ? null : size[0]! * size[1]! * depth, channelsFirst: false });
  return out(tf, rank === 4 || !r.dims ? r : ts(r.dims.slice(1), r.vague), dtype);
}

const X = ['x', 'name'];
const XY = ['x', 'y', 'name'];
const REDUCE = ['input_tensor', 'axis', 'keepdims', 'name'];

export const TENSOR_OPS_API: readonly ApiEntry[] = [
  {
    names: ['exp', 'math.exp', 'log', 'math.log', 'tanh', 'math.tanh', 'nn.tanh', 'sigmoid', 'math.sigmoid', 'nn.sigmoid', 'sqrt', 'math.sqrt',
      'rsqrt', 'math.rsqrt', 'square', 'math.square', 'abs', 'math.abs', 'sign', 'math.sign', 'floor', 'math.floor', 'ceil', 'math.ceil',
      'round', 'math.round', 'erf', 'math.erf', 'reciprocal', 'math.reciprocal', 'nn.relu', 'nn.relu6', 'nn.elu', 'nn.selu', 'nn.gelu',
      'nn.softplus', 'nn.softsign', 'nn.softmax', 'math.softmax', 'nn.log_softmax', 'math.log_softmax', 'identity', 'stop_gradient',
      'nn.dropout', 'math.cumsum', 'cumsum', 'sort', 'nn.l2_normalize', 'math.l2_normalize', 'nn.bias_add', 'clip_by_value', 'logical_not',
      'math.logical_not', 'to_float', 'to_double', 'to_int32', 'to_int64', 'to_bfloat16', 'math.log1p', 'log1p', 'math.erf'].filter((n, i, all) => all.indexOf(n) === i),
    params: X, impl: (tf, a, _s, c) => unary(tf, a, c),
  },
  {
    names: ['pow', 'math.pow', 'maximum', 'math.maximum', 'minimum', 'math.minimum', 'squared_difference', 'math.squared_difference',
      'floordiv', 'math.floordiv', 'mod', 'math.mod', 'floormod', 'math.floormod', 'realdiv', 'equal', 'math.equal', 'not_equal',
      'math.not_equal', 'less', 'math.less', 'less_equal', 'math.less_equal', 'greater', 'math.greater', 'greater_equal',
      'math.greater_equal', 'logical_and', 'math.logical_and', 'logical_or', 'math.logical_or', 'logical_xor', 'math.logical_xor',
      // TF 1.15 math_ops.div (Python 2 division: x's dtype) and div_no_nan: broadcast shapes
      'div', 'div_no_nan', 'math.divide_no_nan'],
    params: XY, impl: (tf, a, _s, c) => binary(tf, a, c),
  },
  {
    names: ['reduce_sum', 'math.reduce_sum', 'reduce_mean', 'math.reduce_mean', 'reduce_max', 'math.reduce_max', 'reduce_min', 'math.reduce_min',
      'reduce_prod', 'math.reduce_prod', 'reduce_any', 'math.reduce_any', 'reduce_all', 'math.reduce_all', 'reduce_logsumexp',
      'math.reduce_logsumexp', 'reduce_std', 'math.reduce_std', 'reduce_variance', 'math.reduce_variance', 'norm', 'linalg.norm'],
    params: REDUCE, impl: (tf, a, _s, c) => reduce(tf, a, c),
  },
  { names: ['nn.moments'], params: [], impl: (tf, a, _s, c) => moments(tf, a.raw, c) },
  { names: ['argmax', 'math.argmax', 'argmin', 'math.argmin'], params: ['input', 'axis', 'name', 'dimension', 'output_type'], impl: (tf, a) => argReduce(tf, a) },
  {
    names: ['matmul', 'linalg.matmul'], params: ['a', 'b', 'transpose_a', 'transpose_b', 'adjoint_a', 'adjoint_b'],
    impl: (tf, a) => out(tf, matmulRule(tshapeOf(tf, a.get('a')), tshapeOf(tf, a.get('b')), !!(a.bool('transpose_a', false) || a.bool('adjoint_a', false)), !!(a.bool('transpose_b', false) || a.bool('adjoint_b', false))), dtypeOfValue(tf, a.get('a'))),
  },
  {
    names: ['einsum', 'linalg.einsum'], params: ['equation'],
    impl: (tf, a) => {
      const eq = a.str('equation');
      const ins = a.rest();
      return out(tf, eq === undefined ? ts(null, true) : einsumRule(eq, ins.map((v) => tshapeOf(tf, v))), dtypeOfValue(tf, ins[0]));
    },
  },
  {
    names: ['reshape'], params: ['tensor', 'shape', 'name'],
    impl: (tf, a) => out(tf, reshapeRule(tshapeOf(tf, a.get('tensor')), shapeArgOf(a.get('shape'))), dtypeOfValue(tf, a.get('tensor'))),
  },
  {
    names: ['slice'], params: ['input_', 'begin', 'size', 'name'],
    impl: (tf, a) => out(tf, sliceOpRule(tshapeOf(tf, a.get('input_')), shapeArgOf(a.get('begin')), shapeArgOf(a.get('size'))), dtypeOfValue(tf, a.get('input_'))),
  },
  {
    names: ['transpose', 'linalg.transpose'], params: ['a', 'perm', 'name', 'conjugate'],
    impl: (tf, a) => out(tf, transposeRule(tshapeOf(tf, a.get('a')), a.given('perm') ? axesOf(a.get('perm')) : null), dtypeOfValue(tf, a.get('a'))),
  },
  { names: ['concat'], params: ['values', 'axis', 'name'], impl: (tf, a) => concat(tf, a) },
  { names: ['stack'], params: ['values', 'axis', 'name'], impl: (tf, a) => stack(tf, a) },
  { names: ['unstack'], params: ['value', 'num', 'axis', 'name'], impl: (tf, a, site) => unstack(tf, a, site) },
  { names: ['split'], params: ['value', 'num_or_size_splits', 'axis', 'num', 'name'], impl: (tf, a) => split(tf, a) },
  { names: ['gather'], params: ['params', 'indices', 'validate_indices'], impl: (tf, a) => gather(tf, a) },
  {
    // tf.math.unsorted_segment_*: num_segments segments, each shaped like data past segment_ids' rank
    names: ['sum', 'mean', 'max', 'min', 'prod', 'sqrt_n'].flatMap((k) => [`math.unsorted_segment_${k}`, `unsorted_segment_${k}`]),
    params: ['data', 'segment_ids', 'num_segments', 'name'],
    impl: (tf, a) => {
      const n = a.get('num_segments');
      const d = n ? dimOf(n) : undefined;
      const s = unsortedSegmentRule(tshapeOf(tf, a.get('data')), tshapeOf(tf, a.get('segment_ids')), d ?? null);
      return out(tf, d === undefined ? { ...s, vague: true } : s, dtypeOfValue(tf, a.get('data')));
    },
  },
  { names: ['nn.embedding_lookup'], params: ['params', 'ids'], impl: (tf, a) => (items(a.get('params')) ? unknown('sharded embedding_lookup') : out(tf, gatherRule(tshapeOf(tf, a.get('params')), tshapeOf(tf, a.get('ids')), 0, 0), dtypeOfValue(tf, a.get('params')))) },
  {
    names: ['one_hot'], params: ['indices', 'depth', 'on_value', 'off_value', 'axis', 'dtype', 'name'],
    impl: (tf, a) => {
      const d = a.get('depth');
      const depth = d ? dimOf(d) : undefined;
      const axis = a.given('axis') ? a.num('axis') : -1;
      const on = a.get('on_value');
      const dtype = a.dtype('dtype') ?? (on && on.t !== 'none' ? dtypeOfValue(tf, on) : null) ?? 'float32';
      const s = axis === undefined ? ts(null, true) : oneHotRule(tshapeOf(tf, a.get('indices')), depth ?? null, axis);
      return out(tf, depth === undefined ? { ...s, vague: true } : s, dtype);
    },
  },
  {
    names: ['expand_dims'], params: ['input', 'axis', 'name', 'dim'],
    // the ExpandDims kernel takes the axis as a tensor with a single value: a scalar or a 1-element list (BERT's `axis=[-1]`)
    impl: (tf, a) => {
      const axes = axesOf(a.given('axis') ? a.get('axis') : a.get('dim'));
      return out(tf, expandDimsRule(tshapeOf(tf, a.get('input')), axes?.length === 1 ? axes[0] : undefined), dtypeOfValue(tf, a.get('input')));
    },
  },
  {
    names: ['squeeze'], params: ['input', 'axis', 'name', 'squeeze_dims'],
    impl: (tf, a) => out(tf, squeezeRule(tshapeOf(tf, a.get('input')), a.given('axis') ? axesOf(a.get('axis')) : axesOf(a.get('squeeze_dims'))), dtypeOfValue(tf, a.get('input'))),
  },
  { names: ['tile'], params: ['input', 'multiples', 'name'], impl: (tf, a) => out(tf, tileRule(tshapeOf(tf, a.get('input')), shapeArgOf(a.get('multiples'))), dtypeOfValue(tf, a.get('input'))) },
  { names: ['pad'], params: ['tensor', 'paddings', 'mode', 'name', 'constant_values'], impl: (tf, a) => out(tf, padRule(tshapeOf(tf, a.get('tensor')), paddings(a.get('paddings'))), dtypeOfValue(tf, a.get('tensor'))) },
  { names: ['image.extract_patches'], params: ['images', 'sizes', 'strides', 'rates', 'padding', 'name'], impl: (tf, a) => extractPatches(tf, a) },
  { names: ['nn.conv1d', 'nn.conv2d', 'nn.conv3d'], params: ['input', 'filters', 'strides', 'padding'], impl: (tf, a, _s, c) => window(tf, a, c) },
  {
    names: ['nn.max_pool', 'nn.avg_pool', 'nn.max_pool1d', 'nn.max_pool2d', 'nn.max_pool3d', 'nn.avg_pool1d', 'nn.avg_pool2d', 'nn.avg_pool3d'],
    params: ['input', 'ksize', 'strides', 'padding'], impl: (tf, a, _s, c) => window(tf, a, c),
  },
  {
    // nn_ops.conv2d_transpose: Conv2DBackpropInput, whose shape function reads `output_shape` as a partial shape
    // (MakeShapeFromShapeTensor: known elements kept, the others unknown); TF1 names the operands value/filter
    names: ['nn.conv1d_transpose', 'nn.conv2d_transpose', 'nn.conv3d_transpose'], params: ['value', 'filter', 'output_shape'],
    impl: (tf, a) => out(tf, shapeArgOf(a.get('output_shape')), dtypeOfValue(tf, a.get('value') ?? a.raw.kw.get('input'))),
  },
  { names: ['range'], params: ['start', 'limit', 'delta', 'dtype', 'name'], impl: (tf, a) => range(tf, a) },
  {
    names: ['nn.top_k', 'math.top_k'], params: ['input', 'k', 'sorted', 'name'],
    impl: (tf, a) => {
      const x = tshapeOf(tf, a.get('input'));
      const k = a.given('k') ? dimOf(a.get('k')!) : 1;
      const dims = x.dims ? [...x.dims.slice(0, -1), k ?? null] : null;
      const s = ts(dims, x.vague || k === undefined);
      return { t: 'tuple', items: [out(tf, s, dtypeOfValue(tf, a.get('input'))), out(tf, s, 'int32')] };
    },
  },
  {
    // v1 `where(condition, x, y)`: x and y of one shape; `where_v2` broadcasts all three
    names: ['where', 'where_v2'], params: ['condition', 'x', 'y', 'name'],
    impl: (tf, a, _s, c) => {
      if (!a.given('x')) return out(tf, ts([null, tshapeOf(tf, a.get('condition')).dims?.length ?? null]), 'int64');
      const xy = broadcastRule(tshapeOf(tf, a.get('x')), tshapeOf(tf, a.get('y')));
      const s = c.name === 'where_v2' || c.api === 'v2' ? broadcastRule(tshapeOf(tf, a.get('condition')), xy) : xy;
      // one op dtype T for x and y: a Python number takes the tensor's (op_def_library infers T from the tensor input)
      const x = a.get('x');
      const y = a.get('y');
      const pyNum = (v: Value | undefined): boolean => v?.t === 'int' || v?.t === 'float';
      return out(tf, s, pyNum(x) && (y?.t === 'tensor' || y?.t === 'var') ? dtypeOfValue(tf, y) : dtypeOfValue(tf, x));
    },
  },
  // TF1/TF2-neutral reads of a TensorShape's dims: a dim is an int (or None) here already
  { names: ['compat.dimension_value', 'dimension_value'], params: ['dimension'], impl: (_tf, a) => a.get('dimension') ?? NONE },
  {
    names: ['compat.dimension_at_index', 'dimension_at_index'], params: ['shape', 'index'],
    impl: (_tf, a) => {
      const s = a.get('shape');
      const i = a.num('index');
      if (s?.t !== 'list' || i === undefined) return unknown('dimension_at_index');
      return s.items[i < 0 ? s.items.length + i : i] ?? unknown('dimension_at_index');
    },
  },
  {
    names: ['size', 'rank'], params: ['input', 'name', 'out_type'],
    impl: (tf, a, _s, c) => ({ ...out(tf, ts([]), c.name === 'rank' ? 'int32' : a.dtype('out_type') ?? 'int32', c.name === 'rank' ? 'Rank' : 'Size') }),
  },
];

/** `x.shape` / `x.get_shape()`: a TensorShape as a list; a dim the analysis could not resolve is unknown, not None. */
/** `x.shape`: a NumPy array's is a tuple of ints; a tensor's a TensorShape (kept as a list marked `tshape`). */
export function staticShapeValue(s: TShape, numpy = false): Value {
  if (!s.dims) return unknown('shape');
  const items = s.dims.map((d): Value => (d !== null ? { t: 'int', v: d } : s.vague ? unknown('dim') : NONE));
  return numpy ? { t: 'tuple', items } : { t: 'list', items, tshape: true };
}
