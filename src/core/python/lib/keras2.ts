// Keras 2 (tf.keras up to TF 2.15, the tf_keras package, TF's frozen `tensorflow.python.keras`) where it differs
// from Keras 3: layer names unique per graph, weights named by TensorFlow name scopes (the layer's opened on each
// call), the first input's dtype under v1 behaviour, a Model's int64 batch counters eagerly, no seed draws.
// Rules: tensorflow/python/keras/backend.py (get_uid, unique_object_name), engine/base_layer.py and base_layer_v1.py
// (__call__ under name_scope(self._name_scope()), _maybe_build's dtype), engine/training.py (_init_batch_counters).

import type { Canon } from '../tfnames';
import { enterEagerNs } from './convert';
import type { CallSite } from '../interp';
import type { TfLibrary } from '../tflib';
import { intSeedOf } from '../../initializers';

/** `tf.keras` / `tensorflow.compat.v1.keras` (and standalone `keras` up to TF 2.15) spelled under a target with Keras 2. */
const TARGET_KERAS = /^tensorflow\.(?:compat\.v[12]\.)?keras\./;

/**
 * Whether a Keras symbol is Keras 2's: always through tf_keras or `tensorflow.python.keras`; through `tf.keras`
 * when the program targets TF 1.15, TF ≤ 2.15 or tf_keras; through the `keras` package for TF 1.15 / 2.15 only
 * (with tf_keras, `import keras` is still Keras 3).
 */
export function isKeras2(tf: TfLibrary, path: string, c: Canon): boolean {
  if (c.keras2) return true;
  if (c.api !== 'keras') return false;
  const t = tf.target.target;
  if (t === 'keras3') return false;
  if (TARGET_KERAS.test(path)) return true;
  return path.startsWith('keras.') && t !== 'tf_keras';
}

export class Keras2Naming {
  /** backend.get_uid's counters: per graph (graph mode), one set for Keras's global graph eagerly (key -1). */
  private readonly uids = new Map<number, Map<string, number>>();

  constructor(private readonly tf: TfLibrary) {}

  /**
   * `unique_object_name(base, zero_based=True)`: dense, dense_1 ... per graph. TF1's layers name themselves with
   * `zero_based=False` (dense_1, dense_2 ...: `oneBased`) from the same counters.
   */
  uniquify(base: string, oneBased = false): string {
    const key = this.tf.eager ? -1 : this.tf.graph.id;
    let m = this.uids.get(key);
    if (!m) this.uids.set(key, (m = new Map()));
    const n = m.get(base) ?? 0;
    m.set(base, n + 1);
    return n === 0 && !oneBased ? base : `${base}_${oneBased ? n + 1 : n}`;
  }

  /** `backend.clear_session()`: every counter starts again. */
  clear(): void {
    this.uids.clear();
  }

  /** A layer's (or sublayer's) name scope, opened: made unique among the graph's names, appended eagerly. Returns the exit. */
  enter(name: string, site: CallSite): () => void {
    const g = this.tf.graph;
    if (this.tf.eager) return enterEagerNs(g, name);
    return this.tf.scoping.enterNs(g, name, site).restore;
  }

  /** A weight's variable name under the current name scope (graph mode: unique like any op, and taken). */
  varName(weight: string): string {
    const g = this.tf.graph;
    if (this.tf.eager) return g.nameStack ? `${g.nameStack}/${weight}` : weight;
    const name = g.uniqueName(weight);
    g.markUsed(name);
    return name;
  }

  /** The dtype a layer without one takes: a floating first input's under v1 behaviour (graph mode), else float32. */
  layerDtype(given: string | null, input: string | null | undefined): string {
    if (given) return given;
    return !this.tf.eager && input && /^(float|bfloat|half|double)/.test(input) ? input : 'float32';
  }

  /** An eager Model's `_train_counter`, `_test_counter`, `_predict_counter`: int64 scalars named `Variable`. */
  batchCounters(site: CallSite): void {
    if (!this.tf.eager) return;
    const g = this.tf.graph;
    for (let i = 0; i < 3; i++) {
      const spec = { kind: 'constant' as const, value: 0, api: 'v2' as const };
      this.tf.vars.addVariable({
        storeKey: null, name: g.nameStack ? `${g.nameStack}/Variable` : 'Variable', shape: [], dtype: 'int64', initializer: spec, trainable: true,
        collections: ['global_variables', 'trainable_variables'], scope: '', api: 'Variable', site, nameNode: null,
        seed: { graph: this.tf.globalSeed, op: intSeedOf(spec) },
      });
    }
  }
}
