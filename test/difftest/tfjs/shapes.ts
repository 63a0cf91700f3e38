// Output shapes of the TF.js layers the generator uses (batch axis left out), by TF.js 4.22's own rules
// (tfjs-layers/src/utils/conv_utils.ts convOutputLength/deconvLength, layers/*.ts computeOutputShape), so that
// generated programs stay valid. null: the layer cannot take this input (the generator then picks another).
// Contract: pure functions of a LayerSpec and an input shape; never throws.

import type { LayerSpec, Lit } from './spec';

export type Shape = number[];

/** An int-or-tuple option as `n` ints (`dflt` when absent). */
export function tuple(v: Lit | undefined, n: number, dflt: number): number[] {
  if (typeof v === 'number') return new Array<number>(n).fill(v);
  if (Array.isArray(v)) return v.map((x) => Number(x));
  return new Array<number>(n).fill(dflt);
}

/** TF.js's convOutputLength: 'same' keeps the length, anything else (valid, causal) is 'valid'. */
export function convLength(n: number, k: number, pad: string, s: number, d = 1): number {
  const dk = k + (k - 1) * (d - 1);
  const len = pad === 'same' ? n : n - dk + 1;
  return Math.floor((len + s - 1) / s);
}

function deconvLength(n: number, s: number, k: number, pad: string): number {
  return pad === 'valid' ? n * s + Math.max(k - s, 0) : n * s;
}

/** A convolution or pooling over the `rank` spatial axes before the channels. */
function spatial(spec: LayerSpec, x: Shape, rank: number, channels: number | null, pool: boolean): Shape | null {
  if (x.length !== rank + 1) return null;
  const o = spec.opts;
  const k = pool ? tuple(o['poolSize'], rank, 2) : tuple(o['kernelSize'], rank, 1);
  const s = pool ? tuple(o['strides'] ?? o['poolSize'], rank, 2) : tuple(o['strides'], rank, 1);
  const d = tuple(o['dilationRate'], rank, 1);
  const pad = String(o['padding'] ?? 'valid');
  const transpose = /Transpose$/.test(spec.factory);
  const out = x.slice(0, rank).map((n, i) => (transpose ? deconvLength(n, s[i]!, k[i]!, pad) : convLength(n, k[i]!, pad, s[i]!, d[i]!)));
  return [...out, channels ?? x[rank]!];
}

const num = (v: Lit | undefined, dflt: number): number => (typeof v === 'number' ? v : dflt);
const last = (x: Shape): number => x[x.length - 1]!;

function rnnOut(spec: LayerSpec, x: Shape, units: number): Shape | null {
  if (x.length !== 2) return null;
  return spec.opts['returnSequences'] === true ? [x[0]!, units] : [units];
}

function convLstmOut(spec: LayerSpec, x: Shape): Shape | null {
  if (x.length !== 4) return null;
  const sp = spatial({ ...spec, factory: 'conv2d' }, x.slice(1), 2, num(spec.opts['filters'], 1), false);
  if (!sp) return null;
  return spec.opts['returnSequences'] === true ? [x[0]!, ...sp] : sp;
}

function wrapperOut(spec: LayerSpec, x: Shape): Shape | null {
  const inner = spec.inner!;
  if (spec.factory === 'timeDistributed') {
    const o = x.length >= 2 ? outputShape(inner, x.slice(1)) : null;
    return o ? [x[0]!, ...o] : null;
  }
  const o = outputShape(inner, x);
  if (!o) return null;
  const mode = String(spec.opts['mergeMode'] ?? 'concat');
  return mode === 'concat' ? [...o.slice(0, -1), 2 * last(o)] : o;
}

function paddingOut(spec: LayerSpec, x: Shape): Shape | null {
  if (x.length !== 3) return null;
  const p = spec.opts['padding'];
  let pairs: number[][];
  if (typeof p === 'number') pairs = [[p, p], [p, p]];
  else if (Array.isArray(p) && Array.isArray(p[0])) pairs = p as number[][];
  else if (Array.isArray(p)) pairs = (p as number[]).map((v) => [v, v]);
  else pairs = [[1, 1], [1, 1]];
  return [x[0]! + pairs[0]![0]! + pairs[0]![1]!, x[1]! + pairs[1]![0]! + pairs[1]![1]!, x[2]!];
}

function reshapeOut(spec: LayerSpec, x: Shape): Shape | null {
  const t = spec.opts['targetShape'] as number[];
  return t.reduce((a, b) => a * b, 1) === x.reduce((a, b) => a * b, 1) ? t : null;
}

function sameOut(_s: LayerSpec, x: Shape): Shape {
  return x;
}

const RULES: Record<string, (s: LayerSpec, x: Shape) => Shape | null> = {
  dense: (s, x) => [...x.slice(0, -1), num(s.opts['units'], 1)],
  embedding: (s, x) => (x.length === 1 ? [...x, num(s.opts['outputDim'], 1)] : null),
  flatten: (_s, x) => (x.length >= 2 ? [x.reduce((a, b) => a * b, 1)] : null),
  dropout: sameOut, activation: sameOut, leakyReLU: sameOut, reLU: sameOut, elu: sameOut, softmax: sameOut, prelu: sameOut, batchNormalization: sameOut, layerNormalization: sameOut,
  reshape: reshapeOut,
  conv1d: (s, x) => spatial(s, x, 1, num(s.opts['filters'], 1), false),
  conv2d: (s, x) => spatial(s, x, 2, num(s.opts['filters'], 1), false),
  conv3d: (s, x) => spatial(s, x, 3, num(s.opts['filters'], 1), false),
  conv2dTranspose: (s, x) => spatial(s, x, 2, num(s.opts['filters'], 1), false),
  conv3dTranspose: (s, x) => spatial(s, x, 3, num(s.opts['filters'], 1), false),
  depthwiseConv2d: (s, x) => spatial(s, x, 2, x.length === 3 ? x[2]! * num(s.opts['depthMultiplier'], 1) : 0, false),
  separableConv2d: (s, x) => spatial(s, x, 2, num(s.opts['filters'], 1), false),
  maxPooling1d: (s, x) => spatial(s, x, 1, null, true), averagePooling1d: (s, x) => spatial(s, x, 1, null, true),
  maxPooling2d: (s, x) => spatial(s, x, 2, null, true), averagePooling2d: (s, x) => spatial(s, x, 2, null, true),
  maxPooling3d: (s, x) => spatial(s, x, 3, null, true), averagePooling3d: (s, x) => spatial(s, x, 3, null, true),
  globalMaxPooling1d: (_s, x) => (x.length === 2 ? [last(x)] : null), globalAveragePooling1d: (_s, x) => (x.length === 2 ? [last(x)] : null),
  globalMaxPooling2d: (_s, x) => (x.length === 3 ? [last(x)] : null), globalAveragePooling2d: (_s, x) => (x.length === 3 ? [last(x)] : null),
  upSampling2d: (s, x) => {
    const k = tuple(s.opts['size'], 2, 2);
    return x.length === 3 ? [x[0]! * k[0]!, x[1]! * k[1]!, x[2]!] : null;
  },
  zeroPadding2d: paddingOut,
  lstm: (s, x) => rnnOut(s, x, num(s.opts['units'], 1)),
  gru: (s, x) => rnnOut(s, x, num(s.opts['units'], 1)),
  simpleRNN: (s, x) => rnnOut(s, x, num(s.opts['units'], 1)),
  convLstm2d: convLstmOut,
  bidirectional: wrapperOut, timeDistributed: wrapperOut,
};

/** The layer's output shape for input `x` (no batch axis), or null when the layer cannot take `x`. */
export function outputShape(spec: LayerSpec, x: Shape): Shape | null {
  const rule = RULES[spec.factory];
  if (!rule) return null;
  let cur: Shape | null = x;
  for (let i = 0; i < (spec.repeat ?? 1) && cur; i++) cur = rule(spec, cur);
  return cur && cur.length && cur.every((d) => Number.isInteger(d) && d >= 1) ? cur : null;
}
