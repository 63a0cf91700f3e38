// Tensors: shapes and dtypes through slicing, arithmetic (initial values as initializer + post steps with TF's
// dtype rules), reshape. Values in, values out.

import { depsOf, unionDeps, withDeps } from './gradDeps';
import { ARITH_OP_NAMES, literalTensor } from './convert';
import { broadcastRule, sliceRule, type SliceItem } from '../../tf/shapeRules';
import { dimOf, tshapeOf } from './tensorOps';
import type { SubscriptItem } from '../eval/protocol';
import type { InitializerSpec, PostOp, Shape } from '../../model';
import { isFloatDtype } from '../tfnames';
import { npResult, numOf, type Value } from '../values';
import type { TfLibrary } from '../tflib';

export class Tensors {
  constructor(private readonly tf: TfLibrary) {}

  /** `tensor[i]`: graph ops `strided_slice`; an int index drops the first dimension. */
  subscript(obj: Value, key: Value): Value | undefined {
    return this.subscriptItems(obj, [{ kind: 'value', v: key }]);
  }

  /**
   * `tensor[a, b:c, tf.newaxis, ...]` (strided_slice): TF's shape rule (shapeRules.sliceRule); a shape tensor's
   * partial value is sliced along (`tf.shape(x)[0]` is x's static dim 0 to TF's shape functions).
   */
  subscriptItems(obj: Value, parts: SubscriptItem[]): Value | undefined {
    const src = tshapeOf(this.tf, obj);
    const dtype = obj.t === 'tensor' ? obj.dtype : obj.t === 'var' ? this.tf.reg.vars.get(obj.v.id)!.dtype : null;
    const fancy = parts.length === 1 && parts[0]!.kind === 'value' ? numpyFancyIndex(obj, parts[0]!.v, src.dims) : undefined;
    if (fancy !== undefined) return { t: 'tensor', shape: fancy, dtype, ...(obj.t === 'tensor' && obj.np ? { np: true } : {}) };
    const bound = (v: Value | undefined): number | null | undefined => (v === undefined || v.t === 'none' ? undefined : numOf(v) ?? null);
    const items: SliceItem[] = [];
    for (const p of parts) {
      if (p.kind === 'ellipsis') items.push({ kind: 'ellipsis' });
      else if (p.kind === 'slice') items.push({ kind: 'slice', start: bound(p.start), stop: bound(p.stop), step: bound(p.step) });
      else if (p.v.t === 'none') items.push({ kind: 'newaxis' });
      else if (p.v.t === 'unknown' && p.v.why === '...') items.push({ kind: 'ellipsis' });
      else if (p.v.t === 'int' || p.v.t === 'bool' || (p.v.t === 'tensor' && p.v.shape?.length === 0)) items.push({ kind: 'index', known: p.v.t !== 'tensor' });
      else {
        const unk: Value & { t: 'tensor' } = { t: 'tensor', shape: null, dtype, vague: true };
        if (!this.tf.eager) unk.op = this.tf.graph.uniqueName('strided_slice');
        return withDeps(unk, depsOf(obj));
      }
    }
    const s = sliceRule(src, items);
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: s.dims, dtype, vague: s.vague && (!s.dims || s.dims.some((d) => d === null)) };
    if (obj.t === 'tensor' && obj.np) out.np = true; // a NumPy array's slice is a NumPy array
    const pv = obj.t === 'tensor' && Array.isArray(obj.pv) ? obj.pv : undefined;
    const first = parts[0];
    if (pv && parts.length === 1 && first?.kind === 'value' && first.v.t === 'int') {
      const i = first.v.v < 0 ? pv.length + first.v.v : first.v.v;
      if (i >= 0 && i < pv.length && pv[i] !== undefined) out.pv = pv[i]!;
      // a dim of tf.shape(x) that the analysis does not know (TF may): code takes it only where the static dim is
      // None (get_shape_list), so as a dimension it is a guess, not TF's TypeError
      else if (i >= 0 && i < pv.length) out.guess = true;
    } else if (pv && parts.length === 1 && first?.kind === 'slice' && items[0]!.kind === 'slice') {
      const it = items[0] as { start?: number | null; stop?: number | null; step?: number | null };
      if (it.start !== null && it.stop !== null && (it.step ?? 1) === 1) out.pv = pv.slice(it.start ?? 0, it.stop ?? pv.length);
    }
    if (!this.tf.eager) out.op = this.tf.graph.uniqueName('strided_slice');
    // made in code the analysis only assumes runs (`if dim is None:` on a dim unknown to it, not to TF, as in
    // get_shape_list): a guess, that raises nothing where it is used as a dimension
    if (this.tf.interp.guessDepth > 0) out.guess = true;
    return withDeps(out, depsOf(obj));
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
    const dtype = l.t === 'tensor' ? l.dtype : l.t === 'var' ? this.tf.reg.vars.get(l.v.id)!.dtype : r.t === 'tensor' ? r.dtype : r.t === 'var' ? this.tf.reg.vars.get(r.v.id)!.dtype : null;
    const b = broadcastRule(tshapeOf(this.tf, l), tshapeOf(this.tf, r));
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: b.dims, dtype: /^(<|>|<=|>=|==|!=)$/.test(op) ? 'bool' : dtype, vague: b.vague && (!b.dims || b.dims.some((d) => d === null)) };
    const pv = this.scalarPv(op, l, r);
    if (pv !== undefined) out.pv = pv;
    const numpyOnly = (l.t !== 'tensor' || !!l.np) && (r.t !== 'tensor' || !!r.np) && l.t !== 'var' && r.t !== 'var';
    if (numpyOnly) out.np = true; // NumPy arrays (and Python numbers) give a NumPy array
    if (!this.tf.eager && !numpyOnly && opName) this.tf.graph.uniqueName(opName);
    const step = this.arithStep(op, l, r, numpyOnly);
    if ('init' in step) {
      out.dtype = step.dtype;
      out.init = step.init;
      if (numpyOnly) out.np = true;
    } else if (step.why) out.init = { kind: 'unknown', reason: step.why };
    return withDeps(out, unionDeps([l, r]));
  }

  /** Integer arithmetic on shape scalars (`batch * sequence`, `m // n`): the partial value TF's shape functions fold. */
  private scalarPv(op: string, l: Value, r: Value): number | null | undefined {
    const isScalarDim = (v: Value): boolean => v.t === 'int' || (v.t === 'tensor' && v.shape?.length === 0 && v.pv !== undefined && !Array.isArray(v.pv));
    if (!isScalarDim(l) || !isScalarDim(r) || !/^(\+|-|\*|\/\/)$/.test(op)) return undefined;
    const a = dimOf(l);
    const b = dimOf(r);
    if (a === undefined || b === undefined) return undefined;
    if (a === null || b === null) return null;
    if (op === '+') return a + b;
    if (op === '-') return a - b;
    if (op === '*') return a * b;
    return b === 0 ? undefined : Math.floor(a / b);
  }

  /** `-x` on a tensor: its known value negated (TF's Neg, NumPy's negative). */
  unop(op: string, v: Value, opName: string | null = 'Neg'): Value | undefined {
    if (v.t !== 'tensor') return undefined;
    if (op === '+') return v;
    if (op !== '-') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
    if (!this.tf.eager && !v.np && opName) this.tf.graph.uniqueName(opName);
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: v.shape, dtype: v.dtype, ...(v.np ? { np: true } : {}) };
    // a shape scalar's partial value negated (`-qlen`), as TF's constant folding of shape arithmetic sees it
    if (typeof v.pv === 'number' || v.pv === null) out.pv = v.pv === null ? null : -v.pv;
    if (v.init && v.init.kind !== 'unknown' && v.dtype && !/^(uint|bool)/.test(v.dtype)) out.init = this.withPost(v.init, v.dtype, [{ op: 'neg', by: v.np ? 'numpy' : this.tf.eager ? 'eager' : 'graph' }]);
    else if (v.init) out.init = { kind: 'unknown', reason: v.init.kind === 'unknown' ? String(v.init.reason ?? 'value unknown') : `negating ${v.dtype} values is not followed` };
    return withDeps(out, v.deps);
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

/**
 * NumPy's advanced indexing of an array by one integer or boolean array (`x[np.random.permutation(len(x))]`):
 * an integer index array of shape S gives S + x.shape[1:]; a boolean mask over the first k dims gives one dim of
 * its number of True items (unknown here) + x.shape[k:]. Undefined when the rule does not apply.
 */
function numpyFancyIndex(obj: Value, key: Value, src: Shape): Shape | undefined {
  // (the array indexed may have lost its NumPy mark in the analysis, e.g. through `.reshape`; TF's own tensors
  // refuse array indices, so an indexed array is NumPy's in any program that runs)
  if (obj.t !== 'tensor' || key.t !== 'tensor' || !(key.np || obj.np) || !key.shape || !key.shape.length || !src || !key.dtype) return undefined;
  if (/^u?int/.test(key.dtype)) return [...key.shape, ...src.slice(1)];
  if (key.dtype === 'bool' && key.shape.length <= src.length) return [null, ...src.slice(key.shape.length)];
  return undefined;
}
