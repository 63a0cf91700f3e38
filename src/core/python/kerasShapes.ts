// Keras 3 layer shape rules as pure functions of a layer's constructor config and its input shape(s):
// class aliases, positional parameter names, the channel axis that sizes weights, and output shapes
// (Keras's compute_output_shape: padding 'valid'/'same'/'causal', strides, dilation, data_format).
// A layer without a rule here has an unknown output shape (null): nothing downstream gets a guessed shape.

import type { Shape } from '../model';
import { numOf, strOf, truthy, type Value } from './values';

type Dim = number | null;
type Config = ReadonlyMap<string, Value>;

/** `keras.layers` names that are aliases of another class (the layer is named after the class). */
export const KERAS_LAYER_ALIASES: Readonly<Record<string, string>> = {
  Convolution1D: 'Conv1D', Convolution2D: 'Conv2D', Convolution3D: 'Conv3D',
  Convolution1DTranspose: 'Conv1DTranspose', Convolution2DTranspose: 'Conv2DTranspose', Convolution3DTranspose: 'Conv3DTranspose',
  SeparableConvolution1D: 'SeparableConv1D', SeparableConvolution2D: 'SeparableConv2D',
  MaxPool1D: 'MaxPooling1D', MaxPool2D: 'MaxPooling2D', MaxPool3D: 'MaxPooling3D',
  AvgPool1D: 'AveragePooling1D', AvgPool2D: 'AveragePooling2D', AvgPool3D: 'AveragePooling3D',
  GlobalMaxPool1D: 'GlobalMaxPooling1D', GlobalMaxPool2D: 'GlobalMaxPooling2D', GlobalMaxPool3D: 'GlobalMaxPooling3D',
  GlobalAvgPool1D: 'GlobalAveragePooling1D', GlobalAvgPool2D: 'GlobalAveragePooling2D', GlobalAvgPool3D: 'GlobalAveragePooling3D',
  GroupQueryAttention: 'GroupedQueryAttention',
};

const CONV = ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate'];
const POOL = ['pool_size', 'strides', 'padding', 'data_format'];

/** Keras 3 constructors' leading positional parameters (those the analyzer reads). */
export const KERAS_POSITIONAL: Readonly<Record<string, readonly string[]>> = {
  Dense: ['units', 'activation', 'use_bias', 'kernel_initializer', 'bias_initializer'],
  Conv1D: CONV, Conv2D: CONV, Conv3D: CONV,
  SeparableConv1D: [...CONV, 'depth_multiplier'], SeparableConv2D: [...CONV, 'depth_multiplier'],
  Conv1DTranspose: ['filters', 'kernel_size', 'strides', 'padding', 'output_padding', 'data_format', 'dilation_rate'],
  Conv2DTranspose: ['filters', 'kernel_size', 'strides', 'padding', 'output_padding', 'data_format', 'dilation_rate'],
  Conv3DTranspose: ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'output_padding', 'dilation_rate'],
  DepthwiseConv1D: ['kernel_size', 'strides', 'padding', 'depth_multiplier', 'data_format', 'dilation_rate'],
  DepthwiseConv2D: ['kernel_size', 'strides', 'padding', 'depth_multiplier', 'data_format', 'dilation_rate'],
  MaxPooling1D: POOL, MaxPooling2D: POOL, MaxPooling3D: POOL, AveragePooling1D: POOL, AveragePooling2D: POOL, AveragePooling3D: POOL,
  GlobalMaxPooling1D: ['data_format', 'keepdims'], GlobalMaxPooling2D: ['data_format', 'keepdims'], GlobalMaxPooling3D: ['data_format', 'keepdims'],
  GlobalAveragePooling1D: ['data_format', 'keepdims'], GlobalAveragePooling2D: ['data_format', 'keepdims'], GlobalAveragePooling3D: ['data_format', 'keepdims'],
  UpSampling1D: ['size'], UpSampling2D: ['size', 'data_format'], UpSampling3D: ['size', 'data_format'],
  ZeroPadding1D: ['padding', 'data_format'], ZeroPadding2D: ['padding', 'data_format'], ZeroPadding3D: ['padding', 'data_format'],
  Cropping1D: ['cropping'], Cropping2D: ['cropping', 'data_format'], Cropping3D: ['cropping', 'data_format'],
  Reshape: ['target_shape'], Permute: ['dims'], RepeatVector: ['n'], Flatten: ['data_format'],
  Embedding: ['input_dim', 'output_dim', 'embeddings_initializer'],
  LayerNormalization: ['axis', 'epsilon'],
  BatchNormalization: ['axis', 'momentum', 'epsilon'],
  GroupNormalization: ['groups', 'axis', 'epsilon'],
  RMSNormalization: ['axis', 'epsilon'],
  UnitNormalization: ['axis'],
  PReLU: ['alpha_initializer', 'alpha_regularizer', 'alpha_constraint', 'shared_axes'],
  LSTM: ['units', 'activation', 'recurrent_activation', 'use_bias', 'kernel_initializer', 'recurrent_initializer', 'bias_initializer', 'unit_forget_bias'],
  GRU: ['units', 'activation', 'recurrent_activation', 'use_bias', 'kernel_initializer', 'recurrent_initializer', 'bias_initializer'],
  SimpleRNN: ['units', 'activation', 'use_bias', 'kernel_initializer', 'recurrent_initializer', 'bias_initializer'],
  MultiHeadAttention: ['num_heads', 'key_dim', 'value_dim', 'dropout', 'use_bias', 'output_shape'],
  Dropout: ['rate', 'noise_shape', 'seed'],
  SpatialDropout1D: ['rate', 'seed'], SpatialDropout2D: ['rate', 'data_format', 'seed'], SpatialDropout3D: ['rate', 'data_format', 'seed'],
  GaussianDropout: ['rate', 'seed'], AlphaDropout: ['rate', 'noise_shape', 'seed'], GaussianNoise: ['stddev', 'seed'],
  Concatenate: ['axis'], Dot: ['axes', 'normalize'],
  InputLayer: ['shape', 'batch_size', 'dtype', 'sparse', 'ragged', 'batch_shape'],
};

/** Layers whose output has exactly their input's shape (activations, noise, normalization, masking). */
export const SHAPE_PRESERVING: ReadonlySet<string> = new Set([
  'Activation', 'ReLU', 'LeakyReLU', 'PReLU', 'ELU', 'Softmax', 'Identity', 'Masking', 'ActivityRegularization', 'Rescaling',
  'Dropout', 'SpatialDropout1D', 'SpatialDropout2D', 'SpatialDropout3D', 'GaussianDropout', 'GaussianNoise', 'AlphaDropout',
  'BatchNormalization', 'LayerNormalization', 'GroupNormalization', 'UnitNormalization', 'RMSNormalization',
  'RandomFlip', 'RandomRotation', 'RandomZoom', 'RandomTranslation', 'RandomContrast', 'RandomBrightness',
]);

/** The spatial rank of a convolution layer (Conv2D → 2), undefined for other layers. */
export function convRank(kind: string): number | undefined {
  const m = /^(?:Conv|SeparableConv|DepthwiseConv)([123])D(?:Transpose)?$/.exec(kind);
  return m ? Number(m[1]) : undefined;
}

export function isChannelsFirst(c: Config): boolean {
  return (strOf(c.get('data_format')) ?? 'channels_last').toLowerCase() === 'channels_first';
}

/** The input dimension a layer's weights are sized by: the channel axis (data_format) of convolutions, else the last. */
export function channelDim(kind: string, c: Config, inShape: Shape): Dim {
  if (!inShape || !inShape.length) return null;
  if (convRank(kind) !== undefined && isChannelsFirst(c)) return inShape[1] ?? null;
  return inShape[inShape.length - 1] ?? null;
}

/** An int or a tuple of `n` ints (Keras's standardize_tuple); null when not statically known. */
export function intsOf(v: Value | undefined, n: number): number[] | null {
  if (!v) return null;
  if (v.t === 'int') return Array(n).fill(v.v);
  if (v.t === 'list' || v.t === 'tuple') {
    const xs = v.items.map((x) => (x.t === 'int' ? x.v : undefined));
    return xs.length === n && xs.every((x) => x !== undefined) ? (xs as number[]) : null;
  }
  return null;
}

/** Padding/cropping amounts: an int, a tuple of `n` ints (symmetric) or of `n` pairs, per spatial dim. */
function pairsOf(v: Value | undefined, n: number): [number, number][] | null {
  if (!v) return null;
  if (v.t === 'int') return Array.from({ length: n }, () => [v.v, v.v] as [number, number]);
  if ((v.t === 'list' || v.t === 'tuple') && v.items.length === n) {
    const out = v.items.map((x) => intsOf(x, 2));
    return out.every((p) => p) ? (out as [number, number][]) : null;
  }
  return null;
}

/** Spatial positions of an input of `rank` spatial dims, and where channels sit. */
function spatialAxes(c: Config, rank: number): number[] {
  const first = isChannelsFirst(c) ? 2 : 1;
  return Array.from({ length: rank }, (_x, i) => first + i);
}

/** Replaces the spatial dims (and, for convolutions, the channel dim) of `inShape`. */
function withSpatial(c: Config, inShape: (Dim)[], rank: number, spatial: Dim[], channels?: Dim): Dim[] {
  const out = [...inShape];
  spatialAxes(c, rank).forEach((ax, i) => { out[ax] = spatial[i]!; });
  if (channels !== undefined) out[isChannelsFirst(c) ? 1 : out.length - 1] = channels;
  return out;
}

function convOutputShape(kind: string, c: Config, inShape: Dim[], rank: number): Shape {
  const transpose = kind.endsWith('Transpose');
  const ks = intsOf(c.get('kernel_size'), rank);
  const strides = intsOf(c.get('strides') ?? { t: 'int', v: 1 }, rank);
  const dil = intsOf(c.get('dilation_rate') ?? { t: 'int', v: 1 }, rank);
  const padding = (strOf(c.get('padding')) ?? 'valid').toLowerCase();
  if (!ks || !strides || !dil) return null;
  const inCh = channelDim(kind, c, inShape);
  const filters = kind.startsWith('Depthwise')
    ? (inCh === null ? null : inCh * (numOf(c.get('depth_multiplier')) ?? 1))
    : numOf(c.get('filters')) ?? null;
  const outPad = c.get('output_padding');
  const op = outPad && outPad.t !== 'none' ? intsOf(outPad, rank) : null;
  const spatial = spatialAxes(c, rank).map((ax, i): Dim => {
    const d = inShape[ax];
    if (d === null || d === undefined) return null;
    const k = (ks[i]! - 1) * dil[i]! + 1;
    const s = strides[i]!;
    if (transpose) {
      if (padding === 'valid') return (d - 1) * s + k + (op ? op[i]! : Math.max(k, s) - k);
      return op ? (d - 1) * s + (k % 2) + op[i]! : d * s;
    }
    if (padding === 'valid') {
      const o = Math.floor((d - k) / s) + 1;
      return o > 0 ? o : null;
    }
    return Math.floor((d - 1) / s) + 1;
  });
  return withSpatial(c, inShape, rank, spatial, filters);
}

function poolOutputShape(kind: string, c: Config, inShape: Dim[], rank: number): Shape {
  // MaxPooling*D defaults to pool_size=2; AveragePooling*D requires it (Keras raises TypeError).
  const pv = c.get('pool_size') ?? (kind.startsWith('Max') ? { t: 'int', v: 2 } as Value : undefined);
  const pool = intsOf(pv, rank);
  const sv = c.get('strides');
  const strides = sv && sv.t !== 'none' ? intsOf(sv, rank) : pool;
  const padding = (strOf(c.get('padding')) ?? 'valid').toLowerCase();
  if (!pool || !strides) return null;
  const spatial = spatialAxes(c, rank).map((ax, i): Dim => {
    const d = inShape[ax];
    if (d === null || d === undefined) return null;
    if (padding === 'valid') {
      const o = Math.floor((d - pool[i]!) / strides[i]!) + 1;
      return o > 0 ? o : null;
    }
    return Math.floor((d - 1) / strides[i]!) + 1;
  });
  return withSpatial(c, inShape, rank, spatial);
}

/** Keras's reshape: one -1 takes what the known dims leave. */
function reshapeOutput(inner: Dim[], target: Dim[]): Dim[] {
  const neg = target.indexOf(-1);
  if (neg < 0) return target;
  const total = inner.every((d) => d !== null) ? (inner as number[]).reduce((a, b) => a * b, 1) : null;
  const known = target.filter((d, i) => i !== neg).reduce<number | null>((a, d) => (a === null || d === null ? null : a * d), 1);
  const out = [...target];
  out[neg] = total === null || known === null || known === 0 || total % known !== 0 ? null : total / known;
  return out;
}

/** The output shape of a Keras layer called on one input of shape `inShape` (null: unknown). */
export function kerasOutputShape(kind: string, c: Config, inShape: Shape): Shape {
  if (!inShape) return null;
  const last = inShape[inShape.length - 1] ?? null;
  if (SHAPE_PRESERVING.has(kind)) return inShape;
  const rank = convRank(kind);
  if (rank !== undefined) return inShape.length === rank + 2 ? convOutputShape(kind, c, inShape, rank) : null;
  let m = /^(?:Max|Average)Pooling([123])D$/.exec(kind);
  if (m) return inShape.length === Number(m[1]) + 2 ? poolOutputShape(kind, c, inShape, Number(m[1])) : null;
  m = /^Global(?:Max|Average)Pooling([123])D$/.exec(kind);
  if (m) {
    const r = Number(m[1]);
    if (inShape.length !== r + 2) return null;
    const ch = isChannelsFirst(c) ? inShape[1]! : last;
    const keep = truthy(c.get('keepdims') ?? { t: 'bool', v: false }) === true;
    if (!keep) return [inShape[0]!, ch];
    return isChannelsFirst(c) ? [inShape[0]!, ch, ...Array(r).fill(1)] : [inShape[0]!, ...Array(r).fill(1), ch];
  }
  m = /^(UpSampling|ZeroPadding|Cropping)([123])D$/.exec(kind);
  if (m) {
    const r = Number(m[2]);
    if (inShape.length !== r + 2) return null;
    const axes = kind === 'Cropping1D' || kind === 'UpSampling1D' ? [1] : spatialAxes(c, r);
    if (m[1] === 'UpSampling') {
      const size = intsOf(c.get('size') ?? { t: 'int', v: 2 }, r);
      if (!size) return null;
      return withSpatial(c, inShape, r, axes.map((ax, i) => (inShape[ax] == null ? null : inShape[ax]! * size[i]!)));
    }
    const key = m[1] === 'ZeroPadding' ? 'padding' : 'cropping';
    const dflt: Value = { t: 'int', v: kind === 'Cropping2D' ? 0 : 1 };
    const v = c.get(key) ?? dflt;
    const amounts = r === 1 ? (() => { const p = intsOf(v, 2); return p ? [p as [number, number]] : null; })() : pairsOf(v, r);
    if (!amounts) return null;
    const sign = m[1] === 'ZeroPadding' ? 1 : -1;
    const out = [...inShape];
    axes.forEach((ax, i) => { out[ax] = inShape[ax] == null ? null : inShape[ax]! + sign * (amounts[i]![0] + amounts[i]![1]); });
    return out;
  }
  switch (kind) {
    case 'Dense': return [...inShape.slice(0, -1), numOf(c.get('units')) ?? null];
    case 'Embedding': return [...inShape, numOf(c.get('output_dim')) ?? null];
    case 'Flatten': {
      const rest = inShape.slice(1);
      return [inShape[0]!, rest.every((d) => d !== null) ? (rest as number[]).reduce((a, b) => a * b, 1) : null];
    }
    case 'Reshape': {
      const t = c.get('target_shape');
      if (!t || (t.t !== 'list' && t.t !== 'tuple')) return null;
      const target = t.items.map((d): Dim => (d.t === 'int' ? d.v : null));
      return [inShape[0]!, ...reshapeOutput(inShape.slice(1), target)];
    }
    case 'Permute': {
      const dims = c.get('dims');
      if (!dims || (dims.t !== 'list' && dims.t !== 'tuple')) return null;
      const ds = dims.items.map((d) => (d.t === 'int' ? d.v : -1));
      if (ds.length !== inShape.length - 1 || ds.some((d) => d < 1 || d >= inShape.length)) return null;
      return [inShape[0]!, ...ds.map((d) => inShape[d]!)];
    }
    case 'RepeatVector': return inShape.length === 2 ? [inShape[0]!, numOf(c.get('n')) ?? null, inShape[1]!] : null;
    case 'LSTM': case 'GRU': case 'SimpleRNN': {
      const units = numOf(c.get('units')) ?? null;
      return truthy(c.get('return_sequences') ?? { t: 'bool', v: false }) ? [...inShape.slice(0, -1), units] : [inShape[0]!, units];
    }
    case 'MultiHeadAttention': {
      const out = c.get('output_shape');
      if (!out || out.t === 'none') return inShape;
      const dims = out.t === 'int' ? [out.v] : out.t === 'list' || out.t === 'tuple' ? out.items.map((d): Dim => (d.t === 'int' ? d.v : null)) : null;
      return dims ? [...inShape.slice(0, -1), ...dims] : null;
    }
    default: return null;
  }
}

/** Keras's element-wise merge shape: equal dims, or 1 broadcast against the other (null when unknown). */
function elementwise(a: Dim[], b: Dim[]): Dim[] | null {
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i];
    const y = b[b.length - n + i];
    if (x === undefined) out.push(y ?? null);
    else if (y === undefined) out.push(x);
    else if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else if (x === null || y === null) out.push(x ?? y);
    else if (x !== y) return null;
    else out.push(x);
  }
  return out;
}

/** The output shape of a Keras layer called on a list of inputs (merge and attention layers). */
export function kerasMergeShape(kind: string, c: Config, shapes: Shape[]): Shape {
  if (!shapes.length || shapes.some((s) => !s)) return null;
  const ss = shapes as Dim[][];
  switch (kind) {
    case 'Concatenate': {
      const first = ss[0]!;
      const ax0 = numOf(c.get('axis')) ?? -1;
      const ax = ax0 < 0 ? first.length + ax0 : ax0;
      if (ss.some((s) => s.length !== first.length)) return null;
      const out = [...first];
      out[ax] = ss.reduce<Dim>((a, sh) => (a === null || sh[ax] == null ? null : a + sh[ax]!), 0);
      return out;
    }
    case 'Add': case 'Subtract': case 'Multiply': case 'Average': case 'Maximum': case 'Minimum':
      return ss.slice(1).reduce<Dim[] | null>((a, b) => (a ? elementwise(a, b) : null), ss[0]!);
    case 'Dot': {
      if (ss.length !== 2) return null;
      const [a, b] = [[...ss[0]!], [...ss[1]!]];
      const ax = c.get('axes');
      const axes = intsOf(ax, 2);
      if (!axes) return null;
      const norm = (x: number, n: number): number => (x < 0 ? x + n : x);
      a.splice(norm(axes[0]!, a.length), 1);
      b.splice(norm(axes[1]!, b.length), 1);
      b.shift();
      const out = [...a, ...b];
      return out.length === 1 ? [...out, 1] : out;
    }
    case 'Attention': case 'AdditiveAttention': {
      const q = ss[0]!;
      const v = ss[1] ?? q;
      return [...q.slice(0, -1), v[v.length - 1] ?? null];
    }
    default: return null;
  }
}
