// TensorFlow's initializers, materialized with TensorFlow's own numbers: resolves a spec's arguments
// (v1 vs Keras/v2 defaults), TF's seed rules (stateful v1 ops vs stateless seeded v2/Keras ops), and
// fills any element range [from, to) with TF's arithmetic for the dtype (dtypes.ts beyond float32/int32),
// then the spec's elementwise `post` steps (post.ts). Orthogonal (TF's CPU QR order, eigenQr.ts) and
// NumPy's sequential streams (numpyRandom.ts) need the whole tensor. Pure computation: no tfjs, no I/O.

import { computeFans, expectedDistribution, type Distribution, normalizeVsDistribution, opSeedOf, VARIANCE_SCALING_ALIASES } from '../core/initializers';
import type { InitializerSpec, NumpyDraw, NumpyRandomInit, PostOp, SeedInfo } from '../core/model';
import { fillNumpy } from './numpyRandom';
import { applyStep, type BaseAffine, type PostPlan, resolvePost } from './post';
import { fillPrec, fillUniformInt64, type Prec, roundTo16, toPrec } from './dtypes';
import { fillNormal, fillTruncatedNormal, fillUniform, fillUniformInt, type MinMax } from './distributions';
import { tfQrSteps } from './eigenQr';
import { DEFAULT_GRAPH_SEED, MAXINT32, type PhiloxState, statefulState, statelessState, truncateSeed } from './philox';

const fround = Math.fround;

export type Values = Float32Array | Float64Array | Int32Array;

export class InitializerError extends Error {}

/** How the random numbers of one variable are seeded. */
export interface SeedPlan {
  kind: 'stateful' | 'stateless' | 'fallback';
  seed: number;
  seed2: number;
  state: PhiloxState;
  exact: boolean;
  note?: string;
  /** Stateful ops: 128-bit blocks the cached eager kernel had consumed before this op (state already advanced). */
  skip?: number;
}

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function apiOf(spec: InitializerSpec): 'v1' | 'v2' | 'keras' | 'tfjs' {
  const a = spec.api;
  return a === 'v2' || a === 'keras' || a === 'tfjs' ? a : 'v1';
}

/** 32-bit FNV-1a of a string (the fallback generator's per-variable stream). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * TF's seed rules for one variable. `optionSeed` (EngineOptions.seed) overrides the graph seed.
 * v1 (stateful ops, `random_seed.get_seed`): (graph, op); (87654321, op) when only the op seed is set;
 * (0, 0) becomes (0, 2^31-1); seeds are taken modulo 2^31-1; an eager op whose cached kernel already ran
 * starts `seedInfo.skip` blocks on. v2/Keras with `seed=s` (or a seed Keras drew): stateless ops seeded
 * [s, 0]; `tf.random.stateless_*` ops: their [seed0, seed1]. Anything else depends on runtime state: a
 * fallback Philox stream of our own, with the analyzer's reason (`seedInfo.note`) when it gave one.
 */
export function planSeeds(spec: InitializerSpec, seedInfo: SeedInfo | undefined, name: string, optionSeed?: number | null): SeedPlan {
  const api = apiOf(spec);
  const seed = opSeedOf(spec);
  const pair = seedPairOf(seed);
  const specSeed = isNum(seed) ? seed : null;
  // An op seed drawn from tf.random.set_seed(G)'s generator belongs to G: another chosen seed draws others.
  const drawnElsewhere = seedInfo?.drawn === 'eager' && isNum(optionSeed) && optionSeed !== seedInfo.graph;
  const op = specSeed ?? (seedInfo && isNum(seedInfo.op) && !drawnElsewhere ? seedInfo.op : null);
  const graph = isNum(optionSeed) ? optionSeed : seedInfo && isNum(seedInfo.graph) ? seedInfo.graph : null;
  const skip = seedInfo && isNum(seedInfo.skip) && seedInfo.skip > 0 ? seedInfo.skip : 0;
  const fallback = (note: string): SeedPlan => {
    const seed = truncateSeed(Math.trunc(graph ?? op ?? 0));
    const seed2 = fnv1a(name) & 0x7fffffff;
    return { kind: 'fallback', seed, seed2, state: statefulState(seed, seed2), exact: false, note };
  };
  // stateless ops take their seed pair only: no global seed, no op counter, no kernel state
  if (pair && api !== 'tfjs') return { kind: 'stateless', seed: pair[0], seed2: pair[1], state: statelessState(pair[0], pair[1]), exact: true };
  if (seedInfo?.dependsOnRuntime && (!isNum(optionSeed) || seedInfo.note)) {
    return fallback(seedInfo.note ?? 'TensorFlow\'s seed for this variable depends on runtime state the analysis cannot know; values come from our own seeded generator with the same distribution');
  }
  if (api === 'tfjs') return fallback('TensorFlow.js did not make these values here (a sampled summary of a tensor over the element cap, or an initializer its runtime lacks); they come from our own seeded generator with the same distribution');
  if (drawnElsewhere && specSeed === null) {
    return fallback(`the op seed was drawn from the generator of tf.random.set_seed(${seedInfo!.graph}); with seed ${optionSeed} TensorFlow would draw another, so values come from our own generator`);
  }
  if (api === 'keras' || (api === 'v2' && !seedInfo?.stateful)) {
    if (op !== null && Number.isInteger(op)) {
      return { kind: 'stateless', seed: op, seed2: 0, state: statelessState(op, 0), exact: true };
    }
    const what = api === 'keras' ? 'Keras' : 'TF2';
    return fallback(seedInfo?.note ?? (isNum(optionSeed)
      ? `no seed= on this ${what} initializer and its seed is not known statically; values use the chosen seed ${optionSeed} with our own generator`
      : `no seed= on this ${what} initializer and its seed is not known statically${api === 'keras' ? ' (Keras draws it from Python\'s `random` when the initializer is created)' : ''}; values come from our own seeded generator with the same distribution`));
  }
  if (graph !== null && op !== null) {
    const s = truncateSeed(Math.trunc(graph));
    let s2 = truncateSeed(Math.trunc(op));
    if (s === 0 && s2 === 0) s2 = MAXINT32;
    return { kind: 'stateful', seed: s, seed2: s2, state: statefulState(s, s2, skip), exact: true, ...(skip ? { skip } : {}) };
  }
  if (op !== null) {
    const s2 = truncateSeed(Math.trunc(op));
    return { kind: 'stateful', seed: DEFAULT_GRAPH_SEED, seed2: s2, state: statefulState(DEFAULT_GRAPH_SEED, s2, skip), exact: true, ...(skip ? { skip } : {}) };
  }
  if (graph !== null) {
    return fallback(seedInfo?.note ?? 'graph seed set but no op seed: TensorFlow derives the op seed from the graph\'s state when the op is created (TF 2: the number of unseeded random ops before it; TF 1: the number of ops), which the analysis did not determine; values come from our own generator seeded with the graph seed');
  }
  return fallback(seedInfo?.note ?? 'no seeds set: TensorFlow draws nondeterministic values; these come from our own seeded generator with the same distribution');
}

/** The [seed0, seed1] pair of a `tf.random.stateless_*` op (integers), or null. */
function seedPairOf(v: unknown): [number, number] | null {
  if (!Array.isArray(v) || v.length !== 2) return null;
  const [a, b] = v as unknown[];
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? [a as number, b as number] : null;
}

/**
 * The resolved operation behind an initializer at a shape. `post`: elementwise steps after it (the op then
 * makes values of `post.base`, `dist` is the distribution after the steps).
 */
export type OpPlan = (
  | { op: 'uniform' | 'normal' | 'truncated'; scale: number; shift: number; dist: Distribution; prec?: Prec; note?: string }
  | { op: 'uniform_int'; lo: number; hi: number; dist: Distribution; int64?: boolean }
  | { op: 'fill'; value: number; dist: Distribution; note?: string }
  | { op: 'constant'; values: number[]; dist: Distribution; note?: string }
  | { op: 'identity'; gain: number; rows: number; cols: number; dist: Distribution }
  | { op: 'orthogonal'; gain: number; rows: number; cols: number; dist: Distribution }
  /** NumPy's legacy stream: uniform(a, b) or normal(a, b) after `draws`; seed null: not known (fallback). */
  | { op: 'numpy'; sampler: 'uniform' | 'normal'; a: number; b: number; seed: number | null; draws: NumpyDraw[]; n: number; dist: Distribution; note?: string }
) & { post?: PostPlan };

/** The spec with every argument TF would use filled in (v1 defaults for 'v1', Keras defaults otherwise). */
export function resolveSpec(spec: InitializerSpec, dtype = 'float32'): InitializerSpec {
  const v1 = apiOf(spec) === 'v1';
  switch (spec.kind) {
    case 'random_normal':
    case 'truncated_normal':
      return { ...spec, mean: spec.mean ?? 0, stddev: spec.stddev ?? (v1 ? 1 : 0.05) };
    case 'random_uniform': {
      const intV1 = v1 && isIntDtype(dtype);
      return { ...spec, minval: spec.minval ?? (v1 ? 0 : -0.05), ...(intV1 ? {} : { maxval: spec.maxval ?? (v1 ? 1 : 0.05) }) };
    }
    case 'variance_scaling':
      return { ...spec, scale: spec.scale ?? 1, mode: spec.mode ?? 'fan_in', distribution: spec.distribution ?? 'truncated_normal' };
    case 'glorot_uniform': case 'glorot_normal': case 'he_normal': case 'he_uniform': case 'lecun_normal': case 'lecun_uniform': {
      const a = VARIANCE_SCALING_ALIASES[spec.kind]!;
      return { ...spec, scale: spec.scale ?? a.scale, mode: spec.mode ?? a.mode, distribution: spec.distribution ?? a.distribution };
    }
    case 'orthogonal':
    case 'identity':
      return { ...spec, gain: spec.gain ?? 1 };
    case 'constant':
      return { ...spec, value: spec.value ?? 0 };
    default:
      return { ...spec };
  }
}

export function isIntDtype(dtype: string): boolean {
  return /^u?int(8|16|32|64)$/.test(dtype);
}

function flatten(v: unknown, out: number[]): [number, ...number[]] | number[] {
  // returns the nested array's shape; fills out with numbers (booleans as 0/1)
  if (Array.isArray(v)) {
    let inner: number[] = [];
    for (let i = 0; i < v.length; i++) {
      const s = flatten(v[i], out);
      if (i === 0) inner = s;
    }
    return [v.length, ...inner];
  }
  if (typeof v === 'boolean') out.push(v ? 1 : 0);
  else if (typeof v === 'number') out.push(v);
  else throw new InitializerError(`constant initializer: cannot use value ${JSON.stringify(v)}`);
  return [];
}

/** numpy-style broadcast of a flat row-major array of shape `from` to shape `to`, or null if impossible. */
function broadcast(values: number[], from: number[], to: number[]): number[] | null {
  if (from.length > to.length) return null;
  const f = [...new Array<number>(to.length - from.length).fill(1), ...from];
  for (let i = 0; i < to.length; i++) if (f[i] !== 1 && f[i] !== to[i]) return null;
  const n = to.reduce((a, b) => a * b, 1);
  const out = new Array<number>(n);
  const fStrides = new Array<number>(f.length).fill(0);
  let s = 1;
  for (let i = f.length - 1; i >= 0; i--) {
    fStrides[i] = f[i] === 1 ? 0 : s;
    s *= f[i]!;
  }
  const idx = new Array<number>(to.length).fill(0);
  for (let k = 0; k < n; k++) {
    let src = 0;
    for (let i = 0; i < to.length; i++) src += idx[i]! * fStrides[i]!;
    out[k] = values[src]!;
    for (let i = to.length - 1; i >= 0; i--) {
      if (++idx[i]! < to[i]!) break;
      idx[i] = 0;
    }
  }
  return out;
}

/**
 * A Python number converted to `dtype` as TF does: float16 in graph mode through NumPy (one rounding),
 * eagerly through float32; Keras's cast (`kerasCast`) makes a float32 tensor first, also for float64.
 */
function castScalar(v: number, dtype: string, v1 = true, kerasCast = false): number {
  if (dtype === 'float32') return fround(v);
  const prec = precOf(dtype);
  if (prec === 'f16' || prec === 'bf16') return toPrec(v, prec, !v1);
  if (prec === 'f64' && kerasCast) return fround(v);
  if (isIntDtype(dtype)) return Math.trunc(v);
  if (dtype === 'bool') return v ? 1 : 0;
  return v;
}

/** The sampler precision of a float dtype other than float32 (undefined for float32 and the rest). */
function precOf(dtype: string): Prec | undefined {
  return dtype === 'float64' ? 'f64' : dtype === 'float16' ? 'f16' : dtype === 'bfloat16' ? 'bf16' : undefined;
}

/**
 * A float distribution asked for at int32/int64: Keras/TF2 variance-scaling uniform casts ±limit through
 * float32 to the integer type (truncation) and draws integers; everything else raises in TF.
 */
function planIntFromFloat(spec: InitializerSpec, dist: Distribution, dtype: string, v1: boolean): OpPlan | null {
  if (dist.family === 'uniform' && !v1) {
    const lo = Math.trunc(fround(dist.minval));
    const hi = Math.trunc(fround(dist.maxval));
    if (!(lo < hi)) throw new InitializerError(`${String(spec.kind)} at ${dtype}: TensorFlow casts the bounds to [${lo}, ${hi}) and raises (need minval < maxval)`);
    return { op: 'uniform_int', lo, hi, dist: { family: 'uniform', minval: lo, maxval: hi }, ...(dtype === 'int64' ? { int64: true } : {}) };
  }
  if (dist.family === 'uniform' || dist.family === 'normal' || dist.family === 'truncated_normal') {
    throw new InitializerError(`${String(spec.kind)} cannot produce ${dtype} values: TensorFlow raises (it needs a floating-point dtype)`);
  }
  return null;
}

/**
 * float64/float16/bfloat16 plans: TF converts the Python bounds/mean/stddev to the dtype (graph mode:
 * NumPy, one rounding; eager: through float32 for the 16-bit types; Keras's uniform casts a float32
 * tensor) and does x * scale + shift in that dtype.
 */
function planPrec(spec: InitializerSpec, dist: Distribution, prec: Prec, v1: boolean): OpPlan {
  const api = apiOf(spec);
  switch (dist.family) {
    case 'uniform': {
      // Keras's uniform is tf.cast(python float -> float32 tensor, dtype); under 'v2' every kind but
      // random_uniform (tf.random_uniform_initializer, init_ops_v2) is a Keras class (tf.initializers.*)
      const kerasCast = api === 'keras' || (api === 'v2' && spec.kind !== 'random_uniform');
      const conv = (x: number): number => (kerasCast ? (prec === 'f64' ? fround(x) : toPrec(x, prec, true)) : toPrec(x, prec, !v1));
      const lo = conv(dist.minval);
      const hi = conv(dist.maxval);
      const range = prec === 'f64' ? hi - lo : roundTo16(fround(hi - lo), prec);
      const plan: OpPlan = { op: 'uniform', scale: range, shift: lo, dist, prec };
      if (prec === 'f64' && api === 'v2' && spec.kind === 'random_uniform' && (fround(dist.minval) !== dist.minval || fround(dist.maxval) !== dist.maxval)) {
        plan.note = 'TF2 spells two float64 uniform initializers alike: tf.random_uniform_initializer (used here) keeps the bounds as doubles, tf.initializers.RandomUniform (Keras) rounds them to float32 first';
      }
      return plan;
    }
    case 'normal':
    case 'truncated_normal':
      return { op: dist.family === 'normal' ? 'normal' : 'truncated', scale: toPrec(dist.stddev, prec, !v1), shift: toPrec(dist.mean, prec, !v1), dist, prec };
    default:
      throw new InitializerError(`initializer '${String(spec.kind)}' cannot be materialized${spec.kind === 'unknown' ? `: ${spec.reason}` : ''}`);
  }
}

/** Resolves `spec` at a fully known `shape` into the op TF runs. Throws InitializerError where TF raises. */
export function planOp(specIn: InitializerSpec, shape: readonly number[], dtype: string): OpPlan {
  if (!specIn.post?.length && specIn.kind !== 'numpy_random') return planBase(specIn, shape, dtype);
  return planWithPost(specIn, shape, dtype);
}

/** Graph constants larger than this are not folded by Grappler (its max_constant_size_in_bytes). */
const MAX_FOLDED_BYTES = 10 * 1024 * 1024;

/**
 * A spec with `post` steps (or NumPy's values): the base op at its own dtype, then the steps. Values
 * the graph holds as constants are computed now (as constant folding does, op by op); random values
 * get the steps when generated.
 */
function planWithPost(specIn: InitializerSpec, shape: readonly number[], dtype: string): OpPlan {
  const { post = [], baseDtype, ...rest } = specIn;
  const numpy = rest.kind === 'numpy_random';
  const bd = typeof baseDtype === 'string' ? baseDtype : numpy ? 'float64' : dtype;
  const n = shape.reduce((a, b) => a * b, 1);
  const base = numpy ? planNumpy(rest, n) : planBase(rest, shape, bd);
  const dist = expectedDistribution(resolveSpec(specIn, bd), [...shape]);
  const graphFirst = post[0]?.by === 'graph';
  const constant = base.op === 'fill' || base.op === 'constant' || base.op === 'identity' || base.op === 'numpy';
  const pp = resolvePost(post, bd, dtype, constant ? 'constant' : graphFirst ? graphAffine(base, rest) ?? 'opaque' : 'opaque');
  const notes = ['note' in base ? base.note : undefined, pp.note].filter((x): x is string => !!x);
  const graphSteps = post.filter((p: PostOp) => p.by === 'graph' && p.op !== 'cast').length;
  if (base.op === 'fill' && graphSteps > 1 && n * bytesPerStoredElement(bd) > MAX_FOLDED_BYTES) {
    notes.push('in a TF graph this constant is too large for Grappler to fold, and the order it then runs the chain in is not modelled');
  }
  const note = notes.length ? notes.join('; ') : undefined;
  const run = (x: number): number => pp.steps.reduce((v, st) => applyStep(st, v), x);
  if (base.op === 'fill') return { op: 'fill', value: run(base.value), dist, ...(note ? { note } : {}) };
  if (base.op === 'constant') return { op: 'constant', values: base.values.map(run), dist, ...(note ? { note } : {}) };
  let raw: OpPlan = base;
  if (pp.absorbed) {
    // graph mode: the chain (steps) now holds the op's own `* scale + shift` / `gain *`
    if (base.op === 'uniform' || base.op === 'normal' || base.op === 'truncated') raw = { ...base, scale: 1, shift: 0 };
    else if (base.op === 'orthogonal') raw = { ...base, gain: 1 };
  }
  return { ...raw, dist, post: note ? { ...pp, note } : pp };
}

/** The base op's own arithmetic a graph chain right after it may fold with (see post.ts), or null. */
function graphAffine(plan: OpPlan, spec: InitializerSpec): BaseAffine | null {
  switch (plan.op) {
    case 'uniform': case 'normal': case 'truncated': {
      // tf.random.uniform skips `+ minval` for an int 0 minval (and `* maxval` for an int 1): not known from the spec
      const v1Uniform = spec.kind === 'random_uniform' && apiOf(spec) === 'v1';
      return { scale: plan.scale, shift: plan.shift, add: v1Uniform && plan.shift === 0 ? 'maybe' : true };
    }
    case 'orthogonal':
      return { scale: plan.gain, shift: 0, add: false, scaleLeft: true };
    default:
      return null;
  }
}

/** NumPy's `numpy_random` values (float64) for `n` elements. */
function planNumpy(spec: NumpyRandomInit, n: number): OpPlan {
  const sampler = spec.dist === 'uniform' ? 'uniform' : spec.dist === 'normal' ? 'normal' : null;
  if (!sampler) throw new InitializerError(`NumPy draw '${String(spec.dist)}' cannot be materialized`);
  const a = isNum(spec.low) ? spec.low : isNum(spec.loc) ? spec.loc : 0;
  const b = isNum(spec.high) ? spec.high : isNum(spec.scale) ? spec.scale : 1;
  const seed = isNum(spec.seed) && Number.isInteger(spec.seed) && spec.seed >= 0 && spec.seed <= 0xffffffff ? spec.seed : null;
  const draws = spec.draws ?? [];
  const note = seed === null ? (typeof spec.note === 'string' ? spec.note : 'NumPy\'s generator is not seeded') + '; values come from our own seeded NumPy stream' : undefined;
  const dist = expectedDistribution({ ...spec, post: [] }, [n]);
  return { op: 'numpy', sampler, a, b, seed, draws, n, dist, ...(note ? { note } : {}) };
}

/** `planOp` for the initializer alone (no `post`). */
function planBase(specIn: InitializerSpec, shape: readonly number[], dtype: string): OpPlan {
  const spec = resolveSpec(specIn, dtype);
  const v1 = apiOf(spec) === 'v1';
  const n = shape.reduce((a, b) => a * b, 1);
  switch (spec.kind) {
    case 'zeros':
      return { op: 'fill', value: 0, dist: { family: 'zeros' } };
    case 'ones':
      return { op: 'fill', value: 1, dist: { family: 'ones' } };
    case 'constant': {
      const flat: number[] = [];
      const vshape = flatten(spec.value, flat);
      // Keras's Constant is ops.cast(value, dtype) * ones; tf.constant_initializer converts directly
      const kerasCast = apiOf(spec) === 'keras';
      const note = dtype === 'float64' && apiOf(spec) === 'v2' && flat.some((x) => fround(x) !== x)
        ? 'TF2 spells two float64 constant initializers alike: tf.constant_initializer (used here) keeps the value as a double, tf.initializers.Constant (Keras) rounds it to float32 first'
        : undefined;
      if (vshape.length === 0) return { op: 'fill', value: castScalar(flat[0]!, dtype, v1, kerasCast), dist: { family: 'const', value: spec.value ?? 0 }, ...(note ? { note } : {}) };
      let values: number[];
      if (flat.length === n) values = flat;
      else if (v1) {
        // TF1's constant(value, shape): a shorter list is padded with its last element.
        if (flat.length > n) throw new InitializerError(`constant initializer: ${flat.length} values do not fit shape [${shape.join(', ')}] (${n} elements)`);
        if (flat.length === 0) throw new InitializerError('constant initializer: empty value');
        values = flat.concat(new Array<number>(n - flat.length).fill(flat[flat.length - 1]!));
      } else {
        const b = broadcast(flat, vshape, [...shape]);
        if (!b) throw new InitializerError(`constant initializer: value of shape [${vshape.join(', ')}] cannot be broadcast to [${shape.join(', ')}]`);
        values = b;
      }
      return { op: 'constant', values: values.map((x) => castScalar(x, dtype, v1, kerasCast)), dist: { family: 'const', value: spec.value ?? 0 }, ...(note ? { note } : {}) };
    }
    case 'identity': {
      if (shape.length !== 2) throw new InitializerError(`identity initializer: only 2-D shapes are supported (got [${shape.join(', ')}])`);
      const gain = spec.gain ?? 1;
      return { op: 'identity', gain: castScalar(gain, dtype, v1), rows: shape[0]!, cols: shape[1]!, dist: { family: 'identity', gain } };
    }
    case 'orthogonal': {
      if (shape.length < 2) throw new InitializerError(`orthogonal initializer: the shape must have at least two dimensions (got [${shape.join(', ')}])`);
      let rows = 1;
      for (const d of shape.slice(0, -1)) rows *= d;
      const gain = spec.gain ?? 1;
      return { op: 'orthogonal', gain, rows, cols: shape[shape.length - 1]!, dist: { family: 'orthogonal', gain } };
    }
    case 'random_uniform':
      if (isIntDtype(dtype)) {
        if (!isNum(spec.maxval)) throw new InitializerError('random_uniform with an integer dtype needs maxval');
        const lo = Math.trunc(spec.minval ?? 0);
        const hi = Math.trunc(spec.maxval);
        if (!(lo < hi)) throw new InitializerError(`random_uniform: need minval < maxval (got ${lo}, ${hi})`);
        return { op: 'uniform_int', lo, hi, dist: { family: 'uniform', minval: lo, maxval: hi }, ...(dtype === 'int64' ? { int64: true } : {}) };
      }
      break;
    default:
      break;
  }
  const dist = expectedDistribution(spec, [...shape]);
  if (dtype === 'int32' || dtype === 'int64') {
    const intPlan = planIntFromFloat(spec, dist, dtype, v1);
    if (intPlan) return intPlan;
  }
  const prec = precOf(dtype);
  if (prec) return planPrec(spec, dist, prec, v1);
  switch (dist.family) {
    case 'uniform': {
      const lo = fround(dist.minval);
      const range = fround(fround(dist.maxval) - lo);
      return { op: 'uniform', scale: range, shift: lo, dist };
    }
    case 'normal':
      return { op: 'normal', scale: fround(dist.stddev), shift: fround(dist.mean), dist };
    case 'truncated_normal':
      return { op: 'truncated', scale: fround(dist.stddev), shift: fround(dist.mean), dist };
    default:
      throw new InitializerError(`initializer '${String(spec.kind)}' cannot be materialized${spec.kind === 'unknown' ? `: ${spec.reason}` : ''}`);
  }
}

/** True when `plan` can be generated element-range by element-range (all but orthogonal and NumPy's streams). */
export function isElementwise(plan: OpPlan): boolean {
  return plan.op !== 'orthogonal' && plan.op !== 'numpy';
}

/** The typed array TF's dtype is held in here (float16/bfloat16 values held as float32, int64 as float64: exact within ±2^53). */
export function allocValues(dtype: string, n: number): Values {
  if (dtype === 'float64' || dtype === 'int64') return new Float64Array(n);
  if (isIntDtype(dtype) || dtype === 'bool') return new Int32Array(n);
  return new Float32Array(n);
}

export function bytesPerStoredElement(dtype: string): number {
  return dtype === 'float64' || dtype === 'int64' ? 8 : 4;
}

/**
 * Fills out[from..to) (from a multiple of 4) with the elements of `plan` at those flat indices.
 * float64/float16/bfloat16 plans (`prec`) and int64 use TF's samplers for those dtypes (dtypes.ts).
 */
export function generateRange(plan: OpPlan, state: PhiloxState, out: Values, from: number, to: number, base = 0): MinMax {
  if (plan.post) {
    // the op's own values (at post.base), then the steps into `out`
    const { post, ...op } = plan;
    const same = storage(post.base) === storage(out);
    const raw = same ? out : allocValues(post.base, to - from);
    generateRange(op as OpPlan, state, raw, from, to, same ? base : from);
    return applySteps(post, raw, same ? from - base : 0, out, from - base, to - from);
  }
  switch (plan.op) {
    case 'fill': {
      out.fill(plan.value, from - base, to - base);
      return to > from ? [plan.value, plan.value] : [Infinity, -Infinity];
    }
    case 'constant': {
      let mn = Infinity;
      let mx = -Infinity;
      for (let i = from; i < to; i++) {
        const v = plan.values[i]!;
        out[i - base] = v;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      return [mn, mx];
    }
    case 'identity': {
      if (to <= from) return [Infinity, -Infinity];
      out.fill(0, from - base, to - base);
      let hasDiag = false;
      // diagonal elements r*(cols+1) for r < min(rows, cols) inside [from, to)
      const step = plan.cols + 1;
      for (let i = Math.ceil(from / step) * step; i < to && i / step < Math.min(plan.rows, plan.cols); i += step) {
        out[i - base] = plan.gain;
        hasDiag = true;
      }
      const zeros = to - from > (hasDiag ? 1 : 0) || !hasDiag;
      const lo = hasDiag ? Math.min(plan.gain, zeros ? 0 : plan.gain) : 0;
      const hi = hasDiag ? Math.max(plan.gain, zeros ? 0 : plan.gain) : 0;
      return [lo, hi];
    }
    case 'uniform_int': {
      if (plan.int64) {
        if (!(out instanceof Float64Array)) throw new InitializerError('random_uniform int64 needs a float64 buffer');
        return fillUniformInt64(state, out, from, to, plan.lo, plan.hi, base);
      }
      if (!(out instanceof Int32Array)) throw new InitializerError('random_uniform int needs an integer buffer');
      return fillUniformInt(state, out, from, to, plan.lo, plan.hi, base);
    }
    case 'uniform':
    case 'normal':
    case 'truncated': {
      if (plan.prec) {
        if (out instanceof Int32Array) throw new InitializerError(`${plan.prec} values need a float buffer`);
        return fillPrec(plan.op, plan.prec, state, out, from, to, plan.scale, plan.shift, base);
      }
      const fn = plan.op === 'uniform' ? fillUniform : plan.op === 'normal' ? fillNormal : fillTruncatedNormal;
      if (out instanceof Float32Array) return fn(state, out, from, to, plan.scale, plan.shift, base);
      // other buffers: compute through a float32 window starting at `from`
      const scratch = new Float32Array(to - from);
      const mm = fn(state, scratch, from, to, plan.scale, plan.shift, from);
      for (let i = from; i < to; i++) out[i - base] = out instanceof Int32Array ? Math.trunc(scratch[i - from]!) : scratch[i - from]!;
      return mm;
    }
    case 'orthogonal':
      throw new InitializerError('orthogonal is not elementwise');
    case 'numpy':
      throw new InitializerError('NumPy\'s stream is not elementwise');
  }
}

/** The typed-array class `dtype`'s values are held in (see allocValues). */
function storage(v: string | Values): string {
  if (typeof v !== 'string') return v instanceof Float64Array ? 'f64' : v instanceof Int32Array ? 'i32' : 'f32';
  return v === 'float64' || v === 'int64' ? 'f64' : isIntDtype(v) || v === 'bool' ? 'i32' : 'f32';
}

/** Applies `post`'s steps to src[s0 .. s0+n) into out[o0 .. o0+n) (may be the same array); returns [min, max]. */
function applySteps(post: PostPlan, src: Values, s0: number, out: Values, o0: number, n: number): MinMax {
  const steps = post.steps;
  let mn = Infinity;
  let mx = -Infinity;
  for (let i = 0; i < n; i++) {
    let v = src[s0 + i]!;
    for (let k = 0; k < steps.length; k++) v = applyStep(steps[k]!, v);
    out[o0 + i] = v;
    if (v < mn) mn = v;
    if (v > mx) mx = v;
  }
  return [mn, mx];
}

/** Why values of `dtype` are not TF's bits even with known seeds, or undefined when they are. */
export function dtypeNote(plan: OpPlan, dtype: string): string | undefined {
  if (plan.op === 'fill' || plan.op === 'constant') return plan.note;
  if (plan.op === 'identity') return undefined;
  if (plan.op === 'uniform_int') {
    if (dtype === 'int32') return undefined;
    if (plan.int64) return Math.abs(plan.lo) <= MAX_SAFE && Math.abs(plan.hi) <= MAX_SAFE ? undefined : 'int64 values are held as float64 here: beyond ±2^53 they are rounded';
    return `TF samples ${dtype} with 64-bit draws; values follow the int32 sampler`;
  }
  if (plan.op === 'numpy') return plan.note;
  if (plan.op !== 'orthogonal' && plan.prec) {
    if (plan.note) return plan.note;
    if (plan.prec === 'f64' && plan.op !== 'uniform') return F64_NORMAL_NOTE;
    return undefined;
  }
  if (dtype !== 'float32' && plan.op === 'orthogonal') return `orthogonal at ${dtype}: TF draws ${dtype} normals and runs its ${dtype} QR; these come from the float32 normals and QR (same distribution)`;
  if (dtype !== 'float32') return `TF uses a different sampler for ${dtype}; values come from the float32 sampler (same distribution)`;
  return undefined;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Why float64 normals are not flagged exact (fixtures: test/engine/dtypes.test.ts). */
export const F64_NORMAL_NOTE = 'float64 normals: TF\'s BoxMullerDouble uses glibc\'s double log and sincos, which are not always correctly rounded; ours are, so ~0.16% of values differ from TF\'s by 1 ulp (about 1 in 6000 by 2; measured over 2^20 draws of TF 2.21 on glibc 2.36)';

/**
 * Orthogonal: TF's normal matrix (exact), then tf.linalg.qr in the arithmetic order of TF's CPU kernel
 * (Eigen's blocked Householder QR, see eigenQr.ts), the sign fix Q * sign(diag R), the transpose for wide
 * shapes, times gain. Memory: the output (which holds the normals and the factorization) plus Q.
 */
export function orthogonal(plan: Extract<OpPlan, { op: 'orthogonal' }>, state: PhiloxState, out: Values): MinMax {
  return whole(plan, state, out);
}

/**
 * A non-elementwise plan as a generator: orthogonal yields after each 48-column panel of the QR (for
 * cancellation); then `post`'s steps. NumPy's stream is generated in one go.
 */
export function* orthogonalSteps(plan: OpPlan, state: PhiloxState, out: Values): Generator<void, MinMax, void> {
  if (plan.post) {
    const { post, ...op } = plan;
    const same = storage(post.base) === storage(out);
    const raw = same ? out : allocValues(post.base, out.length);
    yield* orthogonalSteps(op as OpPlan, state, raw);
    return applySteps(post, raw, 0, out, 0, out.length);
  }
  if (plan.op === 'numpy') {
    if (!(out instanceof Float64Array)) throw new InitializerError('NumPy values need a float64 buffer');
    return numpyValues(plan, state, out);
  }
  if (plan.op !== 'orthogonal') throw new InitializerError(`${plan.op} is elementwise`);
  const { rows, cols } = plan;
  const m = Math.max(rows, cols);
  const n = Math.min(rows, cols);
  // TF's normal matrix (row-major m x n), factorized in place
  const a = out instanceof Float32Array ? out : new Float32Array(m * n);
  fillNormal(state, a, 0, m * n, 1, 0);
  const { q, diag } = yield* tfQrSteps(a, m, n);
  const f32 = out instanceof Float32Array;
  const gain = f32 ? fround(plan.gain) : plan.gain;
  let mn = Infinity;
  let mx = -Infinity;
  for (let j = 0; j < n; j++) {
    const sgn = diag[j]! > 0 ? 1 : diag[j]! < 0 ? -1 : 0;
    const cj = j * m;
    for (let i = 0; i < m; i++) {
      // q *= sign(d), then gain * q, each a float32 product in TF
      let v = fround(q[cj + i]! * sgn);
      v = f32 ? fround(gain * v) : gain * v;
      // element (i, j) of the m x n matrix; wide shapes take its transpose
      out[rows >= cols ? i * cols + j : j * cols + i] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
  }
  return [mn, mx];
}

/** Whether `plan` under `seeds` at `dtype` reproduces TensorFlow's bits, and why not. */
export function exactness(plan: OpPlan, seeds: SeedPlan, dtype: string): { exact: boolean; note?: string } {
  if (plan.post) {
    // the op's own values at their dtype, then the steps' own caveats
    const { post, ...op } = plan;
    const base = exactness(op as OpPlan, seeds, post.base);
    if (!base.exact) return base;
    return post.note ? { exact: false, note: post.note } : { exact: true };
  }
  if (plan.op === 'numpy') return plan.note ? { exact: false, note: plan.note } : { exact: true };
  if (plan.op === 'fill' || plan.op === 'constant' || plan.op === 'identity') {
    const d = dtypeNote(plan, dtype);
    return d ? { exact: false, note: d } : { exact: true };
  }
  if (!seeds.exact) return { exact: false, note: seeds.note ?? 'seed not known statically' };
  const d = dtypeNote(plan, dtype);
  if (d) return { exact: false, note: d };
  return { exact: true };
}

/** Materializes a whole variable. */
export function materialize(plan: OpPlan, state: PhiloxState, dtype: string, n: number): { values: Values; min: number; max: number } {
  const values = allocValues(dtype, n);
  const [min, max] = isElementwise(plan) ? generateRange(plan, state, values, 0, n) : whole(plan, state, values);
  return { values, min, max };
}

/** A non-elementwise plan (orthogonal, NumPy) into `out`, then its post steps. */
function whole(plan: OpPlan, state: PhiloxState, out: Values): MinMax {
  const steps = orthogonalSteps(plan, state, out);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** NumPy's float64 values of `plan` (seed null: a stream of our own, seeded from `state`'s key). */
function numpyValues(plan: Extract<OpPlan, { op: 'numpy' }>, state: PhiloxState, out: Float64Array): MinMax {
  return fillNumpy(plan.sampler, plan.a, plan.b, plan.seed ?? state.key[0]! >>> 0, plan.seed === null ? [] : plan.draws, out);
}

export { computeFans, normalizeVsDistribution };
