// NumPy stand-in: array constructors with NumPy's dtype rules and the legacy seeded RandomState streams
// (draws recorded so the engine can reproduce values).

import { literalTensor, shapeOf, numpyLinspace, numpyDtypeOf } from './convert';
import { type NumpyStream } from '../seeds';
import type { ConstantValue, InitializerSpec, Shape } from '../../model';
import { freshId } from '../../tf/graph';
import { type Args } from '../interp';
import { bool, int, NONE, numOf, truthy, unknown, type Value, handle } from '../values';
import type { TfLibrary } from '../tflib';
import { bind } from './registry';
import { reduceRule } from '../../tf/shapeRules';
import { tshapeOf } from './tensorOps';

/** NumPy's array constructors' signatures. */
const LIKE = ['a', 'dtype', 'order', 'subok', 'shape'];
const NUMPY_ARRAY_PARAMS: Readonly<Record<string, readonly string[]>> = {
  zeros: ['shape', 'dtype', 'order'], ones: ['shape', 'dtype', 'order'], empty: ['shape', 'dtype', 'order'],
  full: ['shape', 'fill_value', 'dtype', 'order'],
  zeros_like: LIKE, ones_like: LIKE, full_like: ['a', 'fill_value', 'dtype', 'order', 'subok', 'shape'],
  array: ['object', 'dtype'], asarray: ['a', 'dtype'],
  eye: ['N', 'M', 'k', 'dtype'], identity: ['n', 'dtype'],
  arange: ['start', 'stop', 'step', 'dtype'],
  linspace: ['start', 'stop', 'num', 'endpoint', 'retstep', 'dtype', 'axis'],
};

/** The legacy `np.random` functions' (and RandomState methods') signatures. */
const SIZE_ONLY = ['size'];
const NUMPY_RANDOM_PARAMS: Readonly<Record<string, readonly string[]>> = {
  seed: ['seed'], RandomState: ['seed'],
  random_sample: SIZE_ONLY, random: SIZE_ONLY, ranf: SIZE_ONLY, sample: SIZE_ONLY, standard_normal: SIZE_ONLY,
  uniform: ['low', 'high', 'size'], normal: ['loc', 'scale', 'size'],
  randint: ['low', 'high', 'size', 'dtype'], permutation: ['x'], choice: ['a', 'size', 'replace', 'p'],
};

export class NumPy {
  constructor(private readonly tf: TfLibrary) {}

  /** RandomState objects: id → their stream. */
  readonly numpyStreams = new Map<number, NumpyStream>();

  numpyArrayOf(dtype: string, shape: Shape, init: InitializerSpec): Value {
    return { t: 'tensor', shape, dtype, init, np: true };
  }

  /**
   * NumPy's reductions of an array (`np.mean(x, axis=0)`, `np.std`, `np.sum`, ...): the reduced shape (axis None:
   * every axis; keepdims keeps them as 1), values unknown; mean/std/var of integers are float64, of floats their
   * dtype. Undefined when the first argument is not an array the analysis has.
   */
  numpyReduce(fn: string, args: Args): Value | undefined {
    const b = bind(args, ['a', 'axis', 'dtype', 'out', 'keepdims']);
    const x = b.get('a');
    if (!x || x.t !== 'tensor' || !x.np || !x.dtype) return undefined;
    const ax = b.get('axis');
    const axes = ax === undefined || ax.t === 'none' ? null : ax.t === 'int' ? [ax.v] : ax.t === 'tuple' || ax.t === 'list' ? ax.items.map((i) => (i.t === 'int' ? i.v : NaN)) : undefined;
    if (axes === undefined || axes?.some((n) => Number.isNaN(n))) return undefined;
    const keep = b.bool('keepdims', false);
    if (keep === undefined) return undefined;
    const r = reduceRule(tshapeOf(this.tf, x), axes, keep);
    if (!r.dims) return undefined;
    const floatOut = /^(mean|std|var|average|median)$/.test(fn) && !/^float|^complex/.test(x.dtype) ? 'float64' : x.dtype;
    return this.numpyArrayOf(floatOut, r.dims, { kind: 'unknown', reason: `np.${fn} of an array` });
  }

  /** np.array / np.asarray of a list of NumPy arrays of one known shape and dtype: stacked, `[n, ...shape]`. */
  stackedArrays(src: Value | undefined): Value | undefined {
    if ((src?.t !== 'list' && src?.t !== 'tuple') || !src.items.length) return undefined;
    const first = src.items[0]!;
    if (first.t !== 'tensor' || !first.np || !first.shape || first.shape.some((d) => d === null) || !first.dtype) return undefined;
    const same = src.items.every((v) => v.t === 'tensor' && v.np && v.dtype === first.dtype && v.shape?.length === first.shape!.length && v.shape.every((d, i) => d === first.shape![i]));
    return same ? this.numpyArrayOf(first.dtype, [src.items.length, ...first.shape], { kind: 'unknown', reason: 'np.array of arrays' }) : undefined;
  }

  /** `np.swapaxes(a, axis1, axis2)` (a list of arrays is stacked first): the two axes exchanged. */
  swapaxes(args: Args): Value | undefined {
    const b = bind(args, ['a', 'axis1', 'axis2']);
    const a0 = b.get('a');
    const a = a0?.t === 'tensor' ? a0 : this.stackedArrays(a0);
    const i = numOf(b.get('axis1'));
    const j = numOf(b.get('axis2'));
    if (a?.t !== 'tensor' || !a.shape || i === undefined || j === undefined) return undefined;
    const r = a.shape.length;
    const ii = i < 0 ? i + r : i;
    const jj = j < 0 ? j + r : j;
    if (ii < 0 || jj < 0 || ii >= r || jj >= r) return undefined;
    const shape = [...a.shape];
    [shape[ii], shape[jj]] = [shape[jj]!, shape[ii]!];
    return this.numpyArrayOf(a.dtype ?? 'float64', shape, { kind: 'unknown', reason: 'np.swapaxes of an array' });
  }

  /** `np.concatenate(arrays, axis=0)` of NumPy arrays of one dtype and rank: the axis sums, the other dims agree
   *  (numpy/_core/multiarray); mixed dtypes (NumPy's promotion), axis=None and unknown ranks are left unknown. */
  concatenate(args: Args): Value | undefined {
    const b = bind(args, ['arrays', 'axis']);
    const src = b.get('arrays');
    const ax = b.get('axis') ?? int(0);
    if ((src?.t !== 'list' && src?.t !== 'tuple') || !src.items.length || ax.t !== 'int' || [...args.kw.keys()].some((k) => k !== 'axis')) return undefined;
    const arrs = src.items;
    const first = arrs[0]!;
    if (first.t !== 'tensor' || !first.np || !first.shape || !first.dtype) return undefined;
    const rank = first.shape.length;
    const axis = ax.v < 0 ? ax.v + rank : ax.v;
    if (axis < 0 || axis >= rank) return undefined;
    const shape: (number | null)[] = [...first.shape];
    for (const v of arrs.slice(1)) {
      if (v.t !== 'tensor' || !v.np || v.dtype !== first.dtype || v.shape?.length !== rank) return undefined;
      for (let i = 0; i < rank; i++) {
        const d = v.shape[i]!;
        if (i === axis) shape[i] = shape[i] === null || d === null ? null : shape[i]! + d;
        else if (shape[i] === null) shape[i] = d;
        else if (d !== null && d !== shape[i]) return undefined;
      }
    }
    return this.numpyArrayOf(first.dtype, shape, { kind: 'unknown', reason: 'np.concatenate of arrays' });
  }

  /** `np.stack(arrays, axis=0)` of NumPy arrays of one shape and dtype: a new axis of their count (numpy/_core/shape_base.py). */
  stack(args: Args): Value | undefined {
    const b = bind(args, ['arrays', 'axis']);
    const src = b.get('arrays');
    const ax = b.get('axis') ?? int(0);
    if ((src?.t !== 'list' && src?.t !== 'tuple') || !src.items.length || ax.t !== 'int' || [...args.kw.keys()].some((k) => k !== 'axis')) return undefined;
    const first = src.items[0]!;
    if (first.t !== 'tensor' || !first.np || !first.shape || !first.dtype) return undefined;
    const same = src.items.every((v) => v.t === 'tensor' && v.np && v.dtype === first.dtype && v.shape?.length === first.shape!.length
      && v.shape.every((d, i) => d !== null && d === first.shape![i]));
    const r = first.shape.length + 1;
    const axis = ax.v < 0 ? ax.v + r : ax.v;
    if (!same || axis < 0 || axis >= r) return undefined;
    const shape = [...first.shape];
    shape.splice(axis, 0, src.items.length);
    return this.numpyArrayOf(first.dtype, shape, { kind: 'unknown', reason: 'np.stack of arrays' });
  }

  /** `np.meshgrid(*xi, indexing="xy")` of 1-D arrays: one array per input, each shaped by the inputs' lengths in order
   *  ("ij"), or with the first two swapped ("xy", the default), each in its input's dtype (numpy/lib/_function_base_impl.py). */
  meshgrid(args: Args): Value | undefined {
    const idx = args.kw.get('indexing');
    const indexing = idx === undefined ? 'xy' : idx.t === 'str' ? idx.v : undefined;
    if ((indexing !== 'xy' && indexing !== 'ij') || [...args.kw.keys()].some((k) => k !== 'indexing') || !args.pos.length) return undefined;
    const xs = args.pos;
    if (!xs.every((v) => v.t === 'tensor' && v.np && v.dtype && v.shape?.length === 1)) return undefined;
    const lens = xs.map((v) => (v as { shape: (number | null)[] }).shape[0]!);
    const shape = indexing === 'xy' && lens.length >= 2 ? [lens[1]!, lens[0]!, ...lens.slice(2)] : lens;
    return { t: 'list', items: xs.map((v) => this.numpyArrayOf((v as { dtype: string }).dtype, [...shape], { kind: 'unknown', reason: 'np.meshgrid of arrays' })) };
  }

  /** `np.expand_dims(a, axis)` (an int or a tuple): a 1 at each axis of the result (negative ones count from the
   *  result's end, numpy/lib/_shape_base_impl.py normalize_axis_tuple over a.ndim + len(axis)). */
  expandDims(args: Args): Value | undefined {
    const b = bind(args, ['a', 'axis']);
    const a = b.get('a');
    const ax = b.get('axis');
    const axes = ax?.t === 'int' ? [ax.v] : ax?.t === 'tuple' || ax?.t === 'list' ? ax.items.map((i) => (i.t === 'int' ? i.v : NaN)) : undefined;
    if (a?.t !== 'tensor' || !a.np || !a.shape || !axes || axes.some((n) => Number.isNaN(n))) return undefined;
    const r = a.shape.length + axes.length;
    const at = axes.map((n) => (n < 0 ? n + r : n));
    if (at.some((n) => n < 0 || n >= r) || new Set(at).size !== at.length) return undefined;
    const rest = [...a.shape];
    const shape = Array.from({ length: r }, (_, i) => (at.includes(i) ? 1 : rest.shift()!));
    return this.numpyArrayOf(a.dtype ?? 'float64', shape, { kind: 'unknown', reason: 'np.expand_dims of an array' });
  }

  /** NumPy's array constructors with NumPy's dtype rules (float64 unless told; ints from int arguments). */
  numpyArray(fn: string, args: Args): Value | undefined {
    const a = args.pos;
    const b = bind(args, NUMPY_ARRAY_PARAMS[fn] ?? []);
    const kw = (k: string): Value | undefined => b.get(k);
    const given = (): string | null => numpyDtypeOf(b.get('dtype'));
    const constant = (value: ConstantValue): InitializerSpec => ({ kind: 'constant', value, api: 'v1' });
    switch (fn) {
      case 'zeros': case 'ones': case 'empty':
        if (fn === 'empty') return this.numpyArrayOf(given() ?? 'float64', shapeOf(kw('shape')), { kind: 'unknown', reason: 'np.empty leaves the memory as it was' });
        return this.numpyArrayOf(given() ?? 'float64', shapeOf(kw('shape')), constant(fn === 'zeros' ? 0 : 1));
      case 'full': {
        const v = kw('fill_value');
        const x = numOf(v);
        const dtype = given() ?? (v?.t === 'int' ? 'int64' : v?.t === 'bool' ? 'bool' : 'float64');
        return this.numpyArrayOf(dtype, shapeOf(kw('shape')), x === undefined ? { kind: 'unknown', reason: 'fill value unknown' } : constant(x));
      }
      case 'zeros_like': case 'ones_like': case 'full_like': {
        const src = kw('a');
        const x = fn === 'full_like' ? numOf(kw('fill_value')) : fn === 'zeros_like' ? 0 : 1;
        const shape = src ? this.tf.tensors.shapeOfValue(src) : null;
        const dtype = given() ?? (src?.t === 'tensor' ? src.dtype : literalTensor(src) ? (literalTensor(src)!.dtype === 'float32' ? 'float64' : 'int64') : null) ?? 'float64';
        return this.numpyArrayOf(dtype, shape, x === undefined ? { kind: 'unknown', reason: 'fill value unknown' } : constant(x));
      }
      case 'array': case 'asarray': {
        const src = kw(fn === 'array' ? 'object' : 'a');
        if (src?.t === 'tensor') {
          const want = given();
          return want && want !== src.dtype && src.init && src.dtype ? { ...src, dtype: want, np: true, init: this.tf.tensors.withPost(src.init, src.dtype, [{ op: 'cast', dtype: want, by: 'numpy' }]) } : { ...src, np: true };
        }
        const stacked = this.stackedArrays(src);
        if (stacked) return stacked;
        const lit = literalTensor(src);
        // numbers whose values are not computed (a large arithmetic comprehension): the array's shape, values unknown
        const numbers = lit ? undefined : regularNumbers(src);
        if (numbers) return { t: 'tensor', shape: numbers, dtype: given() ?? null, init: { kind: 'unknown', reason: 'values of a large comprehension the analysis does not compute' }, np: true };
        if (!lit) return unknown('np.array of values the analysis does not know');
        return this.numpyArrayOf(given() ?? (lit.dtype === 'float32' ? 'float64' : lit.dtype === 'bool' ? 'bool' : 'int64'), lit.shape, constant(lit.value));
      }
      case 'eye': case 'identity': {
        const n = numOf(kw(fn === 'eye' ? 'N' : 'n'));
        const m = fn === 'eye' ? numOf(kw('M')) ?? n : n;
        const k = fn === 'eye' ? numOf(kw('k')) ?? 0 : 0;
        const dtype = given() ?? 'float64';
        const shape = n === undefined || m === undefined ? null : [n, m];
        return this.numpyArrayOf(dtype, shape, k === 0 ? { kind: 'identity', gain: 1, api: 'v1' } : { kind: 'unknown', reason: 'np.eye with k != 0 is not modelled' });
      }
      case 'arange': {
        const ns = a.map(numOf);
        const isInt = a.every((x) => x.t === 'int' || x.t === 'bool');
        if (ns.length === 0 || ns.length > 3 || ns.some((x) => x === undefined)) return unknown('np.arange of values the analysis does not know');
        const [start, stop, step] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
        const n = step === 0 ? 0 : Math.max(0, Math.ceil((stop - start) / step));
        // NumPy fills start + i * delta with delta = (start + step) - start (its arange `fill`)
        const delta = n > 1 ? (start + step) - start : step;
        const value = n <= 100_000 ? Array.from({ length: n }, (_x, i) => (i === 0 ? start : i === 1 ? start + step : start + i * delta)) : undefined;
        const dtype = given() ?? (isInt ? 'int64' : 'float64');
        return this.numpyArrayOf(dtype, [n], value ? constant(value) : { kind: 'unknown', reason: 'np.arange with more than 100000 values' });
      }
      case 'linspace': {
        const start = numOf(kw('start'));
        const stop = numOf(kw('stop'));
        const num = numOf(kw('num') ?? int(50));
        const endpoint = truthy(kw('endpoint') ?? bool(true));
        if (start === undefined || stop === undefined || num === undefined || endpoint === undefined || !Number.isInteger(num) || num < 0 || num > 100_000) return unknown('np.linspace of values the analysis does not know');
        if (truthy(kw('retstep') ?? bool(false)) !== false) return unknown('np.linspace(retstep=True)');
        return this.numpyArrayOf(given() ?? 'float64', [num], constant(numpyLinspace(start, stop, num, endpoint)));
      }
      default:
        return undefined;
    }
  }

  /** A `size=`/shape argument of NumPy's samplers: null for a scalar draw (None), undefined when unknown. */
  numpySize(v: Value | undefined): Shape {
    if (!v || v.t === 'none') return [];
    return shapeOf(v);
  }

  /**
   * `np.random.*` on the global legacy stream, or a RandomState's method: seeding, the samplers whose
   * draws are reproduced (53-bit doubles: rand/random_sample/uniform; legacy gauss: randn/normal/
   * standard_normal) as `numpy_random` values, and anything else making the stream's later draws unknown.
   */
  numpyRandom(st: NumpyStream, fn: string, args: Args, what: string): Value {
    const a = args.pos;
    const b = bind(args, NUMPY_RANDOM_PARAMS[fn] ?? []);
    const kw = (k: string): Value | undefined => b.get(k);
    switch (fn) {
      case 'seed': {
        const v = kw('seed');
        const s = numOf(v);
        this.tf.seeds.seedNumpy(st, v === undefined || v.t === 'none' ? null : s !== undefined && Number.isInteger(s) ? s : 'unknown', `${what === 'np.random' ? 'np.random.seed' : 'RandomState.seed'}(${s ?? (v ? '?' : '')})`);
        return NONE;
      }
      case 'RandomState': {
        if (st !== this.tf.seeds.numpyGlobal) return unknown();
        const v = kw('seed');
        const s = numOf(v);
        const id = freshId();
        this.numpyStreams.set(id, this.tf.seeds.numpyStream(v === undefined || v.t === 'none' ? null : s !== undefined && Number.isInteger(s) ? s : 'unknown', `np.random.RandomState(${s ?? (v ? '?' : '')})`));
        return handle({ kind: 'nprandom', id });
      }
      case 'default_rng': case 'Generator':
        return handle({ kind: 'nprng' });
      case 'rand': case 'randn': case 'random_sample': case 'random': case 'ranf': case 'sample': case 'uniform': case 'normal': case 'standard_normal': {
        const dims = fn === 'rand' || fn === 'randn';
        const sizeV = dims ? (a.length ? { t: 'tuple', items: a } as Value : undefined) : kw('size');
        const shape = this.numpySize(sizeV);
        const gauss = fn === 'randn' || fn === 'normal' || fn === 'standard_normal';
        const n = shape && shape.every((d) => d !== null) ? (shape as number[]).reduce((x, y) => x * y, 1) : null;
        const p1 = fn === 'uniform' ? kw('low') : fn === 'normal' ? kw('loc') : undefined;
        const p2 = fn === 'uniform' ? kw('high') : fn === 'normal' ? kw('scale') : undefined;
        const x1 = p1 === undefined ? 0 : numOf(p1);
        const x2 = p2 === undefined ? 1 : numOf(p2);
        const r = this.tf.seeds.numpyDraw(st, gauss ? 'gauss' : 'double', n);
        if (x1 === undefined || x2 === undefined) return this.numpyArrayOf('float64', shape, { kind: 'unknown', reason: `${fn}'s arguments are not known statically (or are arrays)` });
        if (shape && shape.length === 0) return unknown(`a value drawn by np.random.${fn}`);
        const stream = 'seed' in r ? { seed: r.seed, draws: r.draws } : { seed: null, draws: [], note: r.note };
        const spec: InitializerSpec = gauss
          ? { kind: 'numpy_random', api: 'numpy', dist: 'normal', loc: x1, scale: x2, ...stream }
          : { kind: 'numpy_random', api: 'numpy', dist: 'uniform', low: x1, high: x2, ...stream };
        return this.numpyArrayOf('float64', shape, spec);
      }
      case 'randint': case 'permutation': case 'choice': {
        // the draws are not reproduced (the stream's later draws are unknown), but the array's shape and dtype are
        // NumPy's: randint(low, high, size, dtype=int) has shape `size`; permutation(n) is an int64 [n] array,
        // permutation(array) the array's shape and dtype (shuffled along its first axis)
        this.tf.seeds.taintNumpy(st, `the program calls ${what === 'np.random' ? 'np.random.' : 'RandomState.'}${fn}, which the analysis does not reproduce`);
        const why: InitializerSpec = { kind: 'unknown', reason: `values drawn by np.random.${fn}` };
        if (fn === 'randint') {
          const shape = kw('size') === undefined ? undefined : this.numpySize(kw('size'));
          if (!shape || !shape.length) return unknown(`np.random.${fn}`);
          const dt = kw('dtype');
          const dtype = dt === undefined ? 'int64' : dt.t === 'dtype' ? dt.name : dt.t === 'str' ? dt.v : undefined;
          return dtype ? this.numpyArrayOf(dtype, shape, why) : unknown(`np.random.${fn}`);
        }
        if (fn === 'choice') {
          // choice(a, size): `size` items of arange(a) (int64) or of the 1-D array a (its dtype); no size: one item
          const a = kw('a');
          const shape = kw('size') === undefined || kw('size')?.t === 'none' ? undefined : this.numpySize(kw('size'));
          const dtype = a?.t === 'int' ? 'int64' : a?.t === 'tensor' && a.np && a.shape?.length === 1 ? a.dtype : null;
          return shape && shape.length && dtype ? this.numpyArrayOf(dtype, shape, why) : unknown(`np.random.${fn}`);
        }
        const x = kw('x');
        if (x?.t === 'int') return this.numpyArrayOf('int64', [x.v], why);
        if (x?.t === 'tensor' && x.np && x.shape && x.shape.length && x.dtype) return this.numpyArrayOf(x.dtype, x.shape, why);
        return unknown(`np.random.${fn}`);
      }
      case 'get_state':
        return unknown('NumPy random state');
      default:
        this.tf.seeds.taintNumpy(st, `the program calls ${what === 'np.random' ? 'np.random.' : 'RandomState.'}${fn}, which the analysis does not reproduce`);
        return unknown(`np.random.${fn}`);
    }
  }

  // ---------- graphs ----------
}

/** The shape of a regular nested list of numbers (some known to be numbers only), or undefined. */
function regularNumbers(v: Value | undefined): number[] | undefined {
  if (!v) return undefined;
  if (v.t === 'int' || v.t === 'float' || (v.t === 'unknown' && v.scalar)) return [];
  if ((v.t !== 'list' && v.t !== 'tuple') || v.items.length === 0 || v.items.length > 100_000) return undefined;
  const first = regularNumbers(v.items[0]);
  if (!first) return undefined;
  for (const x of v.items) {
    if (x === v.items[0]) continue;
    const s = regularNumbers(x);
    if (!s || s.length !== first.length || s.some((d, i) => d !== first[i])) return undefined;
  }
  return [v.items.length, ...first];
}
