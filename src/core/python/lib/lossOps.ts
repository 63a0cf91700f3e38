// The tf.nn loss ops as registry rows: their result shape and the variables their gradient reaches (lib/gradDeps.ts),
// read from TensorFlow's nn_ops.py / nn_impl.py. Their deps are their own (not carryingDeps' union of arguments):
// TF 1.x's softmax_cross_entropy_with_logits stops the gradient into its labels, and integer labels carry none.

import { ts } from '../../tf/shapeRules';
import { unionDeps, withDeps } from './gradDeps';
import type { ApiEntry, BoundArgs } from './registry';
import { dtypeOfValue, out, tshapeOf } from './tensorOps';
import { unknown, type Value } from '../values';
import { contribMissing } from './contribLayers';
import type { TfLibrary } from '../tflib';

/** Logits' shape without its class axis (nn_ops.py: the per-example loss keeps `shape(logits)[:-1]`). */
function perExample(tf: TfLibrary, logits: Value | undefined, deps: (Value | undefined)[]): Value {
  const s = tshapeOf(tf, logits);
  const dims = s.dims && s.dims.length > 0 ? s.dims.slice(0, -1) : null;
  return withDeps(out(tf, ts(dims, s.vague), dtypeOfValue(tf, logits)), unionDeps(deps));
}

/** Elementwise losses (sigmoid and weighted cross-entropy): logits' shape, both operands differentiable. */
function elementwise(tf: TfLibrary, a: BoundArgs, extra: string[]): Value {
  const logits = a.get('logits');
  return withDeps(out(tf, tshapeOf(tf, logits), dtypeOfValue(tf, logits)), unionDeps([logits, a.get('labels'), ...extra.map((k) => a.get(k))]));
}

/**
 * tf.contrib.legacy_seq2seq.sequence_loss_by_example / sequence_loss (TF 1.15 seq2seq.py): per logit a sparse softmax
 * cross-entropy of its reshaped targets times its weight, added up ([batch]); sequence_loss sums that to a scalar.
 * Gradients reach the logits and the weights (integer targets carry none). A softmax_loss_function of the program's
 * own is not followed (unknown).
 */
function sequenceLoss(tf: TfLibrary, a: BoundArgs, scalar: boolean): Value | undefined {
  const fn = a.get('softmax_loss_function');
  if (fn && fn.t !== 'none') return undefined;
  const logits = a.get('logits');
  const first = logits && (logits.t === 'list' || logits.t === 'tuple') ? logits.items[0] : undefined;
  if (!first) return undefined;
  const deps = unionDeps([logits, a.get('weights')]);
  if (scalar) return withDeps(out(tf, ts([]), dtypeOfValue(tf, first)), deps);
  return perExample(tf, first, [logits, a.get('weights')]);
}

export const LOSS_OPS_API: readonly ApiEntry[] = [
  {
    names: ['contrib.legacy_seq2seq.sequence_loss_by_example'],
    params: ['logits', 'targets', 'weights', 'average_across_timesteps', 'softmax_loss_function', 'name'],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : sequenceLoss(tf, a, false)),
  },
  {
    names: ['contrib.legacy_seq2seq.sequence_loss'],
    params: ['logits', 'targets', 'weights', 'average_across_timesteps', 'average_across_batch', 'softmax_loss_function', 'name'],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : sequenceLoss(tf, a, true)),
  },
  {
    // TF 1.15 nn_ops.softmax_cross_entropy_with_logits: `labels = array_ops.stop_gradient(labels)`, then _v2; in the
    // TF 2 API the name is _v2 itself, whose labels are differentiable
    names: ['nn.softmax_cross_entropy_with_logits'], params: ['_sentinel', 'labels', 'logits', 'dim', 'name', 'axis'],
    impl: (tf, a, _s, c) => perExample(tf, a.get('logits'), c.api === 'v2' ? [a.get('logits'), a.get('labels')] : [a.get('logits')]),
  },
  {
    names: ['nn.softmax_cross_entropy_with_logits_v2'], params: ['labels', 'logits', 'axis', 'name', 'dim'],
    impl: (tf, a) => perExample(tf, a.get('logits'), [a.get('logits'), a.get('labels')]),
  },
  {
    // integer class labels: no gradient (SparseSoftmaxCrossEntropyWithLogits' gradient is for the logits only)
    names: ['nn.sparse_softmax_cross_entropy_with_logits'], params: ['_sentinel', 'labels', 'logits', 'name'],
    impl: (tf, a) => perExample(tf, a.get('logits'), [a.get('logits')]),
  },
  {
    names: ['nn.sigmoid_cross_entropy_with_logits'], params: ['_sentinel', 'labels', 'logits', 'name'],
    impl: (tf, a) => elementwise(tf, a, []),
  },
  {
    names: ['nn.weighted_cross_entropy_with_logits'], params: ['labels', 'logits', 'pos_weight', 'name', 'targets'],
    impl: (tf, a) => elementwise(tf, a, ['pos_weight', 'targets']),
  },
  {
    // nn_ops.l2_loss: sum(t ** 2) / 2, a scalar of t's dtype
    names: ['nn.l2_loss'], params: ['t', 'name'],
    impl: (tf, a) => withDeps(out(tf, ts([]), dtypeOfValue(tf, a.get('t'))), unionDeps([a.get('t')])),
  },
];
