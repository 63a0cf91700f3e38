// Conditions with JS's own semantics on known values: a missing argument compared with a number is false
// (`undefined > 0`), `null < 1` is true, strings compare by code unit, `Array.isArray` of a number is false.
import * as tf from '@tensorflow/tfjs';

function build(sizes: number | number[], dropoutRate?: number, floor: number | null = null) {
  if (!Array.isArray(sizes)) {
    sizes = [sizes];
  }
  const model = tf.sequential();
  for (let i = 0; i < sizes.length; ++i) {
    model.add(tf.layers.dense({ units: sizes[i], inputShape: i === 0 ? [5] : undefined }));
    if ((dropoutRate as number) > 0) {
      model.add(tf.layers.dropout({ rate: dropoutRate as number }));
    }
  }
  if ((floor as unknown as number) < 1) model.add(tf.layers.dense({ units: 3 }));
  if ('lstm' < 'gru') model.add(tf.layers.dense({ units: 4 }));
  if ((dropoutRate as number) <= 0 || (dropoutRate as number) >= 0) model.add(tf.layers.dense({ units: 5 }));
  return model;
}

const a = build(8);
const b = build([6, 4], 0.5);
const c = build([7], 0);
