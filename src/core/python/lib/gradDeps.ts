// Which variables a graph tensor depends on through differentiable ops (`deps` on tensor values: variable ids), so
// that a TF1 optimizer's minimize creates slots only for the variables its loss has gradients for, as TF does
// (optimizer.py `minimize`: `vars_with_grad`, the pairs whose gradient is not None, go to apply_gradients).
// Unknown dependence (a value made where deps are not followed) stays unknown: minimize then takes every variable.

import type { Value } from '../values';
import type { ApiEntry } from './registry';

/** Ops whose output has no gradient to their inputs (NotDifferentiable or a None gradient in TF's *_grad.py). */
const NO_GRADIENT = /(^|\.)(stop_gradient|argmax|argmin|equal|not_equal|less|less_equal|greater|greater_equal|logical_\w+|floor|ceil|round|floordiv|shape|zeros_like|ones_like)$/;

/** TF backpropagates only through floating (and complex) tensors (gradients_util `_IsBackpropagatable`). */
export function backpropagatable(dtype: string | null | undefined): boolean {
  return dtype === null || dtype === undefined || /^(float|bfloat|half|double|complex)/.test(dtype);
}

/** The variable ids `v` depends on; undefined when not followed. Numbers, strings, None and dtypes depend on none. */
export function depsOf(v: Value | undefined, depth = 0): number[] | undefined {
  if (!v || depth > 8) return undefined;
  switch (v.t) {
    case 'var': return [v.v.id];
    case 'tensor': return v.deps;
    case 'int': case 'float': case 'bool': case 'str': case 'none': case 'dtype': return [];
    case 'list': case 'tuple': {
      const out = new Set<number>();
      for (const x of v.items) {
        const d = depsOf(x, depth + 1);
        if (!d) return undefined;
        for (const id of d) out.add(id);
      }
      return [...out];
    }
    default: return undefined;
  }
}

/** The union of several values' deps (undefined if any is unknown). */
export function unionDeps(vs: readonly (Value | undefined)[], extra: readonly number[] = []): number[] | undefined {
  const out = new Set<number>(extra);
  for (const v of vs) {
    if (v === undefined) continue;
    const d = depsOf(v);
    if (!d) return undefined;
    for (const id of d) out.add(id);
  }
  return [...out];
}

/**
 * `t` (a tensor an op just made) given its `deps` (none when it cannot carry gradients). Set on the object itself:
 * tensors are also known by identity (variableArgs.ts partialShapes, tflib controlFlowTensors).
 */
export function withDeps<T extends Value>(t: T, deps: number[] | undefined): T {
  if (t.t !== 'tensor' || deps === undefined) return t;
  t.deps = backpropagatable(t.dtype) ? deps : [];
  return t;
}

/**
 * Registry rows of pure tensor ops (their result computed from their arguments only) made to carry deps: the union
 * of their arguments', none for an op without a gradient. A row that declines (undefined) stays declined.
 */
export function carryingDeps(rows: readonly ApiEntry[], only?: ReadonlySet<string>): ApiEntry[] {
  return rows.map((e) => {
    if (only && !e.names.some((n) => only.has(n))) return e;
    return {
      ...e,
      impl: (tf, a, site, call) => {
        const r = e.impl(tf, a, site, call);
        if (!r || (r.t !== 'tensor' && r.t !== 'list' && r.t !== 'tuple')) return r;
        const deps = NO_GRADIENT.test(call.name) ? [] : unionDeps([...a.raw.pos, ...a.raw.kw.values()]);
        if (r.t === 'tensor') return withDeps(r, deps);
        for (const x of r.items) withDeps(x, deps);
        return r;
      },
    };
  });
}
