// Tensors: shapes and dtypes through slicing, arithmetic (initial values as initializer + post steps with TF's
// dtype rules), reshape. Values in, values out.

import { ARITH_OP_NAMES, broadcast, literalTensor } from './convert';
import type { InitializerSpec, PostOp, Shape } from '../../model';
import { isFloatDtype } from '../tfnames';
import { npResult, numOf, type Value } from '../values';
import type { TfLibrary } from '../tflib';

export class Tensors {
  constructor(private readonly tf: TfLibrary) {}

  /** `tensor[i]`: graph ops `strided_slice`; an int index drops the first dimension. */
  subscript(obj: Value, key: Value): Value | undefined {
    const shape = this.shapeOfValue(obj);
    const dtype = obj.t === 'tensor' ? obj.dtype : obj.t === 'var' ? this.tf.reg.vars.get(obj.v.id)!.dtype : null;
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: key.t === 'int' && shape ? shape.slice(1) : null, dtype };
    if (!this.tf.eager) out.op = this.tf.graph.uniqueName('strided_slice');
    return out;
  }

  /**
   * Arithmetic between tensors/variables/numbers: NumPy broadcasting of the known shapes. A tensor whose
   * value is known (an initializer's) and a scalar give that value with one more elementwise step
   * (`post`), in TF's dtype rules (NumPy's for NumPy arrays). Graph mode: the op takes its name.
   */
  binop(op: string, l: Value, r: Value, opName: string | null = ARITH_OP_NAMES[op] ?? null): Value | undefined {
    const tl = l.t === 'tensor' || l.t === 'var';
    const tr = r.t === 'tensor' || r.t === 'var';
    if (!tl && !tr) return undefined;
    const sl = tl ? this.shapeOfValue(l) : r.t === 'int' || r.t === 'float' || l.t === 'int' || l.t === 'float' ? [] : null;
    const sr = tr ? this.shapeOfValue(r) : l.t === 'int' || l.t === 'float' || r.t === 'int' || r.t === 'float' ? [] : null;
    const dtype = l.t === 'tensor' ? l.dtype : l.t === 'var' ? this.tf.reg.vars.get(l.v.id)!.dtype : r.t === 'tensor' ? r.dtype : r.t === 'var' ? this.tf.reg.vars.get(r.v.id)!.dtype : null;
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: broadcast(sl, sr), dtype };
    const numpyOnly = (l.t !== 'tensor' || !!l.np) && (r.t !== 'tensor' || !!r.np) && l.t !== 'var' && r.t !== 'var';
    if (!this.tf.eager && !numpyOnly && opName) this.tf.graph.uniqueName(opName);
    const step = this.arithStep(op, l, r, numpyOnly);
    if ('init' in step) {
      out.dtype = step.dtype;
      out.init = step.init;
      if (numpyOnly) out.np = true;
    } else if (step.why) out.init = { kind: 'unknown', reason: step.why };
    return out;
  }

  /** `-x` on a tensor: its known value negated (TF's Neg, NumPy's negative). */
  unop(op: string, v: Value, opName: string | null = 'Neg'): Value | undefined {
    if (v.t !== 'tensor') return undefined;
    if (op === '+') return v;
    if (op !== '-') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
    if (!this.tf.eager && !v.np && opName) this.tf.graph.uniqueName(opName);
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: v.shape, dtype: v.dtype, ...(v.np ? { np: true } : {}) };
    if (v.init && v.init.kind !== 'unknown' && v.dtype && !/^(uint|bool)/.test(v.dtype)) out.init = this.withPost(v.init, v.dtype, [{ op: 'neg', by: v.np ? 'numpy' : this.tf.eager ? 'eager' : 'graph' }]);
    else if (v.init) out.init = { kind: 'unknown', reason: v.init.kind === 'unknown' ? String(v.init.reason ?? 'value unknown') : `negating ${v.dtype} values is not followed` };
    return out;
  }

  /** `init` followed by `steps` (the values' dtype before them: `dtype`); the op's seeds carry over. */
  withPost(init: InitializerSpec, dtype: string, steps: PostOp[]): InitializerSpec {
    const post = [...(init.post ?? []), ...steps];
    return this.tf.rng.sameOp(init, { ...init, post, baseDtype: init.post?.length ? init.baseDtype : dtype });
  }

  /**
   * The value of `l op r` when one side is a tensor with a known value and the other a scalar (a Python
   * number or a scalar constant tensor): its dtype and initializer with one more step; else why not (or
   * nothing to say when neither side had a known value).
   */
  arithStep(op: string, l: Value, r: Value, numpy: boolean): { dtype: string; init: InitializerSpec } | { why: string | null } {
    const known = (v: Value): v is Value & { t: 'tensor'; init: InitializerSpec; dtype: string } => v.t === 'tensor' && !!v.init && v.init.kind !== 'unknown' && v.dtype !== null;
    const scalarOf = (v: Value): { value: number; py: 'int' | 'float' | null; dtype: string | null; np?: string } | undefined => {
      if (v.t === 'int' || v.t === 'bool') return { value: numOf(v)!, py: 'int', dtype: null, ...(v.t === 'int' && v.np ? { np: v.np } : {}) };
      if (v.t === 'float') return { value: v.v, py: 'float', dtype: null, ...(v.np ? { np: v.np } : {}) };
      if (v.t === 'tensor' && v.init && !v.init.post?.length && (v.shape?.length === 0) && v.dtype) {
        const x = v.init.kind === 'zeros' ? 0 : v.init.kind === 'ones' ? 1 : v.init.kind === 'constant' && typeof v.init.value === 'number' ? v.init.value : undefined;
        if (x !== undefined) return { value: x, py: null, dtype: v.dtype };
      }
      return undefined;
    };
    const unknownWhy = (v: Value): string | null => (v.t === 'tensor' && v.init?.kind === 'unknown' ? String(v.init.reason ?? 'value unknown') : null);
    const name = ({ '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' } as Record<string, PostOp['op']>)[op];
    let base: (Value & { t: 'tensor'; init: InitializerSpec; dtype: string }) | undefined;
    let sc: ReturnType<typeof scalarOf>;
    let left = false;
    const sr = scalarOf(r);
    const sl = scalarOf(l);
    if (known(l) && sr) { base = l; sc = sr; }
    else if (known(r) && sl) { base = r; sc = sl; left = true; }
    if (!base || !sc) {
      const why = unknownWhy(l) ?? unknownWhy(r);
      if (why) return { why };
      return { why: known(l) || known(r) ? 'arithmetic between two tensors (or with a variable) is not followed' : null };
    }
    if (!name) return { why: `the ${op} operator on a tensor's values is not followed` };
    const by: PostOp['by'] = numpy ? 'numpy' : this.tf.eager ? 'eager' : 'graph';
    const bt = base.dtype;
    const isInt = /^u?int\d+$/.test(bt);
    if (!isInt && !isFloatDtype(bt)) return { why: `arithmetic on ${bt} values is not followed` };
    const steps: PostOp[] = [];
    let dtype = bt;
    if (sc.dtype !== null && sc.dtype !== bt) return { why: `TensorFlow raises: ${op} between ${bt} and ${sc.dtype} tensors` };
    // NumPy: a NumPy scalar (np.float64(...), np.sqrt(...)) is typed, and promotes the array (NEP 50)
    const promoted = numpy && sc.np ? npResult(bt, sc.np, isFloatDtype(bt) || sc.np.startsWith('float') || name === 'div') : undefined;
    if (promoted && promoted !== bt && !(isInt && name === 'div')) {
      steps.push({ op: 'cast', dtype: promoted, by });
      dtype = promoted;
      steps.push({ op: name, value: sc.value, ...(left && (name === 'sub' || name === 'div') ? { left: true } : {}), by });
      return { dtype, init: this.withPost(base.init, bt, steps) };
    }
    if (isInt) {
      if (!numpy && sc.py === 'float') return { why: `TensorFlow raises TypeError: Cannot convert ${sc.value} to EagerTensor of dtype ${bt}` };
      // true division of integers is done in floating point (TF: float64 for 32/64-bit ints; NumPy: float64)
      if (name === 'div' || sc.py === 'float') {
        dtype = numpy || /64|32/.test(bt) ? 'float64' : 'float32';
        steps.push({ op: 'cast', dtype, by });
      }
    }
    steps.push({ op: name, value: sc.value, ...(left && (name === 'sub' || name === 'div') ? { left: true } : {}), by });
    return { dtype, init: this.withPost(base.init, bt, steps) };
  }

  asTensor(v: Value): Value & { t: 'tensor' } {
    if (v.t === 'tensor') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
    if (v.t === 'var') { const r = this.tf.reg.vars.get(v.v.id)!; return { t: 'tensor', shape: r.shape, dtype: r.dtype }; }
    const lit = literalTensor(v);
    return { t: 'tensor', shape: lit?.shape ?? null, dtype: lit?.dtype ?? null };
  }

  shapeOfValue(v: Value): (number | null)[] | null {
    if (v.t === 'tensor') return v.shape;
    if (v.t === 'var') return this.tf.reg.vars.get(v.v.id)!.shape;
    return literalTensor(v)?.shape ?? null;
  }

  resolveReshape(src: Shape, target: Shape): Shape {
    if (!target) return null;
    const idx = target.findIndex((d) => d === -1);
    if (idx < 0) return target;
    if (!src || src.some((d) => d === null)) return target.map((d) => (d === -1 ? null : d));
    const total = src.reduce<number>((a, b) => a * b!, 1);
    const known = target.reduce<number>((a, b) => (b === -1 || b === null ? a : a * b), 1);
    return target.map((d) => (d === -1 ? total / known : d));
  }

  // ---------- layers ----------
}
