// A workspace module building a model, with layers chosen in a switch (062 is its driver).
import * as tf from '@tensorflow/tfjs';
export function buildModel(kind: string, sizes: number[]) {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: sizes[0], inputShape: [4] }));
  for (const s of sizes.slice(1)) {
    switch (kind) {
      case 'dense':
        m.add(tf.layers.dense({ units: s, activation: 'relu' }));
        break;
      case 'dropout':
        m.add(tf.layers.dropout({ rate: 0.5 }));
        break;
      default:
        m.add(tf.layers.dense({ units: s }));
    }
  }
  return m;
}
