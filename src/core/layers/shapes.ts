// Shape functions the layer rows share: a sliding window's output length per framework (Keras 3's
// compute_output_shape, TF1/Keras 2's and TF.js's conv_utils), convolution, transposed-convolution and pooling
// outputs with data_format, padding/cropping/up-sampling, global pooling, flatten, reshape, permute, merges, and
// the axes that size normalization weights. Pure functions of a ConfigReader and shapes; null is "unknown".

import type { ConfigReader, Dim, Framework, MergeRule, OutputRule, Shape } from './types';

export const last = (x: Shape): Dim => (x && x.length ? x[x.length - 1] ?? null : null);
export const mul = (a: Dim, b: Dim): Dim => (a === null || b === null ? null : a * b);
export const product = (xs: readonly Dim[]): Dim => xs.reduce<Dim>((a, b) => mul(a, b), 1);
export const nulls = (n: number): Dim[] => Array<Dim>(n).fill(null);
/** Python's repr of a shape tuple, as Keras's messages print it: `(None, 10, 10)`, `(5,)`. */
export const pyTuple = (x: readonly Dim[]): string => `(${x.map((d) => (d === null ? 'None' : String(d))).join(', ')}${x.length === 1 ? ',' : ''})`;

export function channelsFirst(c: ConfigReader): boolean {
  return c.str('data_format', 'channels_last') === 'channels_first';
}

/** The input dimension convolution weights are sized by: the channel axis (data_format). */
export function channels(c: ConfigReader, x: Shape): Dim {
  if (!x || !x.length) return null;
  return channelsFirst(c) ? x[1] ?? null : last(x);
}

/** A convolution's kernel_size as `rank` dims (unknown entries null). */
export function kernelSize(c: ConfigReader, rank: number): Dim[] {
  return c.ints('kernel_size', rank) ?? nulls(rank);
}

/** Positions of the `rank` spatial dims of an input (after the batch, before or after the channels). */
export function spatialAxes(c: ConfigReader, rank: number): number[] {
  const first = channelsFirst(c) ? 2 : 1;
  return Array.from({ length: rank }, (_x, i) => first + i);
}

/** `x` with its spatial dims replaced (and the channel dim, when `ch` is given). */
function withSpatial(c: ConfigReader, x: Dim[], rank: number, spatial: Dim[], ch?: Dim): Dim[] {
  const out = [...x];
  spatialAxes(c, rank).forEach((ax, i) => { out[ax] = spatial[i]!; });
  if (ch !== undefined) out[channelsFirst(c) ? 1 : out.length - 1] = ch;
  return out;
}

/**
 * A convolution/pooling window's output length. Keras 3: floor((d - dk) / s) + 1 for 'valid' (unknown when not
 * positive), else ceil(d / s). TF1 (Keras 2's conv_output_length as the analyzer follows it): 'same' keeps d,
 * anything else is 'valid', then ceil(. / s). TF.js (convOutputLength): 'same', else ('valid', 'causal') valid.
 */
export function windowLength(f: Framework, d: Dim | undefined, k: Dim, s: Dim, dil: Dim, padding: string | null): Dim {
  if (d === null || d === undefined || k === null || s === null) return null;
  const dl = dil ?? 1;
  if (f === 'keras3') {
    const dk = (k - 1) * dl + 1;
    if (padding !== 'valid') return Math.floor((d - 1) / s) + 1;
    const o = Math.floor((d - dk) / s) + 1;
    return o > 0 ? o : null;
  }
  const dk = k + (k - 1) * (dl - 1);
  if (f === 'tf1' || f === 'keras2') return Math.ceil((padding === 'same' ? d : d - dk + 1) / s);
  // TF.js's convOutputLength (tfjs-layers/src/utils/conv_utils.ts): 'same' keeps d, every other mode its constructor
  // accepts ('valid', and 'causal' too) takes the 'valid' length.
  const out = padding === 'same' ? d : padding === 'valid' || padding === 'causal' ? d - dk + 1 : null;
  return out === null ? null : Math.floor((out + s - 1) / s);
}

/**
 * A transposed convolution's output length. Keras 3: with output_padding `op` when given. TF1 and TF.js
 * (deconv_output_length without output_padding): d*s for 'same', d*s + max(k - s, 0) for 'valid' (TF1: anything
 * but 'same'; TF.js: other paddings unknown).
 */
export function deconvLength(f: Framework, d: Dim | undefined, k: Dim, s: Dim, dil: Dim, padding: string | null, op: Dim): Dim {
  if (d === null || d === undefined || k === null || s === null) return null;
  if (f === 'keras3') {
    const kk = (k - 1) * (dil ?? 1) + 1;
    if (padding === 'valid') return (d - 1) * s + kk + (op !== null ? op : Math.max(kk, s) - kk);
    return op !== null ? (d - 1) * s + (kk % 2) + op : d * s;
  }
  if (padding === 'same') return d * s;
  if (padding === 'valid' || f === 'tf1' || f === 'keras2') return d * s + Math.max(k - s, 0);
  return null;
}

export type ConvKind = 'conv' | 'transpose' | 'depthwise';

/** Convolutions of `rank` spatial dims: strides, dilation, padding, data_format; transposed ones with output_padding. */
export function convOutput(rank: number, kind: ConvKind): OutputRule {
  return (c, x) => {
    if (x.length !== rank + 2) return null;
    const ks = c.ints('kernel_size', rank);
    const st = c.ints('strides', rank, 1);
    const dil = c.ints('dilation_rate', rank, 1);
    if (!ks || !st || !dil) return null;
    const pad = c.str('padding', 'valid');
    const filters = kind === 'depthwise' ? mul(channels(c, x), c.int('depth_multiplier', 1)) : c.int('filters');
    const op = kind === 'transpose' && c.has('output_padding') ? c.ints('output_padding', rank) : null;
    const spatial = spatialAxes(c, rank).map((ax, i) => (kind === 'transpose'
      ? deconvLength(c.framework, x[ax], ks[i]!, st[i]!, dil[i]!, pad, op ? op[i]! : null)
      : windowLength(c.framework, x[ax], ks[i]!, st[i]!, dil[i]!, pad)));
    return withSpatial(c, x, rank, spatial, filters);
  };
}

/** Max/average pooling: pool_size (Keras 3: 2 for max pooling, required for average pooling; TF.js: 2), strides = pool. */
export function poolOutput(rank: number, max: boolean): OutputRule {
  return (c, x) => {
    if (x.length !== rank + 2) return null;
    // Keras 2 and TF.js default every pool_size to 2
    const pool = c.ints('pool_size', rank, max || c.framework === 'tfjs' || c.framework === 'keras2' ? 2 : undefined);
    const st = c.has('strides') ? c.ints('strides', rank) : pool;
    if (!pool || !st) return null;
    const pad = c.str('padding', 'valid');
    return withSpatial(c, x, rank, spatialAxes(c, rank).map((ax, i) => windowLength(c.framework, x[ax], pool[i]!, st[i]!, 1, pad)));
  };
}

/** Global pooling: [batch, channels], or with keepdims 1 for each spatial dim. */
export function globalPoolOutput(rank: number): OutputRule {
  return (c, x) => {
    if (x.length !== rank + 2) return null;
    const first = channelsFirst(c);
    const ch = first ? x[1]! : last(x);
    if (!c.bool('keepdims', false)) return [x[0]!, ch];
    const ones = Array<Dim>(rank).fill(1);
    return first ? [x[0]!, ch, ...ones] : [x[0]!, ...ones, ch];
  };
}

/** UpSampling1D/2D/3D: each spatial dim times `size` (default 2). */
export function upSamplingOutput(rank: number): OutputRule {
  return (c, x) => {
    if (x.length !== rank + 2) return null;
    const axes = rank === 1 ? [1] : spatialAxes(c, rank);
    const size = c.ints('size', rank, 2);
    if (!size) return null;
    return withSpatial(c, x, rank, axes.map((ax, i) => mul(x[ax] ?? null, size[i]!)));
  };
}

/** ZeroPadding (sign 1) and Cropping (sign -1): each spatial dim plus/minus its two amounts. */
export function padOutput(rank: number, key: 'padding' | 'cropping', dflt: number): OutputRule {
  return (c, x) => {
    if (x.length !== rank + 2) return null;
    const axes = key === 'cropping' && rank === 1 ? [1] : spatialAxes(c, rank);
    const amounts = c.pairs(key, rank, dflt);
    if (!amounts) return null;
    const sign = key === 'padding' ? 1 : -1;
    const out = [...x];
    axes.forEach((ax, i) => {
      const d = x[ax];
      const [a, b] = amounts[i]!;
      out[ax] = d == null || a === null || b === null ? null : d + sign * (a + b);
    });
    return out;
  };
}

export const sameShape: OutputRule = (_c, x) => x;

export const flattenOutput: OutputRule = (_c, x) => [x[0] as Dim, product(x.slice(1))];

/** Keras's reshape: one -1 takes what the known dims leave. */
export const reshapeOutput: OutputRule = (c, x) => {
  const target = c.dims('target_shape');
  if (!target) return null;
  const neg = target.indexOf(-1);
  if (neg < 0) return [x[0]!, ...target];
  const inner = x.slice(1);
  const total = inner.every((d) => d !== null) ? product(inner) : null;
  const known = target.filter((_d, i) => i !== neg).reduce<Dim>((a, d) => mul(a, d), 1);
  const out = [...target];
  out[neg] = total === null || known === null || known === 0 || total % known !== 0 ? null : total / known;
  return [x[0]!, ...out];
};

export const permuteOutput: OutputRule = (c, x) => {
  const dims = c.dims('dims');
  if (!dims) return null;
  const ds = dims.map((d) => d ?? -1);
  if (ds.length !== x.length - 1 || ds.some((d) => d < 1 || d >= x.length)) return null;
  return [x[0]!, ...ds.map((d) => x[d]!)];
};

/** The weight shape of normalization over `axis` (sorted; [-1] by default): one entry per axis. */
export function axesShape(c: ConfigReader, x: Shape): Dim[] {
  if (!x) return [null];
  const axes = c.axes('axis');
  if (axes.some((a) => a === null)) return axes.map(() => null);
  return (axes as number[]).sort((a, b) => a - b).map((a) => x[a < 0 ? x.length + a : a] ?? null);
}

// ---------------------------------------------------------------------------------------------- merges

/** Keras's element-wise merge shape: equal dims, or 1 broadcast against the other (null when they clash). */
function elementwise(a: Dim[], b: Dim[]): Dim[] | null {
  const n = Math.max(a.length, b.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const p = a[a.length - n + i];
    const q = b[b.length - n + i];
    if (p === undefined) out.push(q ?? null);
    else if (q === undefined) out.push(p);
    else if (p === 1) out.push(q);
    else if (q === 1) out.push(p);
    else if (p === null || q === null) out.push(p ?? q);
    else if (p !== q) return null;
    else out.push(p);
  }
  return out;
}

export const elementwiseMerge: MergeRule = (_c, xs) => xs.slice(1).reduce<Dim[] | null>((a, b) => (a ? elementwise(a, b) : null), xs[0]!);

/** The first input's shape (TF.js's merges as the analyzer models them). */
export const firstInputMerge: MergeRule = (_c, xs) => [...xs[0]!];

export const concatMerge: MergeRule = (c, xs) => {
  const first = xs[0]!;
  const ax0 = c.int('axis', -1);
  if (ax0 === null || xs.some((s) => s.length !== first.length)) return null;
  const ax = ax0 < 0 ? first.length + ax0 : ax0;
  const out = [...first];
  out[ax] = xs.reduce<Dim>((a, sh) => (a === null || sh[ax] == null ? null : a + sh[ax]!), 0);
  return out;
};

export const dotMerge: MergeRule = (c, xs) => {
  if (xs.length !== 2) return null;
  const axes = c.ints('axes', 2);
  if (!axes || axes.some((d) => d === null)) return null;
  const [a, b] = [[...xs[0]!], [...xs[1]!]];
  const norm = (x: number, n: number): number => (x < 0 ? x + n : x);
  a.splice(norm(axes[0]!, a.length), 1);
  b.splice(norm(axes[1]!, b.length), 1);
  b.shift();
  const out = [...a, ...b];
  return out.length === 1 ? [...out, 1] : out;
};

/** Attention layers on [query, value(, key)]: the query's shape with the value's last dim. */
export const attentionMerge: MergeRule = (_c, xs) => {
  const q = xs[0]!;
  const v = xs[1] ?? q;
  return [...q.slice(0, -1), v[v.length - 1] ?? null];
};
