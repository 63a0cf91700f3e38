// tf.gradients and tf.clip_by_global_norm as registry rows: a gradient per `xs` item with that item's shape and
// dtype (each variable taken as connected to the loss, as the optimizers' minimize is modelled), and the clipped
// list with the global norm. Rule: TF's gradients_impl.py (`gradients` returns a list as long as xs) and clip_ops.py
// (`clip_by_global_norm` returns `(list_clipped, global_norm)`, None entries kept None).

import { NONE, type Value } from '../values';
import type { ApiEntry } from './registry';
import type { TfLibrary } from '../tflib';

const itemsOf = (v: Value | undefined): Value[] | undefined => (v?.t === 'list' || v?.t === 'tuple' ? v.items : undefined);

/** A gradient of the same shape and dtype as `x` (a variable or a tensor); None stays None. */
function gradientOf(tf: TfLibrary, x: Value): Value {
  if (x.t === 'none') return NONE;
  if (x.t === 'var') {
    const v = tf.reg.vars.get(x.v.id)!;
    return { t: 'tensor', shape: v.shape, dtype: v.dtype.replace(/_ref$/, ''), vague: !v.shape || v.shape.some((d) => d === null) };
  }
  if (x.t === 'tensor') return { t: 'tensor', shape: x.shape, dtype: x.dtype, ...(x.vague !== undefined ? { vague: x.vague } : {}) };
  return { t: 'tensor', shape: null, dtype: null, vague: true };
}

export const GRADIENT_API: readonly ApiEntry[] = [
  {
    names: ['gradients', 'compat.v1.gradients'],
    params: ['ys', 'xs', 'grad_ys', 'name', 'colocate_gradients_with_ops', 'gate_gradients', 'aggregation_method', 'stop_gradients'],
    impl: (tf, a) => {
      const xs = a.get('xs');
      const list = itemsOf(xs);
      if (list) return { t: 'list', items: list.map((x) => gradientOf(tf, x)) };
      // one tensor or variable as xs: still a list of one
      return xs && (xs.t === 'var' || xs.t === 'tensor') ? { t: 'list', items: [gradientOf(tf, xs)] } : undefined;
    },
  },
  {
    names: ['clip_by_global_norm'], params: ['t_list', 'clip_norm', 'use_norm', 'name'],
    impl: (tf, a) => {
      const list = itemsOf(a.get('t_list'));
      if (!list) return undefined;
      const clipped: Value = { t: 'list', items: list.map((x) => gradientOf(tf, x)) };
      return { t: 'tuple', items: [clipped, { t: 'tensor', shape: [], dtype: 'float32' }] };
    },
  },
];
