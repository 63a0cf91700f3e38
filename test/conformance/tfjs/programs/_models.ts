import * as tf from '@tensorflow/tfjs';
import { HIDDEN, denseStack } from './_lib/blocks';

export const INPUTS = 6;

export function createClassifier(classes: number): tf.Sequential {
  const model = tf.sequential({ name: 'classifier' });
  model.add(tf.layers.dense({ units: HIDDEN, inputShape: [INPUTS], activation: 'relu' }));
  denseStack(model, [HIDDEN / 2, HIDDEN / 4]);
  model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  return model;
}

export default function embeddingTable(rows: number) {
  return tf.variable(tf.randomUniform([rows, INPUTS], -0.1, 0.1), true, 'table');
}
