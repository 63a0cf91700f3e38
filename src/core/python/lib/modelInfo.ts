// The Keras models a Python program made (Functional and Sequential), for ProgramResult.models: their layers and
// parameter counts as `model.count_params()` and summary() give them (the sum over model.weights, which holds
// the layers' add_weight variables and not Keras 3's SeedGenerator states); null when a shape is not known.

import type { ModelInfo } from '../../model';
import { loc } from '../eval/protocol';
import type { TfLibrary } from '../tflib';

const MODEL_KINDS = new Set(['Functional', 'Sequential']);

/** One ModelInfo per Keras model object, in creation order. */
export function kerasModels(tf: TfLibrary): ModelInfo[] {
  const out: ModelInfo[] = [];
  for (const l of tf.reg.layers.values()) {
    if (!MODEL_KINDS.has(l.kind)) continue;
    const seen = new Set<number>();
    let total: number | null = 0;
    let trainable: number | null = 0;
    for (const w of tf.keras.layerWeights(l)) {
      if (w.t !== 'var' || seen.has(w.v.id)) continue;
      seen.add(w.v.id);
      const rec = tf.reg.vars.get(w.v.id);
      const n = rec?.shape?.every((d) => d !== null) ? rec.shape.reduce<number>((p, d) => p * d!, 1) : null;
      total = total === null || n === null ? null : total + n;
      trainable = trainable === null || n === null ? null : trainable + (rec!.trainable ? n : 0);
    }
    const listed = l.config.get('layers');
    const ids = listed?.t === 'list' ? listed.items.flatMap((v) => (v.t === 'layer' ? [v.l.id] : [])) : l.children ?? [];
    out.push({
      name: l.name ?? '', className: l.kind, layers: ids.map((id) => tf.reg.layers.get(id)?.name ?? '?'),
      totalParams: total, trainableParams: trainable, nonTrainableParams: total === null || trainable === null ? null : total - trainable,
      location: loc(l.site.node, l.site.file),
    });
  }
  return out;
}
