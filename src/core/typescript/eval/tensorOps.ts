// Shapes of TF.js's eager tensor ops (tfjs-core ops/*.ts): `tf.add(a, b)` and `a.add(b)` on tensors (numbers and
// variables too) give a tensor of the op's output shape and dtype — broadcasting, matMul, reshape with -1, slice
// (TF.js's parseSliceParams), concat/stack, transpose, expandDims/squeeze, tile, reductions, range — whose values
// stay unknown. An op not in the table, an operand that is not a known tensor, or a dtype the op's rule does not
// decide gives unknown.

import type { Dim } from '../../model';
import {
  broadcastRule, concatRule, expandDimsRule, matmulRule, reduceRule, reshapeRule, squeezeRule, stackRule,
  tileRule, transposeRule, ts, type TShape,
} from '../../tf/shapeRules';
import type { Machine } from './machine';
import { Native, Tensor, TfVar, UNKNOWN, type Value } from './values';

interface Operand {
  shape: Dim[] | null;
  dtype: string;
}

/** A tensor-like operand: a tensor, a variable, a number (a float32 scalar, as convertToTensor makes it). */
function operand(v: Value): Operand | null {
  if (v instanceof Tensor) return { shape: v.shape, dtype: v.dtype };
  if (v instanceof TfVar) return { shape: v.info.shape, dtype: v.info.dtype };
  if (typeof v === 'number') return { shape: [], dtype: 'float32' };
  return null;
}

const RANK = ['bool', 'int32', 'float32', 'complex64'];
/** tfjs-core upcastType (makeTypesMatch of binary ops). */
function upcast(a: string, b: string): string | null {
  const i = RANK.indexOf(a);
  const j = RANK.indexOf(b);
  return i < 0 || j < 0 ? null : RANK[Math.max(i, j)]!;
}

const ints = (v: Value): number[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isInteger(x)) ? (v as number[]) : null);
const axesOf = (v: Value): number[] | null | undefined => (v === undefined || v === null ? null : typeof v === 'number' ? [v] : ints(v) ?? undefined);
const dims = (s: TShape): Dim[] | null => s.dims;

type OpRule = (xs: Operand[], args: Value[]) => { shape: Dim[] | null; dtype: string } | null;

const sameShape = (dtype?: string): OpRule => (xs) => ({ shape: xs[0]!.shape, dtype: dtype ?? xs[0]!.dtype });
/** Float-valued math: a float32 input keeps its shape; other dtypes are left unknown. */
const floatMath: OpRule = (xs) => (xs[0]!.dtype === 'float32' ? { shape: xs[0]!.shape, dtype: 'float32' } : null);
const broadcast = (dtype?: string): OpRule => (xs) => {
  const dt = dtype ?? upcast(xs[0]!.dtype, xs[1]!.dtype);
  return dt ? { shape: dims(broadcastRule(ts(xs[0]!.shape), ts(xs[1]!.shape))), dtype: dt } : null;
};
const reduce = (dtype?: string): OpRule => (xs, a) => {
  const axes = axesOf(a[1]);
  if (axes === undefined) return null;
  return { shape: dims(reduceRule(ts(xs[0]!.shape), axes, a[2] === true)), dtype: dtype ?? xs[0]!.dtype };
};
const argReduce: OpRule = (xs, a) => {
  const axis = a[1] === undefined ? 0 : typeof a[1] === 'number' ? a[1] : null;
  return axis === null ? null : { shape: dims(reduceRule(ts(xs[0]!.shape), [axis], false)), dtype: 'int32' };
};

/** `slice(x, begin, size)` as tfjs-core's parseSliceParams fills a number or a short begin/size. */
const slice: OpRule = (xs, a) => {
  const shape = xs[0]!.shape;
  if (!shape) return null;
  const rank = shape.length;
  const begin = typeof a[1] === 'number' ? [a[1], ...Array<number>(rank - 1).fill(0)] : ints(a[1]);
  if (!begin) return null;
  while (begin.length < rank) begin.push(0);
  let size: number[] | null;
  if (a[2] === undefined || a[2] === null) size = Array<number>(rank).fill(-1);
  else if (typeof a[2] === 'number') size = [a[2], ...Array<number>(rank - 1).fill(-1)];
  else size = ints(a[2]) && [...(a[2] as number[])];
  if (!size) return null;
  while (size.length < rank) size.push(-1);
  return {
    shape: size.map((d, i) => (d >= 0 ? d : d === -1 && shape[i] !== null && shape[i] !== undefined ? shape[i]! - begin[i]! : null)),
    dtype: xs[0]!.dtype,
  };
};

/** The operands of `concat`/`stack`: a list of tensors of one dtype. */
function list(v: Value): Operand[] | null {
  if (!Array.isArray(v) || !v.length) return null;
  const os = v.map(operand);
  return os.every((o) => o && o.dtype === os[0]!.dtype) ? (os as Operand[]) : null;
}

const RULES = new Map<string, { arity: number; rule: OpRule }>([
  ...['abs', 'neg', 'relu', 'relu6', 'square', 'clone', 'floor', 'ceil', 'round', 'sign', 'step', 'onesLike', 'zerosLike', 'leakyRelu']
    .map((n): [string, { arity: number; rule: OpRule }] => [n, { arity: 1, rule: sameShape() }]),
  ...['exp', 'log', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'sqrt', 'rsqrt', 'softmax', 'logSoftmax', 'elu', 'selu', 'log1p',
    'expm1', 'erf', 'reciprocal', 'softplus', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'logSigmoid']
    .map((n): [string, { arity: number; rule: OpRule }] => [n, { arity: 1, rule: floatMath }]),
  ...['add', 'sub', 'mul', 'div', 'pow', 'maximum', 'minimum', 'squaredDifference', 'mod', 'floorDiv', 'divNoNan', 'atan2']
    .map((n): [string, { arity: number; rule: OpRule }] => [n, { arity: 2, rule: broadcast() }]),
  ...['equal', 'notEqual', 'less', 'lessEqual', 'greater', 'greaterEqual', 'logicalAnd', 'logicalOr']
    .map((n): [string, { arity: number; rule: OpRule }] => [n, { arity: 2, rule: broadcast('bool') }]),
  ...['sum', 'max', 'min', 'prod'].map((n): [string, { arity: number; rule: OpRule }] => [n, { arity: 1, rule: reduce() }]),
  ['mean', { arity: 1, rule: (xs, a) => (xs[0]!.dtype === 'float32' ? reduce()(xs, a) : null) }],
  ['any', { arity: 1, rule: reduce('bool') }],
  ['all', { arity: 1, rule: reduce('bool') }],
  ['argMax', { arity: 1, rule: argReduce }],
  ['argMin', { arity: 1, rule: argReduce }],
  ['cast', { arity: 1, rule: (xs, a) => (typeof a[1] === 'string' ? { shape: xs[0]!.shape, dtype: a[1] } : null) }],
  ['matMul', {
    arity: 2,
    rule: (xs, a) => {
      const dt = upcast(xs[0]!.dtype, xs[1]!.dtype);
      return dt ? { shape: dims(matmulRule(ts(xs[0]!.shape), ts(xs[1]!.shape), a[2] === true, a[3] === true)), dtype: dt } : null;
    },
  }],
  ['transpose', { arity: 1, rule: (xs, a) => (a[1] === undefined || ints(a[1]) ? { shape: dims(transposeRule(ts(xs[0]!.shape), a[1] === undefined ? null : ints(a[1]))), dtype: xs[0]!.dtype } : null) }],
  ['reshape', { arity: 1, rule: (xs, a) => (ints(a[1]) ? { shape: dims(reshapeRule(ts(xs[0]!.shape), ts(ints(a[1])!))), dtype: xs[0]!.dtype } : null) }],
  ['expandDims', { arity: 1, rule: (xs, a) => (a[1] === undefined || typeof a[1] === 'number' ? { shape: dims(expandDimsRule(ts(xs[0]!.shape), (a[1] as number | undefined) ?? 0)), dtype: xs[0]!.dtype } : null) }],
  ['squeeze', { arity: 1, rule: (xs, a) => { const ax = axesOf(a[1]); return ax === undefined ? null : { shape: dims(squeezeRule(ts(xs[0]!.shape), ax)), dtype: xs[0]!.dtype }; } }],
  ['tile', { arity: 1, rule: (xs, a) => (ints(a[1]) ? { shape: dims(tileRule(ts(xs[0]!.shape), ts(ints(a[1])!))), dtype: xs[0]!.dtype } : null) }],
  ['slice', { arity: 1, rule: slice }],
]);

function result(r: { shape: Dim[] | null; dtype: string } | null): Value {
  return r ? new Tensor(r.shape, r.dtype, { kind: 'unknown', reason: 'computed by a tensor op', api: 'tfjs' }) : UNKNOWN;
}

/** `tf.<op>(...)`: the op's result, or null when `op` is not a tensor op of the table (or concat/stack/range). */
export function tensorOpCall(op: string, args: Value[]): Value | null {
  if (op === 'concat' || op === 'stack') {
    const xs = list(args[0]);
    const axis = args[1] === undefined ? 0 : typeof args[1] === 'number' ? args[1] : null;
    if (!xs || axis === null) return UNKNOWN;
    const shapes = xs.map((x) => ts(x.shape));
    return result({ shape: dims(op === 'concat' ? concatRule(shapes, axis) : stackRule(shapes, axis)), dtype: xs[0]!.dtype });
  }
  if (op === 'range') {
    const [start, stop, step = 1, dtype = 'float32'] = args;
    if (typeof start !== 'number' || typeof stop !== 'number' || typeof step !== 'number' || step === 0 || typeof dtype !== 'string') return UNKNOWN;
    return result({ shape: [Math.max(Math.ceil((stop - start) / step), 0)], dtype });
  }
  const r = RULES.get(op);
  if (!r) return null;
  const xs = args.slice(0, r.arity).map(operand);
  if (!xs.every((x): x is Operand => x !== null)) return UNKNOWN;
  return result(r.rule(xs, args));
}

/** `t.<op>(...)` of a tensor or variable (tfjs-core's chained ops: the op with the tensor first), or null. */
export function tensorMethod(_m: Machine, t: Tensor | TfVar, k: string): Native | null {
  if (k === 'concat' || k === 'stack') {
    // Tensor.concat(x, axis): x a tensor or a list (tfjs-core ops/concat chained op)
    return new Native(k, (a) => tensorOpCall(k, [[t, ...(Array.isArray(a[0]) ? a[0] : [a[0]])], a[1]]) ?? UNKNOWN);
  }
  if (!RULES.has(k)) return null;
  return new Native(k, (a) => tensorOpCall(k, [t, ...a]) ?? UNKNOWN);
}

