// Layers kept in arrays: spread into tf.sequential({layers}), added in a for-of loop and with forEach.
import * as tf from '@tensorflow/tfjs';

const head = [tf.layers.dense({ units: 6, inputShape: [3] }), tf.layers.batchNormalization()];
const tail = [tf.layers.dense({ units: 2 })];
const m1 = tf.sequential({ layers: [...head, ...tail] });

const more = [tf.layers.dense({ units: 4, inputShape: [2] }), tf.layers.dropout({ rate: 0.5 }), tf.layers.dense({ units: 1 })];
const m2 = tf.sequential();
for (const l of more) m2.add(l);

const m3 = tf.sequential();
[tf.layers.dense({ units: 3, inputShape: [5] }), tf.layers.dense({ units: 3 })].forEach((l) => m3.add(l));
