import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.inputLayer({ inputShape: [12] }));
model.add(tf.layers.reshape({ targetShape: [3, 4] }));
model.add(tf.layers.lstm({ units: 2 }));
const w = tf.tidy(() => tf.variable(tf.truncatedNormal([4, 4], 0, 0.02), true, 'w_tidy'));
