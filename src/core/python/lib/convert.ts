// Reading Python values as TensorFlow things: shapes, dtypes, literal tensors, partitioners, seed pairs,
// JSON values; the graph op names of TF's functions. Pure functions over evaluator values.

import type { SyntaxNode as Node } from '../ast';
import { distributionAfter } from '../../initializers';
import type { ConstantValue, InitializerSpec, Shape } from '../../model';
import { type Partitioner, tensorShapeStr, type TfGraph, type VarRecord } from '../../tf/graph';
import { normalizeDtype } from '../tfnames';
import { bool, float, int, NONE, numOf, str, strOf, unknown, type Value } from '../values';

/** Default op names of the tensor-creating ops the model follows (graph mode takes these names). */
/** Graph op names of TF's arithmetic functions (`tf.multiply` makes `Mul`, `tf.divide` `truediv`). */
export const FUNC_OP_NAMES: Record<string, string> = { multiply: 'Mul', add: 'Add', subtract: 'Sub', divide: 'truediv', truediv: 'truediv', scalar_mul: 'scalar_mul' };

/** Graph op names of Python's operators on tensors (`x * 2` is op `mul`). */
export const ARITH_OP_NAMES: Record<string, string> = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow', '@': 'matmul' };

export const OP_NAMES: Record<string, string> = {
  zeros: 'zeros', ones: 'ones', fill: 'Fill', constant: 'Const', random_normal: 'random_normal',
  truncated_normal: 'truncated_normal', random_uniform: 'random_uniform', placeholder: 'Placeholder', eye: 'eye',
  reshape: 'Reshape', matmul: 'MatMul', concat: 'concat', zeros_like: 'zeros_like', ones_like: 'ones_like', cast: 'Cast',
  reduce_mean: 'Mean', reduce_sum: 'Sum', reduce_max: 'Max', reduce_min: 'Min', reduce_prod: 'Prod', add: 'Add',
};

/**
 * TF1's constant_initializer with a list shorter than the variable fills the rest with the last value
 * (verify_shape=False). The spec then carries the full value, reshaped to the variable's shape.
 */
export function padConstant(spec: InitializerSpec, shape: Shape | undefined): InitializerSpec {
  if (spec.kind !== 'constant' || !Array.isArray(spec.value) || !shape || shape.some((d) => d === null)) return spec;
  const flat = flatten(spec.value);
  const n = (shape as number[]).reduce((a, b) => a * b, 1);
  if (flat.length >= n || flat.length === 0 || n > 1_000_000 || spec.api !== 'v1') return spec;
  const full = [...flat, ...Array(n - flat.length).fill(flat[flat.length - 1])];
  return { ...spec, value: reshapeFlat(full, shape as number[]) };
}

/**
 * TF1's constant_initializer with more values than the variable has elements: make_tensor_proto's
 * "Too many elements provided" ValueError (tensor_util.py), as its message; null when it fits or is unknown.
 */
export function tooManyConstants(spec: InitializerSpec, shape: Shape | undefined): string | null {
  if (spec.kind !== 'constant' || spec.api !== 'v1' || !Array.isArray(spec.value) || !shape || shape.some((d) => d === null)) return null;
  const got = flatten(spec.value).length;
  const n = (shape as number[]).reduce((a, b) => a * b, 1);
  return got > n ? `Too many elements provided. Takes at most ${n}, but got ${got}.` : null;
}

/** Graph-mode `repr` of a symbolic tensor: `<tf.Tensor 'strided_slice:0' shape=() dtype=int32>`. */
export function tensorRepr(t: { shape: Shape; dtype: string | null; op?: string }): string {
  return `<tf.Tensor '${t.op}:0' shape=${tensorShapeStr(t.shape)} dtype=${t.dtype ?? 'float32'}>`;
}


/** The elements of a constant array as evaluator values (numbers, nested lists). */
export function fromJsonArray(xs: unknown[]): Value[] {
  return xs.map((x) => fromJson(x));
}

/** A parsed JSON value as an evaluator value. */
export function fromJson(x: unknown): Value {
  if (x === null) return NONE;
  if (typeof x === 'boolean') return bool(x);
  if (typeof x === 'number') return Number.isInteger(x) ? int(x) : float(x);
  if (typeof x === 'string') return str(x);
  if (Array.isArray(x)) return { t: 'list', items: x.map(fromJson) };
  if (typeof x === 'object') {
    const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) { d.keys.push(str(k)); d.vals.push(fromJson(v)); }
    return d;
  }
  return unknown();
}

/** Keras normalization weights' shape: the input's dims at `axis` (an int, or a list Keras sorts); -1 by default. */
export function axesShape(inShape: Shape, axisV: Value | undefined): Shape {
  if (!inShape) return [null];
  const axes = !axisV || axisV.t === 'none' ? [-1] : axisV.t === 'list' || axisV.t === 'tuple' ? axisV.items.map((x) => numOf(x)) : [numOf(axisV)];
  if (axes.some((a) => a === undefined)) return axes.map(() => null);
  return (axes as number[]).sort((a, b) => a - b).map((a) => inShape[a < 0 ? inShape.length + a : a] ?? null);
}

export function broadcast(a: Shape, b: Shape): Shape {
  if (!a || !b) return null;
  const n = Math.max(a.length, b.length);
  const out: (number | null)[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i];
    const y = b[b.length - n + i];
    if (x === undefined) out.push(y ?? null);
    else if (y === undefined) out.push(x);
    else if (x === 1) out.push(y);
    else if (y === 1) out.push(x);
    else out.push(x ?? y ?? null);
  }
  return out;
}

export function flatten(v: ConstantValue): ConstantValue[] {
  return Array.isArray(v) ? v.flatMap(flatten) : [v];
}

export function reshapeFlat(flat: ConstantValue[], shape: number[]): ConstantValue {
  if (shape.length <= 1) return shape.length === 0 ? flat[0] : flat.slice(0, shape[0]);
  const inner = shape.slice(1).reduce((a, b) => a * b, 1);
  return Array.from({ length: shape[0]! }, (_x, i) => reshapeFlat(flat.slice(i * inner, (i + 1) * inner), shape.slice(1)));
}

export function enterEagerNs(g: TfGraph, name: string): () => void {
  const old = g.nameStack;
  g.nameStack = name ? (name.endsWith('/') ? name.slice(0, -1) : old ? `${old}/${name}` : name) : '';
  return () => { g.nameStack = old; };
}

/** The text before `get_variable`/`variable_scope` in a call (`tf.compat.v1.`), used to spell fixes. */
export function tfPrefix(call: Node): string {
  const fn = call.childForFieldName('function');
  if (!fn || fn.type !== 'attribute') return 'tf.compat.v1.';
  const obj = fn.childForFieldName('object');
  return obj ? `${obj.text}.` : 'tf.compat.v1.';
}

/** Keras's `to_snake_case`: `TwoLayer` → `two_layer`, `Conv2D` → `conv2d`. */
export function snakeCase(s: string): string {
  return s.replace(/\W+/g, '').replace(/(.)([A-Z][a-z]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

export function isLiteral(v: Value): boolean {
  return v.t === 'int' || v.t === 'float' || v.t === 'bool' || v.t === 'list' || v.t === 'tuple';
}

export function literalAsTensor(v: Value): { shape: Shape; dtype: string | null; init: InitializerSpec } {
  const lit = literalTensor(v);
  if (!lit) return { shape: null, dtype: null, init: { kind: 'unknown', reason: 'initial value not understood' } };
  return { shape: lit.shape, dtype: lit.dtype, init: { kind: 'constant', value: lit.value, api: 'v1' } };
}

/** A nested Python list/number as a constant tensor: its value, shape and TF's inferred dtype. */
export function literalTensor(v: Value | undefined): { value: ConstantValue; shape: (number | null)[]; dtype: string } | undefined {
  if (!v) return undefined;
  if (v.t === 'int') return { value: v.v, shape: [], dtype: v.np ?? 'int32' };
  if (v.t === 'float') return { value: v.v, shape: [], dtype: v.np ?? 'float32' };
  if (v.t === 'bool') return { value: v.v, shape: [], dtype: 'bool' };
  if (v.t === 'list' || v.t === 'tuple') {
    if (v.items.length > 100_000) return undefined;
    const parts = v.items.map(literalTensor);
    if (parts.some((p) => !p)) return undefined;
    const first = parts[0];
    const inner = first ? first.shape : [];
    const dtype = parts.some((p) => p!.dtype === 'float32') ? 'float32' : first?.dtype ?? 'float32';
    return { value: parts.map((p) => p!.value), shape: [v.items.length, ...inner], dtype };
  }
  return undefined;
}

export function containsUnknown(v: Value): boolean {
  if (v.t === 'unknown' || (v.t === 'tensor' && v.guess)) return true;
  if (v.t === 'list' || v.t === 'tuple') return v.items.some(containsUnknown);
  return false;
}

/** A shape argument: list/tuple of ints (None → null), an int (rank-1), TensorShape-as-list. */
export function shapeOf(v: Value | undefined): Shape {
  if (!v) return null;
  if (v.t === 'int') return [v.v];
  if (v.t === 'list' || v.t === 'tuple') {
    return v.items.map((d) => (d.t === 'int' ? d.v : d.t === 'float' && Number.isInteger(d.v) ? d.v : null));
  }
  const value = v.t === 'tensor' && v.shape && v.shape.length === 1 ? constantValue(v.init) : undefined;
  if (Array.isArray(value)) return value.map((d) => (typeof d === 'number' && Number.isInteger(d) ? d : null));
  return null;
}

/** A constant initializer's value after its `post` steps (exact arithmetic: for shapes and seed pairs). */
export function constantValue(init: InitializerSpec | undefined): ConstantValue | undefined {
  if (init?.kind !== 'constant') return undefined;
  if (!init.post?.length) return init.value ?? 0;
  const d = distributionAfter({ family: 'const', value: init.value ?? 0 }, init.post);
  return d.family === 'const' ? d.value : undefined;
}

export function shapeValue(s: Shape): Value {
  if (!s) return unknown('shape');
  return { t: 'list', items: s.map((d) => (d === null ? NONE : int(d))) };
}

export function intTuple(v: Value | undefined, rank: number): number[] | null {
  if (!v) return null;
  if (v.t === 'int') return Array(rank).fill(v.v);
  if (v.t === 'list' || v.t === 'tuple') {
    const ns = v.items.map(numOf);
    return ns.every((n) => n !== undefined) && ns.length === rank ? (ns as number[]) : null;
  }
  return null;
}

export function dtypeOf(v: Value | undefined): string | null {
  if (!v) return null;
  if (v.t === 'dtype') return v.name;
  if (v.t === 'str') return normalizeDtype(v.v);
  if (v.t === 'builtin') return v.name === 'float' ? 'float32' : v.name === 'int' ? 'int32' : v.name === 'bool' ? 'bool' : null;
  return null;
}

/** NumPy's one-letter type codes (numpy.sctypeDict on a 64-bit Linux: 'l' is int64, 'g' is not modelled). */
const NUMPY_CODES: Record<string, string> = {
  '?': 'bool', b: 'int8', B: 'uint8', h: 'int16', H: 'uint16', i: 'int32', I: 'uint32', l: 'int64', L: 'uint64', q: 'int64',
  Q: 'uint64', e: 'float16', f: 'float32', d: 'float64', b1: 'bool', i1: 'int8', i2: 'int16', i4: 'int32', i8: 'int64', u1: 'uint8',
  u2: 'uint16', u4: 'uint32', u8: 'uint64', f2: 'float16', f4: 'float32', f8: 'float64', float: 'float64', int: 'int64', bool: 'bool',
  double: 'float64', single: 'float32', half: 'float16', float_: 'float64', int_: 'int64',
};

/** A dtype as NumPy reads it (`astype('f')`, `dtype=float`): type codes with an optional byte order, Python types. */
export function numpyDtypeOf(v: Value | undefined): string | null {
  if (v?.t === 'str') {
    const code = v.v.replace(/^[<>=|]/, '');
    return NUMPY_CODES[code] ?? (/^(u?int(8|16|32|64)|float(16|32|64)|bool|complex(64|128))$/.test(code) ? code : null);
  }
  if (v?.t === 'builtin') return v.name === 'float' ? 'float64' : v.name === 'int' ? 'int64' : v.name === 'bool' ? 'bool' : null;
  return dtypeOf(v);
}

export function collectionsList(v: Value | undefined): string[] | null {
  if (!v || v.t === 'none') return null;
  if (v.t !== 'list' && v.t !== 'tuple') return null;
  return v.items.map((x) => {
    const s = strOf(x) ?? '?';
    return s === 'variables' ? 'global_variables' : s;
  });
}

export function partitionerOf(v: Value | undefined): Partitioner | null {
  if (!v || v.t === 'none') return null;
  if (v.t === 'tf' && v.h?.kind === 'partitioner') return v.h.p;
  // any other callable is a user function TF calls as partitioner(shape=..., dtype=...)
  const callable = v.t === 'func' || v.t === 'partial' || v.t === 'bound' || v.t === 'class';
  return callable ? { kind: 'fn', fn: v } : { kind: 'unknown' };
}

export function fullShapeOfParts(parts: VarRecord[]): (number | null)[] | null {
  const first = parts[0]!;
  if (!first.shape) return null;
  const axis = first.shape.findIndex((_d, i) => parts.some((p) => p.shape?.[i] !== first.shape![i])) ;
  const ax = axis < 0 ? 0 : axis;
  const out = [...first.shape];
  out[ax] = parts.reduce<number | null>((a, p) => (a === null || p.shape?.[ax] == null ? null : a + p.shape[ax]!), 0);
  return out;
}

/** The [seed0, seed1] of a stateless op's `seed=` (a 2-element list/tuple of ints, or a constant tensor), or null. */
export function seedPairOf(v: Value | undefined): [number, number] | null {
  const items = v && (v.t === 'list' || v.t === 'tuple') ? v.items.map(numOf)
    : v?.t === 'tensor' && Array.isArray(constantValue(v.init)) ? (constantValue(v.init) as unknown[]).map((x) => (typeof x === 'number' ? x : undefined))
    : undefined;
  if (!items || items.length !== 2) return null;
  const [a, b] = items;
  return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? [a!, b!] : null;
}

/** NumPy's `linspace` (float64): `i * step + start` for each i, the last value `stop` when `endpoint`. */
export function numpyLinspace(start: number, stop: number, num: number, endpoint: boolean): number[] {
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const step = div > 0 ? delta / div : NaN;
  const out: number[] = [];
  for (let i = 0; i < num; i++) {
    // NumPy: y = arange(num) * step (or / div * delta when step is 0, gh-5437), then + start
    const y = div > 0 ? (step === 0 ? (i / div) * delta : i * step) : i * delta;
    out.push(y + start);
  }
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}
