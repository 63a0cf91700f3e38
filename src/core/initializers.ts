// TensorFlow's initializer arithmetic that needs no random numbers: fan computation, the variance-scaling
// aliases, and the distribution an initializer promises for a given shape, elementwise `post` steps
// included (used by the engine's "expected vs observed" and by the conformance tests). Pure functions
// over `InitializerSpec`.

import type { ConstantValue, InitializerSpec, Num, NumpyDraw, OpSeed, PostOp, VarianceScalingKind } from './model';

/** TensorFlow's truncation correction: std of a unit normal truncated to [-2, 2]. */
export const TRUNCATED_STD_CORRECTION = 0.87962566103423978;

/** `_compute_fans` from TensorFlow's init_ops / initializers_v2, for a known shape. */
export function computeFans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length < 1) return { fanIn: 1, fanOut: 1 };
  if (shape.length === 1) return { fanIn: shape[0]!, fanOut: shape[0]! };
  if (shape.length === 2) return { fanIn: shape[0]!, fanOut: shape[1]! };
  let receptive = 1;
  for (const d of shape.slice(0, -2)) receptive *= d;
  return { fanIn: shape[shape.length - 2]! * receptive, fanOut: shape[shape.length - 1]! * receptive };
}

/** tfjs-layers' computeFans (channelsLast): 2-D as TF, 3- to 5-D with the receptive field, else sqrt(size). */
export function computeFansTfjs(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 2 || (shape.length >= 3 && shape.length <= 5)) return computeFans(shape);
  const s = Math.sqrt(shape.reduce((a, b) => a * b, 1));
  return { fanIn: s, fanOut: s };
}

export type VsMode = 'fan_in' | 'fan_out' | 'fan_avg';
export type VsDistribution = 'truncated_normal' | 'untruncated_normal' | 'uniform';

/** The variance-scaling parameters behind each alias (TF2/Keras and v1 agree on these). */
export const VARIANCE_SCALING_ALIASES: Readonly<Partial<Record<VarianceScalingKind, { scale: number; mode: VsMode; distribution: VsDistribution }>>> = {
  glorot_uniform: { scale: 1.0, mode: 'fan_avg', distribution: 'uniform' },
  glorot_normal: { scale: 1.0, mode: 'fan_avg', distribution: 'truncated_normal' },
  he_normal: { scale: 2.0, mode: 'fan_in', distribution: 'truncated_normal' },
  he_uniform: { scale: 2.0, mode: 'fan_in', distribution: 'uniform' },
  lecun_normal: { scale: 1.0, mode: 'fan_in', distribution: 'truncated_normal' },
  lecun_uniform: { scale: 1.0, mode: 'fan_in', distribution: 'uniform' },
};

/** The distribution TensorFlow draws from for `spec` at `shape` (all dims known). */
export type Distribution =
  | { family: 'zeros' }
  | { family: 'ones' }
  | { family: 'const'; value: ConstantValue }
  | { family: 'uniform'; minval: number; maxval: number }
  | { family: 'normal'; mean: number; stddev: number }
  | { family: 'truncated_normal'; mean: number; stddev: number }
  | { family: 'orthogonal'; gain: number }
  | { family: 'identity'; gain: number }
  | { family: 'unknown' };

function num(v: unknown, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : dflt;
}

/** Normalizes the v1 spelling 'normal' (deprecated alias of truncated_normal) and unknown values. */
export function normalizeVsDistribution(d: unknown): VsDistribution {
  if (d === 'uniform') return 'uniform';
  if (d === 'untruncated_normal') return 'untruncated_normal';
  return 'truncated_normal';
}

export function expectedDistribution(spec: InitializerSpec, shape: readonly number[]): Distribution {
  const base = baseDistribution(spec, shape);
  return spec.post?.length ? distributionAfter(base, spec.post) : base;
}

/** The numeric arguments of a spec, as given (null: given but not static). */
function numericArgs(spec: InitializerSpec): (Num | undefined)[] {
  switch (spec.kind) {
    case 'random_normal':
    case 'truncated_normal':
      return [spec.mean, spec.stddev];
    case 'random_uniform':
      return [spec.minval, spec.maxval];
    case 'orthogonal':
    case 'identity':
      return [spec.gain];
    case 'numpy_random':
      return [spec.low, spec.high, spec.loc, spec.scale];
    case 'zeros':
    case 'ones':
    case 'constant':
    case 'unknown':
      return [];
    default:
      return [spec.scale];
  }
}

/** A random initializer's op seed; null when it has none or none was given. */
export function opSeedOf(spec: InitializerSpec): OpSeed {
  return ('seed' in spec ? spec.seed : null) ?? null;
}

/** An initializer argument's value as shown to users. */
export type InitializerArgValue = ConstantValue | string | [number, number] | NumpyDraw[];

/**
 * The initializer's own arguments, in TensorFlow's parameter order, as [name, value] pairs; absent ones
 * are left out (null ones, given but not static, are kept). Metadata (api, post, note, ...) is not included.
 */
export function initializerArgs(spec: InitializerSpec): [string, InitializerArgValue][] {
  const all: [string, InitializerArgValue | undefined][] = (() => {
    switch (spec.kind) {
      case 'constant': return [['value', spec.value]];
      case 'random_normal': case 'truncated_normal': return [['mean', spec.mean], ['stddev', spec.stddev], ['seed', spec.seed]];
      case 'random_uniform': return [['minval', spec.minval], ['maxval', spec.maxval], ['seed', spec.seed]];
      case 'orthogonal': return [['gain', spec.gain], ['seed', spec.seed]];
      case 'identity': return [['gain', spec.gain]];
      case 'numpy_random':
        return [['dist', spec.dist], ['low', spec.low], ['high', spec.high], ['loc', spec.loc], ['scale', spec.scale], ['seed', spec.seed], ['draws', spec.draws]];
      case 'zeros': case 'ones': case 'unknown': return [];
      default: return [['scale', spec.scale], ['mode', spec.mode], ['distribution', spec.distribution], ['seed', spec.seed]];
    }
  })();
  return all.filter((e): e is [string, InitializerArgValue] => e[1] !== undefined);
}

/** A random initializer's int op seed; null when it has none, none was given, or it is a stateless pair. */
export function intSeedOf(spec: InitializerSpec): number | null {
  const s = opSeedOf(spec);
  return typeof s === 'number' ? s : null;
}

/** The distribution of the initializer's own values, before `post`. */
function baseDistribution(spec: InitializerSpec, shape: readonly number[]): Distribution {
  // An argument given but statically unknown (null) leaves the distribution unknown.
  if (numericArgs(spec).some((v) => v === null)) return { family: 'unknown' };
  switch (spec.kind) {
    case 'zeros':
      return { family: 'zeros' };
    case 'ones':
      return { family: 'ones' };
    case 'constant':
      return { family: 'const', value: spec.value ?? 0 };
    case 'random_normal':
      return { family: 'normal', mean: num(spec.mean, 0), stddev: num(spec.stddev, 1) };
    case 'truncated_normal':
      return { family: 'truncated_normal', mean: num(spec.mean, 0), stddev: num(spec.stddev, 1) };
    case 'random_uniform':
      return { family: 'uniform', minval: num(spec.minval, 0), maxval: num(spec.maxval, 1) };
    case 'orthogonal':
      return { family: 'orthogonal', gain: num(spec.gain, 1) };
    case 'identity':
      return { family: 'identity', gain: num(spec.gain, 1) };
    case 'numpy_random':
      return spec.dist === 'uniform' ? { family: 'uniform', minval: num(spec.low, 0), maxval: num(spec.high, 1) }
        : spec.dist === 'normal' ? { family: 'normal', mean: num(spec.loc, 0), stddev: num(spec.scale, 1) } : { family: 'unknown' };
    case 'variance_scaling':
    case 'glorot_uniform':
    case 'glorot_normal':
    case 'he_normal':
    case 'he_uniform':
    case 'lecun_normal':
    case 'lecun_uniform': {
      const alias = VARIANCE_SCALING_ALIASES[spec.kind];
      const scale0 = num(spec.scale, alias?.scale ?? 1.0);
      const mode: VsMode = spec.mode ?? alias?.mode ?? 'fan_in';
      const distribution = normalizeVsDistribution(spec.distribution ?? alias?.distribution);
      // Partitioned variables: TF computes fans from the full variable's shape (`fanShape`).
      const fanShape = spec.fanShape?.every((d): d is number => typeof d === 'number') ? spec.fanShape : shape;
      // TF.js (api 'tfjs'): its own fans (sqrt of the size for 1-D and >5-D shapes) and no truncation correction.
      const tfjs = spec.api === 'tfjs';
      const { fanIn, fanOut } = tfjs ? computeFansTfjs(fanShape) : computeFans(fanShape);
      const n = mode === 'fan_in' ? fanIn : mode === 'fan_out' ? fanOut : (fanIn + fanOut) / 2;
      const scale = scale0 / Math.max(1, n);
      if (distribution === 'truncated_normal') {
        return { family: 'truncated_normal', mean: 0, stddev: Math.sqrt(scale) / (tfjs ? 1 : TRUNCATED_STD_CORRECTION) };
      }
      if (distribution === 'untruncated_normal') return { family: 'normal', mean: 0, stddev: Math.sqrt(scale) };
      const limit = Math.sqrt(3 * scale);
      return { family: 'uniform', minval: -limit, maxval: limit };
    }
    default:
      return { family: 'unknown' };
  }
}

/**
 * `d` after elementwise steps, in exact arithmetic (the engine rounds each step as TF does): affine steps
 * map bounds, mean and stddev; a constant maps each value; anything else (a scalar divided by the
 * values, a cast of random values to an integer type) leaves the distribution unknown.
 */
export function distributionAfter(d: Distribution, post: readonly PostOp[]): Distribution {
  if (d.family === 'zeros' || d.family === 'ones' || d.family === 'const') {
    let value: ConstantValue = d.family === 'zeros' ? 0 : d.family === 'ones' ? 1 : d.value;
    for (const p of post) value = mapNested(value, (x) => stepValue(p, x));
    return { family: 'const', value };
  }
  // x -> a * x + b over the whole chain
  let a = 1;
  let b = 0;
  for (const p of post) {
    const c = p.value ?? NaN;
    switch (p.op) {
      case 'add': b += c; break;
      case 'sub': if (p.left) { a = -a; b = c - b; } else b -= c; break;
      case 'mul': a *= c; b *= c; break;
      case 'div': if (p.left) return { family: 'unknown' }; a /= c; b /= c; break;
      case 'neg': a = -a; b = -b; break;
      case 'cast': if (!/^(b?float|half|double)/.test(p.dtype ?? '')) return { family: 'unknown' }; break;
    }
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { family: 'unknown' };
  switch (d.family) {
    case 'uniform': {
      const lo = a * d.minval + b;
      const hi = a * d.maxval + b;
      return { family: 'uniform', minval: Math.min(lo, hi), maxval: Math.max(lo, hi) };
    }
    case 'normal':
    case 'truncated_normal':
      return { family: d.family, mean: a * d.mean + b, stddev: Math.abs(a) * d.stddev };
    case 'orthogonal':
    case 'identity':
      return b === 0 ? { family: d.family, gain: a * d.gain } : { family: 'unknown' };
    default:
      return { family: 'unknown' };
  }
}

/** One step on one number, in exact arithmetic (integer casts truncate). */
export function stepValue(p: PostOp, x: number): number {
  const c = p.value ?? NaN;
  switch (p.op) {
    case 'add': return x + c;
    case 'sub': return p.left ? c - x : x - c;
    case 'mul': return x * c;
    case 'div': return p.left ? c / x : x / c;
    case 'neg': return -x;
    case 'cast': return /int/.test(p.dtype ?? '') ? Math.trunc(x) : p.dtype === 'bool' ? (x ? 1 : 0) : x;
  }
}

function mapNested(v: ConstantValue, f: (x: number) => number): ConstantValue {
  if (Array.isArray(v)) return v.map((x) => mapNested(x, f));
  if (typeof v === 'number') return f(v);
  if (typeof v === 'boolean') return f(v ? 1 : 0);
  return v;
}

/**
 * `post` as text to follow the initializer's own: ` * 0.01`, ` * 2, then x - 1`, `, then 1 / x`,
 * `, then negated`, `, then as float32` (each step applies to the result of the ones before).
 */
export function describePost(post: readonly PostOp[] | undefined): string {
  if (!post?.length) return '';
  const sym: Record<string, string> = { add: '+', sub: '-', mul: '*', div: '/' };
  return post.map((p, i) => {
    const c = p.value === undefined ? '?' : String(p.value);
    if (i === 0 && !p.left && p.op !== 'neg' && p.op !== 'cast') return ` ${sym[p.op]} ${c}`;
    const text = p.op === 'neg' ? 'negated' : p.op === 'cast' ? `as ${p.dtype ?? '?'}` : p.left ? `${c} ${sym[p.op]} x` : `x ${sym[p.op]} ${c}`;
    return `, then ${text}`;
  }).join('');
}

/** How a report names an initializer: the program's spelling (`display`, else the kind) with the arguments that
 *  matter to it; a named variance-scaling alias (heNormal, glorot_uniform) shows only its seed, not its scale/mode. */
export function initializerLabel(spec: InitializerSpec): { name: string; args: [string, InitializerArgValue][] } {
  const alias = spec.kind in VARIANCE_SCALING_ALIASES;
  return { name: spec.display ?? spec.kind, args: initializerArgs(spec).filter(([k]) => !alias || k === 'seed') };
}
